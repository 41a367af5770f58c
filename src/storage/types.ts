/** Where decisions are kept: real cookies, or memory when cookies are off. */
export interface ConsentStorage {
  read(name: string): string | undefined;
  /** Returns false when the value could not be kept. */
  write(name: string, value: string, days: number): boolean;
  remove(name: string): void;
}
