import { expect } from '@open-wc/testing';
import { plural } from '../../src/i18n/plural.js';

describe('plural', () => {
  it('picks English one and other', () => {
    expect(plural('en', 1, { one: '# day', other: '# days' })).to.equal('1 day');
    expect(plural('en', 14, { one: '# day', other: '# days' })).to.equal('14 days');
  });

  it('picks the Russian few and many forms', () => {
    const forms = { one: '# день', few: '# дня', many: '# дней', other: '# дня' };
    expect(plural('ru', 2, forms)).to.equal('2 дня');
    expect(plural('ru', 5, forms)).to.equal('5 дней');
    expect(plural('ru', 21, forms)).to.equal('21 день');
  });

  it('falls back to other for a form left out, and writes the number as the language does', () => {
    expect(plural('ar', 2, { other: '# يوم' })).to.equal(`${new Intl.NumberFormat('ar').format(2)} يوم`);
    expect(plural('de', 1000, { one: '# Tag', other: '# Tage' })).to.equal('1.000 Tage');
  });
});
