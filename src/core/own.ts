/**
 * `record[key]` only when `record` holds it itself. Names a site chooses
 * (policies, categories, providers) may be `constructor`, `toString` or
 * `valueOf`, which every object inherits.
 */
export const own = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;
