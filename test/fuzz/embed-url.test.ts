import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { buildEmbedUrl, parseEmbedUrl, type ParseResult } from '../../src/providers/parse.js';
import { allProviders, registerBuiltInProviders } from '../../src/providers/registry.js';
import type { EmbedProvider, EmbedTarget } from '../../src/providers/types.js';
import { anyString, ensure, fuzz, hostileUrl, mutated, show } from './arbitraries.js';

registerBuiltInProviders();
const providers = allProviders();

// ---------------------------------------------------------------- what an embed URL may be

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const SAFE_PARAM = /^[A-Za-z0-9_-]+$/;
const DIGITS = /^[1-9][0-9]*$/;
const MAPS_MODES = ['place', 'view', 'directions', 'streetview', 'search'];
const MAPS_API_PARAMS = ['key', 'q', 'center', 'zoom', 'maptype', 'language', 'region', 'origin', 'destination', 'waypoints', 'mode', 'avoid', 'units', 'location', 'pano', 'heading', 'pitch', 'fov'];
const MAPS_LEGACY_PARAMS = ['output', 'q', 'll', 'z', 't', 'hl', 'saddr', 'daddr'];

/** The target ids each provider may hand out: nothing but safe characters. */
const SAFE_ID: Record<string, RegExp> = {
  youtube: /^(?:[A-Za-z0-9_-]{11}|videoseries)$/,
  vimeo: /^[1-9][0-9]{0,11}$/,
  googlemaps: /^(?:pb|legacy|place|view|directions|streetview|search)$/,
};

/** The hosts each provider's URLs may load from once consent is given. */
const PLAYER_HOSTS: Record<string, string[]> = {
  youtube: ['www.youtube-nocookie.com'],
  vimeo: ['player.vimeo.com'],
  // The legacy `maps.google.com/maps?output=embed` form is rebuilt on its own host.
  googlemaps: ['www.google.com', 'maps.google.com'],
};

const params = (url: URL) => [...url.searchParams.keys()];
/** True when `text` holds no C0 control character and no DEL. */
const controlFree = (text: string) => [...text].every((char) => char.charCodeAt(0) >= 0x20 && char !== '\x7f');

/** Throws unless `href` is an embed URL the iframe may load for `target` of `provider`. */
function ensureSafeEmbedUrl(provider: EmbedProvider, target: EmbedTarget, href: string): void {
  const where = () => `${provider.id} ${show(target)} → ${show(href)}`;
  ensure(/^https:\/\//.test(href) && !/[\s<>"'`\\]/.test(href) && controlFree(href), where);
  ensure(!/(?:javascript|vbscript|data):/i.test(href), where);
  const url = new URL(href);
  ensure(url.href === href, where);
  ensure(url.protocol === 'https:' && url.username === '' && url.password === '' && url.port === '', where);
  ensure(PLAYER_HOSTS[provider.id]?.includes(url.hostname), where);
  const path = url.pathname;
  if (provider.id === 'youtube') {
    ensure(url.hostname === 'www.youtube-nocookie.com', where);
    const [, embed, id, ...rest] = path.split('/');
    ensure(embed === 'embed' && (YOUTUBE_ID.test(id) || id === 'videoseries') && rest.length === 0 && url.hash === '', where);
    ensure(params(url).every((name) => ['list', 'start', 'end', 'autoplay'].includes(name)), where);
    ensure(params(url).every((name) => SAFE_PARAM.test(url.searchParams.get(name)!)), where);
  } else if (provider.id === 'vimeo') {
    ensure(url.hostname === 'player.vimeo.com', where);
    const [, video, id, ...rest] = path.split('/');
    ensure(video === 'video' && DIGITS.test(id) && rest.length === 0, where);
    ensure(url.searchParams.get('dnt') === '1', where);
    ensure(params(url).every((name) => ['h', 'dnt', 'autoplay'].includes(name)), where);
    ensure(/^[0-9a-f]*$/.test(url.searchParams.get('h') ?? ''), where);
    ensure(url.hash === '' || /^#t=\d+s$/.test(url.hash), where);
  } else if (provider.id === 'googlemaps') {
    ensure(url.hash === '', where);
    if (url.hostname === 'www.google.com') {
      const api = /^\/maps\/embed\/v1\/([a-z]+)$/.exec(path);
      ensure(path === '/maps/embed' || (api && MAPS_MODES.includes(api[1])), where);
      ensure(params(url).every((name) => (path === '/maps/embed' ? name === 'pb' : MAPS_API_PARAMS.includes(name))), where);
    } else {
      ensure(url.hostname === 'maps.google.com' && path === '/maps' && url.searchParams.get('output') === 'embed', where);
      ensure(params(url).every((name) => MAPS_LEGACY_PARAMS.includes(name)), where);
    }
    ensure([...url.searchParams.values()].every(controlFree), where);
  } else {
    throw new Error(`unexpected provider ${provider.id}`);
  }
}

/** The URL as parseEmbedUrl reads it: scheme added to `//host` and `host/path`. */
function inputUrl(input: string): URL {
  const text = input.trim();
  const absolute = text.startsWith('//') ? `https:${text}` : /^[a-z0-9-]+(\.[a-z0-9-]+)+(\/|$)/i.test(text) ? `https://${text}` : text;
  return new URL(absolute);
}

/** Every check on one input: never throws; what it accepts is a provider's URL; what it builds is safe. */
function ensureSafeParse(input: unknown): ParseResult {
  const result = parseEmbedUrl(input, providers);
  if (!result.ok) {
    ensure(typeof result.message === 'string' && result.message !== '', () => `no message for ${show(input)}`);
    return result;
  }
  const { provider, target } = result;
  const where = () => `${show(input)} read as ${provider.id} ${show(target)}`;
  ensure(providers.includes(provider) && target.provider === provider.id, where);
  ensure(typeof target.id === 'string' && SAFE_ID[provider.id].test(target.id), where);
  ensure(Object.values(target.params).every((value) => typeof value === 'string' && controlFree(value)), where);
  const url = inputUrl(input as string);
  ensure(['http:', 'https:'].includes(url.protocol) && url.username === '' && url.password === '' && url.port === '', where);
  ensure(provider.hosts?.includes(url.hostname), () => `${where()}: the host ${url.hostname} is not one of ${provider.id}'s`);
  for (const autoplay of [false, true]) {
    const href = buildEmbedUrl(provider, target, { autoplay });
    ensure(href !== null, () => `${where()}: no embed URL`);
    ensureSafeEmbedUrl(provider, target, href);
  }
  return result;
}

// ---------------------------------------------------------------- generators

const youtubeId = fc.stringMatching(/^[A-Za-z0-9_-]{11}$/);
const listId = fc.stringMatching(/^(PL|UU|OL|RD)[A-Za-z0-9_-]{0,40}$/);
const mediaTime = fc.oneof(fc.nat(100_000).map(String), fc.constantFrom('1m30s', '1h2m3s', '90s', '1:30', '0', 'soon', '-5', '99999999'));
const youtubeUrl = fc
  .tuple(
    fc.constantFrom('https://', 'http://', '//', '', ' https://', 'HTTPS://'),
    fc.constantFrom('www.youtube.com', 'youtube.com', 'm.youtube.com', 'music.youtube.com', 'www.youtube-nocookie.com', 'youtu.be', 'y2u.be', 'WWW.YouTube.com'),
    fc.constantFrom('watch', 'embed', 'shorts', 'live', 'v', 'short', 'playlist', 'embed/videoseries'),
    youtubeId,
    fc.option(listId),
    fc.option(mediaTime),
    fc.option(mediaTime),
  )
  .map(([scheme, host, form, id, list, start, end]) => {
    const query = [list && `list=${list}`, start && `t=${start}`, end && `end=${end}`].filter(Boolean);
    if (host.includes('youtu.be') || host === 'y2u.be') return `${scheme}${host}/${id}${query.length ? `?${query.join('&')}` : ''}`;
    if (form === 'watch') return `${scheme}${host}/watch?v=${id}${query.map((q) => `&${q}`).join('')}`;
    if (form === 'playlist' || form === 'embed/videoseries') return `${scheme}${host}/${form}?${query.join('&')}`;
    return `${scheme}${host}/${form}/${id}${query.length ? `?${query.join('&')}` : ''}`;
  });
const vimeoUrl = fc
  .tuple(
    fc.constantFrom('https://', 'http://', '//', ''),
    fc.stringMatching(/^[1-9][0-9]{5,11}$/),
    fc.option(fc.stringMatching(/^[0-9a-fA-F]{6,12}$/)),
    fc.constantFrom('vimeo.com/ID', 'www.vimeo.com/ID/HASH', 'player.vimeo.com/video/ID', 'vimeo.com/channels/staff/ID', 'vimeo.com/groups/g/videos/ID', 'vimeo.com/showcase/1/video/ID', 'vimeo.com/manage/videos/ID/HASH', 'vimeo.com/video/ID'),
    fc.option(mediaTime),
  )
  .map(([scheme, id, hash, form, start]) => {
    const path = form.replace('ID', id).replace('/HASH', hash ? `/${hash}` : '');
    return `${scheme}${path}${hash && !form.includes('HASH') ? `?h=${hash}` : ''}${start ? `#t=${start}` : ''}`;
  });
const pb = fc.array(fc.stringMatching(/^[0-9][a-z][0-9a-zA-Z.%-]{1,12}$/), { minLength: 1, maxLength: 12 }).map((parts) => `!${parts.join('!')}`);
const mapsUrl = fc.oneof(
  fc.tuple(fc.constantFrom('https://www.google.com', 'https://google.com', '//www.google.com', 'www.google.com'), pb).map(([origin, value]) => `${origin}/maps/embed?pb=${value}`),
  fc
    .tuple(fc.constantFrom(...MAPS_MODES, 'evil'), fc.dictionary(fc.constantFrom(...MAPS_API_PARAMS, 'onload', 'callback'), fc.string(), { minKeys: 1, maxKeys: 4 }))
    .map(([mode, query]) => `https://www.google.com/maps/embed/v1/${mode}?key=KEY&${new URLSearchParams(query)}`),
  fc
    .dictionary(fc.constantFrom(...MAPS_LEGACY_PARAMS.slice(1), 'output', 'iwloc'), fc.string(), { maxKeys: 4 })
    .map((query) => `https://maps.google.com/maps?q=Berlin&${new URLSearchParams(query)}&output=embed`),
);
const realUrl = fc.oneof(youtubeUrl, vimeoUrl, mapsUrl);

const urlAlphabet = fc.constantFrom(
  ':', '/', '@', '%', '.', '#', '?', '&', '=', '\\', ' ', '\t', '\n', '\x00', '\x7f', '[', ']', '0', '1', 'a', 'Z', '-', '_', '!',
  'ｙ', '\u3002', '\uff0e', '\u0130', '\u00df', '\u200b', '%2F', '%40', '%00', '%0a', '%2e', '..', '"', '<', "'",
);
const urlPieces = [
  '@evil.example', '.evil.example', 'evil.example/', 'javascript:', 'JaVaScRiPt:alert(1)//', 'data:text/html,', 'user:pw@', ':443', ':8080', '//',
  '/..', '/../', '%2e%2e/', 'xn--', 'www.youtube-nocookie.com', 'https://evil.example/', '?v=', '&list=', '#t=', '?pb=!1m', '&output=embed', '/embed/',
  '/video/', '&h=', '<script>', '"onload="alert(1)',
];
const hostileInput = fc.oneof(
  { weight: 4, arbitrary: mutated(realUrl, urlAlphabet, urlPieces) },
  { weight: 2, arbitrary: realUrl },
  { weight: 2, arbitrary: fc.webUrl({ validSchemes: ['https', 'http', 'javascript', 'data', 'ftp', 'blob', 'HTTPS'], withQueryParameters: true, withFragments: true, authoritySettings: { withUserInfo: true, withPort: true, withIPv4: true, withIPv6: true } }) },
  { weight: 1, arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }).map((url) => url.replace(/^https?:\/\/[^/?#]+/, (origin) => origin.replace(/[^/:]+$/, 'www.youtube.com'))) },
  { weight: 2, arbitrary: anyString },
  { weight: 1, arbitrary: hostileUrl },
);

// ---------------------------------------------------------------- properties

describe('fuzz: embed URLs', () => {
  it('reads real provider URLs and builds safe player URLs from them (3000 cases)', () => {
    let accepted = 0;
    fuzz(
      fc.property(realUrl, (input) => {
        if (ensureSafeParse(input).ok) accepted++;
      }),
      3000,
    );
    // The generator is meant to reach the accepting paths; most of its URLs are valid ones.
    expect(accepted, 'real URLs accepted').to.be.greaterThan(1500);
  });

  it('never throws, accepts only provider URLs and builds only privacy-enhanced https URLs, whatever the input (5000 cases)', () => {
    fuzz(fc.property(hostileInput, (input) => void ensureSafeParse(input)), 5000);
    fuzz(fc.property(fc.anything(), (input) => void ensureSafeParse(input)), 500);
  });

  it('reads what it builds back as the same content (3000 cases)', () => {
    fuzz(
      fc.property(fc.oneof(realUrl, mutated(realUrl, urlAlphabet)), fc.boolean(), (input, autoplay) => {
        const first = parseEmbedUrl(input, providers);
        if (!first.ok) return;
        const href = buildEmbedUrl(first.provider, first.target, { autoplay })!;
        const again = parseEmbedUrl(href, providers);
        ensure(again.ok && again.provider === first.provider, () => `${show(href)}, built from ${show(input)}, is not read back`);
        // `format: short` only picks the aspect ratio of a YouTube Short; the player URL does not carry it.
        const sorted = (target: EmbedTarget) =>
          JSON.stringify({ ...target, params: Object.fromEntries(Object.entries(target.params).filter(([name]) => name !== 'format').sort()) });
        ensure(sorted(again.target) === sorted(first.target), () => `${show(input)} → ${show(href)} → ${show(again.target)}`);
      }),
      3000,
    );
  });

  it('builds nothing but an https URL on the provider host, whatever target it is handed (3000 cases)', () => {
    const target = fc.record({
      provider: fc.constantFrom('youtube', 'vimeo', 'googlemaps', 'evil'),
      id: fc.oneof(anyString, fc.constantFrom('..', '../..', '%2e%2e', '//evil.example', '@evil.example', 'pb', 'legacy', 'place', 'videoseries', 'javascript:alert(1)', '?x', '#x')),
      params: fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('list', 'start', 'end', 'hash', 'pb', 'key', 'q', '__proto__')), anyString, { maxKeys: 4 }),
    });
    const errors = console.error;
    console.error = () => {};
    try {
      fuzz(
        fc.property(fc.constantFrom(...providers), target, fc.boolean(), (provider, value, autoplay) => {
          const href = buildEmbedUrl(provider, value, { autoplay });
          if (href === null) return;
          const url = new URL(href);
          ensure(url.protocol === 'https:' && url.username === '' && url.password === '' && url.port === '', () => `${show(value)} → ${show(href)}`);
          ensure(PLAYER_HOSTS[provider.id].includes(url.hostname), () => `${provider.id} ${show(value)} → ${show(href)}`);
        }),
        3000,
      );
    } finally {
      console.error = errors;
    }
  });

  it('passes on no URL from a provider but a plain https one (3000 cases)', () => {
    const built = fc.oneof(hostileUrl, fc.webUrl({ validSchemes: ['https', 'http', 'javascript', 'data'], authoritySettings: { withUserInfo: true } }), anyString, fc.anything());
    const errors = console.error;
    console.error = () => {};
    try {
      fuzz(
        fc.property(built, fc.boolean(), (value, throws) => {
          const provider: EmbedProvider = {
            id: 'custom',
            label: 'Custom',
            privacyUrl: 'https://example.com/privacy',
            match: () => null,
            embedUrl: () => {
              if (throws) throw value;
              return value as string;
            },
          };
          const href = buildEmbedUrl(provider, { provider: 'custom', id: 'x', params: {} }, { autoplay: false });
          if (href === null) return;
          const url = new URL(href);
          ensure(!throws && url.href === href && url.protocol === 'https:' && url.username === '' && url.password === '', () => `${show(value)} → ${show(href)}`);
        }),
        3000,
      );
    } finally {
      console.error = errors;
    }
  });
});
