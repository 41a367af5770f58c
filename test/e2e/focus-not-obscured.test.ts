import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { closePages, openPage, type PageOptions, type TestPage } from '../harness/page.js';

const links = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => `<p><a href="#${prefix}${i}" id="${prefix}${i}">Activity ${i + 1}</a></p>`).join('');

/** The focused element, looking through shadow roots. */
function focused(page: TestPage): Element | null {
  let active = page.document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A short name of the focused element for a failure message. */
function nameOf(element: Element): string {
  const host = (element.getRootNode() as Partial<ShadowRoot>).host;
  return `${host ? `${host.localName} ` : ''}${element.localName}${element.id ? `#${element.id}` : ''} "${element.textContent!.trim().slice(0, 30)}"`;
}

/**
 * Tabs `presses` times through the page and checks, at each stop outside the
 * banner, that the banner does not cover the focused element; returns the
 * names of the elements checked.
 */
async function tabWalk(page: TestPage, presses: number): Promise<string[]> {
  const host = page.document.querySelector('assent-banner')!;
  const banner = host.shadowRoot!.querySelector('section')!;
  page.window.focus();
  const checked: string[] = [];
  for (let i = 0; i < presses; i++) {
    await sendKeys({ press: 'Tab' });
    const element = focused(page);
    if (!element || element === page.document.body || host.shadowRoot!.contains(element)) continue;
    const box = element.getBoundingClientRect();
    const cover = banner.getBoundingClientRect();
    const clear = box.bottom <= cover.top || box.top >= cover.bottom;
    // Something taller than the room beside the banner (Firefox focuses a scrolling drawer itself) cannot be
    // clear of it; 2.4.11 asks that it is not entirely hidden: part of it shows above or below the banner.
    const room = Math.max(cover.top, page.window.innerHeight - cover.bottom);
    const partly = box.height > room && (Math.max(box.top, 0) < cover.top || Math.min(box.bottom, page.window.innerHeight) > cover.bottom);
    expect(clear || partly, `${nameOf(element)} (${Math.round(box.top)} to ${Math.round(box.bottom)}) clear of the banner (${Math.round(cover.top)} to ${Math.round(cover.bottom)})`).to.equal(true);
    if (clear) expect(box.bottom <= page.window.innerHeight && box.top >= 0, `${nameOf(element)} inside the viewport`).to.equal(true);
    checked.push(nameOf(element));
  }
  expect(page.bannerShown(), 'the banner still asks').to.equal(true);
  return checked;
}

const open = (options: PageOptions) => openPage(options);

describe('the banner never hides the focused element (WCAG 2.4.11)', function () {
  // Some 35 real key presses per test, slow when the whole suite shares two cores.
  this.timeout(30000);
  afterEach(closePages);

  it('scrolls each link reached with Tab above the banner', async () => {
    const page = await open({ body: `<main>${links('l', 40)}</main>` });
    const checked = await tabWalk(page, 33);
    expect(checked.length).to.be.greaterThan(25);
  });

  it('follows focus into a placeholder\'s shadow root on a phone ("Load video", "Always allow YouTube")', async () => {
    const page = await open({
      width: 390,
      height: 844,
      body: `<main>${links('a', 12)}<assent-embed src="https://www.youtube.com/watch?v=aqz-KE-bpKQ" title="Big Buck Bunny"></assent-embed>${links('b', 12)}</main>`,
    });
    const checked = await tabWalk(page, 34);
    expect(checked).to.include('assent-embed button "Load video"');
    expect(checked).to.include('assent-embed button "Always allow YouTube"');
  });

  it('uncovers links in a fixed drawer that scrolls by itself, and the last ones that cannot scroll further', async () => {
    const page = await open({
      width: 1280,
      height: 800,
      body: `<nav aria-label="Course index" style="position: fixed; top: 0; bottom: 0; left: 0; width: 280px; overflow-y: auto">${links('d', 30)}</nav>
        <main style="margin-left: 300px"><h1>Course</h1><p>Welcome.</p></main>`,
    });
    const checked = await tabWalk(page, 34);
    expect(checked).to.include('a#d29 "Activity 30"');
  });

  it('uncovers the footer links at the end of a page', async () => {
    const page = await open({
      body: `<main>${links('m', 15)}</main><footer><a href="#" data-assent-open id="settings">Cookie settings</a> <a href="#help" id="help">Help</a></footer>`,
    });
    const checked = await tabWalk(page, 21);
    expect(checked).to.include('a#settings "Cookie settings"');
    expect(checked).to.include('a#help "Help"');
  });
});
