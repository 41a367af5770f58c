import { expect } from '@open-wc/testing';
import { clearCookies, cookieDomains, cookiePaths } from '../../src/gate/cookie-cleaner.js';

describe('cookieDomains', () => {
  const cases: [string, (string | undefined)[]][] = [
    ['a.b.example.org', [undefined, 'a.b.example.org', 'b.example.org', 'example.org']],
    ['moodle.example.org', [undefined, 'moodle.example.org', 'example.org']],
    ['example.org', [undefined, 'example.org']],
    ['localhost', [undefined]],
    ['127.0.0.1', [undefined]],
    ['10.0.0.255', [undefined]],
    ['[::1]', [undefined]],
    ['[2001:db8::1]', [undefined]],
  ];
  for (const [hostname, expected] of cases) {
    it(`${hostname} → ${JSON.stringify(expected)}`, () => {
      expect(cookieDomains(hostname)).to.deep.equal(expected);
    });
  }

  it('never offers a bare top-level domain', () => {
    expect(cookieDomains('a.b.example.org')).to.not.include('org');
  });
});

describe('cookiePaths', () => {
  const cases: [string, string[]][] = [
    ['/', ['/']],
    ['/index.php', ['/', '/index.php']],
    ['/course/view.php', ['/', '/course', '/course/', '/course/view.php']],
    ['/course/', ['/', '/course', '/course/']],
    ['/mod/forum/view.php', ['/', '/mod', '/mod/', '/mod/forum', '/mod/forum/', '/mod/forum/view.php']],
  ];
  for (const [pathname, expected] of cases) {
    it(`${pathname} → ${JSON.stringify(expected)}`, () => {
      expect(cookiePaths(pathname)).to.deep.equal(expected);
    });
  }
});

const EXPIRED = 'expires=Thu, 01 Jan 1970 00:00:00 GMT';

/** Every name=value pair a document can see, duplicates (other paths) included. */
const visible = (doc: Document) => (doc.cookie ? doc.cookie.split('; ') : []).sort();

describe('clearCookies on a page at /', () => {
  const created = new Set<string>();
  const set = (name: string, value: string) => {
    created.add(name);
    document.cookie = `${name}=${value}; path=/; SameSite=Lax`;
  };

  beforeEach(() => expect(visible(document), 'cookies left from elsewhere').to.deep.equal([]));

  afterEach(() => {
    for (const name of created) document.cookie = `${name}=; path=/; ${EXPIRED}`;
    created.clear();
    expect(visible(document)).to.deep.equal([]);
  });

  it('deletes the matching cookies and keeps the others', () => {
    set('_pk_id.1.x', 'a');
    set('_pk_ses.1.x', 'b');
    set('mtm_consent', 'c');
    set('MoodleSession', 'abc');
    set('assent', '1|v1|x');
    set('x_pk_id', 'keep');
    expect(visible(document)).to.have.length(6);

    const removed = clearCookies(['_pk_*', 'mtm_*']);

    expect(removed).to.have.members(['_pk_id.1.x', '_pk_ses.1.x', 'mtm_consent']);
    expect(visible(document)).to.deep.equal(['MoodleSession=abc', 'assent=1|v1|x', 'x_pk_id=keep']);
  });

  it('deletes nothing without patterns, or when nothing matches', () => {
    set('_pk_id.1.x', 'a');
    set('MoodleSession', 'abc');
    expect(clearCookies([])).to.deep.equal([]);
    expect(clearCookies(['_ga*', 'mtm_*'])).to.deep.equal([]);
    expect(visible(document)).to.deep.equal(['MoodleSession=abc', '_pk_id.1.x=a']);
  });

  it('takes pattern characters literally', () => {
    set('a.b', '1');
    set('axb', '2');
    expect(clearCookies(['a.b'])).to.deep.equal(['a.b']);
    expect(visible(document)).to.deep.equal(['axb=2']);
  });
});

describe('clearCookies on a page in a directory', () => {
  // A real page served from /test/fixtures/deep/, in an iframe, with its own
  // copy of clearCookies: cookies follow the URL the document was loaded from.
  const DIRECTORY = '/test/fixtures/deep';
  const PAGE = `${DIRECTORY}/page.html`;
  const PATHS = ['/', '/test', '/test/', '/test/fixtures', '/test/fixtures/', DIRECTORY, `${DIRECTORY}/`, PAGE];
  type FixtureWindow = Window & { clearCookies?: (patterns: string[]) => string[]; fixtureReady?: boolean };
  let frame: HTMLIFrameElement;
  let win: FixtureWindow;
  let doc: Document;
  const created = new Set<string>();

  const set = (name: string, value: string, path?: string) => {
    created.add(name);
    doc.cookie = `${name}=${value}${path ? `; path=${path}` : ''}; SameSite=Lax`;
  };

  beforeEach(async () => {
    frame = document.createElement('iframe');
    frame.src = PAGE;
    document.body.append(frame);
    await waitFor(() => frame.contentWindow?.location.pathname === PAGE && (frame.contentWindow as FixtureWindow).fixtureReady === true);
    win = frame.contentWindow as FixtureWindow;
    doc = frame.contentDocument!;
    expect(visible(doc), 'cookies left from elsewhere').to.deep.equal([]);
  });

  afterEach(() => {
    for (const name of created) for (const path of PATHS) doc.cookie = `${name}=; path=${path}; ${EXPIRED}`;
    created.clear();
    expect(visible(doc)).to.deep.equal([]);
    frame.remove();
  });

  it('deletes the matching cookies on / and on the page directory, and keeps the others', () => {
    set('_pk_id.1.x', 'root', '/');
    set('_pk_id.1.x', 'dir', DIRECTORY);
    set('_pk_ses.1.x', 'root', '/');
    set('_pk_ses.1.x', 'default-path');
    set('mtm_consent', 'root', '/');
    set('mtm_consent', 'dir', DIRECTORY);
    set('MoodleSession', 'abc', '/');
    set('MoodleSession', 'dir', DIRECTORY);
    set('assent', '1|v1|x', '/');
    set('x_pk_id', 'keep', DIRECTORY);
    expect(visible(doc)).to.have.length(10);

    const removed = win.clearCookies!(['_pk_*', 'mtm_*']);

    expect(removed).to.have.members(['_pk_id.1.x', '_pk_ses.1.x', 'mtm_consent']);
    expect(visible(doc)).to.deep.equal(['MoodleSession=abc', 'MoodleSession=dir', 'assent=1|v1|x', 'x_pk_id=keep']);
  });

  it('deletes cookies scoped to a parent directory, to a path with a trailing slash or to the page itself', () => {
    set('_pk_id.1.x', 'slash', `${DIRECTORY}/`);
    set('_pk_ref.1.x', 'page', PAGE);
    set('_pk_cvar.1.x', 'parent', '/test');
    set('mtm_consent', 'parent-slash', '/test/');
    set('MoodleSession', 'abc', '/');
    expect(visible(doc)).to.have.length(5);

    win.clearCookies!(['_pk_*', 'mtm_*']);

    expect(visible(doc)).to.deep.equal(['MoodleSession=abc']);
  });
});

async function waitFor(condition: () => boolean, timeout = 5000): Promise<void> {
  const start = Date.now();
  while (!safely(condition)) {
    if (Date.now() - start > timeout) throw new Error('timed out waiting for the fixture page');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function safely(condition: () => boolean): boolean {
  try {
    return condition();
  } catch {
    return false;
  }
}
