import { plural } from '../plural.js';
import type { Translation } from '../translation.js';

export const de: Translation = {
  $code: 'de',
  $name: 'Deutsch',
  $dir: 'ltr',

  bannerLabel: 'Cookie-Einwilligung',
  bannerTitle: 'Cookies auf dieser Lernplattform',
  bannerText:
    'Wir verwenden notwendige Cookies, damit Sie sich anmelden und die Plattform nutzen können. Mit Ihrer Einwilligung verwenden wir außerdem Cookies, um zu verstehen, wie die Plattform genutzt wird. Sie können Ihre Auswahl jederzeit unter „Cookie-Einstellungen“ ändern.',
  privacyLink: 'Datenschutzerklärung',
  acceptAll: 'Alle akzeptieren',
  rejectAll: 'Alle ablehnen',
  settings: 'Einstellungen',

  settingsTitle: 'Cookie-Einstellungen',
  settingsIntro:
    'Wählen Sie, welche Cookies wir verwenden dürfen. Notwendige Cookies sind immer aktiv, weil die Plattform ohne sie nicht funktioniert. Sie können Ihre Einwilligung hier jederzeit widerrufen.',
  saveChoices: 'Auswahl speichern',
  close: 'Schließen',
  alwaysOn: 'Immer aktiv',
  cookiesUsed: 'Cookies in dieser Kategorie',
  cookieName: 'Name',
  cookieExpires: 'Laufzeit',
  cookieProvider: 'Gesetzt von',
  session: 'Bis der Browser geschlossen wird',
  untilDelivered: 'Bis zur Übermittlung an diese Website',
  thisSite: 'Diese Website',
  noCookies: 'Für diese Kategorie sind keine Cookies aufgeführt.',
  embedsTitle: 'Externe Inhalte',
  embedsIntro: 'Anbieter, deren Videos oder Karten Sie auf allen Seiten dieser Website ohne erneute Nachfrage laden lassen.',
  embedsNone: 'Sie haben keinem Anbieter dauerhaft zugestimmt.',
  embedAllowedUntil: (date) => `Erlaubt bis ${date}`,
  embedWithdraw: (provider) => `${provider} nicht mehr erlauben`,
  embedWithdrawn: (provider) => `${provider} ist nicht mehr erlaubt. Inhalte von ${provider} fragen wieder, bevor sie laden.`,
  guardianAgrees: 'Meine Eltern oder eine erziehungsberechtigte Person stimmen dem zu',

  policiesLabel: 'Richtlinien der Plattform',
  policyProgress: (n, total) => `Richtlinie ${n} von ${total}`,
  policyUpdated: (date) => `Zuletzt geändert: ${date}`,
  policyVersion: (version) => `Version ${version}`,
  policyRequired: 'Verpflichtend',
  policyOptional: 'Freiwillig',
  policyFull: 'Vollständige Richtlinie',
  policyFullLink: 'Vollständige Richtlinie lesen (öffnet in neuem Tab)',
  policyAgree: 'Ich stimme zu',
  policyDecline: 'Ich stimme nicht zu',
  policyBack: 'Zurück',
  policyNext: 'Weiter',
  policyAnswerNeeded: 'Bitte wählen Sie „Ich stimme zu“ oder „Ich stimme nicht zu“, bevor Sie weitergehen.',
  policyRefusedTitle: 'Ohne diese Richtlinie können Sie die Plattform nicht nutzen',
  policyRefusedText: (title) =>
    `„${title}“ ist verpflichtend. Wenn Sie nicht zustimmen, können Sie diese Lernplattform nicht nutzen. Sie können zurückgehen, die Richtlinie noch einmal lesen und zustimmen, oder die Website verlassen. Bei Fragen wenden Sie sich bitte an die Administration der Website.`,
  policyBackToPolicy: 'Zurück zur Richtlinie',
  policyReviewTitle: 'Ihre Auswahl prüfen',
  policyReviewIntro: 'Gespeichert wird erst, wenn Sie bestätigen. Mit „Zurück“ können Sie eine Antwort ändern.',
  policyAgreed: 'Zugestimmt',
  policyDeclined: 'Abgelehnt',
  policyConfirm: 'Bestätigen',
  policyDoneTitle: 'Vielen Dank',
  policyDoneText: 'Ihre Auswahl wurde gespeichert. Freiwillige Zustimmungen können Sie jederzeit widerrufen.',
  policyNothingToAsk: 'Sie haben alle aktuellen Richtlinien beantwortet.',
  policySaveFailed:
    'Ihre Auswahl konnte in diesem Browser nicht gespeichert werden; beim nächsten Besuch werden Sie erneut gefragt.',
  policyAgeTitle: 'Wie alt sind Sie?',
  policyAgeIntro: (age) =>
    `Wenn Sie jünger als ${age} Jahre sind, muss eine erziehungsberechtigte Person den Richtlinien für Sie zustimmen. Ihr Alter wird nicht gespeichert.`,
  policyAgeLabel: 'Alter in Jahren',
  policyAgeInvalid: 'Bitte geben Sie Ihr Alter in ganzen Jahren an, zum Beispiel 15.',
  policyGuardian: 'Eine erziehungsberechtigte Person hat diese Richtlinie gelesen und stimmt ihr in meinem Namen zu.',
  policyGuardianNeeded:
    'Sie sind jünger als das Mindestalter für die digitale Einwilligung, daher muss eine erziehungsberechtigte Person für Sie zustimmen. Bitten Sie sie, diese Seite zu lesen und das Kästchen anzukreuzen.',
  policyOnBehalf: 'Von einer erziehungsberechtigten Person zugestimmt',
  policyAgreementsTitle: 'Richtlinien und Zustimmungen',
  policyAgreedOn: (version, date) =>
    version ? `Sie haben Version ${version} am ${date} zugestimmt.` : `Sie haben am ${date} zugestimmt.`,
  policyDeclinedOn: (version, date) =>
    version ? `Sie haben Version ${version} am ${date} abgelehnt.` : `Sie haben am ${date} abgelehnt.`,
  policyWithdrawnOn: (version, date) =>
    version ? `Sie haben Ihre Zustimmung zu Version ${version} am ${date} widerrufen.` : `Sie haben Ihre Zustimmung am ${date} widerrufen.`,
  policyOutdated: (version, date) =>
    `Sie haben Version ${version} am ${date} zugestimmt. Die Richtlinie wurde seitdem geändert; Sie werden gebeten, der neuen Version zuzustimmen.`,
  policyUnanswered: 'Noch nicht beantwortet.',
  policyWithdraw: 'Einwilligung widerrufen',
  policyWithdrawn: (title) => `Sie haben Ihre Einwilligung zu „${title}“ widerrufen.`,
  policyGiveConsent: 'Einwilligung erteilen',
  policyGiven: (title) => `Sie haben Ihre Einwilligung zu „${title}“ erteilt.`,
  policyCannotWithdraw:
    'Diese Richtlinie ist verpflichtend: Solange Sie die Plattform nutzen, kann Ihre Zustimmung nicht widerrufen werden. Wenn Sie die Plattform nicht mehr nutzen möchten, wenden Sie sich bitte an die Administration der Website.',

  embedFrom: (provider) => `Eingebetteter Inhalt von ${provider}`,
  embedNotice: (provider) =>
    `Beim Laden erhält ${provider} Daten wie Ihre IP-Adresse und kann Cookies setzen. ${provider} verarbeitet diese Daten möglicherweise außerhalb der EU, in einem Drittland wie den USA.`,
  embedProviderPrivacy: (provider) => `Datenschutzerklärung von ${provider}`,
  embedSitePrivacy: 'Unsere Datenschutzerklärung',
  embedNewTab: '(öffnet in neuem Tab)',
  embedLoadVideo: 'Video laden',
  embedLoadMap: 'Karte laden',
  embedLoadContent: 'Inhalt laden',
  embedAlwaysAllow: (provider) => `${provider} immer erlauben`,
  embedAllowNote: (provider, days) =>
    `„${provider} immer erlauben“ wird ${plural('de', days, { one: '# Tag', other: '# Tage' })} in einem Cookie gespeichert und lädt alle Inhalte von ${provider} auf dieser Plattform.`,
  embedErrorTitle: 'Dieser Inhalt kann nicht angezeigt werden',
  embedErrorText: 'Die Adresse ist kein erkannter Video- oder Kartenlink, daher wurde nichts geladen.',

  categoryTitles: {
    essential: 'Notwendig',
    analytics: 'Statistik',
    functional: 'Funktional',
    marketing: 'Marketing',
  },
  categoryDescriptions: {
    essential:
      'Für den Betrieb der Plattform erforderlich: Sie halten Sie angemeldet (MoodleSession) und speichern Ihre Entscheidungen zu Cookies, externen Inhalten und den Richtlinien der Plattform. Sie benötigen keine Einwilligung.',
    analytics:
      'Helfen uns zu verstehen, wie die Plattform genutzt wird, mit unserer eigenen Matomo-Statistik. Es werden keine Daten an Dritte weitergegeben.',
    functional: 'Speichern Einstellungen wie Ihren Benutzernamen auf der Anmeldeseite.',
    marketing: 'Werden verwendet, um Ihnen auf anderen Websites passende Inhalte zu zeigen.',
  },
};

export default de;
