// Issue 15: the likely mistakes of a site admin, on real pages booting
// dist/assent.js from its tag, each with the exact console message. The
// wording of every message is checked in test/core/config-messages.test.ts;
// here: that the page facts reach the checks, once each, and the receipts.
import { expect } from '@open-wc/testing';
import { closePages, openPage, until } from '../harness/page.js';

describe('what an admin is told on a real page', () => {
  afterEach(closePages);

  it('defer on the tag: one warning saying what it costs', async () => {
    const page = await openPage({ tag: 'defer' });
    expect(page.warnings).to.deep.equal([
      'assent: defer on the script tag lets iframes load and tags run before they are gated; remove defer.',
    ]);
    expect(page.bannerShown()).to.equal(true);
  });

  it('a misspelt attribute: one warning naming the nearest one, and the rest works', async () => {
    const page = await openPage({ attrs: { matamo: 'on', lang: 'de' } });
    expect(page.warnings).to.deep.equal(['assent: data-matamo is unknown and ignored; did you mean data-matomo?']);
    expect(page.errors).to.deep.equal([]);
    expect(page.banner()!.querySelector('h2')!.lang || page.banner()!.querySelector('section')!.lang).to.equal('de');
  });

  it('a JSON block with a near-miss id, wherever it is in the page', async () => {
    const block = '<script type="application/json" id="assent-conf">{"texts": {}}</script>';
    for (const where of ['head', 'body'] as const) {
      const page = await openPage(where === 'head' ? { head: block } : { body: `<main><h1>Course</h1></main>${block}` });
      expect(page.warnings, where).to.deep.equal([
        'assent: the JSON block id="assent-conf" is unknown and ignored; did you mean id="assent-config"?',
      ]);
      page.remove();
    }
  });

  it('a listed category without a title: one warning, and none when a block after the tag gives it one', async () => {
    const untitled = await openPage({ attrs: { categories: 'analytics,forum' } });
    expect(untitled.warnings).to.deep.equal([
      'assent: category "forum" has no title; add one under "categories" in #assent-config.',
    ]);
    const late = await openPage({
      attrs: { categories: 'analytics,forum' },
      body: '<main><h1>Course</h1></main><script type="application/json" id="assent-config">{"categories": {"forum": {"title": "Forum"}}}</script>',
    });
    expect(late.warnings).to.deep.equal([]);
  });

  it('data-categories with one bad item: that item named, the good ones asked for', async () => {
    const page = await openPage({ attrs: { categories: 'analytics,Functional' } });
    expect(page.errors).to.deep.equal([
      'assent: data-categories="analytics,Functional" is not valid; allowed: a comma-separated list of category names (lower-case letters, digits, - and _), not Functional. The others are used.',
    ]);
    page.assent.acceptAll();
    expect(page.assent.get().categories).to.deep.equal({ essential: true, analytics: true });
  });

  it('data-endpoint="127.0.0.1:PORT/receipts": refused with a hint, and nothing is posted to this site', async () => {
    const endpoint = `127.0.0.1:${location.port}/receipts`;
    const page = await openPage({ attrs: { endpoint } });
    expect(page.errors).to.deep.equal([
      `assent: data-endpoint="${endpoint}" is not valid; allowed: an http(s) URL or a path on this site (write http://${endpoint}). The default is used.`,
    ]);
    page.assent.rejectAll();
    expect(page.window.localStorage.getItem('assent_outbox')).to.equal(null);
  });

  it('a cross-origin endpoint that refuses CORS: the warning names the URL and says CORS', async () => {
    const endpoint = `http://127.0.0.1:${location.port}/receipts?key=cors-${Date.now()}`;
    const page = await openPage({ attrs: { endpoint } });
    page.assent.rejectAll();
    await until(() => page.warnings.length > 0, 'a delivery warning', 5000);
    expect(page.warnings).to.deep.equal([
      `assent: consent receipt not delivered to ${endpoint} (network error; on another origin this is likely CORS, see the README); kept and retried.`,
    ]);
    page.window.localStorage.removeItem('assent_outbox');
  });

  it('a relative endpoint that fails: the warning names the URL it resolved to', async () => {
    const page = await openPage({ attrs: { endpoint: 'receipts?key=rel&fail=9' }, path: '/sub/dir/page' });
    page.assent.rejectAll();
    await until(() => page.warnings.length > 0, 'a delivery warning', 5000);
    expect(page.warnings).to.deep.equal([
      `assent: consent receipt not delivered to ${location.origin}/sub/dir/receipts?key=rel&fail=9 (HTTP 404); kept and retried.`,
    ]);
    page.window.localStorage.removeItem('assent_outbox');
  });
});
