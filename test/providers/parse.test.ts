import { expect } from '@open-wc/testing';
import { buildEmbedUrl, embedAspectRatio, MAX_URL_LENGTH, parseEmbedUrl, type EmbedErrorCode } from '../../src/providers/parse.js';
import { BUILT_IN_PROVIDERS } from '../../src/providers/registry.js';
import type { EmbedProvider } from '../../src/providers/types.js';
import { youtube } from '../../src/providers/youtube.js';

const ID = 'aqz-KE-bpKQ';
const parse = (input: unknown) => parseEmbedUrl(input, BUILT_IN_PROVIDERS);

/** The URL an iframe would load after "Load video", or the error. */
function resolve(input: unknown): string {
  const result = parse(input);
  if (!result.ok) return `error:${result.error}`;
  return buildEmbedUrl(result.provider, result.target, { autoplay: true }) ?? 'error:build';
}

describe('parseEmbedUrl', () => {
  describe('every form the README lists under Click-to-load embeds, end to end', () => {
    const table: [string, string][] = [
      [`https://www.youtube.com/watch?v=${ID}`, `https://www.youtube-nocookie.com/embed/${ID}?autoplay=1`],
      [`https://youtu.be/${ID}?t=1m30s`, `https://www.youtube-nocookie.com/embed/${ID}?start=90&autoplay=1`],
      [`https://www.youtube.com/embed/${ID}?start=42&rel=0&wmode=transparent`, `https://www.youtube-nocookie.com/embed/${ID}?start=42&autoplay=1`],
      [`https://www.youtube.com/shorts/${ID}`, `https://www.youtube-nocookie.com/embed/${ID}?autoplay=1`],
      [`https://www.youtube.com/live/${ID}`, `https://www.youtube-nocookie.com/embed/${ID}?autoplay=1`],
      [`https://m.youtube.com/watch?v=${ID}&t=90`, `https://www.youtube-nocookie.com/embed/${ID}?start=90&autoplay=1`],
      [`https://music.youtube.com/watch?v=${ID}`, `https://www.youtube-nocookie.com/embed/${ID}?autoplay=1`],
      ['https://www.youtube.com/embed/videoseries?list=PL1234567890', 'https://www.youtube-nocookie.com/embed/videoseries?list=PL1234567890&autoplay=1'],
      [`https://www.youtube.com/watch?v=${ID}&list=PL1234567890&start=5&end=65`, `https://www.youtube-nocookie.com/embed/${ID}?list=PL1234567890&start=5&end=65&autoplay=1`],
      ['https://vimeo.com/76979871', 'https://player.vimeo.com/video/76979871?dnt=1&autoplay=1'],
      ['https://vimeo.com/76979871/7c2f3c2e1a', 'https://player.vimeo.com/video/76979871?h=7c2f3c2e1a&dnt=1&autoplay=1'],
      ['https://player.vimeo.com/video/76979871?h=7c2f3c2e1a', 'https://player.vimeo.com/video/76979871?h=7c2f3c2e1a&dnt=1&autoplay=1'],
      ['https://vimeo.com/76979871#t=1m30s', 'https://player.vimeo.com/video/76979871?dnt=1&autoplay=1#t=90s'],
      // Without a scheme, as people paste them.
      [`//www.youtube.com/embed/${ID}`, `https://www.youtube-nocookie.com/embed/${ID}?autoplay=1`],
      [`youtu.be/${ID}`, `https://www.youtube-nocookie.com/embed/${ID}?autoplay=1`],
      [`  https://youtu.be/${ID}  `, `https://www.youtube-nocookie.com/embed/${ID}?autoplay=1`],
    ];
    for (const [input, expected] of table) {
      it(`${input} → ${expected}`, () => {
        expect(resolve(input)).to.equal(expected);
      });
    }
  });

  it('names the provider that recognised the URL', () => {
    const result = parse('https://vimeo.com/76979871');
    expect(result.ok && result.provider.id).to.equal('vimeo');
    const map = parse('https://www.google.com/maps/embed?pb=!1m2!2m1');
    expect(map.ok && map.provider.id).to.equal('googlemaps');
  });

  describe('hostile or broken input never yields an embed URL', () => {
    const table: [unknown, EmbedErrorCode][] = [
      [undefined, 'empty'],
      [null, 'empty'],
      [42, 'empty'],
      ['', 'empty'],
      ['   ', 'empty'],
      ['javascript:alert(1)', 'unsafe-scheme'],
      ['JavaScript:alert(document.cookie)//https://www.youtube.com/watch?v=aqz-KE-bpKQ', 'unsafe-scheme'],
      ['java\tscript:alert(1)', 'invalid-url'],
      ['java\nscript:alert(1)', 'invalid-url'],
      [' javascript:alert(1)', 'unsafe-scheme'],
      ['data:text/html,<script>alert(1)</script>', 'unsafe-scheme'],
      ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'unsafe-scheme'],
      ['vbscript:msgbox(1)', 'unsafe-scheme'],
      ['file:///etc/passwd', 'unsafe-scheme'],
      ['blob:https://www.youtube.com/1234', 'unsafe-scheme'],
      ['ftp://www.youtube.com/watch?v=aqz-KE-bpKQ', 'unsafe-scheme'],
      ['"><img src=x onerror=alert(1)>', 'invalid-url'],
      ['<script>alert(1)</script>', 'invalid-url'],
      ['not a url', 'invalid-url'],
      ['/relative/path', 'invalid-url'],
      [`https://www.youtube.com/watch?v=${'a'.repeat(MAX_URL_LENGTH)}`, 'invalid-url'],
      [`https://www.youtube.com/watch?v=${ID}"onload="alert(1)`, 'unsupported-url'],
      [`https://www.youtube.com/watch?v=<svg/onload=alert(1)>`, 'unsupported-url'],
      [`https://user:pw@www.youtube.com/watch?v=${ID}`, 'invalid-url'],
      [`https://www.youtube.com@evil.example/watch?v=${ID}`, 'invalid-url'],
      [`https://www.youtube.com.evil.example/watch?v=${ID}`, 'unknown-provider'],
      [`https://evil.example/?u=https://www.youtube.com/watch?v=${ID}`, 'unknown-provider'],
      ['https://www.youtube.com/watch?v=tooshort', 'unsupported-url'],
      ['https://www.youtube.com/@somechannel', 'unsupported-url'],
      ['https://vimeo.com/about', 'unsupported-url'],
      ['https://example.com/video.mp4', 'unknown-provider'],
    ];
    for (const [input, error] of table) {
      it(`${String(JSON.stringify(input)).slice(0, 80)} → ${error}`, () => {
        const result = parse(input);
        expect(result.ok).to.equal(false);
        if (!result.ok) {
          expect(result.error).to.equal(error);
          expect(result.message).to.be.a('string').and.not.equal('');
        }
      });
    }
  });

  it('says which provider owns a host it could not read', () => {
    const result = parse('https://www.youtube.com/feed/trending');
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.provider?.id).to.equal('youtube');
  });

  it('survives a provider whose match() throws, and tries the next one', () => {
    const broken: EmbedProvider = {
      id: 'broken',
      label: 'Broken',
      privacyUrl: 'https://example.com/privacy',
      match: () => {
        throw new Error('boom');
      },
      embedUrl: () => 'https://example.com/',
    };
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const result = parseEmbedUrl(`https://youtu.be/${ID}`, [broken, youtube]);
      expect(result.ok && result.provider.id).to.equal('youtube');
    } finally {
      console.error = original;
    }
    expect(errors).to.have.length(1);
  });

  it('hands out a copy of the target, stamped with the provider that matched', () => {
    const liar: EmbedProvider = {
      id: 'liar',
      label: 'Liar',
      privacyUrl: 'https://example.com/privacy',
      match: () => ({ provider: 'youtube', id: 'x', params: {} }),
      embedUrl: () => 'https://example.com/',
    };
    const result = parseEmbedUrl('https://example.com/x', [liar]);
    expect(result.ok && result.target.provider).to.equal('liar');
  });
});

describe('buildEmbedUrl', () => {
  const provider = (embedUrl: () => string): EmbedProvider => ({
    id: 'custom',
    label: 'Custom',
    privacyUrl: 'https://example.com/privacy',
    match: () => null,
    embedUrl,
  });
  const target = { provider: 'custom', id: 'x', params: {} };

  it('passes a plain https URL through', () => {
    expect(buildEmbedUrl(provider(() => 'https://media.example.com/embed/x'), target, { autoplay: true })).to.equal(
      'https://media.example.com/embed/x',
    );
  });

  for (const bad of ['javascript:alert(1)', 'http://media.example.com/x', 'data:text/html,x', '/relative', 'https://u:p@media.example.com/']) {
    it(`refuses a provider that builds ${bad}`, () => {
      expect(buildEmbedUrl(provider(() => bad), target, { autoplay: true })).to.equal(null);
    });
  }

  it('returns null rather than throw when the provider throws', () => {
    const original = console.error;
    console.error = () => {};
    try {
      expect(
        buildEmbedUrl(
          provider(() => {
            throw new Error('boom');
          }),
          target,
          { autoplay: true },
        ),
      ).to.equal(null);
    } finally {
      console.error = original;
    }
  });
});

describe('embedAspectRatio', () => {
  const withRatio = (ratio: () => string): EmbedProvider => ({
    id: 'custom',
    label: 'Custom',
    privacyUrl: 'https://example.com/privacy',
    match: () => null,
    embedUrl: () => 'https://example.com/',
    aspectRatio: ratio,
  });
  const target = { provider: 'custom', id: 'x', params: {} };

  it('takes a provider ratio and falls back to 16 / 9 for anything that is not one', () => {
    expect(embedAspectRatio(withRatio(() => '4 / 3'), target)).to.equal('4 / 3');
    expect(embedAspectRatio(withRatio(() => '1; background: url(//evil.example)'), target)).to.equal('16 / 9');
    expect(
      embedAspectRatio(
        withRatio(() => {
          throw new Error('boom');
        }),
        target,
      ),
    ).to.equal('16 / 9');
  });
});
