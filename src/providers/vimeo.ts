import type { EmbedProvider, EmbedTarget } from './types.js';
import { hashParam, isPlainWebUrl, parseTime, pathSegments } from './util.js';

/** A Vimeo video id: digits only (today 8 to 10 of them). */
export const VIMEO_VIDEO_ID = /^[1-9][0-9]{0,11}$/;
/** The hash that unlocks an unlisted video (`h=`): hexadecimal, 10 characters today. */
export const VIMEO_HASH = /^[0-9a-f]{6,32}$/i;

const SITE_HOSTS = ['vimeo.com', 'www.vimeo.com'];
const PLAYER_HOST = 'player.vimeo.com';

/**
 * The id (and unlisted hash, when the path carries it) in the shapes of
 * vimeo.com page URLs: `/ID`, `/ID/HASH`, `/video/ID`, `/channels/NAME/ID`,
 * `/groups/NAME/videos/ID`, `/album/N/video/ID`, `/showcase/N/video/ID`,
 * `/manage/videos/ID(/HASH)`.
 */
function sitePath(segments: string[]): [id: string, hash?: string] | null {
  const [a, b, c, d, ...rest] = segments;
  if (rest.length > 0 || a === undefined) return null;
  if (c === undefined && /^\d/.test(a)) return b === undefined ? [a] : [a, b];
  if (a === 'video' && b !== undefined && c === undefined) return [b];
  if (a === 'channels' && c !== undefined && d === undefined) return [c];
  if (a === 'groups' && c === 'videos' && d !== undefined) return [d];
  if ((a === 'album' || a === 'showcase') && c === 'video' && d !== undefined) return [d];
  if (a === 'manage' && b === 'videos' && c !== undefined) return d === undefined ? [c] : [c, d];
  return null;
}

function match(url: URL): EmbedTarget | null {
  if (!isPlainWebUrl(url)) return null;
  const segments = pathSegments(url);
  let found: [id: string, hash?: string] | null = null;
  if (url.hostname === PLAYER_HOST) {
    const [first, id, ...rest] = segments;
    found = first === 'video' && id !== undefined && rest.length === 0 ? [id] : null;
  } else if (SITE_HOSTS.includes(url.hostname)) {
    found = sitePath(segments);
  }
  if (!found) return null;
  const [id, pathHash] = found;
  if (!VIMEO_VIDEO_ID.test(id)) return null;
  const queryHash = url.searchParams.get('h');
  if (pathHash !== undefined && queryHash !== null && pathHash !== queryHash) return null;
  const hash = pathHash ?? queryHash;
  const params: Record<string, string> = {};
  if (hash !== null) {
    if (!VIMEO_HASH.test(hash)) return null;
    params.hash = hash.toLowerCase();
  }
  const start = parseTime(hashParam(url, 't'));
  if (start !== null) params.start = String(start);
  return { provider: 'vimeo', id, params };
}

/** Vimeo, loaded with `dnt=1` so the player sets no tracking cookies. */
export const vimeo: EmbedProvider = {
  id: 'vimeo',
  label: 'Vimeo',
  privacyUrl: 'https://vimeo.com/privacy',
  kind: 'video',
  hosts: [...SITE_HOSTS, PLAYER_HOST],
  allow: 'autoplay; fullscreen; picture-in-picture; clipboard-write',
  match,
  embedUrl({ id, params }, { autoplay }) {
    const url = new URL(`https://player.vimeo.com/video/${encodeURIComponent(id)}`);
    if (params.hash) url.searchParams.set('h', params.hash);
    url.searchParams.set('dnt', '1');
    if (autoplay) url.searchParams.set('autoplay', '1');
    // The player reads the start time from the fragment only.
    if (params.start) url.hash = `t=${params.start}s`;
    return url.href;
  },
  aspectRatio: () => '16 / 9',
};
