import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { closePages, openPage, type TestPage } from '../harness/page.js';

const LINKS = Array.from({ length: 40 }, (_, i) => `<p><a href="#l${i}" id="l${i}">Activity ${i + 1}</a></p>`).join('');

/** The focused element, looking through shadow roots. */
function focused(page: TestPage): Element | null {
  let active = page.document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('the banner never hides the focused element (WCAG 2.4.11)', () => {
  afterEach(closePages);

  it('scrolls each link reached with Tab above the banner', async () => {
    const page = await openPage({ body: `<main>${LINKS}</main>` });
    const banner = page.document.querySelector('assent-banner')!.shadowRoot!.querySelector('section')!;
    page.window.focus();
    // The banner comes first in the page: its link and three buttons, then the course's links.
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Tab' });
    let checked = 0;
    for (let i = 0; i < 30; i++) {
      await sendKeys({ press: 'Tab' });
      const element = focused(page);
      if (!element || !element.id.startsWith('l')) continue;
      const bottom = element.getBoundingClientRect().bottom;
      const top = banner.getBoundingClientRect().top;
      expect(bottom <= top, `${element.id} (bottom ${Math.round(bottom)}) above the banner (top ${Math.round(top)})`).to.equal(true);
      checked++;
    }
    expect(checked).to.be.greaterThan(20);
  });
});
