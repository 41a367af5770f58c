import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AssentBanner } from '../../src/components/assent-banner/assent-banner.js';
import { AssentEmbed } from '../../src/components/assent-embed/assent-embed.js';
import { BEFORE_LOAD_EVENT } from '../../src/events/names.js';
import { AssentSettings } from '../../src/components/assent-settings/assent-settings.js';
import { ConsentManager } from '../../src/state/consent-manager.js';
import { CONSENT_COOKIE, embedCookie } from '../../src/core/names.js';
import { decodeConsent, decodeEmbedGrant } from '../../src/core/codec.js';
import { encodePolicies, POLICY_COOKIE } from '../../src/core/policy-codec.js';
import { registerBuiltInProviders } from '../../src/providers/registry.js';
import { memoryStorage } from '../../src/storage/cookie-storage.js';
import type { ConsentStorage } from '../../src/storage/types.js';
import { testManager } from '../harness/manager.js';
import '../harness/languages.js';
import { accessible } from '../harness/a11y.js';

registerBuiltInProviders();
AssentBanner.define('assent-banner');
AssentSettings.define('assent-settings');
AssentEmbed.define('assent-embed');

const YT_URL = 'https://www.youtube.com/watch?v=aqz-KE-bpKQ';
const MIN_TARGET = 24;
const AGREES = 'My parent or guardian agrees to this';

type Who = 'minor' | 'adult' | 'unknown';

/** A manager whose storage holds policy answers given by a guardian (minor), by the person (adult), or none. */
function managerFor(who: Who, dataset: Record<string, string> = {}): { manager: ConsentManager; storage: ConsentStorage } {
  const storage = memoryStorage();
  const answeredBy = who === 'unknown' ? null : who;
  const manager = testManager({ dataset: { privacyUrl: '/privacy', categories: 'analytics,marketing', ...dataset }, storage, answeredBy });
  return { manager, storage };
}

type WithShadow = AssentBanner | AssentSettings | AssentEmbed;
const root = (el: WithShadow) => el.shadowRoot!;
const box = (el: WithShadow) => root(el).querySelector<HTMLInputElement>('#guardian');
const hasBox = (el: WithShadow) => box(el) !== null;
const problem = (el: WithShadow) => root(el).querySelector('#guardian-problem');
const problemText = (el: WithShadow) => problem(el)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const labelText = (el: WithShadow) => root(el).querySelector('label[for="guardian"]')?.textContent?.trim() ?? '';
const button = (el: WithShadow, text: string) => {
  const found = [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === text);
  if (!found) throw new Error(`no button "${text}"`);
  return found;
};
async function tick(el: WithShadow): Promise<void> {
  box(el)!.click();
  await el.updateComplete;
}

/** The checkbox's size when smaller than 24x24, else ''. */
function smallBox(el: WithShadow): string {
  const rect = box(el)!.getBoundingClientRect();
  return rect.width < MIN_TARGET || rect.height < MIN_TARGET ? `${rect.width}x${rect.height}` : '';
}

/** Checks the wiring every place shares: unticked, labelled, described by the message, which is an alert. */
function expectWellFormed(el: WithShadow): void {
  expect(box(el)!.checked, 'unticked by default').to.equal(false);
  expect(labelText(el)).to.equal(AGREES);
  expect(box(el)!.getAttribute('aria-describedby')).to.equal('guardian-problem');
  expect(problem(el)?.getAttribute('role')).to.equal('alert');
  expect(problemText(el), 'no message before a click').to.equal('');
  expect(smallBox(el), 'checkbox at least 24x24').to.equal('');
}

const NEEDED = 'a parent or guardian must agree for you';

describe('a minor (policy answers given by a guardian)', () => {
  describe('<assent-banner>', () => {
    async function banner(who: Who) {
      const { manager, storage } = managerFor(who);
      const el = await fixture<AssentBanner>(html`<assent-banner .manager=${manager} privacy-url="/privacy"></assent-banner>`);
      await el.updateComplete;
      return { el, manager, storage };
    }

    it('shows the guardian checkbox to a minor only', async () => {
      expectWellFormed((await banner('minor')).el);
      expect(hasBox((await banner('adult')).el), 'adult').to.equal(false);
      expect(hasBox((await banner('unknown')).el), 'no policy answers').to.equal(false);
    });

    it('"Accept all" without the tick grants nothing, stores nothing and says why', async () => {
      const { el, manager, storage } = await banner('minor');
      button(el, 'Accept all').click();
      await el.updateComplete;
      expect(manager.has('analytics')).to.equal(false);
      expect(storage.read(CONSENT_COOKIE)).to.equal(undefined);
      expect(el.hidden, 'banner still shown').to.equal(false);
      expect(problemText(el)).to.include(NEEDED);
      await accessible(el, 'minor, message shown');
      // Ticking the box clears the message.
      await tick(el);
      expect(problemText(el)).to.equal('');
    });

    it('"Reject all" needs no tick', async () => {
      const { el, manager, storage } = await banner('minor');
      button(el, 'Reject all').click();
      await el.updateComplete;
      expect(el.hidden).to.equal(true);
      expect(manager.has('analytics')).to.equal(false);
      expect(decodeConsent(storage.read(CONSENT_COOKIE))?.categories).to.deep.equal({ analytics: false, marketing: false });
    });

    it('"Accept all" with the tick grants, and the cookie records the guardian', async () => {
      const { el, manager, storage } = await banner('minor');
      await tick(el);
      button(el, 'Accept all').click();
      await el.updateComplete;
      expect(el.hidden).to.equal(true);
      expect(manager.has('analytics')).to.equal(true);
      expect(manager.has('marketing')).to.equal(true);
      expect(decodeConsent(storage.read(CONSENT_COOKIE))?.guardian).to.equal(true);
    });

    it('works with the keyboard: Space ticks the box', async () => {
      const { el, manager } = await banner('minor');
      box(el)!.focus();
      await sendKeys({ press: ' ' }); // the space bar (Firefox's launcher does not know the name "Space")
      await el.updateComplete;
      expect(box(el)!.checked).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.textContent?.trim(), 'Accept all follows the box').to.equal('Accept all');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(manager.has('analytics')).to.equal(true);
    });

    it('is accessible with the checkbox, and in German', async () => {
      await accessible((await banner('minor')).el, 'minor');
      const { manager } = managerFor('minor');
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="de"><assent-banner .manager=${manager}></assent-banner></div>`);
      const el = wrapper.querySelector('assent-banner')!;
      await el.updateComplete;
      expect(labelText(el)).to.equal('Meine Eltern oder eine erziehungsberechtigte Person stimmen dem zu');
      button(el, 'Alle akzeptieren').click();
      await el.updateComplete;
      expect(problemText(el)).to.include('muss eine erziehungsberechtigte Person für Sie zustimmen');
      await accessible(wrapper, 'minor, German, message shown');
    });

    it('appears as soon as the policy answers make the person a minor, and asks again about an earlier "Accept all"', async () => {
      const { el, manager, storage } = await banner('unknown');
      button(el, 'Accept all').click();
      await el.updateComplete;
      expect(manager.has('analytics')).to.equal(true);
      const at = Math.floor(Date.now() / 1000);
      storage.write(POLICY_COOKIE, encodePolicies({ privacy: { version: '1', accepted: true, at, onBehalf: true } })!, 395);
      manager.refresh('user');
      await el.updateComplete;
      expect(manager.has('analytics')).to.equal(false);
      expect(el.hidden, 'banner asks again').to.equal(false);
      expect(hasBox(el)).to.equal(true);
      expect(box(el)!.checked).to.equal(false);
    });
  });

  describe('<assent-settings>', () => {
    const opened: AssentSettings[] = [];
    afterEach(() => {
      for (const el of opened.splice(0)) el.close();
    });

    async function settings(who: Who) {
      const { manager, storage } = managerFor(who);
      const el = await fixture<AssentSettings>(html`<assent-settings .manager=${manager}></assent-settings>`);
      opened.push(el);
      await el.show(null);
      await el.updateComplete;
      return { el, manager, storage };
    }
    const toggle = async (el: AssentSettings, name: string) => {
      root(el).querySelector<HTMLInputElement>(`#switch-${name}`)!.click();
      await el.updateComplete;
    };

    it('shows the guardian checkbox to a minor only', async () => {
      expectWellFormed((await settings('minor')).el);
      expect(hasBox((await settings('adult')).el)).to.equal(false);
    });

    it('"Save choices" with a switch on and no tick stays open, stores nothing and says why', async () => {
      const { el, manager, storage } = await settings('minor');
      await toggle(el, 'analytics');
      button(el, 'Save choices').click();
      await el.updateComplete;
      expect(el.open).to.equal(true);
      expect(manager.has('analytics')).to.equal(false);
      expect(storage.read(CONSENT_COOKIE)).to.equal(undefined);
      expect(problemText(el)).to.include(NEEDED);
      await accessible(el, 'minor, message shown');
    });

    it('"Accept all" needs the tick too; "Reject all" and saving all off do not', async () => {
      const { el, manager, storage } = await settings('minor');
      button(el, 'Accept all').click();
      await el.updateComplete;
      expect(el.open).to.equal(true);
      expect(manager.has('analytics')).to.equal(false);
      button(el, 'Save choices').click();
      await el.updateComplete;
      expect(el.open, 'saving with everything off closes').to.equal(false);
      expect(decodeConsent(storage.read(CONSENT_COOKIE))?.categories).to.deep.equal({ analytics: false, marketing: false });
      await el.show(null);
      button(el, 'Reject all').click();
      await el.updateComplete;
      expect(el.open).to.equal(false);
    });

    it('with the tick, saves the switch and closes; opened again, the box is unticked', async () => {
      const { el, manager, storage } = await settings('minor');
      await toggle(el, 'analytics');
      await tick(el);
      button(el, 'Save choices').click();
      await el.updateComplete;
      expect(el.open).to.equal(false);
      expect(manager.has('analytics')).to.equal(true);
      expect(manager.has('marketing')).to.equal(false);
      expect(decodeConsent(storage.read(CONSENT_COOKIE))?.guardian).to.equal(true);
      await el.show(null);
      await el.updateComplete;
      expect(box(el)!.checked).to.equal(false);
      // Analytics is already agreed to: saving it again needs no new tick.
      button(el, 'Save choices').click();
      await el.updateComplete;
      expect(el.open).to.equal(false);
      expect(manager.has('analytics')).to.equal(true);
    });

    it('is accessible with the checkbox', async () => {
      const { el } = await settings('minor');
      await accessible(el, 'minor');
    });
  });

  describe('<assent-embed>', () => {
    async function embed(who: Who) {
      const { manager, storage } = managerFor(who);
      const el = await fixture<AssentEmbed>(html`<assent-embed .manager=${manager} src=${YT_URL} title="Big Buck Bunny"></assent-embed>`);
      await elementUpdated(el);
      // Count load attempts and cancel them: nothing is requested from YouTube in these tests.
      const loads: string[] = [];
      el.addEventListener(BEFORE_LOAD_EVENT, (event) => {
        loads.push((event as CustomEvent<{ provider: string }>).detail.provider);
        event.preventDefault();
      });
      return { el, manager, storage, loads };
    }

    it('shows the guardian checkbox to a minor only', async () => {
      expectWellFormed((await embed('minor')).el);
      expect(hasBox((await embed('adult')).el)).to.equal(false);
      expect(hasBox((await embed('unknown')).el)).to.equal(false);
    });

    it('"Load video" and "Always allow" without the tick load nothing, store nothing and say why', async () => {
      const { el, manager, storage, loads } = await embed('minor');
      button(el, 'Load video').click();
      await el.updateComplete;
      expect(loads).to.deep.equal([]);
      expect(problemText(el)).to.include(NEEDED);
      button(el, 'Always allow YouTube').click();
      await el.updateComplete;
      expect(loads).to.deep.equal([]);
      expect(manager.has('youtube')).to.equal(false);
      expect(storage.read(embedCookie('youtube'))).to.equal(undefined);
      expect(root(el).querySelector('iframe') === null, 'no iframe').to.equal(true);
      await accessible(el, 'minor, message shown');
    });

    it('"Load video" with the tick loads', async () => {
      const { el, loads } = await embed('minor');
      await tick(el);
      button(el, 'Load video').click();
      await el.updateComplete;
      expect(loads).to.deep.equal(['youtube']);
    });

    it('"Always allow" with the tick stores the grant with the guardian mark', async () => {
      const { el, manager, storage, loads } = await embed('minor');
      await tick(el);
      button(el, 'Always allow YouTube').click();
      await el.updateComplete;
      expect(loads).to.deep.equal(['youtube']);
      expect(manager.has('youtube')).to.equal(true);
      expect(decodeEmbedGrant(storage.read(embedCookie('youtube')))?.guardian).to.equal(true);
    });

    it('shows the box unticked again when the permission is withdrawn', async () => {
      const { el, manager } = await embed('minor');
      await tick(el);
      button(el, 'Always allow YouTube').click();
      await el.updateComplete;
      manager.set({ embeds: { youtube: false } }, 'user');
      await el.updateComplete;
      expect(hasBox(el)).to.equal(true);
      expect(box(el)!.checked).to.equal(false);
    });

    it('loads for an adult without any checkbox', async () => {
      const { el, loads } = await embed('adult');
      button(el, 'Load video').click();
      await el.updateComplete;
      expect(loads).to.deep.equal(['youtube']);
    });

    it('is accessible with the checkbox', async () => {
      await accessible((await embed('minor')).el, 'minor');
    });
  });
});
