/**
 * The classic script `dist/assent.js`: boots from the data attributes of its
 * own `<script>` tag and exposes `window.assent`.
 */
import type { AssentApi } from './api.js';
import { boot } from './boot.js';

declare global {
  interface Window {
    assent?: AssentApi;
  }
}

// A theme that includes the tag twice gets one widget, not two banners. Marked with
// a symbol: `window.assent` may be an element (`<a id="assent">`), which the page cannot fake as a symbol.
const STARTED = Symbol.for('assent');
const marks = window as unknown as Record<symbol, true>;
if (!marks[STARTED]) {
  marks[STARTED] = true;
  const script = document.currentScript as HTMLScriptElement | null;
  window.assent = boot({ dataset: script?.dataset ?? {}, page: { defer: script?.defer, async: script?.hasAttribute('async') } });
}
