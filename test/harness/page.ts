import { sendMouse } from '@web/test-runner-commands';
import type { AssentApi } from '../../src/api.js';

export interface PageOptions {
  /** Data attributes of the script tag, without `data-`. */
  attrs?: Record<string, string>;
  /** The page's body HTML. */
  body?: string;
  /** Extra HTML in the head, before the script tag. */
  head?: string;
  /** `<html lang>`. */
  lang?: string;
  /** The inline JSON config block. */
  json?: string;
  /** More attributes of the script tag, as written (`defer`). */
  tag?: string;
  /** A fragment for the page's URL (`#assent-settings`). */
  hash?: string;
  /** Serve the page from a deeper path. */
  path?: string;
  /** Where the tag loads the widget from; `/dist/assent.js` by default. */
  src?: string;
  /** Viewport of the page in CSS pixels; 780 × 560 by default. */
  width?: number;
  height?: number;
}

export type PageWindow = Window & typeof globalThis & { assent: AssentApi; __errors: string[]; __warnings: string[]; __ran?: string[] };

/** A real page, served over HTTP, booting `dist/assent.js` from its own tag. */
export class TestPage {
  readonly frame: HTMLIFrameElement;

  constructor(frame: HTMLIFrameElement) {
    this.frame = frame;
  }

  get window(): PageWindow {
    return this.frame.contentWindow as PageWindow;
  }

  get document(): Document {
    return this.frame.contentDocument!;
  }

  get assent(): AssentApi {
    return this.window.assent;
  }

  get errors(): string[] {
    return this.window.__errors;
  }

  /** What the widget said with console.warn. */
  get warnings(): string[] {
    return this.window.__warnings;
  }

  /** The banner's shadow root while the banner is shown, else null. */
  banner(): ShadowRoot | null {
    const banner = this.document.querySelector('assent-banner');
    if (!banner || banner.hidden || !banner.shadowRoot?.querySelector('section')) return null;
    return banner.shadowRoot;
  }

  /** Whether the banner is on screen (a boolean, so a failing assertion never prints a DOM tree). */
  bannerShown(): boolean {
    return this.banner() !== null;
  }

  settings(): ShadowRoot {
    return this.document.querySelector('assent-settings')!.shadowRoot!;
  }

  dialog(): HTMLDialogElement {
    return this.settings().querySelector('dialog')!;
  }

  /** A button of the banner or the dialog, by its visible text. */
  button(root: ShadowRoot | null, text: string): HTMLButtonElement {
    const button = [...(root?.querySelectorAll('button') ?? [])].find((b) => b.textContent!.trim() === text);
    if (!button) throw new Error(`no button "${text}"`);
    return button;
  }

  /** Clicks with the real mouse at the middle of the element. */
  async click(element: Element): Promise<void> {
    element.scrollIntoView({ block: 'center' });
    const frame = this.frame.getBoundingClientRect();
    const box = element.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(frame.left + box.left + box.width / 2), Math.round(frame.top + box.top + box.height / 2)],
    });
  }

  /** Reloads the page like a person would, keeping its cookies. */
  async reload(): Promise<void> {
    const loaded = onLoad(this.frame);
    this.window.location.reload();
    await loaded;
    await settle(this.window);
  }

  remove(): void {
    this.frame.remove();
  }
}

export function pageUrl({ attrs = {}, body, head, lang, json, src, tag, hash = '', path = '/page' }: PageOptions = {}): string {
  const query = new URLSearchParams({ attrs: JSON.stringify(attrs) });
  if (src !== undefined) query.set('src', src);
  if (tag !== undefined) query.set('tag', tag);
  if (body !== undefined) query.set('body', body);
  if (head !== undefined) query.set('head', head);
  if (lang !== undefined) query.set('lang', lang);
  if (json !== undefined) query.set('json', json);
  return `${path}?${query}${hash}`;
}

const open: TestPage[] = [];

/** Opens a page in a visible iframe and waits until the widget has mounted. */
export async function openPage(options: PageOptions = {}): Promise<TestPage> {
  const frame = document.createElement('iframe');
  // Pinned inside the runner's viewport, so real mouse clicks land where the element is.
  const { width = 780, height = 560 } = options;
  frame.style.cssText = `position: fixed; top: 0; left: 0; width: ${width}px; height: ${height}px; border: 0; background: #fff;`;
  const loaded = onLoad(frame);
  frame.src = pageUrl(options);
  document.body.append(frame);
  await loaded;
  await settle(frame.contentWindow!);
  const page = new TestPage(frame);
  open.push(page);
  return page;
}

/** Removes every page opened and every cookie they left. */
export function closePages(): void {
  for (const page of open.splice(0)) page.remove();
  clearCookies();
}

export function clearCookies(): void {
  for (const cookie of document.cookie.split(';')) {
    const name = cookie.split('=')[0].trim();
    if (!name) continue;
    for (const path of ['/', '/sub', '/sub/dir', location.pathname.replace(/\/[^/]*$/, '') || '/'])
      document.cookie = `${name}=; max-age=0; path=${path}`;
  }
}

export function cookieNames(): string[] {
  return document.cookie
    .split(';')
    .map((cookie) => cookie.split('=')[0].trim())
    .filter(Boolean);
}

function onLoad(frame: HTMLIFrameElement): Promise<void> {
  return new Promise((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
}

/** The head script's handoff to its parts (see src/parts/handoff.ts). */
type WithHandoff = Window & Record<symbol, { settled(): Promise<void> } | undefined>;

/** Lets the parts the page needs arrive, Lit render and pending script loads finish. */
export async function settle(win: Window): Promise<void> {
  await (win as WithHandoff)[Symbol.for('assent.handoff')]?.settled();
  for (let i = 0; i < 3; i++) await new Promise((resolve) => win.requestAnimationFrame(() => resolve(undefined)));
}

/** Waits until `check` is true, or fails with `message`. */
export async function until(check: () => boolean, message: string, timeout = 3000): Promise<void> {
  const start = performance.now();
  // A check may throw while what it looks at is not there yet (a part of the widget still on its way).
  const passes = () => {
    try {
      return check();
    } catch {
      return false;
    }
  };
  while (!passes()) {
    if (performance.now() - start > timeout) check();
    if (performance.now() - start > timeout) throw new Error(`timed out: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
