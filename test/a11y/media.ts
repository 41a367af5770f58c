import { emulateMedia } from '@web/test-runner-commands';

let unsupported = false;

/**
 * Asks the browser to emulate the media features (Chromium can, through the
 * test runner; Firefox and WebKit cannot) and tells whether it now matches
 * them. Tests that get false apply the components' rules for the features
 * themselves (`applyMedia` in inspect.ts).
 */
export async function emulate(features: { reducedMotion?: 'reduce' | 'no-preference'; colorScheme?: 'light' | 'dark' }): Promise<boolean> {
  if (unsupported) return false;
  try {
    await emulateMedia(features);
  } catch {
    // Asked once per page: the runner logs each refusal with a stack trace.
    unsupported = true;
    return false;
  }
  const motion = !features.reducedMotion || matchMedia(`(prefers-reduced-motion: ${features.reducedMotion})`).matches;
  const scheme = !features.colorScheme || matchMedia(`(prefers-color-scheme: ${features.colorScheme})`).matches;
  return motion && scheme;
}
