import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { closePages, openPage, type TestPage } from '../harness/page.js';
import { POLICIES } from '../harness/markup.js';

// WCAG 2.4.7 (focus visible) and 2.5.8 (target size) on a whole course page:
// every control of every element, reached with Tab alone, shows a focus
// indicator and is at least 24 by 24 CSS pixels.

const EMBEDS = `
  <assent-embed src="https://www.youtube.com/watch?v=aqz-KE-bpKQ" title="Big Buck Bunny"></assent-embed>
  <iframe data-assent-src="https://player.vimeo.com/video/76979871" title="Vimeo player" width="400" height="225"></iframe>`;

/** The focused element, looking through shadow roots. */
function focused(page: TestPage): Element | null {
  let active = page.document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The `<assent-*>` element whose shadow root holds `element`, if any. */
function ownerOf(element: Element): string | null {
  // The page's own ShadowRoot class, not the test runner's: the element lives in another window.
  const root = element.getRootNode() as Partial<ShadowRoot>;
  return root.host?.localName.startsWith('assent-') ? root.host.localName : null;
}

/** A short name for an element in a failure message. */
function nameOf(element: Element): string {
  const text = (element as HTMLInputElement).labels?.[0]?.textContent ?? element.textContent ?? '';
  const label = element.getAttribute('aria-label') ?? text.replace(/\s+/g, ' ').trim().slice(0, 30);
  return `${ownerOf(element)} ${element.localName}${element.id ? `#${element.id}` : ''} "${label}"`;
}

/** Why the focus indicator of `element` is not visible, or null when it is. */
function invisibleFocus(element: Element): string | null {
  // Our styles draw focus as an outline of at least 2 px (its contrast is checked in test/a11y).
  const style = getComputedStyle(element);
  if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) return null;
  return `${nameOf(element)}: outline ${style.outlineStyle} ${style.outlineWidth}`;
}

/**
 * Why `element` is smaller than 24 by 24 CSS pixels (WCAG 2.5.8), or null.
 * A link inside a sentence is exempt (the criterion's "inline" exception).
 */
function smallTarget(element: Element): string | null {
  if (element.localName === 'a' && getComputedStyle(element).display === 'inline') return null;
  const { width, height } = element.getBoundingClientRect();
  return width >= 24 && height >= 24 ? null : `${nameOf(element)}: ${width.toFixed(1)} x ${height.toFixed(1)} px`;
}

/** Presses Tab `count` times and checks each focused control of ours; returns the owners seen. */
async function walk(page: TestPage, count: number, problems: string[]): Promise<Map<string, number>> {
  const seen = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    await sendKeys({ press: 'Tab' });
    const element = focused(page);
    const owner = element && ownerOf(element);
    if (!element || !owner) continue;
    seen.set(owner, (seen.get(owner) ?? 0) + 1);
    for (const problem of [invisibleFocus(element), smallTarget(element)]) {
      if (problem && !problems.includes(problem)) problems.push(problem);
    }
  }
  return seen;
}

describe('every control reached with the keyboard shows its focus (WCAG 2.4.7) and is a 24 px target (WCAG 2.5.8)', () => {
  afterEach(closePages);

  it('on the banner, embed placeholders and the policy flow of a course page', async () => {
    const page = await openPage({
      attrs: { 'privacy-url': '/privacy' },
      body: `<main>${EMBEDS}${POLICIES}</main>`,
      height: 900,
    });
    page.window.focus();
    const problems: string[] = [];
    const seen = await walk(page, 30, problems);
    expect(problems).to.deep.equal([]);
    // The banner's link and three buttons, two per placeholder, the policy page's controls.
    expect(seen.get('assent-banner') ?? 0, 'banner controls reached').to.be.at.least(4);
    expect(seen.get('assent-embed') ?? 0, 'embed controls reached').to.be.at.least(4);
    expect(seen.get('assent-policies') ?? 0, 'policy flow controls reached').to.be.at.least(3);
  });

  it('in the settings dialog and the agreements view', async () => {
    const page = await openPage({
      attrs: { categories: 'analytics,marketing' },
      body: `<main>${POLICIES}</main>`,
      height: 900,
    });
    page.window.focus();
    page.assent.openSettings();
    await page.window.customElements.whenDefined('assent-settings');
    await new Promise((resolve) => page.window.requestAnimationFrame(resolve));
    const problems: string[] = [];
    const inDialog = await walk(page, 14, problems);
    expect(inDialog.get('assent-settings') ?? 0, 'dialog controls reached').to.be.at.least(5);
    await sendKeys({ press: 'Escape' });
    page.assent.acceptAll();
    // Answer the policy flow, then show what was agreed to: Withdraw and Give consent buttons.
    const policies = page.document.querySelector('assent-policies')!;
    for (const text of ['I agree', 'I do not agree', 'Confirm']) {
      await (policies as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      page.button(policies.shadowRoot, text).click();
    }
    policies.setAttribute('view', 'agreements');
    await (policies as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const inAgreements = await walk(page, 12, problems);
    expect(inAgreements.get('assent-policies') ?? 0, 'agreements view controls reached').to.be.at.least(1);
    expect(inAgreements.get('assent-policy') ?? 0, 'policy texts reached').to.be.at.least(1);
    expect(problems).to.deep.equal([]);
  });
});
