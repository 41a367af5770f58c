/* global window, performance */
// The gated "analytics" script of bench/peers.mjs, one for every product: it
// only records when it ran, so the bench can tell that consent reached it.
window.__benchAnalytics = performance.now();
