/**
 * Consent receipts (CONTRACT section 8): every decision made in this tab
 * becomes a receipt (receipt.ts) that waits in an outbox in localStorage
 * until the endpoint acknowledges it.
 *
 * - Persisted the moment it is made, so a closed tab, a crash or a lost
 *   connection loses nothing; the next page view sends what is left.
 * - Removed only on a 2xx answer, or 409 (the server has it already). One
 *   the server refuses as such (400, 422…) is kept but passed over, so it
 *   never holds back the receipts made after it.
 * - Retried with exponential backoff and jitter (2 s, 4 s, 8 s … at most
 *   5 min, or the server's `Retry-After` in seconds), when the browser comes
 *   back `online`, and on the next page view.
 * - On `pagehide` / hidden, receipts not yet on their way go out with
 *   `navigator.sendBeacon`. A beacon gets no answer, so the receipt stays,
 *   marked as beaconed (never beaconed twice), and the next page view sends
 *   it again by fetch; the server de-duplicates by `id`.
 * - Bounded: at most 50 receipts and 32 KB; when full the oldest is dropped
 *   and counted.
 * - One tab sends at a time (Web Locks where available), so two tabs rarely
 *   send the same receipt; when they do, the `id` keeps it stored once.
 * - A broken endpoint never blocks the page and never throws; it costs at
 *   most one `console.warn` per page view.
 *
 * The outbox is strictly necessary to demonstrate consent (GDPR Art. 7(1))
 * and holds only the receipts: no identifier of the person.
 */
import { CHANGE_EVENT } from '../events/names.js';
import type { ConsentChange } from '../core/types.js';
import { makeReceipt, type Receipt } from './receipt.js';

export const OUTBOX_KEY = 'assent_outbox';
export const OUTBOX_LIMITS = { receipts: 50, bytes: 32 * 1024 };
/** Milliseconds: the first retry after about `base`, doubling up to `max`. */
export const BACKOFF = { base: 2000, max: 300_000 };
/** A request that takes longer is given up and retried (it holds the outbox lock). */
const TIMEOUT = 30_000;
const LOCK = 'assent-outbox';
/** Answers about one receipt (its body), not about the endpoint: the next receipt may still pass. */
const REFUSED_AS_SUCH = [400, 413, 415, 422];

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

export interface OutboxEntry {
  receipt: Receipt;
  /** Sent with `sendBeacon` once already (no answer comes back). */
  beaconed?: true;
}

export interface OutboxState {
  entries: OutboxEntry[];
  /** Receipts dropped, oldest first, because the outbox was full. */
  dropped: number;
}

export interface Outbox {
  read(): OutboxState;
  add(receipt: Receipt): void;
  remove(id: string): void;
  markBeaconed(ids: readonly string[]): void;
}

/**
 * The outbox, kept in `storage` under `assent_outbox`; every change is read
 * and written at once, so other tabs see it. Without usable storage it
 * lives in memory for this page view.
 */
export function createOutbox(storage: KeyValueStorage | null, limits = OUTBOX_LIMITS): Outbox {
  let memory: string | null = null;
  try {
    memory = storage?.getItem(OUTBOX_KEY) ?? null;
  } catch {
    storage = null;
  }

  const read = (): OutboxState => {
    try {
      const data = JSON.parse((storage ? storage.getItem(OUTBOX_KEY) : memory) ?? 'null') as Partial<OutboxState> | null;
      const entries = Array.isArray(data?.entries)
        ? data.entries.filter((entry) => typeof entry?.receipt?.id === 'string')
        : [];
      return { entries, dropped: Number(data?.dropped) || 0 };
    } catch {
      return { entries: [], dropped: 0 };
    }
  };

  const write = (state: OutboxState): void => {
    const { entries } = state;
    while (entries.length > limits.receipts || (entries.length > 1 && JSON.stringify(state).length > limits.bytes)) {
      entries.shift();
      state.dropped++;
    }
    for (;;) {
      memory = JSON.stringify(state);
      try {
        storage?.setItem(OUTBOX_KEY, memory);
        return;
      } catch {
        // Storage is full: make room, oldest first; with one left, it lives in memory.
        if (entries.length <= 1) return;
        entries.shift();
        state.dropped++;
      }
    }
  };

  const update = (change: (state: OutboxState) => void) => {
    const state = read();
    change(state);
    write(state);
  };

  return {
    read,
    add: (receipt) => update((state) => state.entries.push({ receipt })),
    remove: (id) =>
      update((state) => {
        state.entries = state.entries.filter((entry) => entry.receipt.id !== id);
      }),
    markBeaconed: (ids) => {
      if (ids.length === 0) return;
      update((state) => {
        for (const entry of state.entries) if (ids.includes(entry.receipt.id)) entry.beaconed = true;
      });
    },
  };
}

/** The wait before retry number `failures` (1, 2, …): `base` doubling up to `max`, ±20 % jitter, never above `max`. */
export function backoffDelay(failures: number, backoff = BACKOFF, random = Math.random): number {
  const exact = Math.min(backoff.base * 2 ** Math.min(Math.max(failures, 1) - 1, 30), backoff.max);
  return Math.round(Math.min(exact * (0.8 + 0.4 * random()), backoff.max));
}

/** `Retry-After` in whole seconds, as milliseconds from 1 s to `max`; null for a date or nothing. */
function retryAfter(value: string | null, max: number): number | null {
  return value && /^\s*\d+\s*$/.test(value) ? Math.min(Math.max(Number(value) * 1000, 1000), max) : null;
}

export interface SenderOptions {
  endpoint: string;
  outbox: Outbox;
  fetch?: typeof fetch;
  /** `navigator.sendBeacon`, or null where there is none. */
  sendBeacon?: ((url: string, data: Blob) => boolean) | null;
  /** `navigator.locks`, or null where there are none. */
  locks?: Pick<LockManager, 'request'> | null;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (id: unknown) => void;
  random?: () => number;
  backoff?: { base: number; max: number };
  /** False while the browser knows it is offline (`navigator.onLine`). */
  isOnline?: () => boolean;
  warn?: (message: string) => void;
}

export interface Sender {
  /** Puts a receipt in the outbox and starts sending. */
  add(receipt: Receipt): void;
  /** Sends what the outbox holds, oldest first; resolves when done or waiting for a retry. Never rejects. */
  flush(): Promise<void>;
  /** Page hide: beacons every receipt not sent yet. */
  beacon(): void;
  /** The browser is back online: retry now. */
  online(): void;
  stop(): void;
}

export function createSender({
  endpoint,
  outbox,
  fetch: post = (input, init) => fetch(input, init),
  sendBeacon = typeof navigator.sendBeacon === 'function' ? (url, data) => navigator.sendBeacon(url, data) : null,
  locks = navigator.locks ?? null,
  setTimer = (callback, ms) => setTimeout(callback, ms),
  clearTimer = (id) => clearTimeout(id as number),
  random = Math.random,
  backoff = BACKOFF,
  isOnline = () => navigator.onLine !== false,
  warn = (message) => console.warn(message),
}: SenderOptions): Sender {
  // The warning names the URL the browser posts to: a relative `data-endpoint` may not resolve where it was meant to.
  const target = new URL(endpoint, location.href);
  let failures = 0;
  let timer: unknown = null;
  let running: Promise<void> | null = null;
  let again = false;
  let warned = false;
  let stopped = false;
  /** Receipts on their way by fetch (`keepalive` carries them past page hide). */
  const inFlight = new Set<string>();

  const cancelTimer = () => {
    if (timer !== null) clearTimer(timer);
    timer = null;
  };

  /** Runs `task` holding the outbox lock, so other tabs wait; without Web Locks, at once. */
  async function exclusive(task: () => Promise<void>): Promise<void> {
    let ran = false;
    const run = () => ((ran = true), task());
    try {
      await (locks ? locks.request(LOCK, run) : run());
    } catch {
      if (!ran) await task();
    }
  }

  /**
   * Sends the receipts one by one. A receipt the server refuses as such (400,
   * 413, 415, 422) is kept and passed over, so it cannot hold back the ones
   * after it; any other failure (the endpoint down, missing or forbidden)
   * stops the round. Either way a retry is scheduled.
   */
  async function drain(): Promise<void> {
    if (!isOnline()) return; // the `online` event brings us back
    const tried = new Set<string>();
    let refused: { status: number; wait: string | null } | null = null;
    for (;;) {
      // Read again each time: another tab may have sent some, or this one made a new one.
      const entry = outbox.read().entries.find(({ receipt }) => !tried.has(receipt.id));
      if (stopped) return;
      if (!entry) {
        if (refused) retryLater(refused.status, refused.wait);
        return;
      }
      const { id } = entry.receipt;
      tried.add(id);
      inFlight.add(id);
      let status = 0;
      let wait: string | null = null;
      try {
        const response = await post(endpoint, {
          method: 'POST',
          body: JSON.stringify(entry.receipt),
          headers: { 'content-type': 'application/json' },
          keepalive: true,
          credentials: 'same-origin',
          signal: typeof AbortSignal.timeout === 'function' ? AbortSignal.timeout(TIMEOUT) : null,
        });
        status = response.status;
        wait = response.headers.get('retry-after');
      } catch {
        // Offline, refused, blocked or timed out: retried like a server error.
      } finally {
        inFlight.delete(id);
      }
      if ((status >= 200 && status < 300) || status === 409) {
        outbox.remove(id);
        failures = 0;
        continue;
      }
      if (REFUSED_AS_SUCH.includes(status)) {
        refused ??= { status, wait };
        continue;
      }
      retryLater(status, wait);
      return;
    }
  }

  function retryLater(status: number, wait: string | null): void {
    failures++;
    if (!warned) {
      warned = true;
      // A CORS refusal reaches a script as a bare network error: on another origin that is the likely cause.
      const cors = !status && target.origin !== location.origin && isOnline();
      warn(
        `assent: consent receipt not delivered to ${target.href} (${status ? `HTTP ${status}` : 'network error'}${
          cors ? '; on another origin this is likely CORS, see the README' : ''
        }); kept and retried.`,
      );
    }
    if (stopped) return;
    cancelTimer();
    timer = setTimer(
      () => {
        timer = null;
        void flush();
      },
      retryAfter(wait, backoff.max) ?? backoffDelay(failures, backoff, random),
    );
  }

  function flush(): Promise<void> {
    if (stopped) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    again = false;
    cancelTimer();
    running = exclusive(drain)
      .catch(() => {})
      .then(() => {
        running = null;
        // Asked again while sending: a new receipt may have come after the last look (unless a retry is due anyway).
        if (again && timer === null) return flush();
      });
    return running;
  }

  return {
    add(receipt) {
      outbox.add(receipt);
      void flush();
    },
    flush,
    beacon() {
      if (stopped || !sendBeacon) return;
      const sent: string[] = [];
      for (const { receipt, beaconed } of outbox.read().entries) {
        if (beaconed || inFlight.has(receipt.id)) continue;
        try {
          if (sendBeacon(endpoint, new Blob([JSON.stringify(receipt)], { type: 'application/json' }))) sent.push(receipt.id);
        } catch {
          break; // refused (a cross-origin endpoint in some browsers): the next page view sends it
        }
      }
      outbox.markBeaconed(sent);
    },
    online() {
      failures = 0;
      void flush();
    },
    stop() {
      stopped = true;
      cancelTimer();
    },
  };
}

export interface ReceiptsOptions extends Partial<Omit<SenderOptions, 'endpoint' | 'outbox'>> {
  /** `data-endpoint`. */
  endpoint: string;
  /** The language the widget speaks, or a function returning it when a receipt is made. */
  lang?: string | (() => string);
  /** Where the outbox lives; localStorage by default, null for memory only. */
  storage?: KeyValueStorage | null;
  /** Where `assent-change` and `visibilitychange` fire. */
  document?: Pick<Document, 'addEventListener' | 'removeEventListener' | 'visibilityState'>;
  /** Where `pagehide` and `online` fire. */
  window?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
}

/**
 * Turns every decision made in this tab into a receipt and delivers it to
 * `endpoint`; sends what earlier page views left at once. Never throws;
 * returns a function that stops listening.
 */
export function startReceipts(options: ReceiptsOptions): () => void {
  try {
    const { lang, document: doc = document, window: win = window } = options;
    let storage: KeyValueStorage | null = null;
    try {
      storage = options.storage === undefined ? localStorage : options.storage;
    } catch {
      // localStorage throws where the site's storage is blocked: memory only.
    }
    const sender = createSender({ ...options, outbox: createOutbox(storage) });
    const language = () => (typeof lang === 'function' ? lang() : lang) || document.documentElement?.lang || 'und';

    const onChange = (event: Event) => {
      try {
        const receipt = makeReceipt((event as CustomEvent<ConsentChange>).detail, { language: language() });
        if (receipt) sender.add(receipt);
      } catch {
        // A receipt never breaks the page.
      }
    };
    const onHide = (event: Event) => {
      if (event.type === 'pagehide' || doc.visibilityState === 'hidden') sender.beacon();
    };
    const onOnline = () => sender.online();

    doc.addEventListener(CHANGE_EVENT, onChange);
    doc.addEventListener('visibilitychange', onHide);
    win.addEventListener('pagehide', onHide);
    win.addEventListener('online', onOnline);
    void sender.flush();
    return () => {
      doc.removeEventListener(CHANGE_EVENT, onChange);
      doc.removeEventListener('visibilitychange', onHide);
      win.removeEventListener('pagehide', onHide);
      win.removeEventListener('online', onOnline);
      sender.stop();
    };
  } catch {
    return () => {};
  }
}
