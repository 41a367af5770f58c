const rules = new Map<string, Intl.PluralRules>();

/**
 * The form of a counted word in `lang`, by the language's own plural rules
 * (English has two forms, Russian four, Arabic six), with `#` replaced by the
 * number written as the language writes it:
 * `plural('ru', days, { one: '# день', few: '# дня', many: '# дней', other: '# дня' })`.
 * A form the language does not use may be left out; `other` is the fallback.
 */
export function plural(lang: string, count: number, forms: PluralForms): string {
  let rule = rules.get(lang);
  if (!rule) rules.set(lang, (rule = new Intl.PluralRules(lang)));
  const form = forms[rule.select(count)] ?? forms.other;
  return form.replace('#', new Intl.NumberFormat(lang).format(count));
}

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
