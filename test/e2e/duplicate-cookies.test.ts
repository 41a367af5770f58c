import { expect } from '@open-wc/testing';
import Cookies from 'js-cookie';
import { encodeConsent, encodeEmbedGrant } from '../../src/core/codec.js';
import { closePages, openPage, type TestPage } from '../harness/page.js';

/*
 * A second cookie of the same name (an older `data-cookie-domain`, a longer
 * path) must never bring back what a person took back, on the next page view.
 * Real pages, real cookies, in the deep path `/sub/dir/page`.
 */
const TRACKER = `<script type="text/plain" data-assent="analytics">(window.__ran = window.__ran || []).push('tracker')</script>`;
const PATH = '/sub/dir/page';
const now = () => Math.floor(Date.now() / 1000);

const grant = (secondsAgo: number) =>
  encodeConsent({ revision: '', categories: { analytics: true }, updatedAt: now() - secondsAgo, expiresAt: now() + 86400, source: 'user' })!;
const refusal = (secondsAgo: number) =>
  encodeConsent({ revision: '', categories: { analytics: false }, updatedAt: now() - secondsAgo, expiresAt: now() + 86400, source: 'user' })!;

/** What the next page view of the same site decides. */
async function nextPage(attrs: Record<string, string> = {}): Promise<TestPage> {
  return openPage({ path: PATH, body: TRACKER, attrs });
}

describe('a second consent cookie (real pages, real cookies)', () => {
  afterEach(() => {
    for (const name of ['assent', 'assent_youtube'])
      for (const path of ['/', '/sub', '/sub/dir'])
        for (const domain of [undefined, location.hostname]) Cookies.remove(name, domain ? { path, domain } : { path });
    closePages();
  });

  it('"Reject all" holds on the next page when an older grant sits on a longer path', async () => {
    Cookies.set('assent', grant(3600), { path: '/sub', sameSite: 'Lax' });
    const page = await nextPage();
    expect(page.assent.has('analytics')).to.equal(true);
    page.assent.rejectAll();
    expect(page.assent.has('analytics')).to.equal(false);

    const next = await nextPage();
    expect(next.assent.has('analytics')).to.equal(false);
    expect(next.window.__ran ?? []).to.deep.equal([]);
  });

  it('"Reject all" holds on the next page after data-cookie-domain was added, where a host-only grant is left', async () => {
    Cookies.set('assent', grant(3600), { path: '/', sameSite: 'Lax' });
    const attrs = { 'cookie-domain': location.hostname };
    const page = await nextPage(attrs);
    expect(page.assent.has('analytics')).to.equal(true);
    page.assent.rejectAll();

    for (const config of [attrs, {}]) {
      // With the attribute, and after an admin removes it again.
      const next = await nextPage(config);
      expect(next.assent.has('analytics'), JSON.stringify(config)).to.equal(false);
      expect(next.window.__ran ?? []).to.deep.equal([]);
    }
  });

  it('reads the newer decision, not the first cookie the browser lists', async () => {
    // The browser lists the longer path first: the older grant.
    Cookies.set('assent', grant(7200), { path: '/sub', sameSite: 'Lax' });
    Cookies.set('assent', refusal(60), { path: '/', sameSite: 'Lax' });
    const page = await nextPage();
    expect(page.assent.has('analytics')).to.equal(false);
    expect(page.window.__ran ?? []).to.deep.equal([]);
  });

  it('"Stop allowing YouTube" holds on the next page when another assent_youtube sits on a longer path', async () => {
    const allowed = encodeEmbedGrant({ grantedAt: now() - 60, expiresAt: now() + 86400 })!;
    Cookies.set('assent_youtube', allowed, { path: '/', sameSite: 'Lax' });
    Cookies.set('assent_youtube', allowed, { path: '/sub', sameSite: 'Lax' });
    const page = await nextPage();
    expect(page.assent.has('youtube')).to.equal(true);
    page.assent.set({ embeds: { youtube: false } });

    const next = await nextPage();
    expect(next.assent.has('youtube')).to.equal(false);
  });
});
