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

// A theme that includes the tag twice gets one widget, not two banners.
if (!window.assent) {
  const script = document.currentScript as HTMLScriptElement | null;
  window.assent = boot({ dataset: script?.dataset ?? {}, page: { defer: script?.defer, async: script?.hasAttribute('async') } });
}
