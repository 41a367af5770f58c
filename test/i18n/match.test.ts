import { expect } from '@open-wc/testing';
import { LANGUAGE_CODES } from '../../src/i18n/languages.js';
import { matchLanguage } from '../../src/i18n/match.js';

const shipped = LANGUAGE_CODES;

/** [what the page or browser says, what we speak] */
function expectMatches(cases: [string, string | null][]): void {
  for (const [tag, expected] of cases) {
    expect(matchLanguage(tag, shipped), tag).to.equal(expected);
  }
}

describe('matchLanguage', () => {
  it('finds every shipped code written as it is, in any case', () => {
    for (const code of shipped) {
      expect(matchLanguage(code, shipped), code).to.equal(code);
      expect(matchLanguage(code.toUpperCase(), shipped), code.toUpperCase()).to.equal(code);
      expect(matchLanguage(code.toLowerCase(), shipped), code.toLowerCase()).to.equal(code);
    }
  });

  it('takes the language of a tag with a region, script or variant', () => {
    expectMatches([
      ['de-AT', 'de'],
      ['de-CH', 'de'],
      ['de-DE-1996', 'de'],
      ['en-US', 'en'],
      ['en-GB', 'en'],
      ['fr-CA', 'fr'],
      ['es-419', 'es'],
      ['pt-BR', 'pt'],
      ['pt-PT', 'pt'],
      ['ar-SY', 'ar'],
      ['ar-EG', 'ar'],
      ['tr-TR', 'tr'],
      ['uk-UA', 'uk'],
      ['ru-RU', 'ru'],
      ['he-IL', 'he'],
      ['ckb-IQ', 'ckb'],
      ['ckb-Arab-IR', 'ckb'],
      ['kmr-Latn-TR', 'kmr'],
      ['prs-AF', 'prs'],
      ['bs-Latn-BA', 'bs'],
      ['vi-VN', 'vi'],
    ]);
  });

  it('reads Moodle language codes, with a hyphen as Moodle writes them in <html lang> or with its underscore', () => {
    expectMatches([
      ['pt-br', 'pt'],
      ['pt_br', 'pt'],
      ['de-du', 'de'],
      ['de_du', 'de'],
      ['de-comm', 'de'],
      ['de_kids', 'de'],
      ['en-us', 'en'],
      ['en_kids', 'en'],
      ['es-mx', 'es'],
      ['fr_ca', 'fr'],
      ['zh-cn', 'zh'],
      ['zh_cn', 'zh'],
      ['he-kids', 'he'],
      ['no-gr', 'no'],
      ['no_gr', 'no'],
      ['ckb', 'ckb'],
      ['kmr', 'kmr'],
      ['prs', 'prs'],
    ]);
  });

  it('chooses Serbian by script: Latin for sr-Latn and Moodle sr-lt, Cyrillic for sr-Cyrl, Moodle sr-cr and plain sr', () => {
    expectMatches([
      ['sr-Latn', 'sr-Latn'],
      ['sr-latn', 'sr-Latn'],
      ['SR-LATN', 'sr-Latn'],
      ['sr-Latn-RS', 'sr-Latn'],
      ['sr_Latn', 'sr-Latn'],
      ['sr-lt', 'sr-Latn'],
      ['sr_lt', 'sr-Latn'],
      ['sr-Cyrl', 'sr-Cyrl'],
      ['sr-Cyrl-RS', 'sr-Cyrl'],
      ['sr-cr', 'sr-Cyrl'],
      ['sr_cr', 'sr-Cyrl'],
      ['sr', 'sr-Cyrl'],
      ['sr-RS', 'sr-Cyrl'],
      ['sr-BA', 'sr-Cyrl'],
      // Montenegro writes Serbian mostly in Latin (CLDR's likely script), unless the tag says otherwise.
      ['sr-ME', 'sr-Latn'],
      ['sr-Cyrl-ME', 'sr-Cyrl'],
    ]);
  });

  it('reads Simplified and other Chinese tags as our Simplified Chinese', () => {
    expectMatches([
      ['zh', 'zh'],
      ['zh-Hans', 'zh'],
      ['zh-Hans-CN', 'zh'],
      ['zh-CN', 'zh'],
      ['zh-SG', 'zh'],
      // Traditional Chinese is not shipped; Simplified is nearer to its readers than English.
      ['zh-TW', 'zh'],
      ['zh-Hant', 'zh'],
    ]);
  });

  it('reads Bokmål and Nynorsk as Norwegian', () => {
    expectMatches([
      ['nb', 'no'],
      ['nb-NO', 'no'],
      ['nn', 'no'],
      ['nn-NO', 'no'],
      ['no', 'no'],
      ['no-NO', 'no'],
    ]);
  });

  it('tells Dari from Iranian Farsi by the region, and Sorani from Kurmanji by the script', () => {
    expectMatches([
      ['fa', 'fa'],
      ['fa-IR', 'fa'],
      ['fa-AF', 'prs'],
      ['fa_af', 'prs'],
      ['fa-Arab-AF', 'prs'],
      ['prs', 'prs'],
      ['ku', 'kmr'],
      ['ku-TR', 'kmr'],
      ['ku-Latn', 'kmr'],
      ['ku-Arab', 'ckb'],
      ['ku-Arab-IQ', 'ckb'],
    ]);
  });

  it('reads the old code of Hebrew and POSIX locale names', () => {
    expectMatches([
      ['iw', 'he'],
      ['iw-IL', 'he'],
      ['de_DE.UTF-8', 'de'],
      ['sr_RS@latin', 'sr-Latn'],
      ['sr_RS.UTF-8', 'sr-Cyrl'],
    ]);
  });

  it('is null for a language we do not ship, and for nothing', () => {
    expectMatches([
      ['ja', null],
      ['ja-JP', null],
      ['tl', null],
      ['x-klingon', null],
      ['', null],
      ['   ', null],
      ['-', null],
      ['ENG', null],
    ]);
    expect(matchLanguage(null, shipped)).to.equal(null);
    expect(matchLanguage(undefined, shipped)).to.equal(null);
  });

  it('answers only with what is shipped: a site registering its own tag wins, a mapped code not shipped does not', () => {
    expect(matchLanguage('pt-BR', ['en', 'pt', 'pt-br'])).to.equal('pt-br');
    expect(matchLanguage('sr', ['en', 'sr'])).to.equal('sr');
    expect(matchLanguage('sr-lt', ['en', 'sr'])).to.equal('sr');
    expect(matchLanguage('sr-Latn', ['en', 'sr-Cyrl'])).to.equal(null);
    expect(matchLanguage('nb', ['en', 'de'])).to.equal(null);
    expect(matchLanguage('fa-AF', ['en', 'fa'])).to.equal('fa');
    expect(matchLanguage('de-AT', [])).to.equal(null);
  });
});
