/** The edit distance between two words (insertions, deletions, substitutions). */
export function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

/**
 * The known word `word` was most likely meant to be, for a "did you mean"
 * hint: one that starts with it or it starts with, or one at most half its
 * length of edits away; undefined when nothing is that close.
 */
export function nearest(word: string, known: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestScore = Math.max(2, Math.floor(lower.length / 2)) + 1;
  for (const candidate of known) {
    const prefix = lower.length > 2 && (candidate.startsWith(lower) || lower.startsWith(candidate));
    const score = prefix ? 0.5 : distance(lower, candidate);
    if (score < bestScore) [best, bestScore] = [candidate, score];
  }
  return best;
}
