import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { closePages, cookieNames, openPage, until, type TestPage } from '../harness/page.js';

/** The focused element, looking through shadow roots. */
function focused(page: TestPage): Element | null {
  let active = page.document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const TRACKER = '<script type="text/plain" data-assent="analytics" src="/test/fixtures/e2e-analytics.js"></script>';
const FOOTER = '<footer><a href="#" id="footer-link" data-assent-open>Cookie settings</a></footer>';

describe('settings dialog (real page)', () => {
  afterEach(closePages);

  it('opens from "Settings" as a modal dialog with essential on and locked, optional off', async () => {
    const page = await openPage();
    await page.click(page.button(page.banner(), 'Settings'));
    await until(() => page.dialog().open, 'dialog opens');
    expect(page.dialog().matches(':modal')).to.equal(true);
    const essential = page.settings().querySelector<HTMLInputElement>('#switch-essential')!;
    const analytics = page.settings().querySelector<HTMLInputElement>('#switch-analytics')!;
    expect(essential.checked && essential.disabled).to.equal(true);
    expect(analytics.checked).to.equal(false);
    expect(analytics.getAttribute('role')).to.equal('switch');
    expect(page.settings().querySelector('label[for="switch-analytics"]')!.textContent).to.equal('Analytics');
    const cookieTable = page.settings().querySelectorAll('details')[1].textContent!;
    expect(cookieTable).to.include('_pk_id.*').and.include('13 months');
    expect(page.settings().querySelectorAll('details')[0].textContent).to.include('MoodleSession');
  });

  it('stores only what was switched on with "Save choices"', async () => {
    const page = await openPage({ attrs: { categories: 'analytics,marketing' } });
    await page.click(page.button(page.banner(), 'Settings'));
    await until(() => page.dialog().open, 'dialog opens');
    await page.click(page.settings().querySelector('#switch-marketing')!);
    await page.click(page.button(page.settings(), 'Save choices'));
    await until(() => !page.dialog().open, 'dialog closes');
    expect(page.bannerShown(), 'banner closed too').to.equal(false);
    expect(page.assent.get().categories).to.deep.equal({ essential: true, analytics: false, marketing: true });
    await page.reload();
    expect(page.assent.get().categories).to.deep.equal({ essential: true, analytics: false, marketing: true });
  });

  it('works with the keyboard alone: focus moves in, stays inside, Escape closes and focus returns', async () => {
    const page = await openPage();
    page.window.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(page)!.textContent!.trim()).to.equal('Accept all');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    const settingsButton = focused(page)!;
    expect(settingsButton.textContent!.trim()).to.equal('Settings');
    await sendKeys({ press: 'Enter' });
    await until(() => page.dialog().open, 'dialog opens');
    const dialog = page.dialog();
    for (let i = 0; i < 12; i++) {
      await sendKeys({ press: 'Tab' });
      const active = focused(page);
      // Chromium lets focus visit the browser's own UI between the last and first element.
      if (active !== page.document.body && active !== null) expect(dialog.contains(active), `tab ${i}`).to.equal(true);
    }
    // Switch analytics on with the keyboard.
    page.settings().querySelector<HTMLInputElement>('#switch-analytics')!.focus();
    await sendKeys({ press: ' ' }); // the space bar (Firefox's launcher does not know the name "Space")
    expect(page.settings().querySelector<HTMLInputElement>('#switch-analytics')!.checked).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog.open, 'Escape closes');
    expect(focused(page) === settingsButton, 'focus back on Settings').to.equal(true);
    expect(page.assent.has('analytics'), 'Escape saves nothing').to.equal(false);
  });

  it('opens from any [data-assent-open] element and withdraws consent, deleting _pk_* cookies', async () => {
    const page = await openPage({ body: `${TRACKER}${FOOTER}` });
    await page.click(page.button(page.banner(), 'Accept all'));
    await until(() => cookieNames().some((name) => name.startsWith('_pk_id')), 'tracker ran and set its cookies');
    const events: CustomEvent[] = [];
    page.document.addEventListener('assent-change', (event) => events.push(event as CustomEvent));

    await page.click(page.document.getElementById('footer-link')!);
    await until(() => page.dialog().open, 'dialog opens from the footer link');
    const analytics = page.settings().querySelector<HTMLInputElement>('#switch-analytics')!;
    expect(analytics.checked, 'shows the current decision').to.equal(true);
    await page.click(analytics);
    await page.click(page.button(page.settings(), 'Save choices'));
    await until(() => events.length === 1, 'assent-change fired');
    expect(events[0].detail.decision.categories.analytics).to.equal(false);
    expect(events[0].detail.previous.categories.analytics).to.equal(true);
    expect(events[0].detail.source).to.equal('user');
    expect(cookieNames().filter((name) => name.startsWith('_pk_'))).to.deep.equal([]);
    expect(page.document.activeElement?.id, 'focus back on the footer link').to.equal('footer-link');
  });

  it("lets a learner refuse Moodle's MOODLEID1_ cookie with data-categories including functional", async () => {
    const page = await openPage({ attrs: { categories: 'analytics,functional' }, body: FOOTER });
    await page.click(page.button(page.banner(), 'Accept all'));
    // Moodle sets it on login when "Remember username" is ticked.
    page.document.cookie = 'MOODLEID1_=%25A7%25A5; path=/';
    page.document.cookie = 'MoodleSession=keep; path=/';
    await page.click(page.document.getElementById('footer-link')!);
    await until(() => page.dialog().open, 'dialog opens');
    const functional = page.settings().querySelector<HTMLInputElement>('#switch-functional')!;
    expect(page.settings().querySelector('label[for="switch-functional"]')!.textContent).to.equal('Functional');
    expect(functional.closest('div')!.parentElement!.textContent).to.include('MOODLEID1_');
    await page.click(functional);
    await page.click(page.button(page.settings(), 'Save choices'));
    await until(() => !page.dialog().open, 'dialog closes');
    expect(cookieNames()).to.not.include('MOODLEID1_');
    expect(cookieNames()).to.include('MoodleSession');
    expect(page.assent.has('functional')).to.equal(false);
  });

  it('is German on a German page', async () => {
    const page = await openPage({ lang: 'de' });
    page.assent.openSettings();
    await until(() => page.dialog().open, 'dialog opens');
    const root = page.settings();
    expect(root.querySelector('h2')!.textContent).to.equal('Cookie-Einstellungen');
    expect(page.button(root, 'Auswahl speichern').isConnected).to.equal(true);
    expect(root.querySelector('label[for="switch-essential"]')!.textContent).to.equal('Notwendig');
    expect(root.querySelector('label[for="switch-analytics"]')!.textContent).to.equal('Statistik');
    expect(root.querySelectorAll('details')[1].textContent).to.include('13 Monate');
  });

  it('describes categories as the JSON block says', async () => {
    const json = JSON.stringify({
      categories: {
        analytics: {
          title: { en: 'Statistics', de: 'Statistik' },
          description: 'Counts visits with Matomo on our own server.',
          cookies: [{ name: '_pk_ref.*', expires: '6 months', provider: 'Matomo (self-hosted)' }],
        },
      },
    });
    const page = await openPage({ json });
    page.assent.openSettings();
    await until(() => page.dialog().open, 'dialog opens');
    const root = page.settings();
    expect(root.querySelector('label[for="switch-analytics"]')!.textContent).to.equal('Statistics');
    expect(root.querySelector('#description-analytics')!.textContent).to.equal('Counts visits with Matomo on our own server.');
    const rows = root.querySelectorAll('details')[1].textContent!;
    expect(rows).to.include('_pk_ref.*').and.include('6 months').and.include('Matomo (self-hosted)');
  });

  it('opens from a [data-assent-open] link inside another component\'s shadow root', async () => {
    const body = `<site-footer></site-footer><script>
      customElements.define('site-footer', class extends HTMLElement {
        connectedCallback() { this.attachShadow({ mode: 'open' }).innerHTML = '<a href="#" id="inner" data-assent-open>Cookie settings</a>'; }
      });
    </script>`;
    const page = await openPage({ body });
    await page.click(page.document.querySelector('site-footer')!.shadowRoot!.getElementById('inner')!);
    await until(() => page.dialog().open, 'dialog opens from the shadow-root link');
  });
});
