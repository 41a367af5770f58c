import { emulateMedia } from '@web/test-runner-commands';

// Only Chromium's launcher emulates media features; asking the others makes
// the runner log a stack trace for each refusal, which reads like a failure.
let unsupported = !navigator.userAgent.includes('Chrome/');

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
    // A launcher that cannot after all: asked once per page.
    unsupported = true;
    return false;
  }
  const motion = !features.reducedMotion || matchMedia(`(prefers-reduced-motion: ${features.reducedMotion})`).matches;
  const scheme = !features.colorScheme || matchMedia(`(prefers-color-scheme: ${features.colorScheme})`).matches;
  return motion && scheme;
}
