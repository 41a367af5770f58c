// Issue 6, "Done when": consent receipts reach a real HTTP endpoint exactly
// once, when it answers 500 twice first, when the browser was offline during
// the decision, and when the page is closed right after the decision. The
// endpoint is the test server's `/receipts` route (test/server/pages.js),
// which validates against docs/receipt.schema.json, stores by id and
// answers 409 for an id it has; nothing here mocks fetch or sendBeacon.
import { expect } from '@open-wc/testing';
import type { Receipt } from '../../src/receipts/receipt.js';
import { closePages, openPage, until, type TestPage } from '../harness/page.js';

interface ServerLog {
  posts: { id: string | null; status: number | 'dropped' }[];
  receipts: Receipt[];
}

const OUTBOX = 'assent_outbox';

let keys = 0;
/** A fresh endpoint state on the server for each test. */
const newKey = () => `${Date.now().toString(36)}-${++keys}`;

async function serverLog(key: string): Promise<ServerLog> {
  return (await fetch(`/receipts/log?key=${key}`)).json();
}

/** While offline, the server closes the connection of every post for `key` without an answer. */
async function setOffline(key: string, offline: boolean): Promise<void> {
  await fetch(`/receipts/control?key=${key}&offline=${offline ? 1 : 0}`, { method: 'POST' });
}

/** Waits until the server's log for `key` passes `check`. */
async function serverUntil(key: string, check: (log: ServerLog) => boolean, message: string, timeout = 5000): Promise<ServerLog> {
  const start = performance.now();
  for (;;) {
    const log = await serverLog(key);
    if (check(log)) return log;
    if (performance.now() - start > timeout) throw new Error(`timed out: ${message}; server log ${JSON.stringify(log.posts)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The outbox as the pages see it (same origin as this runner page): one `assent_outbox.ID` key per receipt. */
function outbox(): { receipt: Receipt; beaconed?: true }[] {
  return outboxKeys()
    .map((key) => JSON.parse(localStorage.getItem(key)!) as { receipt: Receipt; beaconed?: true })
    .sort((a, b) => (a.receipt.timestamp < b.receipt.timestamp ? -1 : 1));
}

const outboxKeys = () => Object.keys(localStorage).filter((key) => key.startsWith(`${OUTBOX}.`));
const emptyOutbox = () => outboxKeys().forEach((key) => localStorage.removeItem(key));

/** While set, every post for `key` is answered with a redirect to a page that answers 200. */
async function setRedirect(key: string, status: number): Promise<void> {
  await fetch(`/receipts/control?key=${key}&redirect=${status}`, { method: 'POST' });
}

const stored = (log: ServerLog, id?: string) => log.receipts.filter((r) => id === undefined || r.id === id);
const warnings = (page: TestPage) => page.warnings;
const acceptAll = (page: TestPage) => page.click(page.button(page.banner(), 'Accept all'));

describe('consent receipts (real endpoint)', () => {
  beforeEach(emptyOutbox);
  afterEach(() => {
    closePages();
    emptyOutbox();
  });

  it('a receipt arrives exactly once when the server answers 500 twice first', async () => {
    const key = newKey();
    // The test server asks for `Retry-After: 1`, which the widget honours: two retries in ~2 s, not 2 + 4 s.
    const page = await openPage({ attrs: { endpoint: `/receipts?key=${key}&fail=2&retryAfter=1` }});
    await acceptAll(page);
    expect(page.bannerShown(), 'the page goes on at once').to.equal(false);
    expect(outbox(), 'kept in the browser at once').to.have.length(1);

    const log = await serverUntil(key, (l) => l.receipts.length > 0, 'receipt stored', 6000);
    expect(log.posts.map((p) => p.status)).to.deep.equal([500, 500, 201]);
    const [receipt] = stored(log);
    expect(receipt).to.deep.include({ schema: 'assent-receipt/1', source: 'user', language: 'en', revision: '' });
    expect(receipt.decisions.categories).to.deep.equal({ essential: true, analytics: true });
    expect(Date.now() - Date.parse(receipt.timestamp)).to.be.within(0, 10_000);
    expect(new Set(log.posts.map((p) => p.id))).to.deep.equal(new Set([receipt.id]));

    await until(() => outbox().length === 0, 'outbox emptied on 201');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await serverLog(key)).posts, 'nothing sent after the 201').to.have.length(3);
    expect(warnings(page), 'one warning for the page view').to.have.length(1);
    expect(warnings(page)[0]).to.include('HTTP 500');
    expect(page.errors).to.deep.equal([]);
  });

  it('a decision made offline arrives exactly once when the browser is back online', async () => {
    const key = newKey();
    await setOffline(key, true);
    const page = await openPage({ attrs: { endpoint: `/receipts?key=${key}` } });
    await acceptAll(page);
    await serverUntil(key, (l) => l.posts.some((p) => p.status === 'dropped'), 'the first attempt failed');
    expect(outbox()).to.have.length(1);

    await setOffline(key, false);
    const back = performance.now();
    page.window.dispatchEvent(new Event('online'));
    const log = await serverUntil(key, (l) => l.receipts.length > 0, 'receipt stored after "online"', 1200);
    // The first backoff is at least 1.6 s: only the online event explains an earlier delivery.
    expect(performance.now() - back).to.be.below(1500);
    await until(() => outbox().length === 0, 'outbox emptied');
    expect(log.posts.filter((p) => p.status !== 'dropped').map((p) => p.status)).to.deep.equal([201]);
    expect(stored(log)).to.have.length(1);
  });

  it('a decision made offline in a page closed at once arrives exactly once with the next page view', async () => {
    const key = newKey();
    const endpoint = `/receipts?key=${key}`;
    await setOffline(key, true);
    const page = await openPage({ attrs: { endpoint } });
    await acceptAll(page);
    await serverUntil(key, (l) => l.posts.length > 0, 'the first attempt failed');
    page.remove(); // its beacon on page hide is dropped too
    expect(outbox()).to.have.length(1);
    const { id } = outbox()[0].receipt;

    await setOffline(key, false);
    await openPage({ attrs: { endpoint } });
    await until(() => outbox().length === 0, 'outbox emptied by the next page view');
    const log = await serverLog(key);
    expect(stored(log).map((r) => r.id)).to.deep.equal([id]);
    // Chromium retries a keepalive request or beacon whose connection was reset, on its own time, so one
    // of those may land once the server is back: then the next page view's copy is the 409, still one stored.
    const answered = log.posts.filter((p) => p.status !== 'dropped');
    expect(answered.filter((p) => p.status === 201)).to.deep.equal([{ id, status: 201 }]);
    expect(answered.every((p) => p.id === id && (p.status === 201 || p.status === 409))).to.equal(true);
  });

  it('a page closed right after the decision: the beacon delivers it, the next page view stores no duplicate', async () => {
    const key = newKey();
    const endpoint = `/receipts?key=${key}`;
    const page = await openPage({ attrs: { endpoint } });
    // Decide and close in one task: no fetch can start, only the page-hide beacon can carry it.
    page.assent.acceptAll();
    page.remove();
    const [entry] = outbox();
    expect(entry.beaconed, 'beaconed on page hide, kept: a beacon gets no answer').to.equal(true);

    const log = await serverUntil(key, (l) => l.receipts.length > 0, 'the beacon arrived');
    expect(stored(log).map((r) => r.id)).to.deep.equal([entry.receipt.id]);
    expect(stored(log)[0].source).to.equal('api');

    // The next page view sends it again by fetch; the server has it (409) and the outbox lets it go.
    await openPage({ attrs: { endpoint } });
    await until(() => outbox().length === 0, 'outbox emptied by the next page view');
    const after = await serverLog(key);
    expect(after.posts.map((p) => [p.id, p.status])).to.deep.equal([
      [entry.receipt.id, 201],
      [entry.receipt.id, 409],
    ]);
    expect(stored(after, entry.receipt.id)).to.have.length(1);
  });

  it('a page closed right after clicking "Accept all": stored exactly once, also after reopening', async () => {
    const key = newKey();
    const endpoint = `/receipts?key=${key}`;
    const page = await openPage({ attrs: { endpoint } });
    await acceptAll(page);
    page.remove();
    const log = await serverUntil(key, (l) => l.receipts.length > 0, 'receipt arrived (keepalive fetch or beacon)');
    const [receipt] = stored(log);
    expect(receipt.source).to.equal('user');

    await openPage({ attrs: { endpoint } });
    await until(() => outbox().length === 0, 'outbox empty after the next page view');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const after = await serverLog(key);
    expect(stored(after, receipt.id)).to.have.length(1);
    expect(after.posts.filter((p) => p.status === 201)).to.have.length(1);
  });

  it('makes receipts for "always allow" embeds and policy answers, with the policy versions', async () => {
    const key = newKey();
    const body = `
      <assent-embed id="yt" width="320" height="180" src="https://www.youtube.com/watch?v=aqz-KE-bpKQ" title="Video"></assent-embed>
      <assent-policies id="flow">
        <assent-policy name="privacy" version="3" required><h2 slot="title">Privacy</h2><div slot="summary">Summary</div></assent-policy>
      </assent-policies>`;
    const page = await openPage({ attrs: { endpoint: `/receipts?key=${key}`, banner: 'off' }, body });
    const always = page.button(page.document.getElementById('yt')!.shadowRoot, 'Always allow YouTube');
    await page.click(always);
    let log = await serverUntil(key, (l) => l.receipts.length === 1, 'embed receipt');
    expect(log.receipts[0].decisions.embeds.youtube).to.equal(true);
    expect(log.receipts[0].decisions.categories.analytics, 'no banner answer yet').to.equal(false);

    const flow = () => page.document.getElementById('flow')!.shadowRoot;
    page.button(flow(), 'I agree').click();
    await until(() => [...(flow()?.querySelectorAll('button') ?? [])].some((b) => b.textContent!.trim() === 'Confirm'), 'summary');
    page.button(flow(), 'Confirm').click();
    log = await serverUntil(key, (l) => l.receipts.length === 2, 'policy receipt');
    expect(log.receipts[1].policies.privacy).to.deep.include({ version: '3', accepted: true, onBehalf: false });
    expect(log.receipts[1].decisions.embeds.youtube).to.equal(true);
    expect(log.receipts[1].source).to.equal('user');
  });

  it('a decision in one tab is sent by that tab only', async () => {
    const key = newKey();
    const endpoint = `/receipts?key=${key}`;
    const [first, second] = [await openPage({ attrs: { endpoint } }), await openPage({ attrs: { endpoint } })];
    await acceptAll(first);
    await until(() => !second.bannerShown(), 'the other tab learned of it');
    await serverUntil(key, (l) => l.receipts.length > 0, 'receipt stored');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await serverLog(key)).posts.map((p) => p.status)).to.deep.equal([201]);
  });

  it('a broken endpoint never blocks the page and warns once per page view', async () => {
    const key = newKey();
    const page = await openPage({
      attrs: { endpoint: `/receipts?key=${key}&fail=1000&retryAfter=1` },
    });
    await acceptAll(page);
    expect(page.assent.has('analytics')).to.equal(true);
    page.assent.rejectAll();
    await serverUntil(key, (l) => l.posts.length >= 2, 'retried', 4000);
    expect(page.assent.has('analytics')).to.equal(false);
    expect(warnings(page)).to.have.length(1);
    expect(page.errors).to.deep.equal([]);
    expect(outbox(), 'both receipts wait for a working endpoint').to.have.length(2);
  });
  for (const status of [301, 302, 303, 307]) {
    it(`keeps the receipt when the endpoint answers ${status} to a page that answers 200, and delivers it once the endpoint answers itself`, async () => {
      const key = newKey();
      await setRedirect(key, status);
      const page = await openPage({ attrs: { endpoint: `/receipts?key=${key}` } });
      await acceptAll(page);
      await serverUntil(key, (l) => l.posts.some((p) => p.status === status), 'the endpoint redirected');
      await until(() => warnings(page).length > 0, 'the widget warned');
      expect(warnings(page)[0]).to.include('redirect');
      expect(outbox(), 'a redirect is no acknowledgement').to.have.length(1);
      expect(stored(await serverLog(key))).to.deep.equal([]);

      await setRedirect(key, 0);
      page.window.dispatchEvent(new Event('online'));
      const log = await serverUntil(key, (l) => l.receipts.length === 1, 'delivered once the endpoint answers');
      expect(stored(log)[0].decisions.categories.analytics).to.equal(true);
      await until(() => outbox().length === 0, 'the outbox empties');
    });
  }

  it('with localStorage full, sends the receipt in this page view all the same', async () => {
    const key = newKey();
    // Fills the site's storage to the last byte before the widget starts.
    const FILL = `<script>
      let chunk = 'x'.repeat(1 << 20);
      for (let i = 0; chunk.length > 0; ) { try { localStorage.setItem('filler' + i++, chunk); } catch { chunk = chunk.slice(0, Math.floor(chunk.length / 2)); } }
    </script>`;
    try {
      const page = await openPage({ attrs: { endpoint: `/receipts?key=${key}` }, head: FILL });
      await acceptAll(page);
      const log = await serverUntil(key, (l) => l.receipts.length === 1, 'the receipt is delivered');
      expect(stored(log)[0].decisions.categories.analytics).to.equal(true);
      expect(warnings(page).join('\n')).to.include('cannot store consent receipts');
    } finally {
      for (const name of Object.keys(localStorage)) if (name.startsWith('filler')) localStorage.removeItem(name);
    }
  });
});
