import { expect } from '@open-wc/testing';
import { closePages, openPage, until, type TestPage } from '../harness/page.js';

/** Whether every button and link in `root` lies inside the page's width. */
function allInside(page: TestPage, root: ShadowRoot): boolean {
  const width = page.document.documentElement.clientWidth;
  return [...root.querySelectorAll('button, a, input')].every((element) => {
    const box = element.getBoundingClientRect();
    return box.left >= 0 && box.right <= width + 0.5 && box.width > 0;
  });
}

// WCAG 1.4.10: content reflows at 320 CSS pixels wide (the width of 1280 px at 400 % zoom),
// and at 640 px (200 % zoom), without scrolling sideways.
for (const width of [320, 640]) {
  describe(`reflow at ${width} CSS pixels`, () => {
    afterEach(closePages);

    it('the banner fits, with nothing cut off and no sideways scrolling', async () => {
      const page = await openPage({ width, height: 640, attrs: { 'privacy-url': '/privacy' }, lang: 'de' });
      const root = page.banner()!;
      expect(page.document.documentElement.scrollWidth <= width, 'no sideways scrolling').to.equal(true);
      expect(allInside(page, root), 'every control inside the viewport').to.equal(true);
      const section = root.querySelector('section')!;
      expect(section.scrollWidth <= section.clientWidth, 'no clipped text').to.equal(true);
    });

    it('the settings dialog fits, with nothing cut off', async () => {
      const page = await openPage({ width, height: 640, lang: 'de' });
      page.assent.openSettings();
      await until(() => page.dialog().open, 'dialog opens');
      for (const details of page.settings().querySelectorAll('details')) details.open = true;
      const dialog = page.dialog();
      expect(dialog.getBoundingClientRect().right <= width, 'dialog inside the viewport').to.equal(true);
      expect(dialog.scrollWidth <= dialog.clientWidth, 'no sideways scrolling in the dialog').to.equal(true);
      expect(allInside(page, page.settings()), 'every control inside the viewport').to.equal(true);
    });
  });
}

describe('the banner on a phone (390 x 844 CSS pixels)', () => {
  afterEach(closePages);

  for (const lang of ['en', 'de']) {
    it(`puts "accept" and "reject" side by side at the same size in two rows of buttons (${lang})`, async () => {
      const page = await openPage({ width: 390, height: 844, attrs: { 'privacy-url': '/privacy' }, lang });
      const root = page.banner()!;
      const [accept, reject] = [...root.querySelectorAll('button')].map((b) => b.getBoundingClientRect());
      expect(accept.top).to.equal(reject.top);
      expect([accept.width, accept.height]).to.deep.equal([reject.width, reject.height]);
      expect(accept.right < reject.left, 'accept left of reject').to.equal(true);
      // Two rows of buttons, not three stacked ones (those took 41 % of the screen in English, now 34 %).
      const rows = new Set([...root.querySelectorAll('button')].map((b) => Math.round(b.getBoundingClientRect().top)));
      expect(rows.size).to.equal(2);
    });
  }
});
