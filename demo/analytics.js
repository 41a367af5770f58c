/*
 * Demo stand-in for a Matomo tracking script. Nothing is sent anywhere.
 *
 * The page includes it as <script type="text/plain" data-assent="analytics">,
 * so assent only runs it after the person consents to "analytics". When it runs
 * it sets Matomo-style first-party cookies and updates the #analytics-status box,
 * so you can watch the cookies appear — and disappear again when consent is
 * withdrawn (like Matomo's forgetConsentGiven, it deletes its own cookies).
 */
(() => {
  'use strict';

  const ID_COOKIE = '_pk_id.1.abcd';
  const SES_COOKIE = '_pk_ses.1.abcd';
  const ID_MAX_AGE = 33696000; // 13 months, as Matomo
  const SES_MAX_AGE = 1800; // 30 minutes

  const de = (document.documentElement.lang || '').toLowerCase().startsWith('de');
  const text = de
    ? {
        on: (id) => `Statistik: an – Seitenaufruf gezählt (Besucher-ID ${id})`,
        withdrawn: 'Statistik: aus – Einwilligung widerrufen, Cookies gelöscht',
        none: 'keine',
        scripts: (inline) => `Ausgeführt: analytics.js ✓ · Inline-Skript ${inline ? '✓' : '–'}`,
      }
    : {
        on: (id) => `Analytics: on — page view counted (visitor id ${id})`,
        withdrawn: 'Analytics: off — consent withdrawn, cookies deleted',
        none: 'none',
        scripts: (inline) => `Gated scripts run: analytics.js ✓ · inline snippet ${inline ? '✓' : '–'}`,
      };

  // Shared state, in case assent inserts this script again after a new consent.
  const state = (window.demoAnalytics ??= { started: false, tracking: false });

  const $ = (id) => document.getElementById(id);

  function getCookie(name) {
    const hit = document.cookie.split('; ').find((c) => c.startsWith(name + '='));
    return hit ? hit.slice(name.length + 1) : null;
  }

  function setCookie(name, value, maxAge) {
    document.cookie = `${name}=${value}; path=/; max-age=${maxAge}; SameSite=Lax`;
  }

  function randomId() {
    const bytes = crypto.getRandomValues(new Uint8Array(8));
    return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  }

  function setMessage(message, status) {
    const box = $('analytics-status');
    if (!box) return;
    box.dataset.state = status;
    $('analytics-status-message').textContent = message;
  }

  /** "Count a page view": set the visitor and session cookies. */
  function track() {
    const existing = getCookie(ID_COOKIE);
    const visitorId = existing ? existing.split('.')[0] : randomId();
    setCookie(ID_COOKIE, `${visitorId}.${Math.floor(Date.now() / 1000)}.`, ID_MAX_AGE);
    setCookie(SES_COOKIE, '1', SES_MAX_AGE);
    state.tracking = true;
    setMessage(text.on(visitorId), 'on');
    render();
  }

  /** Consent withdrawn: stop and delete our cookies. */
  function forget() {
    setCookie(ID_COOKIE, '', 0);
    setCookie(SES_COOKIE, '', 0);
    state.tracking = false;
    setMessage(text.withdrawn, 'withdrawn');
    render();
  }

  let shown = '';
  /** Show the current _pk_* cookies (only touches the DOM when they change). */
  function render() {
    const list = $('analytics-status-cookies');
    if (!list) return;
    const cookies = document.cookie.split('; ').filter((c) => c.startsWith('_pk_')).sort();
    const key = cookies.join('\n') + '|' + Boolean(window.demoAnalyticsInline);
    if (key === shown) return;
    shown = key;

    list.replaceChildren();
    for (const cookie of cookies) {
      const li = document.createElement('li');
      const code = document.createElement('code');
      code.textContent = cookie;
      li.append(code);
      list.append(li);
    }
    if (!cookies.length) {
      const li = document.createElement('li');
      li.className = 'none';
      li.textContent = text.none;
      list.append(li);
    }
    const scripts = $('analytics-status-scripts');
    if (scripts) scripts.textContent = text.scripts(Boolean(window.demoAnalyticsInline));
  }

  if (state.started) {
    // Loaded a second time (consent given again): just resume.
    if (!state.tracking) track();
    return;
  }
  state.started = true;

  document.addEventListener('assent-change', (event) => {
    const analytics = event.detail?.decision?.categories?.analytics;
    if (analytics === false && state.tracking) forget();
    else if (analytics === true && !state.tracking) track();
  });

  track();
  setInterval(render, 1000);
})();
