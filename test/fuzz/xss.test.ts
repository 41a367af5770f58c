import { expect, fixture, html } from '@open-wc/testing';
import { AssentBanner } from '../../src/components/assent-banner/assent-banner.js';
import { AssentSettings } from '../../src/components/assent-settings/assent-settings.js';
import { ConsentManager } from '../../src/state/consent-manager.js';
import { ATTRIBUTES, parseConfig, type AssentConfig } from '../../src/core/config.js';
import { en } from '../../src/i18n/en.js';
import { configureLanguage } from '../../src/i18n/localize.js';
import { providerIds, registerBuiltInProviders } from '../../src/providers/registry.js';
import { memoryStorage } from '../../src/storage/cookie-storage.js';
import '../harness/languages.js';

registerBuiltInProviders();
AssentSettings.define('assent-settings');
AssentBanner.define('assent-banner');

declare global {
  interface Window {
    __assentXss?: unknown;
  }
}

/** What every payload runs if it ever executes. */
const RUN = 'window.__assentXss=1';

/** Classic payloads from the XSS cheat sheets, each setting `window.__assentXss` if it runs. */
const PAYLOADS = [
  `<script>${RUN}</script>`,
  `"><script>${RUN}</script>`,
  `'><script>${RUN}</script>`,
  `</title><script>${RUN}</script>`,
  `</textarea><script>${RUN}</script>`,
  `</style><script>${RUN}</script>`,
  `<img src=x onerror=${RUN}>`,
  `<img src="x" onerror="${RUN}">`,
  `"><img src=x onerror=${RUN}>`,
  `<svg onload=${RUN}>`,
  `<svg><script>${RUN}</script></svg>`,
  `<svg><animate onbegin=${RUN} attributeName=x dur=1s>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${RUN}>`,
  `<iframe src="javascript:parent.__assentXss=1"></iframe>`,
  `<iframe srcdoc="<script>parent.__assentXss=1</script>"></iframe>`,
  `<object data="javascript:${RUN}"></object>`,
  `<embed src="javascript:${RUN}">`,
  `<body onload=${RUN}>`,
  `<details open ontoggle=${RUN}>`,
  `<input autofocus onfocus=${RUN}>`,
  `<video><source onerror=${RUN}></video>`,
  `<audio src=x onerror=${RUN}>`,
  `<marquee onstart=${RUN}>`,
  `<a href="javascript:${RUN}">click</a>`,
  `<form action="javascript:${RUN}"><button>go</button></form>`,
  `<link rel=import href="data:text/html,<script>${RUN}</script>">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${RUN}">`,
  `<base href="javascript:${RUN}//">`,
  `<style>@import 'javascript:${RUN}';</style>`,
  `<div style="background:url(javascript:${RUN})">`,
  `javascript:${RUN}`,
  `JaVaScRiPt:${RUN}`,
  `data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19hc3NlbnRYc3M9MTwvc2NyaXB0Pg==`,
  `&lt;img src=x onerror=${RUN}&gt;`,
  `&#60;script&#62;${RUN}&#60;/script&#62;`,
  `\u003cimg src=x onerror=${RUN}\u003e`,
  `<scr<script>ipt>${RUN}</scr</script>ipt>`,
  `<!--<img src="--><img src=x onerror=${RUN}//">`,
  `<noscript><p title="</noscript><img src=x onerror=${RUN}>">`,
  `<template><img src=x onerror=${RUN}></template>`,
  `<!--?lit$1234$--><img src=x onerror=${RUN}>`,
  `{{constructor.constructor('${RUN}')()}}`,
  `\${${RUN}}`,
  `" onmouseover="${RUN}" x="`,
  `' onfocus='${RUN}' autofocus x='`,
  `<svg/onload=${RUN}//`,
];

/** Every key of the English dictionary, functions included: a site can write any of them in the JSON block. */
const TEXT_KEYS = Object.keys(en).filter((key) => !key.startsWith('$'));

/** A JSON block that puts `text` in every text and every field of every category. */
function jsonBlock(text: string): string {
  const category = {
    title: text,
    description: { en: text, de: text },
    cookies: [{ name: text, expires: text, provider: text }],
    clear: [text],
  };
  return JSON.stringify({
    texts: { en: Object.fromEntries(TEXT_KEYS.map((key) => [key, text])) },
    categories: { essential: category, analytics: category, marketing: category, functional: category },
    consentMode: { analytics: ['analytics_storage'] },
  });
}

/** Every data attribute set to `text`, except the categories, which need names. */
const dataset = (text: string) => ({
  ...Object.fromEntries(ATTRIBUTES.map((key) => [key, text])),
  categories: 'analytics,marketing,functional',
  lang: 'en',
});

function manager(config: AssentConfig): ConsentManager {
  return new ConsentManager({ config, storage: memoryStorage(), providers: providerIds, target: new EventTarget() });
}

/** Settings (open, with an "always allow" provider) and banner rendered from `config`. */
async function render(config: AssentConfig): Promise<Element[]> {
  configureLanguage(config.lang, config.texts);
  const forSettings = manager(config);
  forSettings.set({ embeds: { youtube: true } }, 'user');
  const settings = await fixture<AssentSettings>(html`<assent-settings .manager=${forSettings}></assent-settings>`);
  await settings.show(null);
  for (const details of settings.shadowRoot!.querySelectorAll('details')) details.open = true;
  await settings.updateComplete;
  const banner = await fixture<AssentBanner>(html`<assent-banner .manager=${manager(config)} .privacyUrl=${config.privacyUrl ?? ''}></assent-banner>`);
  await banner.updateComplete;
  return [settings, banner];
}

/** Tag names of every element in the shadow root, in document order. */
const tags = (host: Element) => [...host.shadowRoot!.querySelectorAll('*')].map((el) => el.localName);

/** The active and embedded elements of the page itself (the test runner has its own scripts there). */
const pageElements = () => [...document.querySelectorAll('script, img, iframe, svg, object, embed, base, meta, link')].map((el) => el.outerHTML).join('\n');

/** Gives any handler a payload installed a chance to run. */
const settle = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 20)));

describe('fuzz: XSS corpus through the config into the elements', () => {
  /** The elements' tags with plain texts, with and without a privacy link. */
  const baseline = new Map<boolean, string[][]>();
  let opened: Element[] = [];
  let page = '';

  before(async () => {
    page = pageElements();
    // A payload is taken as both URLs or as neither (the same check): so is the baseline's.
    for (const url of ['/privacy', '']) {
      const { config } = parseConfig({ ...dataset('Plain text'), privacyUrl: url, endpoint: url }, jsonBlock('Plain text'));
      opened = await render(config);
      baseline.set(url !== '', opened.map(tags));
      for (const host of opened) expect(host.shadowRoot!.textContent, 'the baseline shows the texts').to.include('Plain text');
      for (const host of opened) if (host instanceof AssentSettings) host.close();
    }
  });

  afterEach(() => {
    for (const host of opened) if (host instanceof AssentSettings) host.close();
    opened = [];
    configureLanguage('auto', {});
    delete window.__assentXss;
  });

  it(`keeps ${PAYLOADS.length} payloads as plain strings in every JSON text and category field`, () => {
    for (const payload of PAYLOADS) {
      const { config, errors } = parseConfig({ categories: 'analytics,marketing' }, jsonBlock(payload));
      expect(errors, payload).to.deep.equal([]);
      for (const key of TEXT_KEYS) expect(config.texts.en[key as keyof (typeof config.texts)['en']], `${key}: ${payload}`).to.equal(payload);
      for (const name of ['essential', 'analytics', 'marketing']) {
        const info = config.categoryInfo[name];
        expect(info.title, payload).to.equal(payload);
        expect(info.description, payload).to.deep.equal({ en: payload, de: payload });
        expect(info.cookies.find((cookie) => cookie.name === payload), payload).to.deep.equal({ name: payload, expires: payload, provider: payload });
        expect(info.clear, payload).to.deep.equal([payload]);
      }
    }
  });

  it(`refuses or keeps as data ${PAYLOADS.length} payloads in every data attribute`, () => {
    for (const payload of PAYLOADS) {
      const { config, errors } = parseConfig({ ...dataset(payload), categories: payload }, null, { hostname: 'moodle.example.org' });
      expect(config.revision, payload).to.equal(payload.trim());
      expect(config.categories, payload).to.deep.equal(['analytics']);
      for (const url of [config.privacyUrl, config.endpoint]) {
        if (url !== null) expect(new URL(url, location.href).protocol, `${payload} kept as a URL`).to.match(/^https?:$/);
      }
      expect(config.cookieDomain, payload).to.equal(null);
      expect(errors.length, payload).to.be.greaterThan(0);
    }
  });

  for (const payload of PAYLOADS) {
    it(`stays inert in the settings dialog and the banner: ${payload}`, async () => {
      const { config } = parseConfig(dataset(payload), jsonBlock(payload));
      opened = await render(config);
      await settle();
      expect(window.__assentXss, 'the payload ran').to.equal(undefined);
      opened.forEach((host, i) => {
        const name = host.localName;
        expect(config.endpoint !== null, 'the endpoint taken as the privacy URL is').to.equal(config.privacyUrl !== null);
        expect(tags(host), `${name}: the same elements as with plain text`).to.deep.equal(baseline.get(config.privacyUrl !== null)![i]);
        const root = host.shadowRoot!;
        // outerHTML, not the element: the runner cannot serialize a DOM node in a failure.
        expect(root.querySelector('script, img, iframe, svg, math, object, embed, style, link, meta, base, form, template, noscript')?.outerHTML ?? null, name).to.equal(null);
        for (const el of root.querySelectorAll('*')) {
          for (const attribute of el.attributes) {
            expect(attribute.name, `${name}: <${el.localName}> ${attribute.name}`).not.to.match(/^on/i);
            if (['href', 'src', 'action', 'formaction'].includes(attribute.name)) {
              expect(new URL(attribute.value, location.href).protocol, `${name}: ${attribute.name}=${attribute.value}`).to.match(/^https?:$/);
            }
          }
        }
        expect(root.textContent, `${name} shows the payload as text`).to.include(payload.trim());
      });
      expect(pageElements(), 'nothing new in the page').to.equal(page);
    });
  }
});
