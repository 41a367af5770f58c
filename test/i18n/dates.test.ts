import { expect } from '@open-wc/testing';
import { formatDate } from '../../src/i18n/dates.js';
import { LANGUAGES } from '../../src/i18n/languages.js';

/** "Allowed until …", "You agreed on …": a date every learner reads in their own language, or in numbers. */
describe('dates', () => {
  const day = new Date(Date.UTC(2026, 11, 4, 12));
  const english = formatDate('en', day, true);

  it('in English and German as people write them', () => {
    expect(english).to.equal('December 4, 2026');
    expect(formatDate('de', day, true)).to.equal('4. Dezember 2026');
  });

  for (const { code } of LANGUAGES) {
    if (code === 'en') continue;
    it(`in ${code}: its own month name or ISO 8601 numbers, never English nor a month number like "M12"`, () => {
      const shown = formatDate(code, day, true);
      expect(shown).to.not.equal(english);
      expect(shown).to.not.match(/M\d/);
      if (/^\d{4}-\d{2}-\d{2}$/.test(shown)) expect(shown).to.equal('2026-12-04');
    });
  }
});
