import { expect } from '@open-wc/testing';
import {
  $providers,
  allProviders,
  providerIds,
  providerInfo,
  registerBuiltInProviders,
  registerProvider,
  resetProviders,
  validateProvider,
} from '../../src/providers/registry.js';
import { parseEmbedUrl } from '../../src/providers/parse.js';
import type { EmbedProvider } from '../../src/providers/types.js';

/** A provider a site might add: PeerTube videos of one instance. */
const peertube: EmbedProvider = {
  id: 'peertube',
  label: 'PeerTube',
  privacyUrl: 'https://videos.example.org/about/instance#privacy',
  kind: 'video',
  hosts: ['videos.example.org'],
  match(url) {
    const found = /^\/w\/([A-Za-z0-9]{22})$/.exec(url.pathname);
    return url.hostname === 'videos.example.org' && found ? { provider: 'peertube', id: found[1], params: {} } : null;
  },
  embedUrl: ({ id }, { autoplay }) => `https://videos.example.org/videos/embed/${id}${autoplay ? '?autoplay=1' : ''}`,
};

function captureErrors(run: () => void): string[] {
  const messages: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  try {
    run();
  } finally {
    console.error = original;
  }
  return messages;
}

describe('provider registry', () => {
  beforeEach(() => resetProviders());
  after(() => {
    resetProviders();
    registerBuiltInProviders();
  });

  it('is empty until the built-in providers are registered explicitly', () => {
    expect(providerIds()).to.deep.equal([]);
    registerBuiltInProviders();
    expect(providerIds()).to.deep.equal(['youtube', 'vimeo', 'googlemaps']);
    expect(providerInfo('youtube')?.label).to.equal('YouTube');
    expect(providerInfo('googlemaps')?.label).to.equal('Google Maps');
    expect(providerInfo('nope')).to.equal(undefined);
  });

  it('registers the built-ins only once however often it is called', () => {
    const errors = captureErrors(() => {
      registerBuiltInProviders();
      registerBuiltInProviders();
    });
    expect(errors).to.deep.equal([]);
    expect(providerIds()).to.deep.equal(['youtube', 'vimeo', 'googlemaps']);
  });

  it('adds a provider a site registers, and parse then knows its URLs', () => {
    registerBuiltInProviders();
    expect(registerProvider(peertube)).to.equal(true);
    expect(providerIds()).to.include('peertube');
    const result = parseEmbedUrl('https://videos.example.org/w/9c9de5e8ab1a4a42a00af1');
    expect(result.ok && result.provider.id).to.equal('peertube');
    expect(result.ok && result.provider.embedUrl(result.target, { autoplay: true })).to.equal(
      'https://videos.example.org/videos/embed/9c9de5e8ab1a4a42a00af1?autoplay=1',
    );
  });

  it('tells listeners of $providers about a late registration', () => {
    const seen: string[][] = [];
    const stop = $providers.listen((list) => seen.push(list.map((p) => p.id)));
    registerProvider(peertube);
    stop();
    expect(seen).to.deep.equal([['peertube']]);
  });

  it('keeps a frozen copy, so changing the object afterwards changes nothing', () => {
    const mutable = { ...peertube };
    registerProvider(mutable);
    mutable.privacyUrl = 'javascript:alert(1)';
    expect(providerInfo('peertube')?.privacyUrl).to.equal(peertube.privacyUrl);
    expect(Object.isFrozen(providerInfo('peertube'))).to.equal(true);
  });

  it('keeps methods of a class-based provider working', () => {
    class Custom {
      id = 'custom';
      label = 'Custom';
      privacyUrl = 'https://example.com/privacy';
      host = 'media.example.com';
      match(url: URL) {
        return url.hostname === this.host ? { provider: this.id, id: 'x', params: {} } : null;
      }
      embedUrl() {
        return `https://${this.host}/embed`;
      }
    }
    expect(registerProvider(new Custom())).to.equal(true);
    expect(parseEmbedUrl('https://media.example.com/watch').ok).to.equal(true);
  });

  const bad: [string, unknown][] = [
    ['nothing', undefined],
    ['a string', 'youtube'],
    ['an upper-case id', { ...peertube, id: 'PeerTube' }],
    ['an id with markup', { ...peertube, id: 'x"><img>' }],
    ['an overlong id', { ...peertube, id: 'p'.repeat(33) }],
    ['a reserved id', { ...peertube, id: 'policies' }],
    ['a category name as id', { ...peertube, id: 'analytics' }],
    ['an empty label', { ...peertube, label: '  ' }],
    ['a javascript: privacy URL', { ...peertube, privacyUrl: 'javascript:alert(1)' }],
    ['a relative privacy URL', { ...peertube, privacyUrl: '/privacy' }],
    ['no match function', { ...peertube, match: 'x' }],
    ['no embedUrl function', { ...peertube, embedUrl: undefined }],
    ['an unknown kind', { ...peertube, kind: 'game' }],
    ['hosts that are not texts', { ...peertube, hosts: [1, 2] }],
  ];
  for (const [what, candidate] of bad) {
    it(`refuses ${what} with one console.error and without throwing`, () => {
      let result: boolean | undefined;
      const errors = captureErrors(() => {
        result = registerProvider(candidate as EmbedProvider);
      });
      expect(result).to.equal(false);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.match(/^assent: registerProvider/);
      expect(allProviders()).to.deep.equal([]);
    });
  }

  it('refuses a second provider under a taken id and keeps the first', () => {
    registerBuiltInProviders();
    const errors = captureErrors(() => {
      expect(registerProvider({ ...peertube, id: 'youtube' })).to.equal(false);
    });
    expect(errors[0]).to.contain('already registered');
    expect(providerInfo('youtube')?.label).to.equal('YouTube');
  });

  it('lists every problem of a candidate at once', () => {
    expect(validateProvider({ id: 'X', label: '', privacyUrl: 'ftp://x' })).to.have.length(5);
    expect(validateProvider(peertube)).to.deep.equal([]);
  });
});
