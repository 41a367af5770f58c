import type { EmbedProvider, EmbedTarget } from './types.js';
import { hasControlCharacter, isPlainWebUrl, pathSegments } from './util.js';

const HOSTS = ['www.google.com', 'google.com', 'maps.google.com'];
/** The Maps Embed API's modes: `/maps/embed/v1/MODE?key=...`. */
const API_MODES = new Set(['place', 'view', 'directions', 'streetview', 'search']);
/** Parameters the Maps Embed API understands; everything else is dropped. */
const API_PARAMS = [
  'key', 'q', 'center', 'zoom', 'maptype', 'language', 'region', 'origin', 'destination',
  'waypoints', 'mode', 'avoid', 'units', 'location', 'pano', 'heading', 'pitch', 'fov',
];
/** Parameters of the old `maps.google.com/maps?...&output=embed` form. */
const LEGACY_PARAMS = ['q', 'll', 'z', 't', 'hl', 'saddr', 'daddr'];
const MAX_LENGTH = 4096;

/** The target id of the share-dialog form `www.google.com/maps/embed?pb=...`. */
export const MAPS_SHARED = 'pb';
/** The target id of the old `maps.google.com/maps?output=embed` form. */
export const MAPS_LEGACY = 'legacy';

/** A plausible parameter value: not too long and free of control characters. */
const plausible = (value: string) => value.length > 0 && value.length <= MAX_LENGTH && !hasControlCharacter(value);

function pick(url: URL, names: readonly string[]): Record<string, string> | null {
  const params: Record<string, string> = {};
  for (const name of names) {
    const value = url.searchParams.get(name);
    // Generated embed code leaves parameters empty (`&t=&z=13`): Google reads them as unset, and so do we.
    if (!value) continue;
    if (!plausible(value)) return null;
    params[name] = value;
  }
  return params;
}

function match(url: URL): EmbedTarget | null {
  if (!isPlainWebUrl(url) || !HOSTS.includes(url.hostname)) return null;
  const segments = pathSegments(url);
  const path = segments.join('/');
  if (path === 'maps/embed' && url.hostname !== 'maps.google.com') {
    const pb = url.searchParams.get('pb');
    return pb !== null && plausible(pb) && pb.startsWith('!') ? { provider: 'googlemaps', id: MAPS_SHARED, params: { pb } } : null;
  }
  const [maps, embed, v1, mode, ...rest] = segments;
  if (maps === 'maps' && embed === 'embed' && v1 === 'v1' && mode !== undefined && API_MODES.has(mode) && rest.length === 0) {
    const params = pick(url, API_PARAMS);
    return params?.key ? { provider: 'googlemaps', id: mode, params } : null;
  }
  if (path === 'maps' && url.searchParams.get('output') === 'embed') {
    const params = pick(url, LEGACY_PARAMS);
    return params && (params.q || params.ll || params.saddr) ? { provider: 'googlemaps', id: MAPS_LEGACY, params } : null;
  }
  return null;
}

/** Google Maps iframes: the share dialog's `www.google.com/maps/embed?pb=...` and the Maps Embed API. */
export const maps: EmbedProvider = {
  id: 'googlemaps',
  label: 'Google Maps',
  privacyUrl: 'https://policies.google.com/privacy',
  kind: 'map',
  hosts: HOSTS,
  allow: 'fullscreen',
  match,
  embedUrl({ id, params }) {
    let url: URL;
    if (id === MAPS_SHARED) url = new URL('https://www.google.com/maps/embed');
    else if (id === MAPS_LEGACY) url = new URL('https://maps.google.com/maps?output=embed');
    else if (API_MODES.has(id)) url = new URL(`https://www.google.com/maps/embed/v1/${id}`);
    else throw new Error(`assent: not a Google Maps embed: ${id}`);
    for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
    return url.href;
  },
  aspectRatio: () => '4 / 3',
};
