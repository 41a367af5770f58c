import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AssentSettings } from '../../src/components/assent-settings/assent-settings.js';
import { ConsentManager } from '../../src/state/consent-manager.js';
import { registerBuiltInProviders } from '../../src/providers/registry.js';
import { testManager } from '../harness/manager.js';
import '../harness/languages.js';
import { accessible, focused } from '../harness/a11y.js';

registerBuiltInProviders();
AssentSettings.define('assent-settings');

/** WCAG 2.2 SC 2.5.8 (AA): pointer targets at least 24 by 24 CSS pixels. */
const MIN_TARGET = 24;

function freshManager(dataset: Record<string, string> = {}): ConsentManager {
  return testManager({ dataset: { privacyUrl: '/privacy', ...dataset } });
}

/** Every dialog opened by a test, closed again after it. */
const opened: AssentSettings[] = [];

/** The settings element with its dialog open. */
async function openSettings(manager = freshManager(), lang?: string): Promise<AssentSettings> {
  const el = lang
    ? (await fixture<HTMLDivElement>(html`<div lang=${lang}><assent-settings .manager=${manager}></assent-settings></div>`)).querySelector(
        'assent-settings',
      )!
    : await fixture<AssentSettings>(html`<assent-settings .manager=${manager}></assent-settings>`);
  opened.push(el);
  await el.show(null);
  await el.updateComplete;
  return el;
}

const root = (el: AssentSettings) => el.shadowRoot!;
const dialog = (el: AssentSettings) => root(el).querySelector('dialog')!;
const toggle = (el: AssentSettings, name: string) => root(el).querySelector<HTMLInputElement>(`#switch-${name}`)!;
const footerButtons = (el: AssentSettings) => [...root(el).querySelectorAll<HTMLButtonElement>('.footer button')];
const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();

/** Every button, switch, link and summary in the dialog smaller than 24x24, as "name: WxH". */
function smallTargets(el: AssentSettings): string[] {
  return [...root(el).querySelectorAll<HTMLElement>('button, a[href], input, summary')].flatMap((target) =>
    [...target.getClientRects()]
      .filter((box) => box.width < MIN_TARGET || box.height < MIN_TARGET)
      .map((box) => `${target.id || text(target)}: ${box.width.toFixed(1)}x${box.height.toFixed(1)}`),
  );
}

describe('<assent-settings>', () => {
  afterEach(() => {
    for (const el of opened.splice(0)) el.close();
  });

  describe('the essential cookie list', () => {
    it('names each of our cookies with the lifetime it really has', async () => {
      const el = await openSettings();
      const details = root(el).querySelector('details')!;
      details.open = true;
      const rows = [...details.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].slice(0, 2).map(text));
      expect(rows).to.deep.equal([
        ['MoodleSession', 'When the browser closes'],
        ['assent', '180 days'],
        ['assent_policies', '395 days'],
        ['assent_youtube', '14 days'],
        ['assent_vimeo', '14 days'],
        ['assent_googlemaps', '14 days'],
      ]);
    });

    it('lists the receipts waiting in localStorage when the site collects receipts, in the reader\'s language', async () => {
      const rowsOf = async (lang: string) => {
        const el = await openSettings(freshManager({ endpoint: '/receipts' }), lang);
        return [...root(el).querySelectorAll('details')[0].querySelectorAll('tbody tr')].map((row) =>
          [...row.querySelectorAll('td')].map(text),
        );
      };
      expect((await rowsOf('en')).at(-1)).to.deep.equal(['assent_outbox', 'Until sent to this site', 'This site']);
      expect((await rowsOf('de')).at(-1)).to.deep.equal(['assent_outbox', 'Bis zur Übermittlung an diese Website', 'Diese Website']);
    });
  });

  describe('accessibility', () => {
    it('is accessible with the dialog open', async () => {
      const el = await openSettings();
      expect(el.open).to.equal(true);
      await accessible(el, 'dialog open');
    });

    it("is accessible with a category's cookie list expanded", async () => {
      const el = await openSettings();
      const details = root(el).querySelectorAll('details');
      expect(details.length, 'one cookie list per category').to.equal(2);
      for (const item of details) item.open = true;
      await el.updateComplete;
      expect(text(details[0])).to.include('MoodleSession');
      await accessible(el, 'cookie lists expanded');
    });

    it('is accessible with an "always allow" provider listed', async () => {
      const manager = freshManager();
      manager.set({ embeds: { youtube: true } }, 'user');
      const el = await openSettings(manager);
      const embeds = root(el).querySelector('[aria-labelledby="embeds-title"]')!;
      expect(text(embeds)).to.include('External content').and.include('YouTube');
      const withdraw = embeds.querySelector('button');
      expect(withdraw !== null && text(withdraw) === 'Stop allowing YouTube', 'a button to stop allowing YouTube').to.equal(true);
      await accessible(el, 'provider listed');
    });

    it('is accessible in German', async () => {
      const manager = freshManager();
      manager.set({ embeds: { youtube: true } }, 'user');
      const el = await openSettings(manager, 'de');
      expect(dialog(el).getAttribute('lang')).to.equal('de');
      expect(footerButtons(el).map(text)).to.deep.equal(['Alle akzeptieren', 'Alle ablehnen', 'Auswahl speichern']);
      await accessible(el, 'German, provider listed');
    });
  });

  describe('structure', () => {
    it('is a modal dialog labelled by its heading', async () => {
      const el = await openSettings();
      const box = dialog(el);
      expect(box.open && box.matches(':modal'), 'open as a modal dialog').to.equal(true);
      const heading = root(el).getElementById(box.getAttribute('aria-labelledby')!);
      expect(heading !== null && text(heading) === 'Cookie settings', 'labelled by "Cookie settings"').to.equal(true);
      expect(root(el).querySelector('.close')!.getAttribute('aria-label')).to.equal('Close');
    });

    it('shows essential switched on and locked, optional categories off', async () => {
      const el = await openSettings();
      const essential = toggle(el, 'essential');
      const analytics = toggle(el, 'analytics');
      expect({ checked: essential.checked, disabled: essential.disabled }).to.deep.equal({ checked: true, disabled: true });
      expect({ checked: analytics.checked, disabled: analytics.disabled }).to.deep.equal({ checked: false, disabled: false });
      for (const input of [essential, analytics]) {
        expect(input.getAttribute('role')).to.equal('switch');
        expect(input.labels?.length ?? 0, `${input.id} has a label`).to.equal(1);
      }
      expect(text(essential.labels![0])).to.equal('Essential');
      expect(text(analytics.labels![0])).to.equal('Analytics');
      // "Always on" is read with the essential switch.
      expect(essential.getAttribute('aria-describedby')!.split(' ')).to.include('always-essential');
    });

    it('offers accept, reject and save as three buttons of the same size', async () => {
      const el = await openSettings();
      expect(footerButtons(el).map(text)).to.deep.equal(['Accept all', 'Reject all', 'Save choices']);
      const sizes = footerButtons(el).map((b) => b.getBoundingClientRect());
      for (const [i, box] of sizes.entries()) {
        expect(Math.abs(box.width - sizes[0].width), `button ${i} width ${box.width} vs ${sizes[0].width}`).to.be.below(1);
        expect(Math.abs(box.height - sizes[0].height), `button ${i} height ${box.height} vs ${sizes[0].height}`).to.be.below(1);
      }
    });

    it('gives every button, switch and cookie list toggle a target of at least 24x24 CSS pixels', async () => {
      const manager = freshManager();
      manager.set({ embeds: { youtube: true } }, 'user');
      const el = await openSettings(manager);
      expect(root(el).querySelectorAll('button, input, summary').length, 'controls found').to.be.at.least(8);
      expect(smallTargets(el)).to.deep.equal([]);
    });

    it('shows a visible focus outline on a button and a switch reached with the keyboard', async () => {
      const el = await openSettings();
      const [accept, reject] = footerButtons(el);
      accept.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused() === reject, 'Tab from "Accept all" focuses "Reject all"').to.equal(true);
      expect(getComputedStyle(reject).outlineStyle).to.not.equal('none');

      const essentialSummary = root(el).querySelector('summary')!;
      essentialSummary.focus();
      await sendKeys({ press: 'Tab' });
      const analytics = toggle(el, 'analytics');
      expect(focused() === analytics, 'Tab from the essential cookie list focuses the analytics switch').to.equal(true);
      expect(getComputedStyle(analytics).outlineStyle).to.not.equal('none');
    });
  });
});
