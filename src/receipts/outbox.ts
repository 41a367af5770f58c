/**
 * Consent receipts (README, "Consent receipts"): every decision made in this tab
 * becomes a receipt (receipt.ts) that waits in an outbox in localStorage
 * until the endpoint acknowledges it.
 *
 * - Persisted the moment it is made, so a closed tab, a crash or a lost
 *   connection loses nothing; the next page view sends what is left.
 * - Removed only on a direct 2xx answer, or 409 (the server has it
 *   already); a redirect (to a login page, say) is no answer. One the server
 *   refuses as such (400, 413, 415, 422) is kept, marked, and never sent
 *   again, so it never holds back the receipts made after it.
 * - Retried with exponential backoff and jitter (2 s, 4 s, 8 s … at most
 *   5 min, or the server's `Retry-After` in seconds), when the browser comes
 *   back `online`, and on the next page view.
 * - On `pagehide` / hidden, receipts not yet on their way go out with
 *   `navigator.sendBeacon`. A beacon gets no answer, so the receipt stays,
 *   marked as beaconed (never beaconed twice), and the next page view sends
 *   it again by fetch; the server de-duplicates by `id`.
 * - Never dropped: one key per receipt, as many as the browser's storage
 *   holds (a few thousand); what it cannot hold is sent from memory.
 * - One tab sends at a time (Web Locks where available), so two tabs rarely
 *   send the same receipt; when they do, the `id` keeps it stored once.
 * - A broken endpoint never blocks the page and never throws; it costs at
 *   most one `console.warn` per page view.
 *
 * The outbox is strictly necessary to demonstrate consent (GDPR Art. 7(1))
 * and holds only the receipts: no identifier of the person.
 */
import { OUTBOX_KEY } from '../core/names.js';
import { CHANGE_EVENT } from '../events/names.js';
import type { ConsentChange } from '../core/types.js';
import { makeReceipt, type Receipt } from './receipt.js';

/** Milliseconds: the first retry after about `base`, doubling up to `max`. */
export const BACKOFF = { base: 2000, max: 300_000 };
/** A request that takes longer is given up and retried (it holds the outbox lock). */
const TIMEOUT = 30_000;
const LOCK = 'assent-outbox';
/** Answers about one receipt (its body), not about the endpoint: the next receipt may still pass. */
const REFUSED_AS_SUCH = [400, 413, 415, 422];

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export interface OutboxEntry {
  receipt: Receipt;
  /** Sent with `sendBeacon` once already (no answer comes back). */
  beaconed?: true;
  /** The HTTP status with which the endpoint refused this receipt as such: kept, never sent again. */
  refused?: number;
}

export interface OutboxState {
  entries: OutboxEntry[];
}

export interface Outbox {
  read(): OutboxState;
  add(receipt: Receipt): void;
  remove(id: string): void;
  /** Notes something about receipts (beaconed, refused) where they are kept. */
  mark(ids: readonly string[], note: Partial<OutboxEntry>): void;
}

/**
 * The outbox: one `localStorage` key per receipt, so tabs deciding at once
 * never overwrite each other's (a read-modify-write of one shared value
 * lost receipts). Nothing is ever dropped: a receipt the storage cannot take
 * (full, blocked) stays in memory and is sent in this page view.
 */
export function createOutbox(storage: KeyValueStorage | null, warn = (message: string) => console.warn(message)): Outbox {
  const prefix = `${OUTBOX_KEY}.`;
  /** What storage could not take: this page view only. */
  const memory = new Map<string, OutboxEntry>();
  const keep = (entry: OutboxEntry) => {
    const { id } = entry.receipt;
    try {
      storage!.setItem(prefix + id, JSON.stringify(entry));
      memory.delete(id);
    } catch {
      if (!memory.size) warn('assent: the browser cannot store consent receipts (storage full or blocked); they are sent from this page only.');
      memory.set(id, entry);
    }
  };

  // An outbox from before one key per receipt (one value under `assent_outbox`) moves over, once it all fits.
  try {
    const legacy = (JSON.parse(storage!.getItem(OUTBOX_KEY)!) as Partial<OutboxState> | null)?.entries;
    if (Array.isArray(legacy)) {
      for (const entry of legacy) if (typeof entry?.receipt?.id === 'string') keep(entry);
      if (!memory.size) storage!.removeItem(OUTBOX_KEY);
    }
  } catch {
    // Nothing there, damaged, or blocked storage.
  }

  const read = (): OutboxState => {
    const entries = new Map<string, OutboxEntry>();
    try {
      for (let i = 0; i < storage!.length; i++) {
        const key = storage!.key(i);
        if (!key?.startsWith(prefix)) continue;
        try {
          const entry = JSON.parse(storage!.getItem(key)!) as OutboxEntry;
          if (typeof entry?.receipt?.id === 'string') entries.set(entry.receipt.id, entry);
        } catch {
          // Damaged: not a receipt we can send.
        }
      }
    } catch {
      // Blocked storage: memory only.
    }
    // What storage could not take came after what it holds; then oldest first (ISO times sort as text), a stable sort.
    for (const [id, entry] of memory) entries.set(id, entry);
    const time = (entry: OutboxEntry) => entry.receipt.timestamp;
    return { entries: [...entries.values()].sort((a, b) => (time(a) < time(b) ? -1 : time(a) > time(b) ? 1 : 0)) };
  };

  return {
    read,
    add: (receipt) => keep({ receipt }),
    remove(id) {
      memory.delete(id);
      try {
        storage!.removeItem(prefix + id);
      } catch {
        // Blocked storage: it was in memory.
      }
    },
    mark(ids, note) {
      // Only what is still waiting: another tab may have delivered it meanwhile.
      for (const entry of read().entries) if (ids.includes(entry.receipt.id)) keep({ ...entry, ...note });
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
   * 413, 415, 422) is marked and passed over, so it cannot hold back the ones
   * after it; any other failure (the endpoint down, missing, forbidden, or
   * redirecting) stops the round and schedules a retry.
   */
  async function drain(): Promise<void> {
    if (!isOnline()) return; // the `online` event brings us back
    const tried = new Set<string>();
    for (;;) {
      // Read again each time: another tab may have sent some, or this one made a new one.
      const entry = outbox.read().entries.find(({ receipt, refused }) => !refused && !tried.has(receipt.id));
      if (stopped || !entry) return;
      const { id } = entry.receipt;
      tried.add(id);
      inFlight.add(id);
      let status = 0;
      let redirected = false;
      let wait: string | null = null;
      try {
        const response = await post(endpoint, {
          method: 'POST',
          body: JSON.stringify(entry.receipt),
          headers: { 'content-type': 'application/json' },
          keepalive: true,
          credentials: 'same-origin',
          // Followed, a redirect to any page answering 200 (a login wall, a portal) would pass for an acknowledgement.
          redirect: 'manual',
          signal: typeof AbortSignal.timeout === 'function' ? AbortSignal.timeout(TIMEOUT) : null,
        });
        status = response.status;
        redirected = response.type === 'opaqueredirect';
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
        outbox.mark([id], { refused: status });
        warn(`assent: ${endpoint} refused consent receipt ${id} (HTTP ${status}); it is kept in the browser and not sent again.`);
        continue;
      }
      retryLater(status ? `HTTP ${status}` : redirected ? 'a redirect' : 'network error', wait);
      return;
    }
  }

  function retryLater(why: string, wait: string | null): void {
    failures++;
    if (!warned) {
      warned = true;
      // A CORS refusal reaches a script as a bare network error: on another origin that is the likely cause.
      const cors = why === 'network error' && target.origin !== location.origin && isOnline();
      warn(`assent: consent receipt not delivered to ${target.href} (${why}${cors ? '; on another origin this is likely CORS, see the README' : ''}); kept and retried.`);
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
      for (const { receipt, beaconed, refused } of outbox.read().entries) {
        if (beaconed || refused || inFlight.has(receipt.id)) continue;
        try {
          if (sendBeacon(endpoint, new Blob([JSON.stringify(receipt)], { type: 'application/json' }))) sent.push(receipt.id);
        } catch {
          break; // refused (a cross-origin endpoint in some browsers): the next page view sends it
        }
      }
      outbox.mark(sent, { beaconed: true });
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
  /** Where `assent-change` is heard, when not on `document` (the head script relays the changes made before this part arrived). */
  changes?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
}

/**
 * Turns every decision made in this tab into a receipt and delivers it to
 * `endpoint`; sends what earlier page views left at once. Never throws;
 * returns a function that stops listening.
 */
export function startReceipts(options: ReceiptsOptions): () => void {
  try {
    const { lang, document: doc = document, window: win = window, changes = doc } = options;
    let storage: KeyValueStorage | null = null;
    try {
      storage = options.storage === undefined ? localStorage : options.storage;
    } catch {
      // localStorage throws where the site's storage is blocked: memory only.
    }
    const sender = createSender({ ...options, outbox: createOutbox(storage, options.warn) });
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

    changes.addEventListener(CHANGE_EVENT, onChange);
    doc.addEventListener('visibilitychange', onHide);
    win.addEventListener('pagehide', onHide);
    win.addEventListener('online', onOnline);
    void sender.flush();
    return () => {
      changes.removeEventListener(CHANGE_EVENT, onChange);
      doc.removeEventListener('visibilitychange', onHide);
      win.removeEventListener('pagehide', onHide);
      win.removeEventListener('online', onOnline);
      sender.stop();
    };
  } catch {
    return () => {};
  }
}
