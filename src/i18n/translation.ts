import type { DurationUnit } from '../core/categories.js';
import type { PluralForms } from './plural.js';

/**
 * Every user-visible string of the widget. A language is one file that
 * implements this interface; functions take the values they interpolate.
 */
export interface Translation {
  $code: string;
  $name: string;
  $dir: 'ltr' | 'rtl';
  /**
   * Counted minutes to years (a cookie's lifetime), only in a language some
   * browser's `Intl` has no unit names for (Chromium: Irish, Maltese,
   * Icelandic, Macedonian, Albanian, Bosnian, both Kurdish languages;
   * WebKit: Dari); elsewhere `Intl.NumberFormat` writes them (see durations.ts).
   */
  $durations?: Record<DurationUnit, PluralForms>;

  bannerLabel: string;
  bannerTitle: string;
  bannerText: string;
  privacyLink: string;
  acceptAll: string;
  rejectAll: string;
  settings: string;

  settingsTitle: string;
  settingsIntro: string;
  saveChoices: string;
  close: string;
  alwaysOn: string;
  cookiesUsed: string;
  cookieName: string;
  cookieExpires: string;
  cookieProvider: string;
  session: string;
  /** Lifetime of the receipts kept in the browser (`assent_outbox`) until the site has them. */
  untilDelivered: string;
  thisSite: string;
  noCookies: string;
  embedsTitle: string;
  embedsIntro: string;
  embedsNone: string;
  embedAllowedUntil: (date: string) => string;
  embedWithdraw: (provider: string) => string;
  /** Announced (polite live region) after "Stop allowing PROVIDER" in the settings dialog. */
  embedWithdrawn: (provider: string) => string;
  /* A minor's grants (banner, settings, embeds): the parent-or-guardian checkbox; without its tick, policyGuardianNeeded. */
  guardianAgrees: string;

  /* Policy acceptance flow (<assent-policies>). */
  policiesLabel: string;
  policyProgress: (n: number, total: number) => string;
  policyUpdated: (date: string) => string;
  policyVersion: (version: string) => string;
  policyRequired: string;
  policyOptional: string;
  policyFull: string;
  policyFullLink: string;
  policyAgree: string;
  policyDecline: string;
  policyBack: string;
  policyNext: string;
  policyAnswerNeeded: string;
  policyRefusedTitle: string;
  policyRefusedText: (title: string) => string;
  policyBackToPolicy: string;
  policyReviewTitle: string;
  policyReviewIntro: string;
  policyAgreed: string;
  policyDeclined: string;
  policyConfirm: string;
  policyDoneTitle: string;
  policyDoneText: string;
  policyNothingToAsk: string;
  policySaveFailed: string;
  policyAgeTitle: string;
  policyAgeIntro: (age: number) => string;
  policyAgeLabel: string;
  policyAgeInvalid: string;
  policyGuardian: string;
  policyGuardianNeeded: string;
  policyOnBehalf: string;
  policyAgreementsTitle: string;
  policyAgreedOn: (version: string, date: string) => string;
  policyDeclinedOn: (version: string, date: string) => string;
  /** An optional policy whose agreement was withdrawn (not declined when asked). */
  policyWithdrawnOn: (version: string, date: string) => string;
  policyOutdated: (version: string, date: string) => string;
  policyUnanswered: string;
  policyWithdraw: string;
  policyWithdrawn: (title: string) => string;
  policyCannotWithdraw: string;
  policyGiveConsent: string;
  policyGiven: (title: string) => string;

  /* Click-to-load embeds (<assent-embed>). */
  embedFrom: (provider: string) => string;
  embedNotice: (provider: string) => string;
  embedProviderPrivacy: (provider: string) => string;
  embedSitePrivacy: string;
  embedNewTab: string;
  embedLoadVideo: string;
  embedLoadMap: string;
  embedLoadContent: string;
  embedAlwaysAllow: (provider: string) => string;
  embedAllowNote: (provider: string, days: number) => string;
  embedErrorTitle: string;
  embedErrorText: string;

  categoryTitles: Record<string, string>;
  categoryDescriptions: Record<string, string>;
}

/** Keys whose value is a plain string. */
export type PlainKey = {
  [K in keyof Translation]-?: Translation[K] extends string ? (K extends `$${string}` ? never : K) : never;
}[keyof Translation];

/** Keys whose value is a function of the values it shows (`embedNotice(provider)`). */
export type FormatKey = {
  [K in keyof Translation]-?: Translation[K] extends (...args: never[]) => string ? K : never;
}[keyof Translation];

/** The texts a site may override in the JSON block: plain ones, and the others with `{name}` placeholders. */
export type TextKey = PlainKey | FormatKey;

/** One name per value of a tuple, so the table below must name every value of each function. */
type NameEach<Values extends readonly unknown[]> = { readonly [I in keyof Values]: string };

/**
 * What a site writes in braces for each value of a function text, in the
 * order the function takes them: "{provider} receives your IP address".
 */
export const TEXT_VALUES: { readonly [K in FormatKey]: NameEach<Parameters<Translation[K]>> } = {
  embedAllowedUntil: ['date'],
  embedWithdraw: ['provider'],
  embedWithdrawn: ['provider'],
  policyProgress: ['n', 'total'],
  policyUpdated: ['date'],
  policyVersion: ['version'],
  policyRefusedText: ['title'],
  policyAgeIntro: ['age'],
  policyAgreedOn: ['version', 'date'],
  policyDeclinedOn: ['version', 'date'],
  policyWithdrawnOn: ['version', 'date'],
  policyOutdated: ['version', 'date'],
  policyWithdrawn: ['title'],
  policyGiven: ['title'],
  embedFrom: ['provider'],
  embedNotice: ['provider'],
  embedProviderPrivacy: ['provider'],
  embedAlwaysAllow: ['provider'],
  embedAllowNote: ['provider', 'days'],
};
