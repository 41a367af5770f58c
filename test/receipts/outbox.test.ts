import { expect } from '@open-wc/testing';
import { OUTBOX_KEY } from '../../src/core/names.js';
import type { ConsentChange, ConsentDecision, DecisionSource } from '../../src/core/types.js';
import {
  BACKOFF,
  backoffDelay,
  createOutbox,
  createSender,
  startReceipts,
  type KeyValueStorage,
  type SenderOptions,
} from '../../src/receipts/outbox.js';
import { RECEIPT_SCHEMA, makeReceipt, randomId, type Receipt } from '../../src/receipts/receipt.js';

// ------------------------------------------------------------------ helpers

function decision(analytics: boolean | null, extra: Partial<ConsentDecision> = {}): ConsentDecision {
  return {
    categories: { essential: true, analytics: analytics === true },
    embeds: { youtube: false },
    revision: 'r1',
    updatedAt: analytics === null ? null : '2026-11-27T09:00:00.000Z',
    policies: {},
    ...extra,
  };
}

const change = (source: DecisionSource, next = decision(true), previous = decision(null)): ConsentChange => ({
  decision: next,
  previous,
  source,
});

let counter = 0;
function receipt(size = 0): Receipt {
  return makeReceipt(change('user', decision(true, { revision: 'x'.repeat(size) })), {
    language: 'en',
    id: `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`,
  })!;
}

/** localStorage's shape over a Map; `setItem` may be replaced to throw like a full one. */
function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get length() {
      return data.size;
    },
    key: (index) => [...data.keys()][index] ?? null,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, String(value)),
    removeItem: (key) => void data.delete(key),
  };
}

/** A storage that refuses every write as full, after `room` writes. */
function fullStorage(room = 0): KeyValueStorage & { data: Map<string, string> } {
  const storage = memoryStorage();
  const setItem = storage.setItem;
  storage.setItem = (key, value) => {
    if (room-- <= 0) throw new DOMException('full', 'QuotaExceededError');
    setItem(key, value);
  };
  return storage;
}

/** Timers run by hand: `due()` lists the waits asked for, `fire()` runs the pending one. */
function fakeTimers() {
  const pending = new Map<number, { callback: () => void; ms: number }>();
  const asked: number[] = [];
  let next = 1;
  return {
    asked,
    pending,
    setTimer: (callback: () => void, ms: number) => {
      asked.push(ms);
      pending.set(next, { callback, ms });
      return next++;
    },
    clearTimer: (id: unknown) => void pending.delete(id as number),
    fire() {
      const [id, timer] = [...pending.entries()][0] ?? [];
      if (id === undefined) throw new Error('no timer pending');
      pending.delete(id);
      timer!.callback();
    },
  };
}

interface Post {
  id: string;
  body: Receipt;
  init: RequestInit;
}

/** A fetch answering the statuses given in turn (a number, a Response init, or 'network' for a rejection), then 201. */
function fakeFetch(answers: (number | 'network' | { status: number; headers: Record<string, string> })[] = []) {
  const posts: Post[] = [];
  const fetch = async (_url: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(init!.body as string) as Receipt;
    posts.push({ id: body.id, body, init: init! });
    const next = answers.shift() ?? 201;
    if (next === 'network') throw new TypeError('Failed to fetch');
    if (typeof next === 'number') return new Response(null, { status: next });
    return new Response(null, next);
  };
  return { posts, fetch: fetch as typeof globalThis.fetch };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function sender(overrides: Partial<SenderOptions> = {}) {
  const storage = memoryStorage();
  const outbox = createOutbox(storage);
  const timers = fakeTimers();
  const network = fakeFetch();
  const warnings: string[] = [];
  const beacons: { url: string; data: Blob }[] = [];
  const options: SenderOptions = {
    endpoint: '/receipts',
    outbox,
    fetch: network.fetch,
    sendBeacon: (url, data) => (beacons.push({ url, data }), true),
    locks: null,
    setTimer: timers.setTimer,
    clearTimer: timers.clearTimer,
    random: () => 0.5,
    isOnline: () => true,
    warn: (message) => warnings.push(message),
    ...overrides,
  };
  return { storage, outbox, timers, network, warnings, beacons, sender: createSender(options) };
}

// ------------------------------------------------------------------ receipt

describe('makeReceipt', () => {
  it('receipts a second answer given within the same second (times are whole seconds)', () => {
    const accepted = decision(true);
    const rejected = decision(false);
    expect(accepted.updatedAt).to.equal(rejected.updatedAt);
    expect(makeReceipt(change('user', rejected, accepted), { language: 'en' })?.decisions.categories.analytics).to.equal(false);
    expect(makeReceipt(change('user', accepted, accepted), { language: 'en' }), 'the same answer again is no news').to.equal(null);
  });

  it('records the decision, policies, revision, language and source, and nothing else', () => {
    const next = decision(true, {
      embeds: { youtube: true, vimeo: false },
      policies: { privacy: { version: '3', accepted: true, at: '2026-11-20T08:00:00.000Z', onBehalf: true } },
    });
    const made = makeReceipt(change('user', next), { language: 'de', atMs: Date.UTC(2026, 10, 27, 9, 41, 7, 123) })!;
    expect(made.id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect({ ...made, id: 'ID' }).to.deep.equal({
      schema: RECEIPT_SCHEMA,
      id: 'ID',
      timestamp: '2026-11-27T09:41:07.123Z',
      revision: 'r1',
      source: 'user',
      language: 'de',
      decisions: { categories: { essential: true, analytics: true }, embeds: { youtube: true, vimeo: false } },
      policies: { privacy: { version: '3', accepted: true, onBehalf: true, at: '2026-11-20T08:00:00.000Z' } },
    });
  });

  it('makes receipts for decisions made here (user, api, gpc), not for other tabs or expiry', () => {
    for (const source of ['user', 'api', 'gpc'] as const) expect(makeReceipt(change(source), { language: 'en' })?.source).to.equal(source);
    expect(makeReceipt(change('tab'), { language: 'en' })).to.equal(null);
    expect(makeReceipt(change('expiry', decision(null), decision(true)), { language: 'en' })).to.equal(null);
  });

  it('makes one for a re-confirmed choice, an embed permission and a policy answer, none for a new provider', () => {
    const before = decision(true);
    const again = decision(true, { updatedAt: '2026-11-28T09:00:00.000Z' });
    expect(makeReceipt(change('user', again, before), { language: 'en' })).to.not.equal(null);
    expect(makeReceipt(change('user', decision(true, { embeds: { youtube: true } }), before), { language: 'en' })).to.not.equal(null);
    const policies = { privacy: { version: '1', accepted: false, at: '2026-11-20T08:00:00.000Z', onBehalf: false } };
    expect(makeReceipt(change('user', decision(true, { policies }), before), { language: 'en' })).to.not.equal(null);
    // registerProvider(): the new provider shows up as "not allowed"; nobody decided anything.
    expect(makeReceipt(change('api', decision(true, { embeds: { youtube: false, maps: false } }), before), { language: 'en' })).to.equal(
      null,
    );
  });

  it('makes UUID v4 ids, also without crypto.randomUUID (plain http)', () => {
    const original = crypto.randomUUID;
    try {
      Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
      const ids = new Set(Array.from({ length: 200 }, randomId));
      expect(ids.size).to.equal(200);
      for (const id of ids) expect(id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: original, configurable: true });
    }
  });

  it('matches docs/receipt.schema.json (checked with the reference receiver’s validator)', async () => {
    const validator = '/examples/receiver/validate.mjs';
    const { compileSchema } = (await import(/* @vite-ignore */ validator)) as {
      compileSchema: (schema: unknown) => (value: unknown) => { path: string; message: string }[];
    };
    const validate = compileSchema(await (await fetch('/docs/receipt.schema.json')).json());
    const policies = { 'Datenschutz & AGB': { version: '2024-01', accepted: true, at: new Date(0).toISOString(), onBehalf: false } };
    for (const source of ['user', 'api', 'gpc'] as const) {
      const made = makeReceipt(change(source, decision(false, { policies, embeds: { youtube: true, vimeo: false } })), {
        language: 'en-gb',
      });
      expect(validate(JSON.parse(JSON.stringify(made)))).to.deep.equal([]);
    }
    expect(validate({ ...receipt(), page: '/course/view.php' })[0].path).to.equal('/page');
  });
});

// ------------------------------------------------------------------ outbox

describe('the outbox', () => {
  it('is written the moment a receipt is added, under assent_outbox.ID', () => {
    const storage = memoryStorage();
    const outbox = createOutbox(storage);
    const made = receipt();
    outbox.add(made);
    expect(JSON.parse(storage.data.get(`${OUTBOX_KEY}.${made.id}`)!)).to.deep.equal({ receipt: made });
    // Another tab (a second outbox on the same storage) sees it.
    expect(createOutbox(storage).read().entries[0].receipt.id).to.equal(made.id);
  });

  it('never drops a receipt: 500 of them, 1.5 MB, all kept, oldest first', () => {
    const storage = memoryStorage();
    const outbox = createOutbox(storage);
    const made = Array.from({ length: 500 }, () => receipt(3000));
    for (const r of made) outbox.add(r);
    expect(outbox.read().entries.map((e) => e.receipt.id)).to.deep.equal(made.map((r) => r.id));
    expect(createOutbox(storage).read().entries).to.have.length(500);
  });

  it('two tabs adding at once keep both receipts (each its own key, no read-modify-write)', () => {
    const storage = memoryStorage();
    const [one, two] = [createOutbox(storage), createOutbox(storage)];
    const [a, b] = [receipt(), receipt()];
    one.add(a);
    two.add(b);
    one.remove(a.id);
    expect(two.read().entries.map((e) => e.receipt.id)).to.deep.equal([b.id]);
  });

  it('keeps in memory, for this page view, what a full storage cannot take, and says so once', () => {
    const warnings: string[] = [];
    const storage = fullStorage(1);
    const outbox = createOutbox(storage, (message) => void warnings.push(message));
    const made = [receipt(), receipt(), receipt()];
    for (const r of made) outbox.add(r);
    expect(outbox.read().entries.map((e) => e.receipt.id)).to.deep.equal(made.map((r) => r.id));
    expect(storage.data.size, 'the first one fitted').to.equal(1);
    expect(warnings).to.have.length(1);
    outbox.remove(made[1].id);
    expect(outbox.read().entries.map((e) => e.receipt.id)).to.deep.equal([made[0].id, made[2].id]);
  });

  it('moves an outbox written by an earlier version (one value under assent_outbox) to one key per receipt', () => {
    const storage = memoryStorage();
    const [a, b] = [receipt(), receipt()];
    storage.setItem(OUTBOX_KEY, JSON.stringify({ entries: [{ receipt: a, beaconed: true }, { receipt: b }, { nope: 1 }], dropped: 3 }));
    const outbox = createOutbox(storage);
    expect(outbox.read().entries).to.deep.equal([{ receipt: a, beaconed: true }, { receipt: b }]);
    expect(storage.data.has(OUTBOX_KEY)).to.equal(false);
    expect([...storage.data.keys()].sort()).to.deep.equal([`${OUTBOX_KEY}.${a.id}`, `${OUTBOX_KEY}.${b.id}`].sort());
  });

  it('passes over damaged values, and works in memory where storage throws', () => {
    const storage = memoryStorage();
    storage.setItem(`${OUTBOX_KEY}.a`, '{"receipt": 1');
    storage.setItem(`${OUTBOX_KEY}.b`, '{"receipt": {"id": 2}}');
    storage.setItem('other', '{"receipt": {"id": "c"}}');
    expect(createOutbox(storage).read()).to.deep.equal({ entries: [] });

    const blocked = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    const outbox = createOutbox({ getItem: blocked, setItem: blocked, removeItem: blocked, key: blocked, length: 0 }, () => {});
    const made = receipt();
    outbox.add(made);
    expect(outbox.read().entries[0].receipt.id).to.equal(made.id);
    outbox.remove(made.id);
    expect(outbox.read().entries).to.deep.equal([]);
  });
});

describe('backoff', () => {
  it('doubles from 2 s to at most 5 min', () => {
    const middle = () => 0.5; // no jitter
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 20].map((n) => backoffDelay(n, BACKOFF, middle))).to.deep.equal([
      2000, 4000, 8000, 16000, 32000, 64000, 128000, 256000, 300000, 300000,
    ]);
  });

  it('jitters by ±20 %, never above the maximum', () => {
    expect(backoffDelay(1, BACKOFF, () => 0)).to.equal(1600);
    expect(backoffDelay(1, BACKOFF, () => 0.999999)).to.equal(2400);
    expect(backoffDelay(30, BACKOFF, () => 0.999999)).to.equal(300000);
    expect(backoffDelay(30, BACKOFF, () => 0)).to.equal(240000);
  });
});

// ------------------------------------------------------------------ sender

describe('the sender', () => {
  it('POSTs each receipt as JSON, keepalive, same-origin credentials, and removes it on 201', async () => {
    const { sender: s, network, outbox } = sender();
    const made = receipt();
    s.add(made);
    await s.flush();
    expect(network.posts).to.have.length(1);
    const { init, body } = network.posts[0];
    expect(body).to.deep.equal(made);
    expect(init).to.deep.include({ method: 'POST', keepalive: true, credentials: 'same-origin' });
    expect(init.headers).to.deep.equal({ 'content-type': 'application/json' });
    expect(outbox.read().entries).to.deep.equal([]);
  });

  it('retries a 500 with exponential backoff and sends it exactly once it succeeds, warning once', async () => {
    const t = sender();
    const answers = fakeFetch([500, 503, 'network']);
    const s = createSender({ ...senderOptions(t), fetch: answers.fetch });
    const made = receipt();
    s.add(made);
    await s.flush();
    expect(t.timers.asked).to.deep.equal([2000]);
    t.timers.fire();
    await s.flush();
    expect(t.timers.asked).to.deep.equal([2000, 4000]);
    t.timers.fire();
    await s.flush();
    expect(t.timers.asked).to.deep.equal([2000, 4000, 8000]);
    expect(t.outbox.read().entries).to.have.length(1);
    t.timers.fire();
    await s.flush();
    expect(answers.posts.map((p) => p.id)).to.deep.equal([made.id, made.id, made.id, made.id]);
    expect(t.outbox.read().entries).to.deep.equal([]);
    expect(t.timers.pending.size, 'no retry after success').to.equal(0);
    expect(t.warnings).to.have.length(1);
    expect(t.warnings[0]).to.include('/receipts').and.include('HTTP 500');
  });

  it('keeps receipts on 4xx and on redirects (only a direct 2xx and 409 remove), and removes on 409', async () => {
    const t = sender();
    const manual = Object.defineProperties(new Response(null, { status: 200 }), {
      type: { value: 'opaqueredirect' },
      status: { value: 0 },
    });
    const answers = [404, 'manual', 409] as const;
    const posts: string[] = [];
    const fetch = (async (_url: RequestInfo | URL, init?: RequestInit) => {
      posts.push(JSON.parse(init!.body as string).id);
      expect(init!.redirect, 'redirects are not followed').to.equal('manual');
      const next = answers[posts.length - 1];
      return next === 'manual' ? manual : next === 409 ? new Response(null, { status: 409 }) : new Response(null, { status: next });
    }) as typeof globalThis.fetch;
    const s = createSender({ ...senderOptions(t), fetch });
    const made = receipt();
    t.outbox.add(made);
    await s.flush();
    expect(t.outbox.read().entries).to.have.length(1);
    t.timers.fire();
    await s.flush();
    expect(t.outbox.read().entries, 'a redirect is no acknowledgement').to.have.length(1);
    expect(t.warnings[0]).to.include('HTTP 404');
    t.timers.fire();
    await s.flush();
    expect(t.outbox.read().entries).to.deep.equal([]);
    expect(posts).to.deep.equal([made.id, made.id, made.id]);
  });

  it('passes over a receipt refused as such (400), so the ones after it are still delivered; an endpoint error (404) stops the round', async () => {
    const t = sender();
    const answers = fakeFetch([400, 201, 404]);
    const s = createSender({ ...senderOptions(t), fetch: answers.fetch });
    const [bad, good, third] = [receipt(), receipt(), receipt()];
    t.outbox.add(bad);
    t.outbox.add(good);
    await s.flush();
    expect(answers.posts.map((p) => p.id)).to.deep.equal([bad.id, good.id]);
    expect(t.outbox.read().entries.map((e) => [e.receipt.id, e.refused]), 'the refused one is kept, marked').to.deep.equal([[bad.id, 400]]);
    expect(t.timers.pending.size, 'and not retried').to.equal(0);
    expect(t.warnings).to.have.length(1);
    expect(t.warnings[0]).to.include('HTTP 400');

    // Never sent again, not by this page view nor the next (a new sender on the same outbox), nor beaconed.
    // An endpoint error (404) for the third stops the round and is retried.
    t.outbox.add(third);
    await s.flush();
    expect(t.timers.pending.size, 'the endpoint error is retried').to.equal(1);
    const next = createSender({ ...senderOptions(t), fetch: answers.fetch });
    await next.flush();
    next.beacon();
    expect(answers.posts.map((p) => p.id)).to.deep.equal([bad.id, good.id, third.id, third.id]);
    expect(t.outbox.read().entries.map((e) => e.receipt.id)).to.deep.equal([bad.id]);
    expect(t.beacons).to.have.length(0);
  });

  it('waits as long as Retry-After says (whole seconds, 1 s to 5 min)', async () => {
    const t = sender();
    const answers = fakeFetch([
      { status: 503, headers: { 'retry-after': '7' } },
      { status: 429, headers: { 'retry-after': '0' } },
      { status: 503, headers: { 'retry-after': '99999' } },
      { status: 503, headers: { 'retry-after': 'Fri, 31 Dec 1999 23:59:59 GMT' } },
    ]);
    const s = createSender({ ...senderOptions(t), fetch: answers.fetch });
    t.outbox.add(receipt());
    for (let i = 0; i < 4; i++) {
      await s.flush();
      t.timers.fire();
    }
    // A date is not understood: the backoff (4th failure: 16 s) applies.
    expect(t.timers.asked).to.deep.equal([7000, 1000, 300000, 16000]);
  });

  it('sends in order and stops at the first failure, keeping the rest for the retry', async () => {
    const t = sender();
    const answers = fakeFetch([201, 500]);
    const s = createSender({ ...senderOptions(t), fetch: answers.fetch });
    const made = [receipt(), receipt(), receipt()];
    for (const r of made) t.outbox.add(r);
    await s.flush();
    expect(answers.posts.map((p) => p.id)).to.deep.equal([made[0].id, made[1].id]);
    expect(t.outbox.read().entries.map((e) => e.receipt.id)).to.deep.equal([made[1].id, made[2].id]);
    t.timers.fire();
    await s.flush();
    expect(answers.posts.map((p) => p.id)).to.deep.equal([made[0].id, made[1].id, made[1].id, made[2].id]);
    expect(t.outbox.read().entries).to.deep.equal([]);
  });

  it('does not try while the browser is offline, and sends at once when it is back online', async () => {
    let online = false;
    const t = sender();
    const answers = fakeFetch();
    const s = createSender({ ...senderOptions(t), fetch: answers.fetch, isOnline: () => online });
    s.add(receipt());
    await s.flush();
    expect(answers.posts).to.have.length(0);
    online = true;
    s.online();
    await s.flush();
    expect(answers.posts).to.have.length(1);
    expect(t.outbox.read().entries).to.deep.equal([]);
  });

  it('the online event cancels a pending backoff and retries now', async () => {
    const t = sender();
    const answers = fakeFetch(['network']);
    const s = createSender({ ...senderOptions(t), fetch: answers.fetch });
    s.add(receipt());
    await s.flush();
    expect(t.timers.pending.size).to.equal(1);
    s.online();
    await s.flush();
    expect(t.timers.pending.size).to.equal(0);
    expect(answers.posts).to.have.length(2);
    expect(t.outbox.read().entries).to.deep.equal([]);
  });

  it('beacons on page hide what is not on its way, once, and keeps it for the next page view', async () => {
    const t = sender();
    const releases: (() => void)[] = [];
    const slow = (async () => {
      await new Promise<void>((resolve) => releases.push(resolve));
      return new Response(null, { status: 201 });
    }) as typeof fetch;
    const s = createSender({ ...senderOptions(t), fetch: slow });
    const [first, second] = [receipt(), receipt()];
    s.add(first);
    t.outbox.add(second);
    // `first` is on its way (keepalive carries it past page hide); `second` waits behind it.
    s.beacon();
    expect(t.beacons).to.have.length(1);
    expect(t.beacons[0].url).to.equal('/receipts');
    expect(t.beacons[0].data.type).to.equal('application/json');
    expect(JSON.parse(await t.beacons[0].data.text())).to.deep.equal(second);
    expect(t.outbox.read().entries.map((e) => [e.receipt.id, e.beaconed ?? false])).to.deep.equal([
      [first.id, false],
      [second.id, true],
    ]);
    s.beacon();
    expect(t.beacons, 'a receipt is beaconed once').to.have.length(1);
    // The page lives on (only hidden): fetch still delivers both; the server de-duplicates.
    const done = s.flush();
    for (let i = 0; i < 2; i++) {
      while (releases.length === 0) await tick();
      releases.shift()!();
    }
    await done;
    expect(t.outbox.read().entries).to.deep.equal([]);
  });

  it('keeps everything when a beacon is refused or throws', () => {
    const t = sender();
    const s = createSender({
      ...senderOptions(t),
      sendBeacon: () => {
        throw new TypeError('not allowed');
      },
    });
    t.outbox.add(receipt());
    expect(() => s.beacon()).to.not.throw();
    expect(t.outbox.read().entries[0].beaconed).to.equal(undefined);
    const refused = createSender({ ...senderOptions(t), sendBeacon: () => false });
    refused.beacon();
    expect(t.outbox.read().entries[0].beaconed).to.equal(undefined);
  });

  it('two tabs sharing the outbox send each receipt once (Web Locks)', async () => {
    const storage = memoryStorage();
    const answers = fakeFetch();
    const slow = (async (url: RequestInfo | URL, init?: RequestInit) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      return answers.fetch(url, init);
    }) as typeof fetch;
    const tab = () =>
      createSender({
        endpoint: '/receipts',
        outbox: createOutbox(storage),
        fetch: slow,
        locks: navigator.locks,
        setTimer: () => 0,
        clearTimer: () => {},
        isOnline: () => true,
        warn: () => {},
      });
    const [a, b] = [tab(), tab()];
    const made = [receipt(), receipt(), receipt()];
    const outbox = createOutbox(storage);
    for (const r of made) outbox.add(r);
    await Promise.all([a.flush(), b.flush(), a.flush(), b.flush()]);
    expect(answers.posts.map((p) => p.id).sort()).to.deep.equal(made.map((r) => r.id).sort());
    expect(outbox.read().entries).to.deep.equal([]);
  });

  it('never throws and never rejects, whatever fetch and storage do', async () => {
    const s = createSender({
      endpoint: '/receipts',
      outbox: createOutbox(
        {
          length: 1,
          key: () => `${OUTBOX_KEY}.x`,
          getItem: () => '{"receipt":{"id":"x"}}',
          setItem: () => {
            throw new Error('broken');
          },
          removeItem: () => {
            throw new Error('broken');
          },
        },
        () => {},
      ),
      fetch: () => {
        throw new Error('sync throw');
      },
      setTimer: () => 0,
      clearTimer: () => {},
      warn: () => {},
    });
    await s.flush();
    expect(() => s.add(receipt())).to.not.throw();
    expect(() => s.beacon()).to.not.throw();
  });

  it('stops: no more requests or timers', async () => {
    const t = sender();
    const answers = fakeFetch([500]);
    const s = createSender({ ...senderOptions(t), fetch: answers.fetch });
    s.add(receipt());
    await s.flush();
    expect(t.timers.pending.size).to.equal(1);
    s.stop();
    expect(t.timers.pending.size).to.equal(0);
    await s.flush();
    s.beacon();
    expect(answers.posts).to.have.length(1);
    expect(t.beacons).to.have.length(0);
  });
});

function senderOptions(t: ReturnType<typeof sender>): SenderOptions {
  return {
    endpoint: '/receipts',
    outbox: t.outbox,
    sendBeacon: (url, data) => (t.beacons.push({ url, data }), true),
    locks: null,
    setTimer: t.timers.setTimer,
    clearTimer: t.timers.clearTimer,
    random: () => 0.5,
    isOnline: () => true,
    warn: (message) => t.warnings.push(message),
  };
}

// ------------------------------------------------------------------ startReceipts

describe('startReceipts', () => {
  class FakeDocument extends EventTarget {
    visibilityState: DocumentVisibilityState = 'visible';
  }

  function start(storage = memoryStorage()) {
    const doc = new FakeDocument();
    const win = new EventTarget();
    const network = fakeFetch();
    const beacons: Blob[] = [];
    const stop = startReceipts({
      endpoint: '/receipts',
      lang: () => 'de',
      storage,
      document: doc as unknown as Document,
      window: win as unknown as Window,
      fetch: network.fetch,
      sendBeacon: (_url, data) => (beacons.push(data), true),
      locks: null,
      setTimer: () => 0,
      clearTimer: () => {},
      isOnline: () => true,
      warn: () => {},
    });
    const emit = (detail: ConsentChange) => doc.dispatchEvent(new CustomEvent('assent-change', { detail }));
    return { doc, win, network, beacons, stop, storage, emit };
  }

  it('sends a receipt for a decision made here, none for another tab’s', async () => {
    const { emit, network, stop } = start();
    emit(change('tab'));
    emit(change('user'));
    await tick();
    await tick();
    expect(network.posts).to.have.length(1);
    expect(network.posts[0].body).to.deep.include({ source: 'user', language: 'de', revision: 'r1' });
    stop();
  });

  it('sends what an earlier page view left, at start', async () => {
    const storage = memoryStorage();
    const left = receipt();
    createOutbox(storage).add(left);
    const { network, stop } = start(storage);
    await tick();
    await tick();
    expect(network.posts.map((p) => p.id)).to.deep.equal([left.id]);
    stop();
  });

  it('beacons on pagehide and on visibilitychange to hidden, not to visible', () => {
    const storage = memoryStorage();
    const { doc, win, beacons, stop } = start(storage);
    // Put there by another tab, so this one has not sent them by fetch.
    createOutbox(storage).add(receipt());
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(beacons).to.have.length(0);
    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(beacons).to.have.length(1);
    createOutbox(storage).add(receipt());
    win.dispatchEvent(new Event('pagehide'));
    expect(beacons).to.have.length(2);
    stop();
  });

  it('stops listening when stopped, and never throws on a strange event', async () => {
    const { emit, doc, network, stop } = start();
    expect(() => doc.dispatchEvent(new CustomEvent('assent-change', { detail: null }))).to.not.throw();
    stop();
    emit(change('user'));
    await tick();
    expect(network.posts).to.have.length(0);
  });
});
