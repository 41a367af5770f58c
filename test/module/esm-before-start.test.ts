import { expect, waitUntil } from '@open-wc/testing';
import type * as Assent from '../../src/index.js';

const MODULE = '/dist/assent.mjs';

describe('the ES module used before start()', () => {
  it('logs one error that says to call start(), then works with the defaults', async () => {
    const assent = (await import(/* @vite-ignore */ MODULE)) as typeof Assent;
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
    try {
      expect(assent.has('analytics')).to.equal(false);
      expect(assent.get().categories.analytics).to.equal(false);
    } finally {
      console.error = original;
    }
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('start()');
    // The defaults ask about analytics with the banner, which arrives as its own part.
    await waitUntil(() => document.querySelectorAll('assent-banner').length > 0, 'the banner');
    expect(document.querySelectorAll('assent-banner')).to.have.length(1);
  });
});
