import { expect } from '@open-wc/testing';
import { parseConfig } from '../../src/core/config.js';
import { checkTexts } from '../../src/core/text-checks.js';
import { textKeys } from '../../src/i18n/localize.js';

/**
 * Site admins copy the README's examples as they are: every `html` example
 * that holds the assent tag or an `#assent-config` block, and every `json`
 * example (the content of such a block), must be a configuration the widget
 * takes without an error.
 */
const DOCS = ['/README.md', '/moodle/README.md'];

interface Example {
  doc: string;
  index: number;
  kind: 'html' | 'json';
  dataset: Record<string, string | undefined>;
  json: string | null;
}

async function examples(): Promise<Example[]> {
  const found: Example[] = [];
  for (const doc of DOCS) {
    const response = await fetch(doc);
    expect(response.ok, `${doc} is served`).to.equal(true);
    const text = await response.text();
    // A json example is the content of an #assent-config block.
    [...text.matchAll(/^```json\n([\s\S]*?)^```/gm)].forEach((match, index) =>
      found.push({ doc, index, kind: 'json', dataset: {}, json: match[1] }),
    );
    const blocks = [...text.matchAll(/^```html\n([\s\S]*?)^```/gm)].map((match) => match[1]);
    blocks.forEach((block, index) => {
      const page = new DOMParser().parseFromString(block, 'text/html');
      const tag = [...page.querySelectorAll<HTMLScriptElement>('script[src]')].find((s) => /assent\.js$/.test(s.src));
      const json = page.getElementById('assent-config')?.textContent ?? null;
      if (tag || json !== null) found.push({ doc, index, kind: 'html', dataset: { ...(tag?.dataset ?? {}) }, json });
    });
  }
  return found;
}

describe('the configuration examples of the README', () => {
  it('are all taken without an error', async () => {
    const all = await examples();
    // The install tag, Matomo, Google tags and receipts at least, and the texts example.
    expect(all.filter((example) => example.kind === 'html').length, 'html examples found').to.be.at.least(4);
    expect(all.filter((example) => example.kind === 'json').length, 'json examples found').to.be.at.least(1);
    for (const { doc, index, kind, dataset, json } of all) {
      const { config, errors } = parseConfig(dataset, json, { languages: ['en', 'de'], hostname: 'moodle.example.org' });
      const texts = checkTexts(config.texts, textKeys(), ['en', 'de']);
      expect(
        [...errors, ...texts.errors, ...texts.warnings].map((error) => error.message),
        `${doc}, ${kind} example ${index + 1}`,
      ).to.deep.equal([]);
    }
  });

  it('describe Google Analytics as Google Analytics, not with the built-in Matomo text', async () => {
    const google = (await examples()).find((example) => example.dataset.consentMode === 'on');
    expect(google, 'the Consent Mode example').to.not.equal(undefined);
    const { config } = parseConfig(google!.dataset, google!.json, { languages: ['en', 'de'] });
    const analytics = config.categoryInfo.analytics;
    const description = analytics.description as Record<string, string>;
    expect(description.en).to.contain('Google');
    expect(description.de).to.contain('Google');
    expect(analytics.cookies.map((cookie) => cookie.name)).to.include('_ga');
    expect(analytics.clear).to.include('_ga');
  });
});
