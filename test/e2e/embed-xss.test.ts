import { expect } from '@open-wc/testing';
import { closePages, openPage, until, type TestPage } from '../harness/page.js';

/**
 * Issue 4: no attribute value can inject markup or a `javascript:` URL. Each
 * payload goes, as a correctly escaped attribute value (what a server that
 * escapes its output writes), into `src`, `title` and `poster` of
 * `<assent-embed>` and into an `<iframe data-assent-src>`. A payload that ran
 * sets `top.__xss` (the runner's window; every page here is same-origin).
 * Assertions compare strings and numbers only, never DOM nodes.
 */

/** What a payload runs. `top` reaches the runner from the page frame and from any same-origin frame inside it. */
const RUN = 'top.__xss=1';
const VALID = 'https://www.youtube.com/watch?v=aqz-KE-bpKQ';

interface Payload {
  value: string;
  /** True when the payload still is a recognisable video URL (the attack hides in a part that is dropped). */
  embeddable?: boolean;
}

const PAYLOADS: Payload[] = [
  { value: `"><img src=x onerror=${RUN}>` },
  { value: `'><script>${RUN}</script>` },
  { value: `javascript:${RUN}` },
  { value: `JaVaScRiPt:${RUN}` },
  { value: ` \tjavascript:${RUN}` },
  { value: `java\nscript:${RUN}` },
  { value: `&#106;avascript:${RUN}` },
  { value: `%6A%61%76%61script:${RUN}` },
  { value: `\uff4a\uff41\uff56\uff41\uff53\uff43\uff52\uff49\uff50\uff54:${RUN}` },
  { value: `vbscript:${RUN}` },
  { value: `data:text/html,<script>${RUN}</script>` },
  { value: `data:text/html;base64,${btoa(`<script>${RUN}</script>`)}` },
  { value: `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="${RUN}"/>` },
  { value: `https://www.youtube.com/watch?v="><script>${RUN}</script>` },
  { value: `https://youtu.be/<svg onload=${RUN}>` },
  { value: `https://youtu.be/<svg/onload=${RUN}>` },
  { value: `https://player.vimeo.com/video/76979871?h=<script>${RUN}</script>` },
  { value: `https://www.youtube.com/embed/aqz-KE-bpKQ\u2028<svg/onload=${RUN}>` },
  { value: `" onmouseover="${RUN}" x="` },
  { value: `//evil.example/x` },
  { value: `https://www.youtube.com@evil.example/embed/aqz-KE-bpKQ` },
  { value: `https://www.youtube.com.evil.example/embed/aqz-KE-bpKQ` },
  { value: `https://www.youtube.com/embed/aqz-KE-bpKQ?start=1"><img/src=x/onerror=${RUN}>`, embeddable: true },
  { value: `https://www.youtube.com/watch?v=aqz-KE-bpKQ#"><img/src=x/onerror=${RUN}>`, embeddable: true },
];

const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Payloads per page: a page travels in its URL, and the test server takes at most 16 KB of it. */
const GROUP = 8;
const GROUPS = Math.ceil(PAYLOADS.length / GROUP);

/** Per payload i: `src-i` (bad src), `title-i`, `poster-i` (valid src), `server-i` (data-assent-src, all three). */
function markup(group: number): string {
  return PAYLOADS.map(({ value }, i) => {
    if (Math.floor(i / GROUP) !== group) return '';
    const v = escapeAttr(value);
    return [
      `<assent-embed id="src-${i}" src="${v}" title="Payload ${i}"></assent-embed>`,
      `<assent-embed id="title-${i}" src="${VALID}" title="${v}"></assent-embed>`,
      `<assent-embed id="poster-${i}" src="${VALID}" title="Poster ${i}" poster="${v}"></assent-embed>`,
      `<iframe id="server-${i}" data-assent-src="${v}" title="${v}" data-assent-poster="${v}" width="320" height="180"></iframe>`,
    ].join('\n');
  }).join('\n');
}

type XssWindow = Window & { __xss?: unknown };

const ran = (pages: TestPage[]) => ({
  top: (window as XssWindow).__xss ?? null,
  pages: pages.map((page) => (page.window as XssWindow).__xss ?? null).filter((flag) => flag !== null),
});
const INERT = { top: null, pages: [] };

/**
 * Everything in a shadow root that is not the placeholder's own markup: tags
 * outside the list, `on*` attributes, images other than a self-hosted poster,
 * links that are not https or same-origin.
 */
function strangers(root: ShadowRoot, origin: string): string[] {
  const allowed = new Set(['div', 'p', 'a', 'span', 'button', 'img']);
  const found: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (!allowed.has(el.localName)) found.push(`<${el.localName}>`);
    for (const attr of el.getAttributeNames()) if (/^on/i.test(attr)) found.push(`<${el.localName} ${attr}>`);
    if (el.localName === 'img') {
      const src = (el as HTMLImageElement).src;
      const self = src.startsWith(`${origin}/`) || /^data:image\/(png|jpeg|gif|webp|avif|svg\+xml)[;,]/.test(src);
      if (el.getAttribute('part') !== 'poster' || !self) found.push(`<img part=${el.getAttribute('part')} src=${src.slice(0, 80)}>`);
    }
    if (el.localName === 'a') {
      const href = (el as HTMLAnchorElement).href;
      if (!href.startsWith('https://') && !href.startsWith(`${origin}/`)) found.push(`<a href=${href.slice(0, 80)}>`);
    }
  }
  return found;
}

interface Report {
  rendered: boolean;
  error: boolean;
  errorVisible: boolean;
  iframes: number;
  buttons: number;
  strangers: string[];
  title: string | null;
  subtitle: string | null;
}

function report(page: TestPage, id: string): Report {
  const el = page.document.getElementById(id);
  const root = el?.localName === 'assent-embed' ? el.shadowRoot : null;
  if (!root) return { rendered: false, error: false, errorVisible: false, iframes: -1, buttons: -1, strangers: [], title: null, subtitle: null };
  const error = root.querySelector('.placeholder.error');
  let errorVisible = false;
  if (error) {
    const box = error.getBoundingClientRect();
    const style = page.window.getComputedStyle(error);
    errorVisible = box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none' && style.opacity !== '0';
  }
  return {
    rendered: root.querySelector('.placeholder') !== null,
    error: error !== null,
    errorVisible,
    iframes: root.querySelectorAll('iframe').length,
    buttons: root.querySelectorAll('button').length,
    strangers: strangers(root, page.window.location.origin),
    title: root.querySelector('.title')?.textContent ?? null,
    subtitle: root.querySelector('.provider')?.textContent ?? null,
  };
}

/** The light DOM holds no element a payload could have made, and the page's own scripts only. */
function lightDomStrangers(page: TestPage): string[] {
  const found: string[] = [];
  for (const el of page.document.querySelectorAll('img, svg, iframe, object, embed, frame, frameset, base')) found.push(`<${el.localName} id=${el.id}>`);
  for (const script of page.document.scripts)
    // The dev server adds its own web socket client to every page it serves.
    if (!/\/(dist\/assent\.js|__web-dev-server__web-socket\.js)$/.test(script.src) && !script.textContent!.includes('window.__errors'))
      found.push(`${script.outerHTML.slice(0, 200)}`);
  for (const el of page.document.querySelectorAll('*'))
    for (const attr of el.getAttributeNames()) if (/^on/i.test(attr)) found.push(`<${el.localName} ${attr}>`);
  return found;
}

/** Lets a payload's image error or load handlers fire, if any got through. */
const linger = () => new Promise((resolve) => setTimeout(resolve, 400));

describe('XSS payloads in embeds stay inert', () => {
  const pages: TestPage[] = [];
  const pageOf = (i: number) => pages[Math.floor(i / GROUP)];

  before(async () => {
    delete (window as XssWindow).__xss;
    for (let group = 0; group < GROUPS; group++) pages.push(await openPage({ body: `<main>${markup(group)}</main>`, attrs: { banner: 'off' } }));
    const pending = () =>
      pages.flatMap((page) =>
        [...page.document.querySelectorAll('main > *')].filter((e) => !e.shadowRoot?.querySelector('.placeholder')).map((e) => `${e.localName}#${e.id}`),
      );
    await until(() => pending().length === 0, 'all embeds rendered').catch((error: Error) => {
      throw new Error(`${error.message}; not rendered: ${pending().join(', ')}`);
    });
    expect(pages.map((page) => page.document.querySelectorAll('assent-embed').length).reduce((a, b) => a + b, 0)).to.equal(PAYLOADS.length * 4);
    await linger();
  });

  after(closePages);

  it(`runs none of the ${PAYLOADS.length} payloads, in any attribute`, () => {
    expect(ran(pages)).to.deep.equal(INERT);
    expect(pages.flatMap(lightDomStrangers)).to.deep.equal([]);
    expect(pages.flatMap((page) => page.errors)).to.deep.equal([]);
  });

  it('shows a visible error placeholder, and never an iframe, for each payload in src', () => {
    PAYLOADS.forEach(({ value, embeddable }, i) => {
      const r = report(pageOf(i), `src-${i}`);
      const label = `src payload ${i}: ${JSON.stringify(value)}`;
      expect(r.strangers, label).to.deep.equal([]);
      expect(r.iframes, label).to.equal(0);
      if (embeddable) {
        expect(r.rendered && !r.error && r.buttons === 2, `${label} is a plain placeholder`).to.equal(true);
      } else {
        expect({ error: r.error, visible: r.errorVisible, buttons: r.buttons }, label).to.deep.equal({ error: true, visible: true, buttons: 0 });
        expect(r.title, label).to.equal('This content cannot be shown');
      }
    });
  });

  it('shows each payload in title as plain text', () => {
    PAYLOADS.forEach(({ value }, i) => {
      const r = report(pageOf(i), `title-${i}`);
      const label = `title payload ${i}: ${JSON.stringify(value)}`;
      expect(r.strangers, label).to.deep.equal([]);
      expect({ rendered: r.rendered, error: r.error, iframes: r.iframes }, label).to.deep.equal({ rendered: true, error: false, iframes: 0 });
      // Lit sets text, never HTML: the title reads exactly as written (trimmed or not, it stays text).
      expect(r.title?.trim(), label).to.equal(value.trim());
    });
  });

  it('never shows an image for a poster that is not self-hosted, and never with a handler', () => {
    PAYLOADS.forEach(({ value }, i) => {
      const r = report(pageOf(i), `poster-${i}`);
      const label = `poster payload ${i}: ${JSON.stringify(value)}`;
      expect(r.strangers, label).to.deep.equal([]);
      expect({ rendered: r.rendered, error: r.error, iframes: r.iframes }, label).to.deep.equal({ rendered: true, error: false, iframes: 0 });
    });
    // Only a same-origin path or a data:image survive as a poster; the scheme payloads never do.
    const posters = PAYLOADS.map((_, i) => pageOf(i).document.getElementById(`poster-${i}`)!.shadowRoot!.querySelector('img')?.src ?? '');
    const schemes = posters.filter((src) => src !== '').map((src) => new URL(src).protocol);
    expect(schemes.every((scheme) => scheme === 'http:' || scheme === 'data:'), JSON.stringify(schemes)).to.equal(true);
    expect(posters.some((src) => /^(javascript|vbscript):/i.test(src))).to.equal(false);
  });

  it('turns each data-assent-src iframe into a placeholder, an error one for every bad src', () => {
    PAYLOADS.forEach(({ value, embeddable }, i) => {
      const r = report(pageOf(i), `server-${i}`);
      const label = `data-assent-src payload ${i}: ${JSON.stringify(value)}`;
      expect(r.strangers, label).to.deep.equal([]);
      expect({ rendered: r.rendered, iframes: r.iframes }, label).to.deep.equal({ rendered: true, iframes: 0 });
      if (embeddable) expect(r.error, label).to.equal(false);
      else expect({ error: r.error, visible: r.errorVisible, buttons: r.buttons }, label).to.deep.equal({ error: true, visible: true, buttons: 0 });
      // The title travels as text to the placeholder: as its heading, or under the error heading.
      expect((embeddable ? r.title : r.subtitle)?.trim(), label).to.equal(value.trim());
    });
  });

  it('asks to load only clean privacy-enhanced URLs for the embeddable ones', async () => {
    const urls: string[] = [];
    // Cancelled, so no player (and no request to the provider) is made here.
    const veto = (event: Event) => {
      urls.push((event as CustomEvent<{ url: string }>).detail.url);
      event.preventDefault();
    };
    for (const page of pages) page.document.addEventListener('assent-before-load', veto, true);
    try {
      const targets = PAYLOADS.flatMap(({ embeddable }, i) =>
        [`title-${i}`, `poster-${i}`, ...(embeddable ? [`src-${i}`, `server-${i}`] : [])].map((id) => ({ id, page: pageOf(i) })),
      );
      for (const { id, page } of targets) {
        const button = page.document.getElementById(id)!.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="load-button"]');
        expect(button !== null, `${id} has a "Load video" button`).to.equal(true);
        button!.click();
      }
      await until(() => urls.length === targets.length, `${targets.length} load requests`);
      const unclean = urls.filter((url) => !/^https:\/\/www\.youtube-nocookie\.com\/embed\/aqz-KE-bpKQ(\?autoplay=1)?$/.test(url));
      expect(unclean).to.deep.equal([]);
      await linger();
      expect(ran(pages)).to.deep.equal(INERT);
      expect(pages.map((page) => page.document.querySelectorAll('iframe').length)).to.deep.equal(pages.map(() => 0));
    } finally {
      for (const page of pages) page.document.removeEventListener('assent-before-load', veto, true);
    }
  });

  it('stays inert when the payloads arrive later, as attribute changes', async () => {
    const page = pages[0];
    const host = page.document.createElement('assent-embed');
    host.id = 'late';
    host.setAttribute('src', VALID);
    page.document.querySelector('main')!.prepend(host);
    for (const [i, { value, embeddable }] of PAYLOADS.entries()) {
      for (const name of ['title', 'poster', 'src']) {
        host.setAttribute('src', VALID);
        host.removeAttribute('title');
        host.removeAttribute('poster');
        host.setAttribute(name, value);
        await host.updateComplete;
        const r = report(page, 'late');
        const label = `late ${name} payload ${i}: ${JSON.stringify(value)}`;
        expect(r.strangers, label).to.deep.equal([]);
        expect(r.iframes, label).to.equal(0);
        expect(r.error, label).to.equal(name === 'src' && !embeddable);
      }
    }
    await linger();
    expect(ran(pages)).to.deep.equal(INERT);
    expect(lightDomStrangers(page)).to.deep.equal([]);
  });
});
