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

export type AddedListener = (added: readonly Element[]) => void;

const watchers = new WeakMap<Node, Set<AddedListener>>();

/**
 * Calls `listener` with the topmost elements added under `root` in each
 * batch, for as long as the returned function has not been called. The
 * head's watchers (the iframe gate, the script gate, the part loader) share
 * one observer per root: the records of a page being parsed (each observer
 * is given copies of its own) are made and walked once, not once for each.
 */
export function watchAdded(root: Node, listener: AddedListener): () => void {
  let listeners = watchers.get(root);
  if (!listeners) {
    const own = (listeners = new Set());
    const observer = new MutationObserver((records) => {
      const added = addedElements(records);
      if (added.length > 0) for (const each of [...own]) each(added);
      if (own.size === 0) observer.disconnect();
    });
    observer.observe(root, { childList: true, subtree: true });
    watchers.set(root, own);
  }
  const mine = listeners;
  mine.add(listener);
  return () => {
    mine.delete(listener);
    if (mine.size === 0 && watchers.get(root) === mine) watchers.delete(root);
  };
}
