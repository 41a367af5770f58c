export type Listener<T> = (value: T, previous: T) => void;

/** A tiny observable value in the nanostores shape. */
export interface Store<T> {
  get(): T;
  set(value: T): void;
  /** Calls `listener` on every later change; returns the unsubscribe. */
  listen(listener: Listener<T>): () => void;
}

/* @__NO_SIDE_EFFECTS__ */
export function createStore<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<Listener<T>>();
  return {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return;
      const previous = value;
      value = next;
      // A copy, so a listener that unsubscribes does not skip its neighbour.
      for (const listener of [...listeners]) listener(value, previous);
    },
    listen(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
