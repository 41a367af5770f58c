import { expect } from '@open-wc/testing';
import { closePages, openPage } from '../harness/page.js';

// Names a site chooses may be JavaScript's own: every map keyed by one must hold only what the site gave.
describe("names that are also JavaScript's (real pages)", () => {
  afterEach(closePages);

  it('a category named constructor is asked about, listed by its name, and assent.get() answers', async () => {
    const page = await openPage({ attrs: { categories: 'constructor,analytics' } });
    expect(page.bannerShown()).to.equal(true);
    expect(page.assent.get().categories).to.deep.equal({ essential: true, constructor: false, analytics: false });
    page.assent.openSettings();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const text = page.settings().textContent!;
    expect(text.includes('constructor'), 'listed by its name').to.equal(true);
    expect(text.includes('native code'), 'no inherited function shown').to.equal(false);
    page.assent.set({ categories: { constructor: true } });
    expect(page.assent.has('constructor')).to.equal(true);
    const next = await openPage({ attrs: { categories: 'constructor,analytics' } });
    expect(next.assent.get().categories).to.deep.equal({ essential: true, constructor: true, analytics: false });
  });
});
