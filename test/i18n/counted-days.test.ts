import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/en.js';
import ar from '../../src/i18n/locales/ar.js';
import de from '../../src/i18n/locales/de.js';

/** The "Always allow" note counts its days as each language counts, with Intl's plural rules and digits. */
describe('the "Always allow" note counts days', () => {
  it('in English: 1 day, 14 days, 1,000 days', () => {
    expect(en.embedAllowNote('YouTube', 1)).to.contain('for 1 day and');
    expect(en.embedAllowNote('YouTube', 14)).to.contain('for 14 days and');
    expect(en.embedAllowNote('YouTube', 1000)).to.contain('for 1,000 days and');
  });

  it('in German: 1 Tag, 14 Tage, 1.000 Tage', () => {
    expect(de.embedAllowNote('YouTube', 1)).to.contain('wird 1 Tag in');
    expect(de.embedAllowNote('YouTube', 14)).to.contain('wird 14 Tage in');
    expect(de.embedAllowNote('YouTube', 1000)).to.contain('wird 1.000 Tage in');
  });

  it("in Arabic with its plural forms: 3 and 11 days take different words, the digits as Intl writes them", () => {
    const few = ar.embedAllowNote('YouTube', 3);
    const many = ar.embedAllowNote('YouTube', 11);
    expect(few).to.contain(`${new Intl.NumberFormat('ar').format(3)} أيام`);
    expect(many).to.contain(`${new Intl.NumberFormat('ar').format(11)} يومًا`);
  });
});
