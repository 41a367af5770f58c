/** Where decisions are kept: real cookies, or memory when cookies are off. */
export interface ConsentStorage {
  /**
   * The value of `name`. A page can see several cookies of one name (another
   * path, another domain, left by an older configuration): `rank` then picks
   * the one it ranks highest (the newest decision), never simply the first.
   */
  read(name: string, rank?: (value: string) => number): string | undefined;
  /** Returns false when the value could not be kept; then no older value is left either. */
  write(name: string, value: string, days: number): boolean;
  /** Removes every cookie of that name the page can reach. */
  remove(name: string): void;
}
