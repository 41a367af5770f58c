// The browser suite in three engines: Chromium (the main config's launcher),
// Firefox ESR through Puppeteer (WebDriver BiDi) and WebKitGTK's MiniBrowser
// through WebKitWebDriver. Everything else (files, plugins, timeouts) comes
// from web-test-runner.config.js.
//
// Run it through `node scripts/test-all.mjs`, which installs the Debian
// packages when missing and starts Xvfb and WebKitWebDriver for WebKit.
// ASSENT_ENGINES=firefox,webkit picks engines (default: all three).
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import base from './web-test-runner.config.js';

const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const MINIBROWSER = process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const WEBDRIVER_PORT = Number(process.env.WEBKIT_WEBDRIVER_PORT || 4444);

/**
 * WebKit through WebDriver, one test file at a time in one window.
 *
 * The WebDriver launcher can only send mouse actions with concurrency 1 (with
 * more it runs files in iframes of one page and refuses device actions), so
 * this launcher runs its files one after another whatever the global
 * concurrency is. As all files share the window, it deletes the origin's
 * cookies and storage after each file, as the Chromium launcher's per-file
 * browser contexts do.
 */
class WebKitLauncher extends WebdriverLauncher {
  concurrency = 1;

  async initialize(config, testFiles) {
    await super.initialize({ ...config, concurrency: 1 }, testFiles);
    this.name = 'WebKit';
    // In front of the built-in send-keys command, which for WebDriver knows
    // only "press" and "type" and releases every key after each: the tests
    // hold Shift for Shift+Tab. config.plugins is the array the command
    // dispatcher walks, in order.
    if (!config.plugins.includes(this.keysPlugin)) config.plugins.unshift(this.keysPlugin);
  }

  /** `sendKeys` as WebDriver key actions, with "down" and "up" kept across calls. */
  keysPlugin = {
    name: 'assent-webdriver-keys',
    executeCommand: async ({ command, payload, session }) => {
      if (command !== 'send-keys' || session.browser !== this || !this.driver) return undefined;
      const actions = [];
      if (typeof payload.type === 'string') {
        for (const char of payload.type) actions.push({ type: 'keyDown', value: char }, { type: 'keyUp', value: char });
      } else if (typeof payload.press === 'string') {
        const value = webdriverKey(payload.press);
        actions.push({ type: 'keyDown', value }, { type: 'keyUp', value });
      } else if (typeof payload.down === 'string') {
        actions.push({ type: 'keyDown', value: webdriverKey(payload.down) });
      } else if (typeof payload.up === 'string') {
        actions.push({ type: 'keyUp', value: webdriverKey(payload.up) });
      } else {
        return undefined;
      }
      // No releaseActions: a key sent "down" stays down until its "up".
      await this.driver.performActions([{ type: 'key', id: 'keyboard', actions }]);
      return true;
    },
  };

  async stopSession(id) {
    const driver = this.driver;
    if (driver) {
      try {
        await driver.execute(() => {
          try {
            localStorage.clear();
            sessionStorage.clear();
          } catch {
            // storage may be unavailable on this page
          }
        });
        await driver.deleteCookies();
      } catch {
        // the page may have navigated away; the next file starts on its own
      }
    }
    return super.stopSession(id);
  }
}

/** WebDriver's code points for the key names the tests use (names as in Puppeteer and Playwright). */
const WEBDRIVER_KEYS = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  Space: ' ',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Delete: '\uE017',
  Meta: '\uE03D',
};

function webdriverKey(name) {
  if ([...name].length === 1) return name;
  const value = WEBDRIVER_KEYS[name];
  if (!value) throw new Error(`send-keys: unknown key "${name}" for WebDriver`);
  return value;
}

/**
 * Firefox keeps keyboard focus in one tab only: bring each file's page to the
 * front, and never reuse a page, so no file inherits another's focus state
 * (test/e2e/tabs.test.ts opens a second tab, dialogs move focus).
 */
function frontmost(launcher) {
  const startSession = launcher.startSession.bind(launcher);
  launcher.startSession = async (id, url) => {
    const reused = launcher.inactivePages?.at(-1);
    await reused?.puppeteerPage.bringToFront().catch(() => {});
    await startSession(id, url);
    await launcher.activePages?.get(id)?.puppeteerPage.bringToFront().catch(() => {});
  };
  // A fresh page (and browser context) for every file: a reused page keeps
  // whatever focus state the previous file left behind.
  const stopSession = launcher.stopSession.bind(launcher);
  launcher.stopSession = async (id) => {
    const result = await stopSession(id);
    const page = launcher.inactivePages?.pop();
    await page?.puppeteerPage.browserContext().close().catch(() => {});
    return result;
  };
  return launcher;
}

const launchers = {
  chromium: () => base.browsers[0],
  firefox: () => frontmost(
    puppeteerLauncher({
      // One page at a time: Firefox opens each page as a tab of one window, and
      // a background tab neither gets focus (no :focus-visible, keys go
      // nowhere) nor animation frames, which the tests wait for.
      concurrency: 1,
      // A fresh browser context (a Firefox user context) per page, as in Chromium.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
      launchOptions: {
        browser: 'firefox',
        executablePath: FIREFOX,
        headless: true,
        extraPrefsFirefox: {
          // Keep the browser quiet and offline apart from the test server.
          'app.update.enabled': false,
          'browser.shell.checkDefaultBrowser': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'toolkit.telemetry.enabled': false,
        },
      },
    }),
  ),
  webkit: () =>
    new WebKitLauncher({
      automationProtocol: 'webdriver',
      hostname: 'localhost',
      port: WEBDRIVER_PORT,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // Classic WebDriver: WebKitWebDriver refuses the BiDi capabilities webdriverio asks for by default.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      },
    }),
};

const wanted = (process.env.ASSENT_ENGINES || 'chromium,firefox,webkit')
  .split(',')
  .map((name) => name.trim().toLowerCase())
  .filter(Boolean);
for (const name of wanted) {
  if (!launchers[name]) throw new Error(`ASSENT_ENGINES: unknown engine "${name}" (chromium, firefox, webkit)`);
}

export default {
  ...base,
  // Twice the main config's 10 s per test: here up to three browsers share
  // the machine (two cores on CI), and the fuzz tests' thousands of cases are
  // pure CPU. The timeout guards against hangs, not speed.
  testFramework: { ...base.testFramework, config: { ...base.testFramework?.config, timeout: 20000 } },
  browsers: wanted.map((name) => launchers[name]()),
};
