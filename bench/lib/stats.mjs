/** Median, minimum and maximum of a list of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const summary = (values) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values) });

export const ms = (value) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
