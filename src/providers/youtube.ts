import type { EmbedProvider, EmbedTarget } from './types.js';
import { hashParam, isPlainWebUrl, parseTime, pathSegments } from './util.js';

/** A YouTube video id: always 11 characters of the URL-safe base64 alphabet. */
export const YOUTUBE_VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;
/** A playlist id (`PL…`, `UU…`, `OL…`, mixes `RD…`): URL-safe base64, at most 64 characters. */
export const YOUTUBE_LIST_ID = /^[A-Za-z0-9_-]{2,64}$/;
/** The target id used for a playlist without a particular video. */
export const PLAYLIST = 'videoseries';

const WATCH_HOSTS = ['www.youtube.com', 'youtube.com', 'm.youtube.com', 'music.youtube.com'];
const EMBED_HOSTS = ['www.youtube-nocookie.com', 'youtube-nocookie.com'];
const SHORT_HOSTS = ['youtu.be', 'www.youtu.be', 'y2u.be'];
/** Path prefixes followed by a video id: `/embed/ID`, `/shorts/ID`, `/live/ID`, and the old `/v/ID`, `/e/ID`. */
const ID_PATHS = new Set(['embed', 'shorts', 'live', 'v', 'e']);

function target(id: string, url: URL, extra: Record<string, string> = {}): EmbedTarget | null {
  const query = url.searchParams;
  const params: Record<string, string> = { ...extra };
  const list = query.get('list');
  if (list !== null) {
    if (!YOUTUBE_LIST_ID.test(list)) return null;
    params.list = list;
  }
  if (id === PLAYLIST && params.list === undefined) return null;
  // `t` is what the share button writes (query or fragment), `start` what the embed code writes.
  const start = parseTime(query.get('t') ?? hashParam(url, 't') ?? query.get('start'));
  if (start !== null) params.start = String(start);
  const end = parseTime(query.get('end'));
  if (end !== null && (start === null || end > start)) params.end = String(end);
  return { provider: 'youtube', id, params };
}

function match(url: URL): EmbedTarget | null {
  if (!isPlainWebUrl(url)) return null;
  const host = url.hostname;
  const segments = pathSegments(url);
  if (SHORT_HOSTS.includes(host)) {
    const [id, ...rest] = segments;
    return rest.length === 0 && id !== undefined && YOUTUBE_VIDEO_ID.test(id) ? target(id, url) : null;
  }
  if (!WATCH_HOSTS.includes(host) && !EMBED_HOSTS.includes(host)) return null;
  const [first, second, ...rest] = segments;
  if (rest.length > 0 || first === undefined) return null;

  if (first === 'watch' && second === undefined) {
    const id = url.searchParams.get('v');
    return id !== null && YOUTUBE_VIDEO_ID.test(id) ? target(id, url) : null;
  }
  if (first === 'playlist' && second === undefined) return target(PLAYLIST, url);
  if (first === 'embed' && second === undefined && url.searchParams.get('listType') === 'playlist') return target(PLAYLIST, url);
  if (first === 'embed' && second === PLAYLIST) return target(PLAYLIST, url);
  if (ID_PATHS.has(first) && second !== undefined && YOUTUBE_VIDEO_ID.test(second)) {
    return target(second, url, first === 'shorts' ? { format: 'short' } : {});
  }
  return null;
}

/**
 * YouTube, loaded from the privacy-enhanced host `www.youtube-nocookie.com`.
 * That host still receives the IP address, so it is a second line behind
 * consent, never a replacement for it.
 */
export const youtube: EmbedProvider = {
  id: 'youtube',
  label: 'YouTube',
  privacyUrl: 'https://policies.google.com/privacy',
  kind: 'video',
  hosts: [...WATCH_HOSTS, ...EMBED_HOSTS, ...SHORT_HOSTS],
  allow: 'accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share',
  match,
  embedUrl({ id, params }, { autoplay }) {
    const url = new URL(`https://www.youtube-nocookie.com/embed/${encodeURIComponent(id)}`);
    if (params.list) url.searchParams.set('list', params.list);
    if (params.start) url.searchParams.set('start', params.start);
    if (params.end) url.searchParams.set('end', params.end);
    if (autoplay) url.searchParams.set('autoplay', '1');
    return url.href;
  },
  aspectRatio: ({ params }) => (params.format === 'short' ? '9 / 16' : '16 / 9'),
};
