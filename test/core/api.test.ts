import { expect } from '@open-wc/testing';
import { toPatch } from '../../src/api.js';

const CATEGORIES = ['analytics', 'marketing'];
const PROVIDERS = ['youtube', 'vimeo'];
const patch = (value: unknown) => toPatch(value as Record<string, unknown>, CATEGORIES, PROVIDERS);

describe('toPatch', () => {
  describe('short form', () => {
    it('sorts names into categories and embed providers', () => {
      expect(patch({ analytics: true, youtube: false, marketing: false, vimeo: true })).to.deep.equal({
        categories: { analytics: true, marketing: false },
        embeds: { youtube: false, vimeo: true },
      });
    });

    it('leaves out the part it has no names for, like the full form', () => {
      // Otherwise set({ youtube: true }) would also store a banner answer nobody gave.
      expect(patch({ youtube: true })).to.deep.equal({ categories: undefined, embeds: { youtube: true } });
      expect(patch({ analytics: false })).to.deep.equal({ categories: { analytics: false }, embeds: undefined });
      expect(patch({})).to.deep.equal({ categories: undefined, embeds: undefined });
    });

    it('drops unknown names, essential, and values that are not booleans', () => {
      expect(
        patch({ analytics: 'true', marketing: 1, youtube: null, vimeo: undefined, essential: false, maps: true, foo: true }),
      ).to.deep.equal({ categories: undefined, embeds: undefined });
    });

    it('treats a name that is both a category and a provider as the category', () => {
      expect(toPatch({ video: true }, ['video'], ['video'])).to.deep.equal({ categories: { video: true }, embeds: undefined });
    });

    it('does not pick up inherited names', () => {
      const inherited = Object.create({ analytics: true }) as Record<string, unknown>;
      inherited.youtube = true;
      expect(patch(inherited)).to.deep.equal({ categories: undefined, embeds: { youtube: true } });
    });
  });

  describe('full form', () => {
    it('passes categories and embeds through', () => {
      expect(patch({ categories: { analytics: true }, embeds: { youtube: true } })).to.deep.equal({
        categories: { analytics: true },
        embeds: { youtube: true },
      });
    });

    it('leaves out the part that is not given', () => {
      expect(patch({ categories: { analytics: false } })).to.deep.equal({ categories: { analytics: false }, embeds: undefined });
      expect(patch({ embeds: { vimeo: true } })).to.deep.equal({ categories: undefined, embeds: { vimeo: true } });
    });

    it('leaves out a part that is not an object', () => {
      expect(patch({ categories: true, embeds: 'youtube' })).to.deep.equal({ categories: undefined, embeds: undefined });
      expect(patch({ categories: null })).to.deep.equal({ categories: undefined, embeds: undefined });
    });

    it('ignores short-form names next to the full form', () => {
      expect(patch({ categories: { marketing: true }, analytics: true, youtube: true })).to.deep.equal({
        categories: { marketing: true },
        embeds: undefined,
      });
    });
  });

  for (const value of [null, undefined, true, 'analytics', 42]) {
    it(`gives an empty patch for ${String(value)}`, () => {
      expect(patch(value)).to.deep.equal({});
    });
  }
});
