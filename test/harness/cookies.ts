/**
 * What a page writes to `document.cookie`, attributes and all, in every
 * engine. (Chromium's Cookie Store API reports a stored cookie's attributes;
 * Firefox's and WebKit's report only its name and value.)
 */
export interface CookieWrite {
  name: string;
  value: string;
  /** Attribute names in lower case; a flag such as `secure` has the value ''. */
  attributes: Record<string, string>;
}

/**
 * Records every assignment to `doc.cookie` from now on, still passing it to
 * the browser. Call `stop()` to restore the plain property.
 */
export function recordCookieWrites(doc: Document = document): { writes: CookieWrite[]; stop(): void } {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const native = Object.getOwnPropertyDescriptor((view ?? window).Document.prototype, 'cookie')!;
  const writes: CookieWrite[] = [];
  Object.defineProperty(doc, 'cookie', {
    configurable: true,
    get: () => native.get!.call(doc) as string,
    set: (text: string) => {
      writes.push(parseCookieWrite(text));
      native.set!.call(doc, text);
    },
  });
  return { writes, stop: () => void delete (doc as unknown as Record<string, unknown>).cookie };
}

export function parseCookieWrite(text: string): CookieWrite {
  const [pair, ...rest] = text.split(';');
  const at = pair.indexOf('=');
  const attributes: Record<string, string> = {};
  for (const part of rest) {
    const eq = part.indexOf('=');
    const key = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase();
    if (key) attributes[key] = eq < 0 ? '' : part.slice(eq + 1).trim();
  }
  return { name: pair.slice(0, at).trim(), value: pair.slice(at + 1).trim(), attributes };
}

/** The last write of the cookie `name`. */
export function lastWrite(writes: CookieWrite[], name: string): CookieWrite | undefined {
  return writes.filter((write) => write.name === name).at(-1);
}
