import { expect } from '@open-wc/testing';
import { encodeConsent } from '../../src/core/codec.js';
import { cookieStorage, fallbackStorage, memoryStorage } from '../../src/storage/cookie-storage.js';
import type { ConsentStorage } from '../../src/storage/types.js';
import { lastWrite, recordCookieWrites } from '../harness/cookies.js';

/** Names no other part of the widget uses, so nothing else reacts to them. */
const NAME = 'assent_storage_test';
const OTHER = 'assent_storage_other';

const cookieNames = () => (document.cookie ? document.cookie.split('; ').map((pair) => pair.split('=')[0]) : []);

describe('cookieStorage', () => {
  const storage = cookieStorage({ domain: null, secure: false });

  afterEach(() => {
    for (const name of [NAME, OTHER]) document.cookie = `${name}=; path=/; max-age=0`;
    expect(cookieNames()).to.not.include.members([NAME, OTHER]);
  });

  it('writes, reads and removes a real first-party cookie', () => {
    expect(storage.read(NAME)).to.equal(undefined);
    expect(storage.write(NAME, 'hello', 180)).to.be.true;
    expect(storage.read(NAME)).to.equal('hello');
    expect(cookieNames()).to.include(NAME);
    storage.remove(NAME);
    expect(storage.read(NAME)).to.equal(undefined);
    expect(cookieNames()).to.not.include(NAME);
  });

  it('round-trips a consent value with |, %, commas and unicode in it', () => {
    const value = encodeConsent({
      revision: 'ü|50%, "neu"',
      categories: { analytics: true, marketing: false },
      updatedAt: 1_718_000_000,
      expiresAt: 1_718_000_000 + 180 * 86400,
      source: 'user',
    })!;
    expect(value).to.contain('|').and.contain('%').and.contain(',');
    expect(storage.write(NAME, value, 180)).to.be.true;
    expect(storage.read(NAME)).to.equal(value);
  });

  it('replaces the value on a second write, as one cookie', () => {
    storage.write(NAME, 'first', 1);
    storage.write(NAME, 'second', 1);
    expect(storage.read(NAME)).to.equal('second');
    expect(cookieNames().filter((name) => name === NAME)).to.have.length(1);
  });

  it('removes only the named cookie', () => {
    storage.write(NAME, 'a', 1);
    storage.write(OTHER, 'b', 1);
    storage.remove(NAME);
    expect(storage.read(NAME)).to.equal(undefined);
    expect(storage.read(OTHER)).to.equal('b');
  });

  it('sets Path=/, SameSite=Lax, host-only, and a Max-Age of the given days', () => {
    const recorder = recordCookieWrites();
    try {
      storage.write(NAME, 'v', 180);
      storage.write(OTHER, 'v', 0.5);
    } finally {
      recorder.stop();
    }
    expect(lastWrite(recorder.writes, NAME)).to.deep.equal({
      name: NAME,
      value: 'v',
      attributes: { path: '/', samesite: 'Lax', 'max-age': String(180 * 86400) },
    });
    expect(lastWrite(recorder.writes, OTHER)!.attributes['max-age']).to.equal(String(86400 / 2));
    expect(cookieNames()).to.include.members([NAME, OTHER]);
  });

  it('the browser drops the cookie when its Max-Age has passed', async () => {
    expect(storage.write(NAME, 'v', 1 / 86400)).to.be.true; // Max-Age=1
    const start = Date.now();
    while (cookieNames().includes(NAME)) {
      expect(Date.now() - start, 'gone within 3 s').to.be.below(3000);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(Date.now() - start, 'kept for about a second').to.be.at.least(700);
  });

  it('marks the cookie Secure when asked', () => {
    const secure = cookieStorage({ domain: null, secure: true });
    const recorder = recordCookieWrites();
    try {
      // Whether a Secure cookie sticks on http://localhost is the engine's call
      // (Chromium and Firefox keep it, WebKit refuses it); write() tells the truth.
      expect(secure.write(NAME, 'v', 1)).to.equal(cookieNames().includes(NAME));
    } finally {
      recorder.stop();
    }
    // The write of the value (a refused one is followed by removals of every duplicate, each with its scope).
    const written = lastWrite(recorder.writes.filter((write) => write.value === 'v'), NAME)!;
    expect(written.attributes).to.have.property('secure', '');
    expect(written.attributes).to.not.have.property('domain');
    secure.remove(NAME);
    expect(secure.read(NAME)).to.equal(undefined);
  });

  it('with data-cookie-domain, writes and removes with that Domain (a cookie set with a Domain is only removed with it)', () => {
    const host = location.hostname;
    const shared = cookieStorage({ domain: host, secure: false });
    const recorder = recordCookieWrites();
    try {
      // Whether Domain=localhost sticks is the engine's call (Chromium and
      // Firefox keep it, WebKit refuses it); write() tells the truth.
      expect(shared.write(NAME, 'v', 1)).to.equal(cookieNames().includes(NAME));
      shared.remove(NAME);
    } finally {
      recorder.stop();
    }
    const writes = recorder.writes.filter((write) => write.name === NAME);
    // The value is written with the Domain; every removal (before the write, and remove()) includes one with it.
    expect(writes.filter((write) => write.value === 'v').map((write) => write.attributes.domain)).to.deep.equal([host]);
    const removals = writes.filter((write) => write.value === '');
    expect(removals.some((write) => write.attributes.domain === host && write.attributes.path === '/')).to.equal(true);
    expect(cookieNames()).to.not.include(NAME);
  });

  it('removes the duplicates another path or Domain left, on write and on remove, so one cookie remains', () => {
    document.cookie = `${NAME}=old; path=/; domain=${location.hostname}`;
    document.cookie = `${NAME}=older; path=${location.pathname.replace(/[^/]*$/, '') || '/'}`;
    expect(storage.write(NAME, 'new', 1)).to.be.true;
    expect(document.cookie.split('; ').filter((pair) => pair.startsWith(`${NAME}=`))).to.deep.equal([`${NAME}=new`]);
    document.cookie = `${NAME}=again; path=/; domain=${location.hostname}`;
    storage.remove(NAME);
    expect(cookieNames()).to.not.include(NAME);
  });

  it('reads every name of a snapshot from one look at document.cookie, and a write inside it sees the browser again', () => {
    document.cookie = `${NAME}=one; path=/`;
    document.cookie = `${OTHER}=two; path=/`;
    const getter = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    let looks = 0;
    Object.defineProperty(document, 'cookie', {
      configurable: true,
      get: () => (looks++, getter.get!.call(document)),
      set: (value: string) => getter.set!.call(document, value),
    });
    try {
      const seen = storage.snapshot(() => {
        const before = [storage.read(NAME), storage.read(OTHER), storage.read('assent_none')];
        // Someone else's write inside the snapshot is not seen by it...
        getter.set!.call(document, `${OTHER}=changed; path=/`);
        const still = storage.read(OTHER);
        // ...but our own write checks the browser, and ends the snapshot.
        const kept = storage.write(NAME, 'three', 1);
        return [...before, still, kept, storage.read(OTHER)];
      });
      expect(seen).to.deep.equal(['one', 'two', undefined, 'two', true, 'changed']);
      expect(looks, 'document.cookie reads: the snapshot, the write check, the read after it').to.equal(3);
      expect(storage.read(NAME), 'after the snapshot').to.equal('three');
    } finally {
      delete (document as { cookie?: string }).cookie;
    }
  });

  it('returns false when the browser refuses the cookie (a domain that is not this host)', () => {
    const foreign = cookieStorage({ domain: 'example.org', secure: false });
    expect(foreign.write(NAME, 'v', 1)).to.be.false;
    expect(foreign.read(NAME)).to.equal(undefined);
    expect(cookieNames()).to.not.include(NAME);
  });
});

describe('memoryStorage', () => {
  it('keeps values by name until they are removed', () => {
    const storage = memoryStorage();
    expect(storage.read(NAME)).to.equal(undefined);
    expect(storage.write(NAME, 'a', 1)).to.be.true;
    expect(storage.write(OTHER, 'b', 1)).to.be.true;
    storage.remove(NAME);
    expect(storage.read(NAME)).to.equal(undefined);
    expect(storage.read(OTHER)).to.equal('b');
  });

  it('does not share values between instances', () => {
    const one = memoryStorage();
    one.write(NAME, 'a', 1);
    expect(memoryStorage().read(NAME)).to.equal(undefined);
  });
});

describe('fallbackStorage', () => {
  /** A primary that records calls; `accepts` decides whether writes stick. */
  function fakePrimary(accepts: boolean) {
    const values = new Map<string, string>();
    const calls: string[] = [];
    const storage: ConsentStorage = {
      read: (name) => values.get(name),
      write(name, value) {
        calls.push(`write ${name}`);
        if (accepts) values.set(name, value);
        return accepts;
      },
      remove(name) {
        calls.push(`remove ${name}`);
        values.delete(name);
      },
      snapshot: (reads) => reads(),
    };
    return { storage, values, calls };
  }

  let logged: unknown[][];
  const { error, warn } = console;
  beforeEach(() => {
    logged = [];
    console.error = (...args: unknown[]) => void logged.push(args);
    console.warn = (...args: unknown[]) => void logged.push(args);
  });
  afterEach(() => {
    console.error = error;
    console.warn = warn;
    document.cookie = `${NAME}=; path=/; max-age=0`;
  });

  it('uses the primary while it accepts writes', () => {
    const primary = fakePrimary(true);
    const storage = fallbackStorage(primary.storage);
    expect(storage.write(NAME, 'a', 1)).to.be.true;
    expect(primary.values.get(NAME)).to.equal('a');
    expect(storage.read(NAME)).to.equal('a');
    primary.values.set(OTHER, 'set by another tab');
    expect(storage.read(OTHER)).to.equal('set by another tab');
  });

  it('uses real cookies with a real cookie primary', () => {
    const storage = fallbackStorage(cookieStorage({ domain: null, secure: false }));
    expect(storage.write(NAME, 'a', 1)).to.be.true;
    expect(cookieNames()).to.include(NAME);
    storage.remove(NAME);
    expect(cookieNames()).to.not.include(NAME);
  });

  it('falls back to memory, silently, when the primary refuses, and keeps working for the page view', () => {
    const primary = fakePrimary(false);
    const storage = fallbackStorage(primary.storage);
    expect(storage.write(NAME, 'a', 180)).to.be.true;
    expect(storage.read(NAME)).to.equal('a');
    expect(storage.write(OTHER, 'b', 14)).to.be.true;
    expect(storage.write(NAME, 'c', 180)).to.be.true;
    expect(storage.read(NAME)).to.equal('c');
    expect(storage.read(OTHER)).to.equal('b');
    storage.remove(OTHER);
    expect(storage.read(OTHER)).to.equal(undefined);
    expect(primary.values.size).to.equal(0);
    expect(logged).to.deep.equal([]);
  });

  it('falls back when real cookies are refused', () => {
    const storage = fallbackStorage(cookieStorage({ domain: 'example.org', secure: false }));
    expect(storage.write(NAME, 'a', 1)).to.be.true;
    expect(storage.read(NAME)).to.equal('a');
    expect(cookieNames()).to.not.include(NAME);
    expect(logged).to.deep.equal([]);
  });

  it('removes from the primary too, so a refused cookie cannot come back', () => {
    const primary = fakePrimary(false);
    primary.values.set(NAME, 'old decision');
    const storage = fallbackStorage(primary.storage);
    storage.write(NAME, 'new decision', 1);
    storage.remove(NAME);
    expect(primary.calls).to.include(`remove ${NAME}`);
    expect(primary.values.has(NAME)).to.be.false;
    expect(storage.read(NAME)).to.equal(undefined);
  });
});
