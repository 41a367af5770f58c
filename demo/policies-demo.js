/*
 * Demo helper for /policies.html: shows the detail of the last
 * `assent-policies-complete` event, and a button that forgets the stored
 * answers (the `assent_policies` cookie) so the flow can be tried again.
 * A plain external script, so it works under a strict Content-Security-Policy.
 */
(() => {
  'use strict';

  const de = (document.documentElement.lang || '').toLowerCase().startsWith('de');
  const text = de
    ? {
        received: (n, minor) =>
          `Ereignis empfangen: ${n} ${n === 1 ? 'Richtlinie' : 'Richtlinien'} gefragt` +
          (minor === true ? ', als minderjährig (mit Zustimmung der Eltern)' : minor === false ? ', als volljährig' : '') +
          '. Die Antworten stehen unten.',
        unsaved: ' Achtung: Die Antworten konnten nicht gespeichert werden.',
        reset: 'Antworten gelöscht. Der Ablauf beginnt von vorn.',
      }
    : {
        received: (n, minor) =>
          `Event received: ${n} ${n === 1 ? 'policy' : 'policies'} asked` +
          (minor === true ? ', as a minor (with a guardian’s agreement)' : minor === false ? ', as an adult' : '') +
          '. The answers are below.',
        unsaved: ' Note: the answers could not be stored.',
        reset: 'Answers forgotten. The flow starts again.',
      };

  const $ = (id) => document.getElementById(id);

  document.addEventListener('assent-policies-complete', (event) => {
    const { decisions, asked, minor, saved } = event.detail;
    const status = $('demo-log-status');
    const detail = $('demo-log-detail');
    if (status) status.textContent = text.received(asked.length, minor) + (saved ? '' : text.unsaved);
    if (detail) {
      detail.textContent = JSON.stringify({ decisions, asked, minor, saved }, null, 2);
      detail.hidden = false;
    }
  });

  function reset() {
    document.cookie = 'assent_policies=; Max-Age=0; Path=/; SameSite=Lax';
    for (const el of document.querySelectorAll('assent-policies')) {
      if (typeof el.reload === 'function') el.reload();
    }
    const detail = $('demo-log-detail');
    if (detail) detail.hidden = true;
    const status = $('demo-log-status');
    if (status) status.textContent = text.reset;
  }

  function init() {
    $('demo-reset')?.addEventListener('click', reset);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
