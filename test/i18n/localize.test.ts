import { expect } from '@open-wc/testing';
import { configureLanguage, translate } from '../../src/i18n/localize.js';
import { de } from '../../src/i18n/locales/de.js';
import { en } from '../../src/i18n/en.js';
import '../harness/languages.js';
import { TEXT_VALUES } from '../../src/i18n/translation.js';

describe('texts from the JSON block', () => {
  afterEach(() => configureLanguage('auto', {}));

  it('replace plain texts in their language only', () => {
    configureLanguage('auto', { de: { bannerTitle: 'Ihre Privatsphäre' } });
    expect(translate('de').bannerTitle).to.equal('Ihre Privatsphäre');
    expect(translate('de').rejectAll).to.equal(de.rejectAll);
    expect(translate('en').bannerTitle).to.equal(en.bannerTitle);
  });

  it('replace texts with values, the values named in braces wherever the site puts them', () => {
    configureLanguage('auto', {
      de: {
        embedNotice: 'Beim Abspielen überträgt {provider} Daten in die USA. Mehr bei {provider}.',
        embedAllowNote: '{provider}-Freigabe gilt {days} Tage.',
        policyProgress: '{n}/{total}',
      },
    });
    const t = translate('de');
    expect(t.embedNotice('YouTube')).to.equal('Beim Abspielen überträgt YouTube Daten in die USA. Mehr bei YouTube.');
    expect(t.embedAllowNote('Vimeo', 14)).to.equal('Vimeo-Freigabe gilt 14 Tage.');
    expect(t.policyProgress(2, 3)).to.equal('2/3');
    expect(translate('en').embedNotice('YouTube'), 'English keeps its own').to.equal(en.embedNotice('YouTube'));
  });

  it('leave a name they do not know as written, and text without braces as it is', () => {
    configureLanguage('auto', { en: { embedNotice: 'Data goes to {anbieter} ({provider}).', embedFrom: 'External video' } });
    expect(translate('en').embedNotice('Vimeo')).to.equal('Data goes to {anbieter} (Vimeo).');
    expect(translate('en').embedFrom('Vimeo')).to.equal('External video');
  });

  it('cannot replace what is not a text', () => {
    const texts = { $code: 'xx', $dir: 'rtl', categoryTitles: 'Analytics' };
    configureLanguage('auto', { en: texts as unknown as Record<string, string> });
    const t = translate('en');
    expect([t.$code, t.$dir, t.categoryTitles]).to.deep.equal([en.$code, en.$dir, en.categoryTitles]);
  });

  it('name every value of every text that has values', () => {
    for (const [key, names] of Object.entries(TEXT_VALUES)) {
      const text = en[key as keyof typeof TEXT_VALUES] as (...values: never[]) => string;
      expect(names.length, key).to.equal(text.length);
      expect(new Set(names).size, `${key}: names differ`).to.equal(names.length);
    }
    const functions = Object.keys(en).filter((key) => typeof en[key as keyof typeof en] === 'function');
    expect(Object.keys(TEXT_VALUES).sort()).to.deep.equal(functions.sort());
  });
});
