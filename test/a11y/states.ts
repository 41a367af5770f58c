/**
 * Every visible state of the banner, the settings dialog, the embed
 * placeholders and the policy flow, each mounted fresh in the test page with
 * the default theme. `forced-colors.test.ts`, `reduced-motion.test.ts` and
 * `theme-contrast.test.ts` run their checks on each of them.
 */
import { fixture, html } from '@open-wc/testing';
import { AssentBanner } from '../../src/components/assent-banner/assent-banner.js';
import { AssentEmbed } from '../../src/components/assent-embed/assent-embed.js';
import { AssentPolicies } from '../../src/components/assent-policies/assent-policies.js';
import { AssentPolicy } from '../../src/components/assent-policy/assent-policy.js';
import { AssentSettings } from '../../src/components/assent-settings/assent-settings.js';
import { ConsentManager } from '../../src/state/consent-manager.js';
import { PolicyAnswers } from '../../src/state/policy-answers.js';
import { encodePolicies, POLICY_COOKIE } from '../../src/core/policy-codec.js';
import type { PolicyRecord } from '../../src/core/policy.js';
import { registerBuiltInProviders } from '../../src/providers/registry.js';
import { memoryStorage } from '../../src/storage/cookie-storage.js';
import type { ConsentStorage } from '../../src/storage/types.js';
import { threePolicies } from '../harness/markup.js';
import { testManager } from '../harness/manager.js';
import '../harness/languages.js';

registerBuiltInProviders();
AssentBanner.define('assent-banner');
AssentSettings.define('assent-settings');
AssentEmbed.define('assent-embed');
AssentPolicies.define();
AssentPolicy.define();

export interface State {
  name: string;
  /** Mounts the component in this state and returns it. */
  mount: () => Promise<HTMLElement>;
}

/** Where the component is mounted: the page's background and colour scheme around it. */
export interface Surroundings {
  background: string;
  colorScheme: 'light' | 'dark';
}

const LIGHT_PAGE: Surroundings = { background: '#ffffff', colorScheme: 'light' };
let page: Surroundings = LIGHT_PAGE;

/** The page the next states are mounted in (a dark one: a site whose own colour scheme is dark). */
export function setSurroundings(surroundings: Surroundings = LIGHT_PAGE): void {
  page = surroundings;
}

const YOUTUBE = 'https://www.youtube.com/watch?v=aqz-KE-bpKQ';
const MAPS = 'https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d2427.9!2d13.39!3d52.51';
/** A white 1x1 PNG: the lightest poster there is, the worst case for the text drawn over it. */
const WHITE_POSTER =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGP4DwABAQEAsTj2FAAAAABJRU5ErkJggg==';

function manager(who: 'adult' | 'minor' = 'adult', storage: ConsentStorage = memoryStorage()): ConsentManager {
  const dataset = { privacyUrl: '/privacy', categories: 'analytics,marketing,functional' };
  return testManager({ dataset, storage, answeredBy: who === 'minor' ? 'minor' : null });
}

/** Mounts `template` in a box with the page's background and colour scheme; returns the first element matching `selector`. */
async function mountIn<T extends HTMLElement>(template: unknown, selector: string): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(html`<div class="page">${template}</div>`);
  wrapper.style.background = page.background;
  wrapper.style.colorScheme = page.colorScheme;
  wrapper.style.padding = '1rem';
  const element = wrapper.querySelector<T>(selector)!;
  await (element as unknown as AssentBanner).updateComplete;
  return element;
}

function button(host: Element, text: string): HTMLButtonElement {
  const found = [...host.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === text);
  if (!found) throw new Error(`no button "${text}" in <${host.localName}>`);
  return found;
}

async function click(host: Element, text: string): Promise<void> {
  button(host, text).click();
  await (host as AssentBanner).updateComplete;
}

/* ---------- banner and settings ---------- */

async function banner(who: 'adult' | 'minor' = 'adult'): Promise<AssentBanner> {
  return mountIn<AssentBanner>(html`<assent-banner .manager=${manager(who)} privacy-url="/privacy"></assent-banner>`, 'assent-banner');
}

async function settings(who: 'adult' | 'minor' = 'adult'): Promise<AssentSettings> {
  const m = manager(who);
  if (who === 'adult') m.set({ categories: { marketing: true }, embeds: { youtube: true } }, 'user');
  const el = await mountIn<AssentSettings>(html`<assent-settings .manager=${m}></assent-settings>`, 'assent-settings');
  await el.show(null);
  for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
  await el.updateComplete;
  return el;
}

export const bannerStates: State[] = [
  { name: 'the banner', mount: () => banner() },
  {
    name: 'the banner to a minor, told that a guardian must agree',
    mount: async () => {
      const el = await banner('minor');
      await click(el, 'Accept all');
      return el;
    },
  },
];

export const settingsStates: State[] = [
  { name: 'the settings dialog: switches on and off, cookie lists open, a provider allowed', mount: () => settings() },
  {
    name: 'the settings dialog to a minor, told that a guardian must agree',
    mount: async () => {
      const el = await settings('minor');
      await click(el, 'Accept all');
      return el;
    },
  },
];

/* ---------- embeds ---------- */

function embed(src: string, extra: { poster?: string; who?: 'adult' | 'minor' } = {}): Promise<AssentEmbed> {
  return mountIn<AssentEmbed>(
    html`<assent-embed src=${src} title="Big Buck Bunny" poster=${extra.poster ?? ''} .manager=${manager(extra.who)}></assent-embed>`,
    'assent-embed',
  );
}

export const embedStates: State[] = [
  { name: 'a video placeholder', mount: () => embed(YOUTUBE) },
  { name: 'a map placeholder', mount: () => embed(MAPS) },
  { name: 'a placeholder with a (white) poster image', mount: () => embed(YOUTUBE, { poster: WHITE_POSTER }) },
  { name: 'the error placeholder', mount: () => embed('https://example.com/not-a-video') },
  {
    name: 'a video placeholder to a minor, told that a guardian must agree',
    mount: async () => {
      const el = await embed(YOUTUBE, { who: 'minor' });
      await click(el, 'Load video');
      return el;
    },
  },
];

/* ---------- the policy flow ---------- */

async function policies(options: { digitalAge?: string; view?: string; mode?: string; record?: PolicyRecord } = {}): Promise<AssentPolicies> {
  const storage = memoryStorage();
  if (options.record) storage.write(POLICY_COOKIE, encodePolicies(options.record)!, 395);
  const el = await mountIn<AssentPolicies>(
    html`<assent-policies .answers=${new PolicyAnswers(storage)} digital-age=${options.digitalAge ?? ''} view=${options.view ?? 'flow'} mode=${options.mode ?? 'inline'}>
      ${threePolicies('2')}
    </assent-policies>`,
    'assent-policies',
  );
  await settle(el);
  return el;
}

/** Lets the flow and its policies render. */
async function settle(el: AssentPolicies): Promise<void> {
  await el.updateComplete;
  for (const policy of el.querySelectorAll('assent-policy')) await (policy as AssentPolicy).updateComplete;
}

async function step(el: AssentPolicies, text: string): Promise<void> {
  await click(el, text);
  await settle(el);
}

function openFullText(el: AssentPolicies): void {
  for (const policy of el.querySelectorAll('assent-policy')) {
    const details = policy.shadowRoot!.querySelector('details');
    if (details) details.open = true;
  }
}

async function answerAge(el: AssentPolicies, age: string): Promise<void> {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('#age')!;
  input.value = age;
  input.form!.requestSubmit();
  await settle(el);
}

const DAY = 86400;
const now = () => Math.floor(Date.now() / 1000);

export const policyStates: State[] = [
  {
    name: 'the policy flow: the age question, being answered',
    mount: async () => {
      const el = await policies({ digitalAge: '16' });
      el.shadowRoot!.querySelector<HTMLInputElement>('#age')!.value = '15';
      return el;
    },
  },
  {
    name: 'the policy flow: the age question, answered wrongly',
    mount: async () => {
      const el = await policies({ digitalAge: '16' });
      await answerAge(el, 'twelve');
      return el;
    },
  },
  {
    name: 'the policy flow: a policy with its full text open, asked for an answer',
    mount: async () => {
      const el = await policies();
      openFullText(el);
      await step(el, 'Next');
      return el;
    },
  },
  {
    name: 'the policy flow: a policy with "I agree" chosen',
    mount: async () => {
      const el = await policies();
      await step(el, 'I agree');
      await step(el, 'Back');
      return el;
    },
  },
  {
    name: "the policy flow: a minor's page with the guardian's checkbox",
    mount: async () => {
      const el = await policies({ digitalAge: '16' });
      await answerAge(el, '12');
      await step(el, 'I agree');
      return el;
    },
  },
  {
    name: 'the policy flow: a compulsory policy declined',
    mount: async () => {
      const el = await policies();
      await step(el, 'I do not agree');
      return el;
    },
  },
  {
    name: 'the policy flow: the review page',
    mount: async () => {
      const el = await policies();
      await step(el, 'I agree');
      await step(el, 'I agree');
      await step(el, 'I do not agree');
      return el;
    },
  },
  {
    name: 'the policy flow: done',
    mount: async () => {
      const el = await policies();
      await step(el, 'I agree');
      await step(el, 'I agree');
      await step(el, 'I agree');
      await step(el, 'Confirm');
      return el;
    },
  },
  {
    name: 'the policy flow in a modal dialog',
    mount: async () => {
      const el = await policies({ mode: 'dialog' });
      openFullText(el);
      return el;
    },
  },
  {
    name: 'the policy flow: everything answered, nothing to ask',
    mount: () =>
      policies({
        record: {
          privacy: { version: '3', accepted: true, at: now() - DAY, onBehalf: false },
          terms: { version: '2', accepted: true, at: now() - DAY, onBehalf: false },
          newsletter: { version: '1', accepted: false, at: now() - DAY, onBehalf: false },
        },
      }),
  },
  {
    name: 'my agreements: an optional agreement that can be withdrawn, one declined that can be given',
    mount: () =>
      policies({
        view: 'agreements',
        record: {
          privacy: { version: '3', accepted: true, at: now() - DAY, onBehalf: false },
          terms: { version: '2', accepted: false, at: now() - DAY, onBehalf: false },
          newsletter: { version: '1', accepted: true, at: now() - DAY, onBehalf: false },
        },
      }),
  },
  {
    name: 'my agreements: agreed, outdated, and one just withdrawn',
    mount: async () => {
      const at = now() - 30 * DAY;
      const el = await policies({
        view: 'agreements',
        record: {
          privacy: { version: '3', accepted: true, at, onBehalf: false },
          terms: { version: '1', accepted: true, at, onBehalf: false },
          newsletter: { version: '1', accepted: true, at, onBehalf: false },
        },
      });
      await step(el, 'Withdraw consent');
      return el;
    },
  },
];

export const allStates: State[] = [...bannerStates, ...settingsStates, ...embedStates, ...policyStates];
