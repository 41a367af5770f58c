import { expect } from '@open-wc/testing';
import { parseConfig } from '../../src/core/config.js';
import {
  CONSENT_MODE_KEYS,
  consentModeState,
  DEFAULT_CONSENT_MODE_MAPPING,
  parseConsentModeMapping,
} from '../../src/core/consent-mode-map.js';

const parse = (json?: string) => parseConfig({}, json, { languages: ['en', 'de'], hostname: 'moodle.example.org' });

describe('parseConfig: "consentMode" in the JSON block', () => {
  it('uses the default mapping without a block or without the field', () => {
    for (const json of [undefined, '{}', '{"texts": {"en": {"acceptAll": "OK"}}}']) {
      const { config, errors } = parse(json);
      expect(errors, String(json)).to.deep.equal([]);
      expect(config.consentModeMap, String(json)).to.deep.equal({
        analytics: ['analytics_storage'],
        marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
        functional: ['functionality_storage', 'personalization_storage'],
      });
    }
  });

  it('replaces the keys of the categories it names and keeps the others', () => {
    const json = JSON.stringify({ consentMode: { analytics: ['analytics_storage', 'ad_user_data'], video: ['personalization_storage'] } });
    const { config, errors } = parse(json);
    expect(errors).to.deep.equal([]);
    expect(config.consentModeMap).to.deep.equal({
      analytics: ['analytics_storage', 'ad_user_data'],
      marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
      functional: ['functionality_storage', 'personalization_storage'],
      video: ['personalization_storage'],
    });
  });

  it('accepts an empty list and drops repeated keys', () => {
    const json = JSON.stringify({ consentMode: { marketing: [], analytics: ['analytics_storage', 'analytics_storage'] } });
    const { config, errors } = parse(json);
    expect(errors).to.deep.equal([]);
    expect(config.consentModeMap).to.deep.include({ marketing: [], analytics: ['analytics_storage'] });
  });

  it('never changes the default it started from', () => {
    parse(JSON.stringify({ consentMode: { analytics: [] } }));
    expect(DEFAULT_CONSENT_MODE_MAPPING.analytics).to.deep.equal(['analytics_storage']);
    expect(parse().config.consentModeMap).to.not.equal(DEFAULT_CONSENT_MODE_MAPPING);
  });

  const bad: [string, unknown][] = [
    ['an array', [['analytics', 'analytics_storage']]],
    ['a string', 'analytics_storage'],
    ['null', null],
    ['a key that is not a list', { analytics: 'analytics_storage' }],
    ['an unknown Consent Mode key', { analytics: ['analytics_storage', 'analytics_cookies'] }],
    ['a key in the wrong case', { analytics: ['ANALYTICS_STORAGE'] }],
    ['a key that is not a string', { analytics: [1] }],
    ['essential, which needs no consent', { essential: ['ad_storage'] }],
    ['a category name we refuse', { 'My Stats': ['analytics_storage'] }],
    ['__proto__', JSON.parse('{"__proto__": ["ad_storage"]}')],
  ];
  for (const [what, consentMode] of bad) {
    it(`reports ${what} once, names #assent-config, uses the default and keeps the rest of the block`, () => {
      const json = JSON.stringify({ consentMode, texts: { en: { acceptAll: 'OK' } }, categories: { analytics: { title: 'Stats' } } });
      const { config, errors } = parse(json);
      expect(errors).to.have.length(1);
      expect(errors[0].attribute).to.equal('#assent-config');
      expect(errors[0].value).to.equal('"consentMode"');
      expect(errors[0].message).to.contain('#assent-config').and.contain('consentMode');
      for (const key of CONSENT_MODE_KEYS) expect(errors[0].allowed).to.contain(key);
      expect(config.consentModeMap).to.deep.equal(DEFAULT_CONSENT_MODE_MAPPING);
      expect(config.texts).to.deep.equal({ en: { acceptAll: 'OK' } });
      expect(config.categoryInfo.analytics.title).to.equal('Stats');
      expect(Object.getPrototypeOf(config.consentModeMap)).to.equal(Object.prototype);
    });
  }
});

describe('parseConsentModeMapping', () => {
  it('returns a fresh object merged over the default', () => {
    const mapping = parseConsentModeMapping({ marketing: ['ad_storage'] })!;
    expect(mapping.marketing).to.deep.equal(['ad_storage']);
    expect(mapping.analytics).to.deep.equal(['analytics_storage']);
    expect(mapping).to.not.equal(DEFAULT_CONSENT_MODE_MAPPING);
  });
});

describe('consentModeState', () => {
  const G = 'granted';
  const D = 'denied';

  it('before any answer, only security (and functionality, when no category controls it) is granted', () => {
    expect(consentModeState({ essential: true }, ['analytics'])).to.deep.equal({
      ad_storage: D,
      ad_user_data: D,
      ad_personalization: D,
      analytics_storage: D,
      functionality_storage: G,
      personalization_storage: D,
      security_storage: G,
    });
  });

  it('a key controlled by an asked category is denied until that category is granted', () => {
    expect(consentModeState({ functional: false }, ['functional']).functionality_storage).to.equal(D);
    expect(consentModeState({ functional: true }, ['functional']).functionality_storage).to.equal(G);
  });

  it('grants a key when any category mapping to it is granted', () => {
    const mapping = { analytics: ['analytics_storage', 'ad_user_data'] as const, marketing: ['ad_user_data'] as const };
    const state = (analytics: boolean, marketing: boolean) =>
      consentModeState({ analytics, marketing }, ['analytics', 'marketing'], { analytics: [...mapping.analytics], marketing: [...mapping.marketing] });
    expect(state(false, false).ad_user_data).to.equal(D);
    expect(state(true, false).ad_user_data).to.equal(G);
    expect(state(false, true).ad_user_data).to.equal(G);
  });

  it('ignores categories the site does not ask about, even when granted in the decision', () => {
    expect(consentModeState({ marketing: true }, ['analytics']).ad_storage).to.equal(D);
  });

  it('never grants the four contract keys through essential', () => {
    const state = consentModeState({ essential: true }, ['essential', 'analytics'], { essential: ['ad_storage', 'analytics_storage'] });
    expect([state.ad_storage, state.ad_user_data, state.ad_personalization, state.analytics_storage]).to.deep.equal([D, D, D, D]);
  });

  it('copes with a category called constructor', () => {
    expect(consentModeState({ constructor: true }, ['constructor']).ad_storage).to.equal(D);
  });
});
