import { expect } from '@open-wc/testing';
import { clearCookies, cookieNames, settle, TestPage, until } from '../harness/page.js';
import { POLICIES } from '../harness/markup.js';

/*
 * The widget on pages served with a strict Content Security Policy (issue 7,
 * item 4): `default-src 'self'; script-src 'self'; style-src 'self';
 * require-trusted-types-for 'script'`, reports sent to the test server
 * (test/server/pages.js, `/csp-page`). Every test checks both channels a
 * violation shows up in: the `securitypolicyviolation` events the page saw
 * (test/fixtures/capture-errors.js) and the reports the server received.
 */

interface Violation {
  directive: string;
  blockedURI: string;
  sample: string;
  sourceFile: string;
  line: number;
  disposition: string;
}

type CspWindow = TestPage['window'] & { __violations: Violation[] };

class CspPage extends TestPage {
  readonly key: string;

  constructor(frame: HTMLIFrameElement, key: string) {
    super(frame);
    this.key = key;
  }

  /** The `securitypolicyviolation` events the page saw, as strings. */
  violations(): string[] {
    return (this.window as CspWindow).__violations.map(format);
  }

  /** The violation reports the server received for this page, as strings. */
  async reports(): Promise<string[]> {
    const response = await fetch(`/csp-report/log?key=${encodeURIComponent(this.key)}`);
    const { reports } = (await response.json()) as { reports: Record<string, string>[] };
    return reports.map((report) =>
      format({
        directive: report['effective-directive'] || report['violated-directive'],
        blockedURI: report['blocked-uri'],
        sample: report['script-sample'] ?? '',
      }),
    );
  }

  /**
   * Both channels, after giving the browser time to send its reports: the
   * page's events (which arrive first) and the server's reports.
   */
  async allViolations(): Promise<{ events: string[]; reports: string[] }> {
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { events: this.violations(), reports: await this.reports() };
  }

  /** The `src` of the player iframe in an embed's shadow root, by the embed's id; null while a placeholder. */
  playerSrc(id: string): string | null {
    return this.document.getElementById(id)?.shadowRoot?.querySelector('iframe')?.src ?? null;
  }

  /**
   * Whether an element's shadow root is styled by Lit's constructable
   * stylesheets (adoptedStyleSheets, which `style-src` does not govern) and
   * holds no `<style>` element (which `style-src 'self'` would block).
   */
  adoptsStyles(selector: string): boolean {
    const root = this.document.querySelector(selector)?.shadowRoot;
    return !!root && root.adoptedStyleSheets.length > 0 && root.querySelector('style') === null;
  }

  /** What the gated test scripts pushed to `window.__ran`, in order. */
  ran(): string[] {
    return [...(this.window.__ran ?? [])];
  }
}

/** `directive blocked-uri "sample"`: a violation as a string, so a failing assertion prints it. */
function format({ directive, blockedURI, sample }: Partial<Violation>): string {
  return `${directive} ${blockedURI}${sample ? ` "${sample}"` : ''}`;
}

interface CspPageOptions {
  attrs?: Record<string, string>;
  body?: string;
  head?: string;
  json?: string;
  lang?: string;
  /** Adds `'nonce-N'` to `script-src`. */
  nonce?: string;
  /** A `trusted-types` directive: the policy names the page allows. */
  trustedTypes?: string;
  /** A `frame-src` directive; without one, frames fall back to `default-src 'self'`. */
  frames?: string;
}

let count = 0;
const opened: CspPage[] = [];

/** Opens a `/csp-page` in a visible iframe and waits until the widget has mounted. */
async function openCspPage(options: CspPageOptions = {}): Promise<CspPage> {
  const key = `csp-${Date.now()}-${++count}`;
  const query = new URLSearchParams({ key, attrs: JSON.stringify(options.attrs ?? {}) });
  for (const name of ['body', 'head', 'json', 'lang', 'nonce', 'trustedTypes', 'frames'] as const) {
    const value = options[name];
    if (value !== undefined) query.set(name, value);
  }
  const frame = document.createElement('iframe');
  // Pinned inside the runner's viewport, so real mouse clicks land where the element is.
  frame.style.cssText = 'position: fixed; top: 0; left: 0; width: 780px; height: 560px; border: 0; background: #fff;';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/csp-page?${query}`;
  document.body.append(frame);
  await loaded;
  await settle(frame.contentWindow!);
  const page = new CspPage(frame, key);
  opened.push(page);
  return page;
}

function closeCspPages(): void {
  for (const page of opened.splice(0)) page.remove();
  clearCookies();
}

const YT = 'https://www.youtube-nocookie.com';
const EMBEDS = [
  '<assent-embed id="yt1" src="https://www.youtube.com/watch?v=aqz-KE-bpKQ&t=1m30s" title="Big Buck Bunny"></assent-embed>',
  '<iframe id="server" data-assent-src="https://www.youtube.com/embed/M7lc1UVf-VE?start=30" title="Server-rendered" width="560" height="315"></iframe>',
].join('\n');

const NONE = { events: [], reports: [] };

describe('under a strict CSP with Trusted Types (real page)', () => {
  afterEach(closeCspPages);

  it('sees violations at all: an inline script and an HTML string sink are reported on both channels', async () => {
    // Without this, "no violation" below could mean "nothing was listening".
    const page = await openCspPage({
      body: '<main><h1>Course</h1></main><script>window.__inline = true;</script>',
      attrs: { banner: 'off' },
    });
    let threw = false;
    try {
      page.document.querySelector('main')!.insertAdjacentHTML('beforeend', '<p>untrusted</p>');
    } catch {
      threw = true;
    }
    expect(threw, 'Trusted Types are enforced').to.equal(true);
    expect((page.window as unknown as { __inline?: boolean }).__inline, 'the inline script was blocked').to.equal(undefined);
    const { events, reports } = await page.allViolations();
    for (const [channel, seen] of [
      ['events', events],
      ['reports', reports],
    ] as const) {
      expect(seen.some((text) => text.startsWith('script-src-elem inline')), `${channel}: ${seen.join(' | ')}`).to.equal(true);
      expect(seen.some((text) => text.startsWith('require-trusted-types-for trusted-types-sink')), `${channel}: ${seen.join(' | ')}`).to.equal(
        true,
      );
    }
  });

  it('shows the banner; "Accept all" and, on another visit, "Reject all" work', async () => {
    const page = await openCspPage({ attrs: { categories: 'analytics,marketing' } });
    expect(page.bannerShown(), 'banner shown').to.equal(true);
    expect(page.adoptsStyles('assent-banner'), 'banner styles adopted').to.equal(true);
    expect(getComputedStyle(page.document.querySelector('assent-banner')!).position, 'banner styled').to.equal('fixed');
    await page.click(page.button(page.banner(), 'Accept all'));
    await until(() => !page.bannerShown(), 'banner closes');
    expect(page.assent.get().categories).to.deep.equal({ essential: true, analytics: true, marketing: true });
    expect(cookieNames()).to.include('assent');
    expect(await page.allViolations()).to.deep.equal(NONE);
    expect(page.errors).to.deep.equal([]);

    clearCookies();
    const second = await openCspPage({ attrs: { categories: 'analytics,marketing' } });
    expect(second.bannerShown(), 'banner shown again').to.equal(true);
    await second.click(second.button(second.banner(), 'Reject all'));
    await until(() => !second.bannerShown(), 'banner closes');
    expect(second.assent.get().categories).to.deep.equal({ essential: true, analytics: false, marketing: false });
    expect(await second.allViolations()).to.deep.equal(NONE);
    expect(second.errors).to.deep.equal([]);
  });

  it('opens the settings dialog from a [data-assent-open] link and saves the choices', async () => {
    const page = await openCspPage({ attrs: { categories: 'analytics,marketing' } });
    await page.click(page.document.querySelector('[data-assent-open]')!);
    await until(() => page.dialog().open, 'dialog opens');
    expect(page.dialog().matches(':modal')).to.equal(true);
    expect(page.adoptsStyles('assent-settings'), 'settings styles adopted').to.equal(true);
    await page.click(page.settings().querySelector('#switch-marketing')!);
    await page.click(page.button(page.settings(), 'Save choices'));
    await until(() => !page.dialog().open, 'dialog closes');
    expect(page.bannerShown(), 'banner closed too').to.equal(false);
    expect(page.assent.get().categories).to.deep.equal({ essential: true, analytics: false, marketing: true });
    expect(await page.allViolations()).to.deep.equal(NONE);
    expect(page.errors).to.deep.equal([]);
  });

  it('renders embed placeholders, turns <iframe data-assent-src> into one, and "Load video" inserts the player', async () => {
    // The page allows the privacy-enhanced player host, as a site embedding YouTube must.
    const page = await openCspPage({ body: EMBEDS, attrs: { banner: 'off' }, frames: YT });
    const root = page.document.getElementById('yt1')!.shadowRoot!;
    expect(root.querySelector('.placeholder') !== null, 'placeholder rendered').to.equal(true);
    expect(page.document.getElementById('server')?.tagName).to.equal('ASSENT-EMBED');
    expect(page.document.getElementById('server')!.shadowRoot!.querySelector('.placeholder') !== null).to.equal(true);
    expect(page.adoptsStyles('#yt1'), 'embed styles adopted').to.equal(true);
    expect(getComputedStyle(root.querySelector('.placeholder')!).display, 'placeholder styled').to.equal('flex');

    await page.click(page.button(root, 'Load video'));
    await until(() => page.playerSrc('yt1') !== null, 'player inserted');
    const url = new URL(page.playerSrc('yt1')!);
    expect(url.origin).to.equal(YT);
    expect(url.pathname).to.equal('/embed/aqz-KE-bpKQ');
    expect(url.searchParams.get('start')).to.equal('90');
    expect(page.playerSrc('server'), 'the other embed stays a placeholder').to.equal(null);
    expect(await page.allViolations()).to.deep.equal(NONE);
  });

  it("with the issue's exact policy (no frame-src), blocks only the player frame itself, as the site's policy says", async () => {
    const page = await openCspPage({ body: EMBEDS, attrs: { banner: 'off' } });
    const root = page.document.getElementById('yt1')!.shadowRoot!;
    expect(root.querySelector('.placeholder') !== null, 'placeholder rendered').to.equal(true);
    expect(await page.allViolations(), 'nothing before the click').to.deep.equal(NONE);
    await page.click(page.button(root, 'Load video'));
    await until(() => page.playerSrc('yt1') !== null, 'player inserted');
    expect(new URL(page.playerSrc('yt1')!).origin).to.equal(YT);
    await until(() => page.violations().length > 0, 'the frame is blocked by default-src');
    const { events, reports } = await page.allViolations();
    for (const seen of [events, reports]) {
      expect(seen.length, seen.join(' | ')).to.be.greaterThan(0);
      for (const text of seen) {
        const [directive, blocked] = text.split(' ');
        expect(directive).to.equal('frame-src');
        expect(new URL(blocked).origin).to.equal(YT);
      }
    }
  });

  it('completes the policy flow of <assent-policies> with two <assent-policy>', async () => {
    const page = await openCspPage({ body: POLICIES, attrs: { banner: 'off' } });
    const flow = () => page.document.getElementById('flow')!.shadowRoot;
    const tick = () => new Promise((resolve) => setTimeout(resolve, 50));
    expect(page.adoptsStyles('#flow'), 'policy flow styles adopted').to.equal(true);
    await page.click(page.button(flow(), 'I agree'));
    await tick();
    await page.click(page.button(flow(), 'I do not agree'));
    await tick();
    await page.click(page.button(flow(), 'Confirm'));
    await until(() => page.assent.get().policies?.privacy !== undefined, 'answers stored');
    const policies = page.assent.get().policies!;
    expect(policies.privacy).to.deep.include({ version: '3', accepted: true });
    expect(policies.newsletter).to.deep.include({ version: '1', accepted: false });
    expect(cookieNames()).to.include('assent_policies');
    expect(await page.allViolations()).to.deep.equal(NONE);
    expect(page.errors).to.deep.equal([]);
  });

  it('runs a self-hosted gated script after consent', async () => {
    const page = await openCspPage({
      body: '<script type="text/plain" data-assent="analytics" src="/test/fixtures/gated-a.js"></script>',
      attrs: { categories: 'analytics' },
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(page.ran(), 'nothing before consent').to.deep.equal([]);
    await page.click(page.button(page.banner(), 'Accept all'));
    await until(() => page.ran().length === 1, 'the gated script ran');
    expect(page.ran()).to.deep.equal(['A']);
    expect(await page.allViolations()).to.deep.equal(NONE);
    expect(page.errors).to.deep.equal([]);
  });
});

describe('under a CSP that lists its Trusted Types policies (real page)', () => {
  afterEach(closeCspPages);

  it('works with "trusted-types lit-html": Lit\'s policy is the only one the widget creates', async () => {
    const page = await openCspPage({
      trustedTypes: 'lit-html',
      body: `${EMBEDS}<script type="text/plain" data-assent="analytics" src="/test/fixtures/gated-a.js"></script>`,
      attrs: { categories: 'analytics' },
    });
    expect(page.bannerShown(), 'banner shown').to.equal(true);
    expect(page.document.getElementById('server')?.tagName).to.equal('ASSENT-EMBED');
    await page.click(page.button(page.banner(), 'Accept all'));
    await until(() => page.ran().length === 1, 'the gated script ran');
    expect(await page.allViolations()).to.deep.equal(NONE);
    expect(page.errors).to.deep.equal([]);
  });

  it('fails closed when the list leaves out lit-html: the head script gates, no element renders, nothing gated loads', async () => {
    const page = await openCspPage({
      trustedTypes: 'site-policy',
      body: `${EMBEDS}<script type="text/plain" data-assent="analytics" src="/test/fixtures/gated-a.js"></script>`,
      attrs: { categories: 'analytics' },
    });
    // The head script has no Trusted Types sink: it runs, gates and answers the API.
    expect(page.assent.has('analytics')).to.equal(false);
    expect(page.bannerShown()).to.equal(false);
    expect(customElements.get.call(page.window.customElements, 'assent-embed'), 'the embed part never ran').to.equal(undefined);
    const server = page.document.getElementById('server');
    expect(server?.localName, 'the data-assent-src iframe is held as a placeholder').to.equal('assent-embed');
    expect([...page.document.querySelectorAll('iframe')].map((frame) => frame.src), 'no player anywhere').to.deep.equal([]);
    expect(page.document.querySelectorAll('script[type="text/plain"]').length, 'the gated script stays inert').to.equal(1);
    // Each part that needs Lit (banner and settings, embeds) says it could not load, naming its file and folder.
    expect(page.errors.length).to.equal(2);
    for (const error of page.errors) expect(error).to.match(/^assent: could not load the file [\w-]+\.js from the folder http:\/\/[^ ]+\/dist\/ /);
    const { events, reports } = await page.allViolations();
    expect(events).to.deep.equal(['trusted-types trusted-types-policy "lit-html"']);
    // The same one violation reaches the server. WebKitGTK 2.50 leaves the
    // sample (the policy's name) out of the report it sends, though its event
    // carries it (above); where a report has a sample, it must be that name.
    expect(reports.map((text) => text.replace(/ "lit-html"$/, ''))).to.deep.equal(['trusted-types trusted-types-policy']);
  });
});

describe("under a strict CSP with a nonce: script-src 'self' 'nonce-abc123' (real page)", () => {
  afterEach(closeCspPages);

  const push = (name: string) => `(window.__ran = window.__ran || []).push('${name}')`;

  it("runs a gated inline script with the page's nonce after consent, and only it", async () => {
    const page = await openCspPage({
      nonce: 'abc123',
      body: [
        `<script type="text/plain" data-assent="analytics" nonce="abc123">${push('nonced')}</script>`,
        `<script type="text/plain" data-assent="analytics" nonce="wrong">${push('wrong nonce')}</script>`,
        '<script type="text/plain" data-assent="analytics" src="/test/fixtures/gated-c.js"></script>',
      ].join('\n'),
      attrs: { categories: 'analytics' },
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(page.ran(), 'nothing before consent').to.deep.equal([]);
    expect(await page.allViolations(), 'inert scripts are not reported').to.deep.equal(NONE);

    await page.click(page.button(page.banner(), 'Accept all'));
    await until(() => page.ran().length === 2, 'the nonced and the src script ran');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(page.ran()).to.deep.equal(['nonced', 'C']);
    // The one with the wrong nonce is refused, as the site's policy says; nothing else is.
    const { events, reports } = await page.allViolations();
    expect(events).to.deep.equal(['script-src-elem inline']);
    expect(reports.map((text) => text.split(' ').slice(0, 2).join(' '))).to.deep.equal(['script-src-elem inline']);
    expect(page.errors).to.deep.equal([]);
  });
});
