import { POLICY_COOKIE, POLICY_DAYS } from './names.js';

/** Text that is either the same in every language or given per language. */
export type LocalizedText = string | Record<string, string>;

/** One row of a category's cookie table. */
export interface CookieInfo {
  /** Cookie name; `*` stands for any characters (`_pk_id.*`). */
  name: string;
  /** `session`, an amount like `13 months`, or free text. */
  expires: string;
  /** Who sets or reads it; empty means this site. */
  provider?: LocalizedText;
}

export interface CategoryInfo {
  /** Overrides the built-in title, when given. */
  title?: LocalizedText;
  /** Overrides the built-in description, when given. */
  description?: LocalizedText;
  cookies: CookieInfo[];
  /** Cookie name patterns deleted when consent is withdrawn. */
  clear: string[];
}

export const ESSENTIAL = 'essential';

/** The lifetime of what is kept until the site has it (the receipts' outbox), shown in the reader's language. */
export const UNTIL_DELIVERED = 'until-delivered';

/** What a Moodle site uses, per category, unless the site says otherwise. */
export const DEFAULT_CATEGORY_INFO: Record<string, CategoryInfo> = {
  essential: {
    cookies: [
      { name: 'MoodleSession', expires: 'session' },
      { name: 'assent', expires: '180 days' },
      // Named one by one: a pattern `assent_*` would also cover assent_policies, which lives longer.
      { name: POLICY_COOKIE, expires: `${POLICY_DAYS} days` },
      { name: 'assent_youtube', expires: '14 days' },
      { name: 'assent_vimeo', expires: '14 days' },
      { name: 'assent_googlemaps', expires: '14 days' },
    ],
    clear: [],
  },
  analytics: {
    cookies: [
      { name: '_pk_id.*', expires: '13 months' },
      { name: '_pk_ses.*', expires: '30 minutes' },
    ],
    clear: ['_pk_*', 'mtm_*'],
  },
  functional: {
    cookies: [{ name: 'MOODLEID1_', expires: '60 days' }],
    clear: ['MOODLEID1_*'],
  },
  marketing: { cookies: [], clear: [] },
};

export function localized(text: LocalizedText | undefined, lang: string): string | undefined {
  if (text === undefined || typeof text === 'string') return text;
  return text[lang] ?? text[lang.split('-')[0]] ?? text.en;
}

export type DurationUnit = 'minute' | 'hour' | 'day' | 'month' | 'year';

export interface Duration {
  count: number;
  unit: DurationUnit;
}

/** `13 months` → `{ count: 13, unit: 'month' }`, to be written in the learner's language. */
export function parseDuration(text: string): Duration | null {
  const match = /^(\d{1,4})\s*(minute|hour|day|month|year)s?$/i.exec(text.trim());
  if (!match) return null;
  return { count: Number(match[1]), unit: match[2].toLowerCase() as DurationUnit };
}

/** Whether `name` matches a pattern in which `*` stands for any characters. */
export function matchesCookiePattern(name: string, pattern: string): boolean {
  const parts = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.*')}$`).test(name);
}
