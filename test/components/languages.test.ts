import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AssentBanner } from '../../src/components/assent-banner/assent-banner.js';
import { AssentEmbed } from '../../src/components/assent-embed/assent-embed.js';
import { AssentPolicies } from '../../src/components/assent-policies/assent-policies.js';
import { AssentPolicy } from '../../src/components/assent-policy/assent-policy.js';
import { AssentSettings } from '../../src/components/assent-settings/assent-settings.js';
import { en } from '../../src/i18n/en.js';
import { LANGUAGES, localeFile } from '../../src/i18n/languages.js';
import { registerTranslation } from '../../src/i18n/localize.js';
import type { Translation } from '../../src/i18n/translation.js';
import { registerBuiltInProviders } from '../../src/providers/registry.js';
import { PolicyAnswers } from '../../src/state/policy-answers.js';
import { memoryStorage } from '../../src/storage/cookie-storage.js';
import { testManager } from '../harness/manager.js';
import { threePolicies } from '../harness/markup.js';

/*
 * Every shipped language on every element: the banner, the settings dialog,
 * an embed's placeholder and a policy page render in the language, pass axe,
 * and fit 320 CSS pixels (WCAG 1.4.10) without anything sticking out. The
 * right-to-left languages read right to left on a left-to-right page (this
 * test page has no dir): the switch knob, the close button, the banner's
 * and the embed's buttons and "Back / Next" are mirrored.
 */

registerBuiltInProviders();
AssentBanner.define('assent-banner');
AssentSettings.define('assent-settings');
AssentEmbed.define('assent-embed');
AssentPolicies.define();
AssentPolicy.define();

const YT_URL = 'https://www.youtube.com/watch?v=aqz-KE-bpKQ';
/** The narrowest width WCAG 1.4.10 asks content to reflow to. */
const NARROW = 320;

const dictionaries = new Map<string, Translation>([['en', en]]);

before(async () => {
  for (const { code } of LANGUAGES) {
    if (code === 'en') continue;
    const module = (await import(`../../src/i18n/locales/${localeFile(code)}.ts`)) as { default: Translation };
    registerTranslation(module.default);
    dictionaries.set(code, module.default);
  }
});

/** A consent manager with nothing decided, two optional categories and the site's privacy link (the most a placeholder says). */
const manager = () => testManager({ dataset: { privacyUrl: '/privacy', categories: 'analytics,functional' } });

/**
 * A page section in `lang`, `width` CSS pixels wide. Its transform makes it
 * the containing block of the banner (position: fixed), so the banner is as
 * wide as the section, as it is as wide as a phone's viewport.
 */
async function section(lang: string, width: number, content: unknown): Promise<HTMLDivElement> {
  return fixture<HTMLDivElement>(html`<div lang=${lang} style="width: ${width}px; height: 600px; transform: translateZ(0)">${content}</div>`);
}

async function mounted<E extends HTMLElement & { updateComplete: Promise<boolean> }>(wrapper: Element, tag: string): Promise<E> {
  const el = wrapper.querySelector<E>(tag)!;
  await el.updateComplete;
  return el;
}

async function banner(lang: string, width = NARROW): Promise<AssentBanner> {
  return mounted(await section(lang, width, html`<assent-banner .manager=${manager()} privacy-url="/privacy"></assent-banner>`), 'assent-banner');
}

const openDialogs: AssentSettings[] = [];

async function settings(lang: string): Promise<AssentSettings> {
  const el = await mounted<AssentSettings>(await section(lang, NARROW, html`<assent-settings .manager=${manager()}></assent-settings>`), 'assent-settings');
  openDialogs.push(el);
  await el.show(null);
  await el.updateComplete;
  for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
  return el;
}

async function embed(lang: string, width = NARROW): Promise<AssentEmbed> {
  return mounted(await section(lang, width, html`<assent-embed .manager=${manager()} src=${YT_URL} title="Course video"></assent-embed>`), 'assent-embed');
}

async function policies(lang: string, width = NARROW): Promise<AssentPolicies> {
  const el = await mounted<AssentPolicies>(
    await section(lang, width, html`<assent-policies .answers=${new PolicyAnswers(memoryStorage())}>${threePolicies()}</assent-policies>`),
    'assent-policies',
  );
  return el;
}

async function standalonePolicy(lang: string): Promise<AssentPolicy> {
  return mounted(
    await section(
      lang,
      NARROW,
      html`<assent-policy name="privacy" version="3" updated="2024-01-23" href="/privacy">
        <h2 slot="title">Privacy policy</h2>
        <p slot="summary">Summary.</p>
        <div slot="full"><p>The full text.</p></div>
      </assent-policy>`,
    ),
    'assent-policy',
  );
}

/** The element the shadow root is laid out in: the one that carries `lang` and `dir`. */
const top = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[lang]')!;
/** Spaces collapsed, no-break spaces (French "modification :") included. */
const squash = (value: string) => value.replace(/\s+/g, ' ').trim();
const text = (node: Element) => squash(node.textContent!);
const box = (element: Element) => element.getBoundingClientRect();

async function accessible(el: Element, state: string): Promise<void> {
  try {
    await expect(el).to.be.accessible();
  } catch (error) {
    throw new Error(`axe, ${state}: ${(error as Error).message}`);
  }
}

/**
 * What sticks out of `bounds` sideways or is cut off, as "what: how" (empty
 * when everything fits): every control, and the top element scrolling sideways.
 */
function overflow(el: Element, bounds: DOMRect): string[] {
  const problems: string[] = [];
  for (const control of el.shadowRoot!.querySelectorAll<HTMLElement>('button, a[href], input, summary')) {
    const b = box(control);
    if (b.width === 0) continue;
    if (b.left < bounds.left - 0.5 || b.right > bounds.right + 0.5)
      problems.push(`${text(control) || control.id}: ${b.left.toFixed(1)}..${b.right.toFixed(1)} outside ${bounds.left}..${bounds.right}`);
  }
  const root = top(el);
  if (root.scrollWidth > root.clientWidth + 1) problems.push(`${root.localName} scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
  return problems;
}

/** Buttons in one row of a grid or flex line must be of one size: "text WxH" of those that are not. */
function unequal(buttons: HTMLElement[]): string[] {
  const rows = new Map<number, HTMLElement[]>();
  for (const button of buttons) {
    const key = Math.round(box(button).top);
    rows.set(key, [...(rows.get(key) ?? []), button]);
  }
  const widths = new Set(buttons.map((b) => Math.round(box(b).width)));
  const problems = widths.size > 1 ? [`widths ${[...widths].join(', ')}`] : [];
  for (const row of rows.values()) {
    const heights = new Set(row.map((b) => Math.round(box(b).height)));
    if (heights.size > 1) problems.push(`heights in one row ${[...heights].join(', ')}`);
  }
  return problems;
}

/** The page of `el`'s policy flow that shows Back and Next: the second policy, after agreeing to the first. */
async function secondPolicyPage(el: AssentPolicies): Promise<{ back: HTMLButtonElement; next: HTMLButtonElement }> {
  const root = el.shadowRoot!;
  root.querySelector<HTMLButtonElement>('#agree')!.click();
  await el.updateComplete;
  root.querySelector<HTMLButtonElement>('#next')!.click();
  await el.updateComplete;
  return { back: root.querySelector<HTMLButtonElement>('#back')!, next: root.querySelector<HTMLButtonElement>('#next')! };
}

/** The focused element, looking through shadow roots. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

afterEach(() => {
  for (const el of openDialogs.splice(0)) el.close();
});

for (const { code, dir } of LANGUAGES) {
  describe(`in ${code}`, () => {
    const t = () => dictionaries.get(code)!;

    it(`the banner speaks ${code}, is accessible and fits ${NARROW} px with equal buttons`, async () => {
      const el = await banner(code);
      expect(text(el.shadowRoot!.querySelector('h2')!)).to.equal(squash(t().bannerTitle));
      expect(top(el).getAttribute('dir'), 'dir').to.equal(dir);
      await accessible(el, code);
      expect(overflow(el, box(el.parentElement!)), 'reflow').to.deep.equal([]);
      expect(unequal([...el.shadowRoot!.querySelectorAll<HTMLElement>('.buttons button')]), 'equal buttons').to.deep.equal([]);
    });

    it(`the settings dialog speaks ${code}, is accessible with the cookie lists open`, async () => {
      const el = await settings(code);
      const dialog = el.shadowRoot!.querySelector('dialog')!;
      expect(dialog.open, 'open').to.equal(true);
      expect(text(el.shadowRoot!.querySelector('h2')!)).to.equal(squash(t().settingsTitle));
      expect(dialog.getAttribute('dir'), 'dir').to.equal(dir);
      await accessible(el, code);
      expect(unequal([...el.shadowRoot!.querySelectorAll<HTMLElement>('footer button')]), 'equal buttons').to.deep.equal([]);
    });

    it(`an embed's placeholder speaks ${code}, is accessible and fits ${NARROW} px`, async () => {
      const el = await embed(code);
      expect(text(el.shadowRoot!.querySelector('[part~="load-button"]')!)).to.equal(squash(t().embedLoadVideo));
      expect(top(el).getAttribute('dir'), 'dir').to.equal(dir);
      await accessible(el, code);
      const frame = box(top(el));
      expect(Math.round(frame.width), 'the frame takes the width it is given').to.equal(NARROW);
      expect(overflow(el, frame), 'reflow').to.deep.equal([]);
      const controls = [...el.shadowRoot!.querySelectorAll('button, a[href]')].map(box);
      expect(controls.every((b) => b.bottom <= frame.bottom + 0.5), 'nothing below the frame').to.equal(true);
    });

    it(`a policy page speaks ${code}, is accessible and fits ${NARROW} px; the date is written in ${code}`, async () => {
      const el = await policies(code);
      const root = el.shadowRoot!;
      expect(text(root.querySelector('#agree')!)).to.equal(squash(t().policyAgree));
      expect(top(el).getAttribute('dir'), 'dir').to.equal(dir);
      await accessible(el, `${code}, first policy`);
      expect(overflow(el, box(el.parentElement!)), 'reflow').to.deep.equal([]);
      // The step indicator counts as the language counts ("السياسة ١ من ٣" where Intl writes Arabic digits).
      expect(text(root.querySelector('.progress')!)).to.equal(squash(t().policyProgress(1, 3)));
      // The date as Intl writes it in the language; where this browser has no dates for it (none, or
      // month numbers such as Chromium's "2024 M01 23" for Bosnian), 2024-01-23, never its own language's.
      const day = new Date('2024-01-23T00:00:00Z');
      const intl = Intl.DateTimeFormat.supportedLocalesOf(code).length > 0 && new Intl.DateTimeFormat(code, { dateStyle: 'long', timeZone: 'UTC' }).format(day);
      const written = intl && !/M\d/.test(intl) ? intl : '2024-01-23';
      const meta = text(root.querySelector('.meta')!);
      expect(meta).to.contain(squash(t().policyUpdated(written)));
      if (code !== 'en') expect(meta).not.to.contain(new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(day));

      const { back } = await secondPolicyPage(el);
      expect(text(back)).to.equal(squash(t().policyBack));
      await accessible(el, `${code}, second policy with Back and Next`);
      expect(overflow(el, box(el.parentElement!)), 'reflow with Back and Next').to.deep.equal([]);

      const policy = await standalonePolicy(code);
      expect(top(policy).getAttribute('dir'), 'a policy on its own: dir').to.equal(dir);
      expect(text(policy.shadowRoot!.querySelector('summary')!)).to.equal(squash(t().policyFull));
      await accessible(policy, `${code}, a policy on its own`);
    });
  });
}

/** Where a switch's knob sits, in px from the switch's left edge (a pseudo-element has no box of its own to measure). */
function knobLeft(input: HTMLInputElement): number {
  return parseFloat(getComputedStyle(input, '::after').left);
}

for (const code of ['ar', 'he', 'fa', 'prs', 'ckb', 'en']) {
  const rtl = code !== 'en';
  const mirrored = rtl ? 'mirrored' : 'left to right (the reference the others mirror)';
  describe(`the layout in ${code} is ${mirrored}`, () => {
    it('every element lays out in its direction on a page that has none', async () => {
      expect(getComputedStyle(document.documentElement).direction, 'the test page').to.equal('ltr');
      const els = [await banner(code), await settings(code), await embed(code), await policies(code), await standalonePolicy(code)];
      for (const el of els) {
        expect(`${el.localName}: ${getComputedStyle(top(el)).direction}`).to.equal(`${el.localName}: ${rtl ? 'rtl' : 'ltr'}`);
      }
    });

    it('settings: the close button at the left, switches at the left of their labels, the knob moving left when switched on', async () => {
      const el = await settings(code);
      const root = el.shadowRoot!;
      const close = box(root.querySelector('.close')!);
      const title = box(root.querySelector('h2')!);
      expect(rtl ? close.right <= title.left : close.left >= title.right, 'close button beyond the title').to.equal(true);
      const on = root.querySelector<HTMLInputElement>('#switch-analytics')!;
      const off = root.querySelector<HTMLInputElement>('#switch-functional')!;
      const label = box(root.querySelector('label[for="switch-functional"]')!);
      expect(rtl ? box(off).right <= label.left : box(off).left >= label.right, 'switch beyond its label').to.equal(true);
      const offLeft = knobLeft(off);
      on.click();
      await el.updateComplete;
      // The knob slides there: measure where it comes to rest.
      for (const animation of root.getAnimations()) animation.finish();
      expect(on.checked, 'switched on').to.equal(true);
      const onLeft = knobLeft(on);
      // The knob travels 20 px (1.25rem) towards the end of the line: right in English, left when mirrored.
      expect(Math.round(rtl ? offLeft - onLeft : onLeft - offLeft), 'the knob moves towards the end of the line').to.equal(20);
    });

    it('banner and embed: the first button at the start of the line', async () => {
      const b = await banner(code, 800);
      const [accept, reject, settings] = [...b.shadowRoot!.querySelectorAll('.buttons button')].map(box);
      expect(accept.top === reject.top && reject.top === settings.top, 'one row').to.equal(true);
      expect(rtl ? accept.left > reject.right && reject.left > settings.right : accept.right < reject.left && reject.right < settings.left, 'accept, reject, settings in reading order').to.equal(true);

      const e = await embed(code, 800);
      const [load, allow] = [...e.shadowRoot!.querySelectorAll('.actions button')].map(box);
      expect(load.top).to.equal(allow.top);
      expect(rtl ? load.left > allow.right : load.right < allow.left, '"Load video" first').to.equal(true);
      const frame = box(top(e));
      const title = box(e.shadowRoot!.querySelector('.title')!);
      const start = rtl ? frame.right - title.right : title.left - frame.left;
      const end = rtl ? title.left - frame.left : frame.right - title.right;
      expect(start < end, 'the title starts at the start of the line').to.equal(true);
    });

    it('policies: Back before Next in reading and focus order', async () => {
      const el = await policies(code, 800);
      const { back, next } = await secondPolicyPage(el);
      expect(box(back).top).to.equal(box(next).top);
      expect(rtl ? box(back).left > box(next).right : box(back).right < box(next).left, 'Back first').to.equal(true);
      back.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(), 'Tab goes from Back to Next').to.equal(next);
    });
  });
}
