import { plural } from './plural.js';
import type { Translation } from './translation.js';

export const en: Translation = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr',

  bannerLabel: 'Cookie consent',
  bannerTitle: 'Cookies on this learning platform',
  bannerText:
    'We use essential cookies so that you can log in and use the platform. With your consent we also use cookies to understand how the platform is used. You can change your choice at any time under "Cookie settings".',
  privacyLink: 'Privacy policy',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  settings: 'Settings',

  settingsTitle: 'Cookie settings',
  settingsIntro:
    'Choose which cookies we may use. Essential cookies are always on because the platform cannot work without them. You can withdraw your consent here at any time.',
  saveChoices: 'Save choices',
  close: 'Close',
  alwaysOn: 'Always on',
  cookiesUsed: 'Cookies in this category',
  cookieName: 'Name',
  cookieExpires: 'Expires',
  cookieProvider: 'Set by',
  session: 'When the browser closes',
  untilDelivered: 'Until sent to this site',
  thisSite: 'This site',
  noCookies: 'No cookies are listed for this category.',
  embedsTitle: 'External content',
  embedsIntro: 'Providers whose videos or maps you allowed to load on every page of this site, without asking each time.',
  embedsNone: 'You have not allowed any provider.',
  embedAllowedUntil: (date) => `Allowed until ${date}`,
  embedWithdraw: (provider) => `Stop allowing ${provider}`,
  embedWithdrawn: (provider) => `${provider} is no longer allowed. Its content will ask before it loads.`,
  guardianAgrees: 'My parent or guardian agrees to this',

  policiesLabel: 'Site policies',
  policyProgress: (n, total) => `Policy ${n} of ${total}`,
  policyUpdated: (date) => `Last changed: ${date}`,
  policyVersion: (version) => `Version ${version}`,
  policyRequired: 'Compulsory',
  policyOptional: 'Optional',
  policyFull: 'Full policy',
  policyFullLink: 'Read the full policy (opens in a new tab)',
  policyAgree: 'I agree',
  policyDecline: 'I do not agree',
  policyBack: 'Back',
  policyNext: 'Next',
  policyAnswerNeeded: 'Please choose "I agree" or "I do not agree" before you go on.',
  policyRefusedTitle: 'You cannot use the platform without this policy',
  policyRefusedText: (title) =>
    `"${title}" is compulsory. If you do not agree to it, you cannot use this learning platform. You can go back, read it again and agree, or leave the site. If you have questions, please contact the site administrator.`,
  policyBackToPolicy: 'Back to the policy',
  policyReviewTitle: 'Check your choices',
  policyReviewIntro: 'Nothing is saved until you confirm. Use "Back" to change an answer.',
  policyAgreed: 'Agreed',
  policyDeclined: 'Declined',
  policyConfirm: 'Confirm',
  policyDoneTitle: 'Thank you',
  policyDoneText: 'Your choices have been saved. You can withdraw optional agreements at any time.',
  policyNothingToAsk: 'You have answered all current policies.',
  policySaveFailed: 'Your choices could not be saved in this browser, so you will be asked again on your next visit.',
  policyAgeTitle: 'How old are you?',
  policyAgeIntro: (age) =>
    `If you are under ${age}, a parent or guardian must agree to the policies for you. Your age is not stored.`,
  policyAgeLabel: 'Age in years',
  policyAgeInvalid: 'Please enter your age in whole years, for example 15.',
  policyGuardian: 'My parent or guardian has read this policy and agrees to it on my behalf.',
  policyGuardianNeeded:
    'You are under the age of digital consent, so a parent or guardian must agree for you. Please ask them to read this page and tick the box.',
  policyOnBehalf: 'Agreed by a parent or guardian',
  policyAgreementsTitle: 'Policies and agreements',
  policyAgreedOn: (version, date) => (version ? `You agreed to version ${version} on ${date}.` : `You agreed on ${date}.`),
  policyDeclinedOn: (version, date) =>
    version ? `You declined version ${version} on ${date}.` : `You declined on ${date}.`,
  policyWithdrawnOn: (version, date) =>
    version ? `You withdrew your agreement to version ${version} on ${date}.` : `You withdrew your agreement on ${date}.`,
  policyOutdated: (version, date) =>
    `You agreed to version ${version} on ${date}. The policy has changed since, so you will be asked to agree to the new version.`,
  policyUnanswered: 'Not answered yet.',
  policyWithdraw: 'Withdraw consent',
  policyWithdrawn: (title) => `You have withdrawn your consent to "${title}".`,
  policyGiveConsent: 'Give consent',
  policyGiven: (title) => `You have given your consent to "${title}".`,
  policyCannotWithdraw:
    'This policy is compulsory, so your agreement cannot be withdrawn while you use the platform. To stop using the platform, please contact the site administrator.',

  embedFrom: (provider) => `Embedded content from ${provider}`,
  embedNotice: (provider) =>
    `Loading it sends data such as your IP address to ${provider}, which may also set cookies. ${provider} may process this data outside the EU, in a third country such as the USA.`,
  embedProviderPrivacy: (provider) => `${provider} privacy policy`,
  embedSitePrivacy: 'Our privacy policy',
  embedNewTab: '(opens in a new tab)',
  embedLoadVideo: 'Load video',
  embedLoadMap: 'Load map',
  embedLoadContent: 'Load content',
  embedAlwaysAllow: (provider) => `Always allow ${provider}`,
  embedAllowNote: (provider, days) =>
    `"Always allow ${provider}" is remembered in a cookie for ${plural('en', days, { one: '# day', other: '# days' })} and loads all ${provider} content on this platform.`,
  embedErrorTitle: 'This content cannot be shown',
  embedErrorText: 'Its address is not a recognised video or map link, so nothing was loaded.',

  categoryTitles: {
    essential: 'Essential',
    analytics: 'Analytics',
    functional: 'Functional',
    marketing: 'Marketing',
  },
  categoryDescriptions: {
    essential:
      "Needed for the platform to work: they keep you logged in (MoodleSession) and remember your choices about cookies, external content and the platform's policies. They need no consent.",
    analytics:
      'Help us understand how the platform is used, with our own Matomo analytics. No data is passed to third parties.',
    functional: 'Remember settings such as your user name on the login page.',
    marketing: 'Used to show you relevant content on other websites.',
  },
};

export default en;
