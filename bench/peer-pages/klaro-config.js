// Klaro 0.7.22's configuration, as its annotated dist/config.js describes it:
// loaded with <script defer> before klaro.js; one service ("matomo", purpose
// "analytics") that the page's gated script names with data-name.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- klaro.js reads this global
var klaroConfig = {
  version: 1,
  elementID: 'klaro',
  storageMethod: 'cookie',
  cookieName: 'klaro',
  cookieExpiresAfterDays: 365,
  default: false,
  mustConsent: false,
  acceptAll: true,
  hideDeclineAll: false,
  hideLearnMore: false,
  translations: {
    zz: { privacyPolicyUrl: '/privacy.html' },
    en: {
      consentModal: { description: 'Here you can see and choose what this course platform collects about you.' },
      matomo: { description: 'Counts page views so the teachers can see which activities are used.' },
      purposes: { analytics: 'Analytics' },
    },
  },
  services: [{ name: 'matomo', title: 'Matomo', purposes: ['analytics'] }],
};
