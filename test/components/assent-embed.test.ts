import { elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { AssentEmbed } from '../../src/components/assent-embed/assent-embed.js';
import { BEFORE_LOAD_EVENT, type EmbedLoadDetail } from '../../src/events/names.js';
import { registerBuiltInProviders } from '../../src/providers/registry.js';
import type { ConsentStorage } from '../../src/storage/types.js';
import { testManager as siteManager } from '../harness/manager.js';
import '../harness/languages.js';

AssentEmbed.define('assent-embed');
registerBuiltInProviders();

const YT = 'aqz-KE-bpKQ';
const YT_URL = `https://www.youtube.com/watch?v=${YT}&t=1m30s`;
const VIMEO_URL = 'https://vimeo.com/76979871/7c2f3c2e1a#t=90';
const MAPS_URL = 'https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d2427.9!2d13.39!3d52.51';
/** Every host a YouTube, Vimeo or Google Maps embed talks to, thumbnails, CDNs and fonts included. */
const PROVIDER_HOSTS =
  /(^|\.)(youtube\.com|youtube-nocookie\.com|youtu\.be|ytimg\.com|googlevideo\.com|ggpht\.com|vimeo\.com|vimeocdn\.com|google\.com|gstatic\.com|googleapis\.com|googleusercontent\.com|doubleclick\.net)$/;

interface Written {
  name: string;
  days: number;
}

function testManager(dataset: Record<string, string> = {}) {
  const values = new Map<string, string>();
  const written: Written[] = [];
  const storage: ConsentStorage = {
    read: (name) => values.get(name),
    write(name, value, days) {
      values.set(name, value);
      written.push({ name, days });
      return true;
    },
    remove: (name) => void values.delete(name),
    snapshot: (reads) => reads(),
  };
  const manager = siteManager({ dataset, storage });
  return { manager, written };
}

/** Requests the page made to a provider host since `since` (a `performance.now()` time). */
function providerRequests(since: number): string[] {
  return performance
    .getEntriesByType('resource')
    .filter((entry) => entry.startTime >= since && PROVIDER_HOSTS.test(new URL(entry.name).hostname))
    .map((entry) => entry.name);
}

const root = (el: AssentEmbed) => el.shadowRoot!;
const iframeOf = (el: AssentEmbed) => root(el).querySelector('iframe');
const buttons = (el: AssentEmbed) => [...root(el).querySelectorAll('button')];
const buttonTexts = (el: AssentEmbed) => buttons(el).map((b) => b.textContent!.trim());
const button = (el: AssentEmbed, text: string) => {
  const found = buttons(el).find((b) => b.textContent!.trim() === text);
  if (!found) throw new Error(`no button "${text}" in ${JSON.stringify(buttonTexts(el))}`);
  return found;
};
const visibleText = (el: AssentEmbed) => root(el).querySelector('.frame')!.textContent!.replace(/\s+/g, ' ').trim();

async function clickWithMouse(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
}

type CspModuleWindow = Window & typeof globalThis & { __violations: string[]; __ready?: boolean };

/**
 * A real page served under a strict Content Security Policy (test/server/pages.js,
 * `/csp-module`) that runs assent-embed.csp-page.ts. Every violation shows up
 * on two channels: the page's `securitypolicyviolation` events and the
 * reports the test server received. A policy without the provider's hosts
 * makes any attempt to reach one a violation, in every engine, before the
 * request reaches the network and whether or not it would succeed.
 */
class CspEmbedPage {
  constructor(
    readonly frame: HTMLIFrameElement,
    readonly key: string,
  ) {}

  get window(): CspModuleWindow {
    return this.frame.contentWindow as CspModuleWindow;
  }

  get document(): Document {
    return this.frame.contentDocument!;
  }

  embeds(): AssentEmbed[] {
    return [...this.document.querySelectorAll<AssentEmbed>('assent-embed')];
  }

  /** `directive blocked-uri` of each violation event the page saw. */
  violations(): string[] {
    return [...this.window.__violations];
  }

  /** `directive blocked-uri` of each violation report the server received for this page. */
  async reports(): Promise<string[]> {
    const response = await fetch(`/csp-report/log?key=${encodeURIComponent(this.key)}`);
    const { reports } = (await response.json()) as { reports: Record<string, string>[] };
    return reports.map((report) => `${report['effective-directive'] || report['violated-directive']} ${report['blocked-uri']}`);
  }

  /** Both channels, after giving the browser time to send its reports. */
  async allViolations(): Promise<{ events: string[]; reports: string[] }> {
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { events: this.violations(), reports: await this.reports() };
  }

  /** Requests the page made to a provider host, as its resource timing lists them. */
  providerRequests(): string[] {
    return this.window.performance
      .getEntriesByType('resource')
      .filter((entry) => PROVIDER_HOSTS.test(new URL(entry.name).hostname))
      .map((entry) => entry.name);
  }

  /** Moves the real mouse onto an element of the page. */
  async hover(element: Element): Promise<void> {
    element.scrollIntoView({ block: 'center' });
    const frame = this.frame.getBoundingClientRect();
    const box = element.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(frame.left + box.left + 5), Math.round(frame.top + box.top + 5)] });
  }
}

interface CspEmbedPageOptions {
  /** Origins for a `frame-src` directive; without one, frames fall back to `default-src 'self'`. */
  frames?: string;
  /** Send the policy as `Content-Security-Policy-Report-Only`: nothing is blocked, everything is reported. */
  reportOnly?: boolean;
  /** Give the embeds a consent manager (then they offer "Always allow" too). */
  manager?: boolean;
}

let cspPages = 0;

/** Opens a `/csp-module` page with this body in a visible iframe; resolves once its embeds have rendered. */
async function openCspEmbedPage(body: string, options: CspEmbedPageOptions = {}): Promise<CspEmbedPage> {
  const key = `embed-${Date.now()}-${++cspPages}`;
  const query = new URLSearchParams({ key, module: '/test/components/assent-embed.csp-page.ts', body });
  if (options.frames) query.set('frames', options.frames);
  if (options.reportOnly) query.set('reportOnly', '1');
  if (options.manager) query.set('manager', '1');
  const frame = document.createElement('iframe');
  // Pinned inside the runner's viewport, so real mouse moves land where the element is.
  frame.style.cssText = 'position: fixed; top: 0; left: 0; width: 800px; height: 600px; border: 0; background: #fff;';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/csp-module?${query}`;
  document.body.append(frame);
  await loaded;
  const page = new CspEmbedPage(frame, key);
  await waitUntil(() => page.window.__ready === true, 'the page under CSP boots', { timeout: 8000 });
  await Promise.all(page.embeds().map((el) => el.updateComplete));
  return page;
}

const origin = (url: string) => {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
};

describe('<assent-embed>', () => {
  describe('before consent', () => {
    it('requests nothing from any provider host, even when hovered and focused', async () => {
      const since = performance.now();
      const { manager } = testManager();
      const container = await fixture<HTMLDivElement>(html`
        <div>
          <assent-embed .manager=${manager} src=${YT_URL} title="Big Buck Bunny" poster="/favicon.ico"></assent-embed>
          <assent-embed .manager=${manager} src=${VIMEO_URL} title="Vimeo"></assent-embed>
          <assent-embed .manager=${manager} src=${MAPS_URL} title="Map"></assent-embed>
        </div>
      `);
      const embeds = [...container.querySelectorAll('assent-embed')];
      await Promise.all(embeds.map((el) => elementUpdated(el)));
      // Lite facades preconnect on hover and focus; do both to every button.
      for (const el of embeds) {
        for (const b of buttons(el)) {
          b.scrollIntoView({ block: 'center' });
          const box = b.getBoundingClientRect();
          await sendMouse({ type: 'move', position: [Math.round(box.left + 5), Math.round(box.top + 5)] });
          b.focus();
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));

      expect(providerRequests(since)).to.deep.equal([]);
      for (const el of embeds) {
        expect(root(el).querySelectorAll('iframe, link, script, object, embed, video, audio, source')).to.have.length(0);
        // The only image is the self-hosted poster.
        for (const img of root(el).querySelectorAll('img')) expect(new URL(img.src).origin).to.equal(location.origin);
      }
      const hints = [...document.querySelectorAll<HTMLLinkElement>('link[rel~="preconnect"], link[rel~="dns-prefetch"], link[rel~="preload"]')];
      expect(hints.filter((link) => PROVIDER_HOSTS.test(new URL(link.href).hostname))).to.deep.equal([]);
      expect(embeds.map((el) => iframeOf(el as AssentEmbed))).to.deep.equal([null, null, null]);
    });

    it('tries no provider host either, under a policy that would report every attempt', async () => {
      // Resource timing (above) lists in WebKit only loads that got an answer,
      // and no provider answers on a machine without Internet access. A
      // report-only policy of 'self' sees every attempt, in every engine.
      const page = await openCspEmbedPage(
        [
          `<assent-embed src="${YT_URL}" title="Big Buck Bunny" poster="/favicon.ico"></assent-embed>`,
          `<assent-embed src="${VIMEO_URL}" title="Vimeo"></assent-embed>`,
          `<assent-embed src="${MAPS_URL}" title="Map"></assent-embed>`,
        ].join(''),
        { reportOnly: true, manager: true },
      );
      try {
        const embeds = page.embeds();
        expect(embeds.map((el) => buttons(el).length)).to.deep.equal([2, 2, 2]);
        for (const el of embeds) {
          for (const b of buttons(el)) {
            await page.hover(b);
            b.focus();
          }
        }
        await new Promise((resolve) => setTimeout(resolve, 1000));
        expect(await page.allViolations()).to.deep.equal({ events: [], reports: [] });
        expect(page.providerRequests()).to.deep.equal([]);
        expect(embeds.map((el) => iframeOf(el) === null)).to.deep.equal([true, true, true]);
      } finally {
        page.frame.remove();
      }
    });

    it('would have seen a request: the same watch reports the player after "Load video"', async () => {
      const page = await openCspEmbedPage(`<assent-embed src="${YT_URL}" title="Big Buck Bunny"></assent-embed>`, {
        reportOnly: true,
        manager: true,
      });
      try {
        const [el] = page.embeds();
        button(el, 'Load video').click();
        await el.updateComplete;
        // Report-only: the player is not blocked, the attempt is reported.
        expect(iframeOf(el)?.getAttribute('src')).to.equal(`https://www.youtube-nocookie.com/embed/${YT}?start=90&autoplay=1`);
        await waitUntil(() => page.violations().length > 0, 'the player request is seen by the page', { timeout: 8000 });
        let reports: string[] = [];
        await waitUntil(async () => (reports = await page.reports()).length > 0, 'the player request is reported to the server', {
          timeout: 8000,
        });
        const { events } = await page.allViolations();
        reports = await page.reports();
        // The blocked URI is the player's URL, or only its origin where the engine strips it.
        for (const [channel, seen] of [
          ['events', events],
          ['reports', reports],
        ] as const) {
          expect(
            seen.map((text) => `${text.split(' ')[0]} ${origin(text.split(' ')[1])}`),
            channel,
          ).to.deep.equal(['frame-src https://www.youtube-nocookie.com']);
        }
      } finally {
        page.frame.remove();
      }
    });

    it('shows the title, the provider, the notice, the privacy links and two buttons', async () => {
      const { manager } = testManager({ privacyUrl: '/privacy.html' });
      const el = await fixture<AssentEmbed>(html`<assent-embed .manager=${manager} src=${YT_URL} title="Big Buck Bunny"></assent-embed>`);
      expect(root(el).querySelector('[part~="title"]')!.textContent).to.equal('Big Buck Bunny');
      expect(root(el).querySelector('[part~="provider"]')!.textContent).to.equal('Embedded content from YouTube');
      const text = visibleText(el);
      expect(text).to.contain('IP address');
      expect(text).to.contain('third country such as the USA');
      expect(text).to.contain('14 days');
      const links = [...root(el).querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://policies.google.com/privacy', '/privacy.html']);
      expect(links[0].textContent).to.equal('YouTube privacy policy (opens in a new tab)');
      expect(links[0].rel).to.equal('noopener noreferrer');
      expect(buttonTexts(el)).to.deep.equal(['Load video', 'Always allow YouTube']);
      for (const b of buttons(el)) expect(b.type).to.equal('button');
      expect(iframeOf(el)).to.equal(null);
    });

    it('names Vimeo and Google Maps on their placeholders', async () => {
      const { manager } = testManager();
      const vimeo = await fixture<AssentEmbed>(html`<assent-embed .manager=${manager} src=${VIMEO_URL}></assent-embed>`);
      expect(buttonTexts(vimeo)).to.deep.equal(['Load video', 'Always allow Vimeo']);
      expect(root(vimeo).querySelector('[part~="title"]')!.textContent).to.equal('Embedded content from Vimeo');
      expect(root(vimeo).querySelector('a')!.href).to.equal('https://vimeo.com/privacy');
      const map = await fixture<AssentEmbed>(html`<assent-embed .manager=${manager} src=${MAPS_URL}></assent-embed>`);
      expect(buttonTexts(map)).to.deep.equal(['Load map', 'Always allow Google Maps']);
    });

    it('speaks German inside lang="de"', async () => {
      const { manager } = testManager();
      const container = await fixture<HTMLDivElement>(html`<div lang="de"><assent-embed .manager=${manager} src=${YT_URL}></assent-embed></div>`);
      const el = container.querySelector('assent-embed')!;
      await elementUpdated(el);
      expect(buttonTexts(el)).to.deep.equal(['Video laden', 'YouTube immer erlauben']);
      expect(visibleText(el)).to.contain('IP-Adresse');
      expect(visibleText(el)).to.contain('Drittland wie den USA');
      expect(visibleText(el)).to.contain('14 Tage');
    });

    it('offers only "Load video" when no consent manager is running', async () => {
      const el = await fixture<AssentEmbed>(html`<assent-embed src=${YT_URL}></assent-embed>`);
      expect(buttonTexts(el)).to.deep.equal(['Load video']);
    });

    it('keeps the size of the iframe it stands for: 16:9, width/height, Shorts 9:16', async () => {
      const container = await fixture<HTMLDivElement>(html`
        <div style="width: 640px">
          <assent-embed src=${YT_URL}></assent-embed>
          <assent-embed src=${YT_URL} width="400" height="300"></assent-embed>
          <assent-embed src="https://www.youtube.com/shorts/${YT}" width="360"></assent-embed>
        </div>
      `);
      const [wide, sized, short] = [...container.querySelectorAll('assent-embed')];
      await Promise.all([wide, sized, short].map((el) => elementUpdated(el)));
      const box = (el: AssentEmbed) => root(el).querySelector('.frame')!.getBoundingClientRect();
      expect([Math.round(box(wide).width), Math.round(box(wide).height)]).to.deep.equal([640, 360]);
      expect([Math.round(box(sized).width), Math.round(box(sized).height)]).to.deep.equal([400, 300]);
      expect([Math.round(box(short).width), Math.round(box(short).height)]).to.deep.equal([360, 640]);
      // The placeholder fills the box exactly, neither shorter nor spilling out of it.
      const filled = (el: AssentEmbed) => root(el).querySelector('.placeholder')!.getBoundingClientRect().height;
      expect([wide, sized, short].map((el) => Math.round(filled(el)))).to.deep.equal([360, 300, 640]);
      // The author's element is left alone: the size goes on the inner box.
      expect(sized.hasAttribute('style')).to.equal(false);
    });

    it('renders and sizes itself under a strict CSP without a single violation', async () => {
      // The page allows the privacy-enhanced player host, as a site embedding YouTube must.
      const page = await openCspEmbedPage(`<assent-embed src="${YT_URL}" width="400" height="300" title="Under CSP"></assent-embed>`, {
        frames: 'https://www.youtube-nocookie.com',
      });
      try {
        const [el] = page.embeds();
        const box = root(el).querySelector('.frame')!.getBoundingClientRect();
        expect([Math.round(box.width), Math.round(box.height)]).to.deep.equal([400, 300]);
        expect(page.window.getComputedStyle(button(el, 'Load video')).cursor).to.equal('pointer');
        button(el, 'Load video').click();
        await el.updateComplete;
        expect(iframeOf(el) !== null, 'the player is in').to.equal(true);
        expect(await page.allViolations()).to.deep.equal({ events: [], reports: [] });
        // Control: the policy is live, an inline style attribute is reported.
        page.document.body.insertAdjacentHTML('beforeend', '<div style="color: red">x</div>');
        await waitUntil(() => page.violations().length > 0, 'the inline style is seen', { timeout: 4000 });
        expect(page.violations()[0]).to.match(/^style-src/);
        let reports: string[] = [];
        await waitUntil(async () => (reports = await page.reports()).length > 0, 'the inline style is reported', { timeout: 4000 });
        expect(reports[0]).to.match(/^style-src/);
      } finally {
        page.frame.remove();
      }
    });

    it('shows a self-hosted poster and refuses one from the provider', async () => {
      const own = await fixture<AssentEmbed>(html`<assent-embed src=${YT_URL} poster="/images/poster.jpg"></assent-embed>`);
      const img = root(own).querySelector('img')!;
      expect(img.src).to.equal(`${location.origin}/images/poster.jpg`);
      expect(img.alt).to.equal('');
      const since = performance.now();
      const theirs = await fixture<AssentEmbed>(html`<assent-embed src=${YT_URL} poster="https://i.ytimg.com/vi/${YT}/hqdefault.jpg"></assent-embed>`);
      expect(root(theirs).querySelector('img')).to.equal(null);
      expect(providerRequests(since)).to.deep.equal([]);
    });
  });

  describe('"Load video"', () => {
    it('loads the privacy-enhanced player with autoplay, title, allow and referrer policy, and focuses it', async () => {
      const { manager, written } = testManager();
      const el = await fixture<AssentEmbed>(html`<assent-embed .manager=${manager} src=${YT_URL} title="Big Buck Bunny"></assent-embed>`);
      await clickWithMouse(button(el, 'Load video'));
      await elementUpdated(el);
      const iframe = iframeOf(el)!;
      expect(iframe.getAttribute('src')).to.equal(`https://www.youtube-nocookie.com/embed/${YT}?start=90&autoplay=1`);
      expect(iframe.title).to.equal('Big Buck Bunny');
      expect(iframe.allow).to.contain('autoplay');
      expect(iframe.allowFullscreen).to.equal(true);
      expect(iframe.referrerPolicy).to.equal('strict-origin-when-cross-origin');
      expect(iframe.loading).to.not.equal('lazy');
      expect(el.shadowRoot!.activeElement).to.equal(iframe);
      expect(root(el).querySelector('button')).to.equal(null);
      // This video, this page view: nothing stored, nothing granted.
      expect(written).to.deep.equal([]);
      expect(manager.has('youtube')).to.equal(false);
    });

    it('loads Vimeo with dnt=1, the unlisted hash and the start time', async () => {
      const el = await fixture<AssentEmbed>(html`<assent-embed src=${VIMEO_URL} title="Vimeo video"></assent-embed>`);
      button(el, 'Load video').click();
      await elementUpdated(el);
      expect(iframeOf(el)!.getAttribute('src')).to.equal('https://player.vimeo.com/video/76979871?h=7c2f3c2e1a&dnt=1&autoplay=1#t=90s');
    });

    it('loads only the video that was clicked', async () => {
      const { manager } = testManager();
      const container = await fixture<HTMLDivElement>(html`<div>
        <assent-embed .manager=${manager} src=${YT_URL}></assent-embed>
        <assent-embed .manager=${manager} src="https://youtu.be/${YT}"></assent-embed>
      </div>`);
      const [first, second] = [...container.querySelectorAll('assent-embed')];
      await elementUpdated(second);
      button(first, 'Load video').click();
      await elementUpdated(first);
      expect(iframeOf(first)).to.not.equal(null);
      expect(iframeOf(second)).to.equal(null);
    });

    it('works with the keyboard alone', async () => {
      const el = await fixture<AssentEmbed>(html`<assent-embed src=${YT_URL}></assent-embed>`);
      button(el, 'Load video').focus();
      await sendKeys({ press: 'Enter' });
      await elementUpdated(el);
      expect(iframeOf(el)).to.not.equal(null);
      expect(el.shadowRoot!.activeElement).to.equal(iframeOf(el));
    });

    it('asks again when src changes', async () => {
      const el = await fixture<AssentEmbed>(html`<assent-embed src=${YT_URL}></assent-embed>`);
      button(el, 'Load video').click();
      await elementUpdated(el);
      el.src = 'https://vimeo.com/76979871';
      await elementUpdated(el);
      expect(iframeOf(el)).to.equal(null);
      expect(buttonTexts(el)).to.deep.equal(['Load video']);
    });

    it('fires a cancelable assent-before-load; cancelled, the placeholder stays', async () => {
      const el = await fixture<AssentEmbed>(html`<assent-embed src=${YT_URL}></assent-embed>`);
      const seen: EmbedLoadDetail[] = [];
      el.addEventListener(BEFORE_LOAD_EVENT, (event) => {
        seen.push(event.detail as EmbedLoadDetail);
        event.preventDefault();
      });
      button(el, 'Load video').click();
      await elementUpdated(el);
      await elementUpdated(el);
      expect(seen).to.have.length(1);
      expect(seen[0]).to.deep.include({ provider: 'youtube', autoplay: true, url: `https://www.youtube-nocookie.com/embed/${YT}?start=90&autoplay=1` });
      expect(iframeOf(el)).to.equal(null);
      expect(buttonTexts(el)).to.deep.equal(['Load video']);
    });

    it('fires assent-load once the player is in', async () => {
      const el = await fixture<AssentEmbed>(html`<assent-embed src=${YT_URL}></assent-embed>`);
      const loaded = oneEvent(el, 'assent-load');
      button(el, 'Load video').click();
      const event = await loaded;
      expect(event.detail.provider).to.equal('youtube');
      expect(event.composed && event.bubbles).to.equal(true);
    });
  });

  describe('"Always allow"', () => {
    it('stores assent_youtube for data-embed-days and loads every YouTube embed on the page, not Vimeo', async () => {
      const { manager, written } = testManager();
      const container = await fixture<HTMLDivElement>(html`<div>
        <assent-embed .manager=${manager} src=${YT_URL}></assent-embed>
        <assent-embed .manager=${manager} src="https://www.youtube.com/embed/videoseries?list=PL1234567890"></assent-embed>
        <assent-embed .manager=${manager} src=${VIMEO_URL}></assent-embed>
      </div>`);
      const [clicked, other, vimeo] = [...container.querySelectorAll('assent-embed')];
      await elementUpdated(vimeo);
      await clickWithMouse(button(clicked, 'Always allow YouTube'));
      await Promise.all([clicked, other, vimeo].map((el) => elementUpdated(el)));

      expect(written).to.deep.equal([{ name: 'assent_youtube', days: 14 }]);
      expect(manager.has('youtube')).to.equal(true);
      expect(iframeOf(clicked)!.getAttribute('src')).to.equal(`https://www.youtube-nocookie.com/embed/${YT}?start=90&autoplay=1`);
      expect(clicked.shadowRoot!.activeElement).to.equal(iframeOf(clicked));
      // The others load, but do not start playing or steal the focus.
      expect(iframeOf(other)!.getAttribute('src')).to.equal('https://www.youtube-nocookie.com/embed/videoseries?list=PL1234567890');
      expect(iframeOf(other)!.loading).to.equal('lazy');
      expect(iframeOf(vimeo)).to.equal(null);
    });

    it('honours data-embed-days', async () => {
      const { manager, written } = testManager({ embedDays: '30' });
      const el = await fixture<AssentEmbed>(html`<assent-embed .manager=${manager} src=${VIMEO_URL}></assent-embed>`);
      expect(visibleText(el)).to.contain('30 days');
      button(el, 'Always allow Vimeo').click();
      expect(written).to.deep.equal([{ name: 'assent_vimeo', days: 30 }]);
    });

    it('loads at once when the provider is already allowed, and turns back into a placeholder on withdrawal', async () => {
      const { manager } = testManager();
      manager.set({ embeds: { youtube: true } }, 'user');
      const el = await fixture<AssentEmbed>(html`<assent-embed .manager=${manager} src=${YT_URL}></assent-embed>`);
      expect(iframeOf(el)!.getAttribute('src')).to.equal(`https://www.youtube-nocookie.com/embed/${YT}?start=90`);
      manager.set({ embeds: { youtube: false } }, 'user');
      await elementUpdated(el);
      expect(iframeOf(el)).to.equal(null);
      expect(buttonTexts(el)).to.deep.equal(['Load video', 'Always allow YouTube']);
    });

    it('withdrawal also takes back a "Load video" of the same provider', async () => {
      const { manager } = testManager();
      const el = await fixture<AssentEmbed>(html`<assent-embed .manager=${manager} src=${YT_URL}></assent-embed>`);
      button(el, 'Always allow YouTube').click();
      await elementUpdated(el);
      expect(iframeOf(el)).to.not.equal(null);
      manager.withdraw('user');
      await elementUpdated(el);
      expect(iframeOf(el)).to.equal(null);
    });
  });

  describe('a URL that cannot be embedded', () => {
    const bad = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(document.domain)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      '"><img src=x onerror="window.__xss=1">',
      `https://www.youtube.com/watch?v=${YT}"><script>window.__xss=1</script>`,
      'https://www.youtube.com.evil.example/watch?v=aqz-KE-bpKQ',
      'https://www.youtube.com/watch?v=short',
      'https://vimeo.com/not-a-video',
      'https://example.com/video.mp4',
      '',
    ];
    for (const src of bad) {
      it(`shows the error placeholder, never an iframe: ${JSON.stringify(src)}`, async () => {
        const warn = console.warn;
        console.warn = () => {};
        try {
          const el = await fixture<AssentEmbed>(html`<assent-embed src=${src} title="A video"></assent-embed>`);
          expect(root(el).querySelector('[part~="error"]')).to.not.equal(null);
          expect(visibleText(el)).to.contain('This content cannot be shown');
          expect(root(el).querySelectorAll('iframe, img, a, button, script')).to.have.length(0);
          expect((window as { __xss?: number }).__xss).to.equal(undefined);
        } finally {
          console.warn = warn;
        }
      });
    }

    it('keeps markup in title, poster and src inert', async () => {
      const payload = '<img src=x onerror="window.__xss=2"><script>window.__xss=3</script>';
      const el = await fixture<AssentEmbed>(html`<assent-embed src=${YT_URL} title=${payload} poster=${'javascript:window.__xss=4'}></assent-embed>`);
      expect(root(el).querySelector('[part~="title"]')!.textContent).to.equal(payload);
      expect(root(el).querySelectorAll('img, script')).to.have.length(0);
      button(el, 'Load video').click();
      await elementUpdated(el);
      expect(iframeOf(el)!.title).to.equal(payload);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect((window as { __xss?: number }).__xss).to.equal(undefined);
    });

    it('warns once in the console, naming the src', async () => {
      const messages: string[] = [];
      const warn = console.warn;
      console.warn = (message: string) => messages.push(message);
      try {
        const el = await fixture<AssentEmbed>(html`<assent-embed src="https://example.com/clip"></assent-embed>`);
        el.requestUpdate();
        await elementUpdated(el);
      } finally {
        console.warn = warn;
      }
      expect(messages).to.have.length(1);
      expect(messages[0]).to.contain('https://example.com/clip');
    });
  });

  describe('accessibility', () => {
    it('has no axe violation on the placeholder', async () => {
      const { manager } = testManager({ privacyUrl: '/privacy.html' });
      const el = await fixture<AssentEmbed>(html`<assent-embed .manager=${manager} src=${YT_URL} title="Big Buck Bunny"></assent-embed>`);
      await expect(el).to.be.accessible();
    });

    it('has no axe violation on the placeholder with a poster, in German', async () => {
      const { manager } = testManager();
      const container = await fixture<HTMLDivElement>(
        html`<div lang="de"><assent-embed .manager=${manager} src=${VIMEO_URL} poster="/images/poster.jpg"></assent-embed></div>`,
      );
      await elementUpdated(container.querySelector('assent-embed')!);
      await expect(container).to.be.accessible();
    });

    it('has no axe violation on the error placeholder', async () => {
      const warn = console.warn;
      console.warn = () => {};
      try {
        const el = await fixture<AssentEmbed>(html`<assent-embed src="https://example.com/" title="Broken"></assent-embed>`);
        await expect(el).to.be.accessible();
      } finally {
        console.warn = warn;
      }
    });

    it('labels the placeholder with the title and describes the load button with it', async () => {
      const el = await fixture<AssentEmbed>(html`<assent-embed src=${YT_URL} title="Big Buck Bunny"></assent-embed>`);
      const group = root(el).querySelector('[role="group"]')!;
      expect(root(el).getElementById(group.getAttribute('aria-labelledby')!)!.textContent).to.equal('Big Buck Bunny');
      expect(button(el, 'Load video').getAttribute('aria-describedby')).to.equal('title');
    });
  });

  describe('providers registered later', () => {
    it('turns an error placeholder into a placeholder once a provider for its URL is registered', async () => {
      const { registerProvider } = await import('../../src/providers/registry.js');
      const warn = console.warn;
      console.warn = () => {};
      let el: AssentEmbed;
      try {
        el = await fixture<AssentEmbed>(html`<assent-embed src="https://media.example.org/v/42"></assent-embed>`);
      } finally {
        console.warn = warn;
      }
      expect(root(el).querySelector('[part~="error"]')).to.not.equal(null);
      registerProvider({
        id: 'mediaexample',
        label: 'Example Media',
        privacyUrl: 'https://media.example.org/privacy',
        kind: 'video',
        match: (url) => (url.hostname === 'media.example.org' && /^\/v\/\d+$/.test(url.pathname) ? { provider: 'mediaexample', id: url.pathname.slice(3), params: {} } : null),
        embedUrl: ({ id }, { autoplay }) => `https://media.example.org/embed/${id}${autoplay ? '?autoplay=1' : ''}`,
      });
      await elementUpdated(el);
      expect(buttonTexts(el)).to.deep.equal(['Load video']);
      button(el, 'Load video').click();
      await elementUpdated(el);
      expect(iframeOf(el)!.getAttribute('src')).to.equal('https://media.example.org/embed/42?autoplay=1');
    });
  });
});
