import { expect, fixture, html } from '@open-wc/testing';
import { AssentBanner } from '../../src/components/assent-banner/assent-banner.js';
import { AssentPolicy } from '../../src/components/assent-policy/assent-policy.js';
import { registerBuiltInProviders } from '../../src/providers/registry.js';
import { testManager } from '../harness/manager.js';
import '../harness/languages.js';

AssentBanner.define('assent-banner');
AssentPolicy.define('assent-policy');
registerBuiltInProviders();

// Link attributes a site writes by hand on the elements (boot checks only the
// script tag's data-privacy-url): a script URL must never become a link.
const BAD = ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)'];
const GOOD = ['/privacy.html', 'https://example.edu/privacy', 'privacy.html?lang=de#top'];

/** Captures console.error while `run` runs. */
async function errorsOf(run: () => Promise<void>): Promise<string[]> {
  const original = console.error;
  const errors: string[] = [];
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.error = original;
  }
  return errors;
}

const banner = (privacyUrl: string) => {
  const manager = testManager();
  return fixture<AssentBanner>(html`<assent-banner .manager=${manager} privacy-url=${privacyUrl}></assent-banner>`);
};

const policy = (href: string) =>
  fixture<AssentPolicy>(html`<assent-policy name="terms" version="1" href=${href}><h2 slot="title">Terms</h2></assent-policy>`);

/** The hrefs of the links in the element's shadow root. */
const links = (el: Element) => [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));

describe('link attributes written by hand', () => {
  for (const url of BAD) {
    it(`<assent-banner privacy-url="${url}"> shows no link and names the attribute`, async () => {
      let el: AssentBanner | undefined;
      const errors = await errorsOf(async () => {
        el = await banner(url);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(links(el!)).to.deep.equal([]);
      expect(el!.shadowRoot!.textContent).to.contain('Accept all');
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain('privacy-url').and.contain('http(s) URL or a path');
    });

    it(`<assent-policy href="${url}"> shows no link and names the attribute`, async () => {
      let el: AssentPolicy | undefined;
      const errors = await errorsOf(async () => {
        el = await policy(url);
      });
      expect(links(el!)).to.deep.equal([]);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain('<assent-policy href=').and.contain('http(s) URL or a path');
    });
  }

  for (const url of GOOD) {
    it(`keeps a proper link: ${url}`, async () => {
      const errors = await errorsOf(async () => {
        expect(links(await banner(url))).to.deep.equal([url]);
        expect(links(await policy(url))).to.deep.equal([url]);
      });
      expect(errors).to.deep.equal([]);
    });
  }
});
