// Issue 15, learners: what happens to focus and to the words on screen after
// "Stop allowing PROVIDER", a minor's "Load video" without the tick on a
// phone, a withdrawn agreement, and the #assent-settings link (items 2, 3, 5, 11).
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { encodePolicies, POLICY_COOKIE } from '../../src/core/policy-codec.js';
import { closePages, openPage, until, type TestPage } from '../harness/page.js';

/** The focused element, looking through shadow roots. */
function focused(page: TestPage): Element | null {
  let active = page.document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('what a learner meets (real pages)', () => {
  afterEach(closePages);

  describe('"Stop allowing PROVIDER" in the settings dialog', () => {
    async function dialogWithProviders(): Promise<TestPage> {
      const page = await openPage({
        body: `<main><h1>Course</h1>
          <assent-embed src="https://www.youtube.com/watch?v=aqz-KE-bpKQ" title="Big Buck Bunny"></assent-embed>
          <assent-embed src="https://vimeo.com/76979871" title="The New Vimeo Player"></assent-embed>
          <p><a href="#" data-assent-open>Cookie settings</a></p></main>`,
      });
      page.assent.rejectAll();
      for (const embed of page.document.querySelectorAll('assent-embed')) {
        const button = [...embed.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Always allow'))!;
        button.click();
      }
      page.assent.openSettings();
      await until(() => page.dialog().open, 'dialog opens');
      return page;
    }
    const withdrawButtons = (page: TestPage) => [...page.settings().querySelectorAll<HTMLButtonElement>('[part="withdraw-embed"]')];

    it('moves focus to the next provider, then to the section, keeps the modal open and says what happened', async () => {
      const page = await dialogWithProviders();
      expect(withdrawButtons(page).map((b) => b.textContent!.trim())).to.deep.equal(['Stop allowing YouTube', 'Stop allowing Vimeo']);
      const status = page.settings().querySelector('[role="status"]')!;
      expect(status.textContent).to.equal('');

      withdrawButtons(page)[0].focus();
      await sendKeys({ press: 'Enter' });
      await until(() => withdrawButtons(page).length === 1, 'YouTube row gone');
      expect(focused(page)!.textContent!.trim()).to.equal('Stop allowing Vimeo');
      expect(status.textContent).to.equal('YouTube is no longer allowed. Its content will ask before it loads.');
      expect(page.dialog().open).to.equal(true);

      await sendKeys({ press: 'Enter' });
      await until(() => withdrawButtons(page).length === 0, 'Vimeo row gone');
      expect(focused(page)!.id).to.equal('embeds-title');
      expect(focused(page)!.getRootNode()).to.equal(page.settings());
      expect(status.textContent).to.equal('Vimeo is no longer allowed. Its content will ask before it loads.');
      expect(page.assent.has('youtube') || page.assent.has('vimeo'), 'both withdrawn').to.equal(false);
      // Tab goes on inside the modal, never to the page behind it.
      await sendKeys({ press: 'Tab' });
      expect(focused(page)!.getRootNode()).to.equal(page.settings());
    });

    it('says it in German too', async () => {
      const page = await openPage({ lang: 'de', body: '<main><assent-embed src="https://vimeo.com/76979871" title="Film"></assent-embed></main>' });
      page.assent.rejectAll();
      [...page.document.querySelector('assent-embed')!.shadowRoot!.querySelectorAll('button')][1].click();
      page.assent.openSettings();
      await until(() => page.dialog().open, 'dialog opens');
      withdrawButtons(page)[0].click();
      await until(() => page.settings().querySelector('[role="status"]')!.textContent !== '', 'announced');
      expect(page.settings().querySelector('[role="status"]')!.textContent).to.equal(
        'Vimeo ist nicht mehr erlaubt. Inhalte von Vimeo fragen wieder, bevor sie laden.',
      );
      expect(focused(page)!.id).to.equal('embeds-title');
    });
  });

  it('a minor on a phone: "Load video" without the tick shows the message without moving the button', async () => {
    const at = Math.floor(Date.now() / 1000) - 60;
    document.cookie = `${POLICY_COOKIE}=${encodePolicies({ privacy: { version: '1', accepted: true, at, onBehalf: true } })}; path=/; max-age=3600`;
    const page = await openPage({
      width: 390,
      height: 844,
      body: `<main><h1>Course</h1><assent-embed src="https://www.youtube.com/watch?v=aqz-KE-bpKQ" title="Big Buck Bunny"></assent-embed></main>`,
    });
    page.assent.rejectAll();
    const root = page.document.querySelector('assent-embed')!.shadowRoot!;
    const load = [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Load video')!;
    // The learner has scrolled so that the button sits low on the screen, as after tabbing down the page.
    load.scrollIntoView({ block: 'end' });
    const before = load.getBoundingClientRect();
    load.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => root.querySelector('[role="alert"]')!.textContent!.trim() !== '', 'message shown');
    const after = load.getBoundingClientRect();
    expect(Math.round(after.top), 'the button stays where it was').to.equal(Math.round(before.top));
    expect(after.bottom <= page.window.innerHeight, 'the button is still in view').to.equal(true);
    expect(focused(page)).to.equal(load);
    const alert = root.querySelector('[role="alert"]')!;
    expect(alert.compareDocumentPosition(load) & Node.DOCUMENT_POSITION_PRECEDING, 'message after the buttons').to.not.equal(0);
  });

  it('the agreements view says an agreement was withdrawn, not declined', async () => {
    const page = await openPage({
      body: `<main><assent-policies view="agreements">
        <assent-policy name="newsletter" version="1"><h2 slot="title">Newsletter</h2><div slot="summary">News.</div></assent-policy>
      </assent-policies></main>`,
    });
    const policies = page.document.querySelector('assent-policies')!.shadowRoot!;
    const give = [...policies.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Give consent')!;
    give.click();
    await until(() => [...policies.querySelectorAll('button')].some((b) => b.textContent!.trim() === 'Withdraw consent'), 'agreed');
    [...policies.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Withdraw consent')!.click();
    await until(() => policies.querySelector('.state')!.textContent!.includes('withdrew'), 'withdrawn');
    const date = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date());
    expect(policies.querySelector('.state')!.textContent).to.equal(`You withdrew your agreement to version 1 on ${date}.`);
    // The next page view reads it from the cookie, and says the same.
    await page.reload();
    await until(() => page.document.querySelector('assent-policies')?.shadowRoot?.querySelector('.state') != null, 'reloaded');
    const again = page.document.querySelector('assent-policies')!.shadowRoot!;
    await until(() => again.querySelector('.state')!.textContent!.includes('withdrew'), 'still withdrawn after a reload');
    expect(again.querySelector('.state')!.textContent).to.equal(`You withdrew your agreement to version 1 on ${date}.`);
  });

  describe('links to #assent-settings', () => {
    it('open the dialog from a custom menu, a plain footer link and an absolute URL, with the link focused again after', async () => {
      const page = await openPage({
        body: `<nav class="navbar"><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" id="menu" href="#assent-settings">Cookie settings</a></li></ul></nav>
          <main><h1>Course</h1></main>
          <footer><a id="footer" href="${location.origin}/course/view.php#assent-settings">Cookie settings</a></footer>`,
      });
      for (const id of ['menu', 'footer']) {
        const link = page.document.getElementById(id)!;
        await page.click(link);
        await until(() => page.dialog().open, `${id} opens the dialog`);
        expect(page.window.location.pathname, 'no navigation').to.equal('/page');
        await sendKeys({ press: 'Escape' });
        await until(() => !page.dialog().open, 'dialog closes');
        expect(page.document.activeElement).to.equal(link);
      }
    });
  });

  it("the banner comes right after the page's skip link: the link first for Tab, the banner next", async () => {
    const page = await openPage({
      attrs: { 'privacy-url': '/privacy' },
      body: `<div><a class="sr-only sr-only-focusable" href="#maincontent">Skip to main content</a></div>
        <div id="page-wrapper"><nav aria-label="Site"><a href="/">Home</a></nav><main id="maincontent"><h1>Course</h1></main></div>`,
    });
    const banner = page.document.querySelector('assent-banner')!;
    expect(banner.previousElementSibling!.textContent!.trim()).to.equal('Skip to main content');
    page.window.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(page)!.textContent).to.equal('Skip to main content');
    await sendKeys({ press: 'Tab' });
    expect(focused(page)!.getRootNode()).to.equal(banner.shadowRoot);
    // Without a skip link it is the first thing in the page.
    const plain = await openPage();
    expect(plain.document.body.firstElementChild!.localName).to.equal('assent-banner');
  });
});
