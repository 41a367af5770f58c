/**
 * The elements a batch of mutation records added, leaving out those inside
 * another one of them. The parser reports an element and each of its
 * descendants as records of their own, all in one batch on a long page: a
 * subtree search from every one of them would visit each descendant again
 * for every ancestor. Searching from these visits each added element once.
 */
export function addedElements(records: readonly MutationRecord[]): Element[] {
  const added = new Set<Node>();
  for (const record of records) for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) added.add(node);
  // One added parent is enough to leave a node out: the search from the topmost added ancestor finds it.
  // (A node whose added ancestor is further up is searched twice, which is harmless.)
  return [...added].filter((node) => node.parentNode === null || !added.has(node.parentNode)) as Element[];
}
