import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AssentBanner } from '../../src/components/assent-banner/assent-banner.js';
import { ConsentManager } from '../../src/state/consent-manager.js';
import { registerBuiltInProviders } from '../../src/providers/registry.js';
import { testManager } from '../harness/manager.js';
import '../harness/languages.js';
import { accessible, focused } from '../harness/a11y.js';

registerBuiltInProviders();
AssentBanner.define('assent-banner');

/** WCAG 2.2 SC 2.5.8 (AA): pointer targets at least 24 by 24 CSS pixels. */
const MIN_TARGET = 24;

/** A manager with nothing decided yet, so the banner has a question to ask. */
function freshManager(): ConsentManager {
  return testManager({ dataset: { privacyUrl: '/privacy' } });
}

async function banner(privacyUrl = '/privacy'): Promise<AssentBanner> {
  const el = await fixture<AssentBanner>(html`<assent-banner .manager=${freshManager()} privacy-url=${privacyUrl}></assent-banner>`);
  await el.updateComplete;
  return el;
}

/** The banner inside a German page section. */
async function germanBanner(): Promise<AssentBanner> {
  const wrapper = await fixture<HTMLDivElement>(html`
    <div lang="de"><assent-banner .manager=${freshManager()} privacy-url="/datenschutz"></assent-banner></div>
  `);
  const el = wrapper.querySelector('assent-banner')!;
  await el.updateComplete;
  return el;
}

const root = (el: AssentBanner) => el.shadowRoot!;
const region = (el: AssentBanner) => root(el).querySelector('section');
const buttons = (el: AssentBanner) => [...root(el).querySelectorAll('button')];
const buttonTexts = (el: AssentBanner) => buttons(el).map((b) => b.textContent!.trim());
const link = (el: AssentBanner) => root(el).querySelector('a');

/**
 * Every button and link in the banner smaller than 24x24, as "text: WxH"
 * (empty when all are big enough). Each line box of a link counts on its
 * own, so a link broken over two lines is not mistaken for a tall one.
 */
function smallTargets(el: AssentBanner): string[] {
  return [...root(el).querySelectorAll<HTMLElement>('button, a[href], input, summary')].flatMap((target) =>
    [...target.getClientRects()]
      .filter((box) => box.width < MIN_TARGET || box.height < MIN_TARGET)
      .map((box) => `${target.textContent!.trim()}: ${box.width.toFixed(1)}x${box.height.toFixed(1)}`),
  );
}

describe('<assent-banner>', () => {
  describe('accessibility', () => {
    it('is accessible when shown in English with a privacy link', async () => {
      const el = await banner();
      expect(region(el) !== null, 'banner shown').to.equal(true);
      expect(link(el) !== null, 'privacy link shown').to.equal(true);
      await accessible(el, 'English, privacy link');
    });

    it('is accessible when shown without a privacy link', async () => {
      const el = await banner('');
      expect(region(el) !== null, 'banner shown').to.equal(true);
      expect(link(el) === null, 'no privacy link').to.equal(true);
      await accessible(el, 'English, no privacy link');
    });

    it('is accessible when shown in German', async () => {
      const el = await germanBanner();
      expect(region(el)!.getAttribute('lang')).to.equal('de');
      expect(buttonTexts(el)).to.deep.equal(['Alle akzeptieren', 'Alle ablehnen', 'Einstellungen']);
      expect(link(el)!.textContent!.trim()).to.equal('Datenschutzerklärung');
      await accessible(el, 'German, privacy link');
    });
  });

  describe('structure', () => {
    it('is a region labelled by its heading', async () => {
      const el = await banner();
      const section = region(el)!;
      const heading = root(el).querySelector('h2')!;
      expect(section.getAttribute('role')).to.equal('region');
      expect(section.getAttribute('aria-labelledby')).to.equal(heading.id);
      expect(heading.textContent!.trim()).to.equal('Cookies on this learning platform');
    });

    it('offers accept, reject and settings as three real buttons of the same size', async () => {
      const el = await banner();
      expect(buttonTexts(el)).to.deep.equal(['Accept all', 'Reject all', 'Settings']);
      expect(buttons(el).every((b) => b.type === 'button')).to.equal(true);
      const sizes = buttons(el).map((b) => b.getBoundingClientRect());
      const [first] = sizes;
      for (const [i, box] of sizes.entries()) {
        expect(Math.abs(box.width - first.width), `button ${i} width ${box.width} vs ${first.width}`).to.be.below(1);
        expect(Math.abs(box.height - first.height), `button ${i} height ${box.height} vs ${first.height}`).to.be.below(1);
      }
      // Same weight: no button is styled as the obvious choice.
      const looks = buttons(el).map((b) => {
        const style = getComputedStyle(b);
        return [style.backgroundColor, style.color, style.fontWeight, style.borderColor].join(' ');
      });
      expect(new Set(looks).size, `button styles: ${JSON.stringify(looks)}`).to.equal(1);
      expect(buttons(el)[2].getAttribute('aria-haspopup')).to.equal('dialog');
    });

    it('links to the privacy policy with a real link', async () => {
      const el = await banner();
      expect(link(el)!.getAttribute('href')).to.equal('/privacy');
      expect(link(el)!.textContent!.trim()).to.equal('Privacy policy');
    });

    it('gives every button and link a target of at least 24x24 CSS pixels', async () => {
      const el = await banner();
      expect(smallTargets(el)).to.deep.equal([]);
      const german = await germanBanner();
      expect(smallTargets(german)).to.deep.equal([]);
    });

    it('shows a visible focus outline on a button reached with the keyboard', async () => {
      const el = await banner();
      const [accept, reject] = buttons(el);
      reject.focus();
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(focused() === accept, 'Shift+Tab from "Reject all" focuses "Accept all"').to.equal(true);
      const style = getComputedStyle(accept);
      expect(style.outlineStyle).to.not.equal('none');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      accept.blur();
    });

    it('hides itself once the question is answered', async () => {
      const el = await banner();
      buttons(el)[1].click();
      await el.updateComplete;
      expect(el.hidden).to.equal(true);
      expect(region(el) === null, 'no region left').to.equal(true);
    });
  });
});
