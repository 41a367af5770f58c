// vanilla-cookieconsent 3.1.0 as its documentation's "Getting started" sets it
// up: this file is loaded with <script type="module">, imports the UMD build
// and calls CookieConsent.run() with an "analytics" category and English texts.
/* global CookieConsent */
import '/vendor/vanilla-cookieconsent/cookieconsent.umd.js';

CookieConsent.run({
  categories: {
    necessary: { enabled: true, readOnly: true },
    analytics: {},
  },
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: {
          title: 'We use cookies',
          description: 'We use cookies for the course platform to work and, with your consent, to count page views.',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          showPreferencesBtn: 'Manage individual preferences',
          footer: '<a href="/privacy.html">Privacy policy</a>',
        },
        preferencesModal: {
          title: 'Cookie settings',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          savePreferencesBtn: 'Accept current selection',
          closeIconLabel: 'Close modal',
          sections: [
            { title: 'Strictly necessary cookies', description: 'Needed for signing in and for the platform to work.', linkedCategory: 'necessary' },
            { title: 'Analytics', description: 'Counts page views so the teachers can see which activities are used.', linkedCategory: 'analytics' },
          ],
        },
      },
    },
  },
});
