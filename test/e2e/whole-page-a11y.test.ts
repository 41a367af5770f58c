// Issue 15, "Done when": axe-core with all its rules (best-practice
// included; as axe ships them, that is without the AAA and experimental ones) on whole pages, in every state a learner meets:
// the demo course page, the demo's policy pages (every page of the flow,
// the agreements view) and a Boost-shaped course page (test/fixtures/boost/),
// banner, settings with every disclosure open, a provider listed, after
// "Reject all", an embed loaded, and a minor's states. 0 violations.
import { expect } from '@open-wc/testing';
import { encodePolicies, POLICY_COOKIE } from '../../src/core/policy-codec.js';
import { clearCookies, settle, until } from '../harness/page.js';

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
}
type AxeWindow = Window & { axe: { run(context: Node, options: object): Promise<AxeResult> } };

let axeSource: Promise<string> | null = null;
const frames: HTMLIFrameElement[] = [];

/** A real page at `url` in a visible frame of `width` × `height`, once the widget has mounted. */
async function open(url: string, width = 1280, height = 800): Promise<AxeWindow> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `position: fixed; top: 0; left: 0; width: ${width}px; height: ${height}px; border: 0; background: #fff;`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  await settle(frame.contentWindow!);
  const win = frame.contentWindow as AxeWindow;
  axeSource ??= fetch('/node_modules/axe-core/axe.min.js').then((response) => response.text());
  const script = win.document.createElement('script');
  script.textContent = await axeSource;
  win.document.head.append(script);
  return win;
}

/**
 * The page's skip link, which axe takes for content outside every landmark
 * (\`region\`) whenever the page's first other link is in a shadow root: axe
 * recognises a skip link by \`compareDocumentPosition(firstLink) ===
 * FOLLOWING\`, and across a shadow boundary that call also sets
 * DISCONNECTED. So the skip link is checked here for what makes it one
 * (first in the page, before the banner, pointing at an element that exists)
 * and only then left out of that one rule.
 */
function skipLinkOnly(win: Window, target: unknown[]): boolean {
  const element = target.length === 1 && typeof target[0] === 'string' ? win.document.querySelector(target[0]) : null;
  const link = element?.matches('a') ? element : element?.querySelector('a');
  const banner = win.document.querySelector('assent-banner');
  const href = link?.getAttribute('href') ?? '';
  return (
    !!link &&
    /^#./.test(href) &&
    win.document.getElementById(href.slice(1)) !== null &&
    win.document.querySelector('a') === link &&
    (!banner || (link.compareDocumentPosition(banner) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0)
  );
}

/** All of axe's rules on the whole page; the violations as readable lines. */
async function violations(win: AxeWindow, state: string): Promise<string[]> {
  await settle(win);
  const result = await win.axe.run(win.document, { resultTypes: ['violations'] });
  return result.violations.flatMap((violation) =>
    violation.nodes
      .filter((node) => !(violation.id === 'region' && skipLinkOnly(win, node.target)))
      .map((node) => `${state}: ${violation.id} (${violation.help}) at ${JSON.stringify(node.target)}`),
  );
}

const shadow = (win: Window, selector: string) => win.document.querySelector(selector)!.shadowRoot!;
const button = (root: ParentNode, text: string) => {
  const found = [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === text);
  if (!found) throw new Error(`no button "${text}"`);
  return found;
};

/** Opens the settings dialog and every disclosure in it. */
async function openSettings(win: Window & { assent?: { openSettings(): void } }): Promise<void> {
  win.assent!.openSettings();
  await until(() => shadow(win, 'assent-settings').querySelector('dialog')!.open, 'dialog opens');
  for (const details of shadow(win, 'assent-settings').querySelectorAll('details')) details.open = true;
}

function answerAsMinor(): void {
  const at = Math.floor(Date.now() / 1000) - 60;
  document.cookie = `${POLICY_COOKIE}=${encodePolicies({ privacy: { version: '1', accepted: true, at, onBehalf: true } })}; path=/; max-age=3600`;
}

describe('whole pages pass every axe rule in every state', function () {
  // Each axe run on a whole page takes a while, more so in Firefox and WebKit.
  this.timeout(90000);
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
    clearCookies();
    localStorage.clear();
  });

  for (const [name, width, height] of [
    ['1280 × 800', 1280, 800],
    ['390 × 844', 390, 844],
  ] as const)
    it(`the Boost-shaped course page at ${name}: banner, after reject, embed loaded, settings with a provider`, async () => {
      const win = await open('/test/fixtures/boost/course.html', width, height);
      const found = await violations(win, 'banner');

      button(shadow(win, 'assent-banner'), 'Reject all').click();
      found.push(...(await violations(win, 'after reject')));

      const embed = win.document.querySelector('assent-embed[src*="vimeo"]')!;
      button(embed.shadowRoot!, 'Always allow Vimeo').click();
      await until(() => embed.shadowRoot!.querySelector('iframe') !== null, 'player loaded');
      found.push(...(await violations(win, 'embed loaded')));

      await openSettings(win);
      found.push(...(await violations(win, 'settings, every disclosure, a provider listed')));
      expect(found).to.deep.equal([]);
    });

  it('the Boost-shaped course page for a minor: the guardian checkbox and its messages', async () => {
    answerAsMinor();
    const win = await open('/test/fixtures/boost/course.html', 390, 844);
    const banner = shadow(win, 'assent-banner');
    button(banner, 'Accept all').click();
    await until(() => banner.querySelector('[role="alert"]')!.textContent !== '', 'banner message');
    const found = await violations(win, 'minor: banner message');

    button(banner, 'Reject all').click();
    const placeholder = win.document.querySelector('assent-embed')!.shadowRoot!;
    button(placeholder, 'Load video').click();
    await until(() => placeholder.querySelector('[role="alert"]')!.textContent !== '', 'embed message');
    found.push(...(await violations(win, 'minor: embed message')));

    await openSettings(win);
    (shadow(win, 'assent-settings').querySelector('#switch-analytics') as HTMLInputElement).click();
    button(shadow(win, 'assent-settings'), 'Save choices').click();
    await until(() => shadow(win, 'assent-settings').querySelector('[role="alert"]')!.textContent !== '', 'settings message');
    found.push(...(await violations(win, 'minor: settings message')));
    expect(found).to.deep.equal([]);
  });

  for (const lang of ['', 'de/'])
    it(`the demo course page (${lang || 'en/'}): banner and settings`, async () => {
      const win = await open(`/demo/${lang}index.html`);
      const found = await violations(win, 'banner');
      await openSettings(win);
      found.push(...(await violations(win, 'settings')));
      expect(found).to.deep.equal([]);
    });

  it('the demo policy pages: every page of the flow, then the agreements view', async () => {
    const win = await open('/demo/policies.html');
    win.assent!.rejectAll();
    const flow = shadow(win, 'assent-policies');
    const found = await violations(win, 'age');
    const age = flow.querySelector('input')!;
    age.value = '30';
    button(flow, 'Next').click();
    for (let page = 1; page <= 4; page++) {
      await until(() => [...flow.querySelectorAll('button')].some((b) => b.textContent!.trim() === 'I agree'), `policy page ${page}`);
      found.push(...(await violations(win, `policy page ${page}`)));
      button(flow, 'I agree').click();
      await settle(win);
      const next = [...flow.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Next');
      next?.click();
    }
    await until(() => [...flow.querySelectorAll('button')].some((b) => b.textContent!.trim() === 'Confirm'), 'review');
    found.push(...(await violations(win, 'review')));
    button(flow, 'Confirm').click();
    await settle(win);
    found.push(...(await violations(win, 'done')));

    const agreements = await open('/demo/agreements.html');
    found.push(...(await violations(agreements, 'agreements')));
    button(shadow(agreements, 'assent-policies'), 'Withdraw consent').click();
    found.push(...(await violations(agreements, 'agreements, after a withdrawal')));
    expect(found).to.deep.equal([]);
  });
});
