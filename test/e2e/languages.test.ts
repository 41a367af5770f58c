import { expect } from '@open-wc/testing';
import { LANGUAGES, localeFile } from '../../src/i18n/languages.js';
import type { Translation } from '../../src/i18n/translation.js';
import { closePages, openPage, until, type TestPage } from '../harness/page.js';

/*
 * The promises of the banner, the dialog and the placeholders hold in every
 * language the built widget loads (issue 17, "long languages fit"): reflow
 * at 320 CSS pixels (WCAG 1.4.10), "Accept all" and "Reject all" side by
 * side at one size on a phone, and Moodle's 400 x 225 video box kept, with
 * both buttons inside it. Finnish, Greek, German and Hungarian are the
 * longest translations; every other language is held to the same.
 */

async function dictionary(code: string): Promise<Translation> {
  if (code === 'en') return (await import('../../src/i18n/en.js')).en;
  return ((await import(`../../src/i18n/locales/${localeFile(code)}.ts`)) as { default: Translation }).default;
}

const squash = (value: string) => value.replace(/\s+/g, ' ').trim();

/** A page in `lang` whose widget has loaded and speaks that language. */
async function pageIn(code: string, width: number, height: number, body?: string, attrs: Record<string, string> = {}): Promise<TestPage> {
  const t = await dictionary(code);
  const page = await openPage({ width, height, lang: code, body, attrs: { 'privacy-url': '/privacy', ...attrs } });
  await until(() => {
    const title = page.document.querySelector('assent-banner')?.shadowRoot?.querySelector('h2')?.textContent;
    const embed = page.document.querySelector('assent-embed')?.shadowRoot?.querySelector('[part~="load-button"]')?.textContent;
    return squash(title ?? embed ?? '') === squash(title !== undefined ? t.bannerTitle : t.embedLoadVideo);
  }, `the widget speaks ${code}`);
  return page;
}

/** Every button, link and input of `root` sticking out of the page's width, as "text: left..right". */
function outside(page: TestPage, root: ShadowRoot): string[] {
  const width = page.document.documentElement.clientWidth;
  return [...root.querySelectorAll<HTMLElement>('button, a, input, summary')].flatMap((element) => {
    const box = element.getBoundingClientRect();
    return box.left >= 0 && box.right <= width + 0.5 && box.width > 0
      ? []
      : [`${squash(element.textContent ?? '') || element.id}: ${box.left.toFixed(1)}..${box.right.toFixed(1)} of ${width}`];
  });
}

// What Moodle's media filter writes for a YouTube link (test/e2e/embeds.test.ts).
const MOODLE = `<span class="mediaplugin mediaplugin_youtube"><iframe data-assent-src="https://www.youtube.com/embed/M7lc1UVf-VE" title="Course video" width="400" height="225" frameborder="0" allowfullscreen></iframe></span>`;

for (const { code } of LANGUAGES) {
  describe(`the built widget in ${code}`, () => {
    afterEach(closePages);

    it('reflows at 320 CSS pixels: the banner and the settings dialog, nothing cut off, no sideways scrolling', async () => {
      const page = await pageIn(code, 320, 640);
      const banner = page.banner()!;
      expect(page.document.documentElement.scrollWidth, 'page width').to.be.at.most(320);
      expect(outside(page, banner), 'banner controls outside the viewport').to.deep.equal([]);
      const section = banner.querySelector('section')!;
      expect(section.scrollWidth, 'banner text clipped').to.be.at.most(section.clientWidth);

      page.assent.openSettings();
      await until(() => page.dialog().open, 'dialog opens');
      for (const details of page.settings().querySelectorAll('details')) details.open = true;
      const dialog = page.dialog();
      expect(dialog.getBoundingClientRect().right, 'dialog inside the viewport').to.be.at.most(320);
      expect(dialog.scrollWidth, 'dialog scrolls sideways').to.be.at.most(dialog.clientWidth);
      expect(outside(page, page.settings()), 'dialog controls outside the viewport').to.deep.equal([]);
    });

    it('on a phone (390 x 844), "Accept all" and "Reject all" side by side at the same size', async () => {
      const page = await pageIn(code, 390, 844);
      const [accept, reject] = [...page.banner()!.querySelectorAll('button')].map((b) => b.getBoundingClientRect());
      expect(accept.top, 'one row').to.equal(reject.top);
      expect([accept.width, accept.height], 'one size').to.deep.equal([reject.width, reject.height]);
    });

    it("keeps Moodle's 400 x 225 box with both buttons inside it", async () => {
      const page = await pageIn(code, 780, 560, MOODLE, { banner: 'off' });
      const embed = page.document.querySelector('assent-embed')!;
      const frame = embed.shadowRoot!.querySelector('.frame')!.getBoundingClientRect();
      expect(Math.round(frame.width), 'width').to.equal(400);
      expect(Math.round(frame.height), 'height').to.equal(225);
      const clipped = [...embed.shadowRoot!.querySelectorAll('button')].filter((b) => b.scrollWidth > b.clientWidth);
      expect(clipped.map((b) => squash(b.textContent!)), 'labels wider than their buttons').to.deep.equal([]);
      const buttons = [...embed.shadowRoot!.querySelectorAll('button')].map((b) => b.getBoundingClientRect());
      expect(buttons.length).to.equal(2);
      const below = buttons.filter((b) => b.bottom > frame.bottom).map((b) => `${(b.bottom - frame.bottom).toFixed(1)} px below`);
      expect(below, 'buttons below the box').to.deep.equal([]);
    });
  });
}
