import { expect } from '@open-wc/testing';
import type * as Assent from '../../src/index.js';

/**
 * The ES module npm users import (`dist/assent.mjs`, as built: Lit and
 * js-cookie left to the user's bundler, here the test server's resolver).
 * The README's "JavaScript API": the same API as named exports, no auto-boot.
 */
const MODULE = '/dist/assent.mjs';

const cookie = (name: string) =>
  document.cookie
    .split('; ')
    .find((entry) => entry.startsWith(`${name}=`))
    ?.slice(name.length + 1);

describe('the ES module dist/assent.mjs', () => {
  let assent: typeof Assent;

  before(async () => {
    assent = (await import(/* @vite-ignore */ MODULE)) as typeof Assent;
  });

  it('boots nothing when imported: no element defined, no banner, no cookie', () => {
    // Booleans, not the classes: a failing assertion must not have to print an element class.
    for (const tag of ['assent-banner', 'assent-settings', 'assent-embed', 'assent-policies', 'assent-policy'])
      expect(customElements.get(tag) !== undefined, `<${tag}> defined`).to.equal(false);
    expect(document.querySelector('assent-banner, assent-settings') !== null, 'a banner or settings dialog in the page').to.equal(false);
    expect(cookie('assent')).to.equal(undefined);
  });

  it('exports the API of window.assent as functions', () => {
    for (const name of ['start', 'get', 'has', 'set', 'acceptAll', 'rejectAll', 'openSettings', 'withdraw', 'registerProvider'] as const)
      expect(assent[name], name).to.be.a('function');
    expect(assent.CHANGE_EVENT).to.equal('assent-change');
  });

  it('starts once with the options of the script tag, then answers through the named exports', async () => {
    const api = assent.start({ dataset: { categories: 'analytics', lang: 'de' } });
    expect(assent.start(), 'a second start()').to.equal(api);
    const banner = await waitFor(() => document.querySelector('assent-banner'));
    await banner.updateComplete;
    expect(banner.shadowRoot!.textContent, 'the banner speaks German').to.contain('Alle ablehnen');
    expect(assent.has('analytics')).to.equal(false);

    const changes: string[] = [];
    document.addEventListener(assent.CHANGE_EVENT, (event) => changes.push(event.detail.source));
    expect(assent.acceptAll()).to.equal(true);
    expect(assent.has('analytics')).to.equal(true);
    expect(assent.get().categories.analytics).to.equal(true);
    expect(changes).to.deep.equal(['api']);
    expect(cookie('assent'), 'the decision cookie').to.be.a('string');

    assent.withdraw();
    expect(assent.has('analytics')).to.equal(false);
    expect(api.has('analytics'), 'the object start() returned says the same').to.equal(false);
  });
});

async function waitFor<T>(find: () => T | null): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const found = find();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('not found in 2 s');
}
