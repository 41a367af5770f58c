import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { AssentPolicies } from '../../src/components/assent-policies/assent-policies.js';
import type { PoliciesCompleteDetail } from '../../src/events/names.js';
import { AssentPolicy } from '../../src/components/assent-policy/assent-policy.js';
import type { PolicyRecord } from '../../src/core/policy.js';
import { decodePolicies, encodePolicies, POLICY_COOKIE } from '../../src/core/policy-codec.js';
import { PolicyAnswers } from '../../src/state/policy-answers.js';
import { memoryStorage } from '../../src/storage/cookie-storage.js';
import { threePolicies } from '../harness/markup.js';
import '../harness/languages.js';
import { accessible, focused } from '../harness/a11y.js';

AssentPolicies.define();
AssentPolicy.define();

const DAY = 86400;

/* ---------- a small harness: what a learner sees and does ---------- */

/** Removes our cookie only: other test files run at the same time on the same origin. */
function clearCookies(): void {
  document.cookie = `${POLICY_COOKIE}=; Max-Age=0; Path=/`;
}

function readCookie(name: string): string | undefined {
  const entry = document.cookie
    .split('; ')
    .find((item) => item.startsWith(`${name}=`));
  return entry === undefined ? undefined : decodeURIComponent(entry.slice(name.length + 1));
}

function storedRecord(): PolicyRecord | null {
  return decodePolicies(readCookie(POLICY_COOKIE));
}

function store(record: PolicyRecord): void {
  document.cookie = `${POLICY_COOKIE}=${encodeURIComponent(encodePolicies(record)!)}; Path=/; SameSite=Lax`;
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

function root(el: AssentPolicies): ShadowRoot {
  return el.shadowRoot!;
}

/** The visible text of the current page, slotted policy included, spaces collapsed. */
function pageText(el: AssentPolicies): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof HTMLSlotElement) {
      node.assignedNodes({ flatten: true }).forEach(walk);
      return;
    }
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element && node.shadowRoot) node.shadowRoot.childNodes.forEach(walk);
    else node.childNodes.forEach(walk);
  };
  root(el).childNodes.forEach(walk);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

function heading(el: AssentPolicies): HTMLElement {
  return root(el).querySelector<HTMLElement>('#heading')!;
}

function headingText(el: AssentPolicies): string {
  return heading(el).textContent!.replace(/\s+/g, ' ').trim();
}

function button(el: AssentPolicies, text: string): HTMLButtonElement {
  const found = [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === text);
  if (!found) throw new Error(`no button "${text}" on "${headingText(el)}"`);
  return found;
}

function hasButton(el: AssentPolicies, text: string): boolean {
  return [...root(el).querySelectorAll('button')].some((b) => b.textContent!.trim() === text);
}

/** Clicks with the real mouse in the middle of the element. */
async function click(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  expect(box.width * box.height, 'a visible target').to.be.greaterThan(0);
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
}

async function clickButton(el: AssentPolicies, text: string): Promise<void> {
  await click(button(el, text));
  await el.updateComplete;
}

/** Presses Tab (at most 25 times) until the focused element is the wanted one. */
async function tabTo(matches: (element: Element) => boolean, what: string): Promise<Element> {
  for (let i = 0; i < 25; i++) {
    await sendKeys({ press: 'Tab' });
    const active = focused();
    if (active && matches(active)) return active;
    // Past the end of the page: stop before a key lands in the browser's own UI.
    if (!active || active === document.body || !document.hasFocus()) break;
  }
  throw new Error(`Tab never reached ${what}`);
}

/** The space bar: " " is its key in every launcher; Firefox's (WebDriver BiDi) does not know the name "Space". */
const SPACE = ' ';

const isButton = (text: string) => (element: Element) =>
  element.localName === 'button' && element.textContent!.trim() === text;

/** Tabs to a button and presses a key on it, as a keyboard user would. */
async function pressButton(el: AssentPolicies, text: string, key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
  await tabTo(isButton(text), `"${text}"`);
  await sendKeys({ press: key === 'Space' ? SPACE : key });
  await el.updateComplete;
}

interface Options {
  lang?: string;
  digitalAge?: string;
  view?: string;
  mode?: string;
  termsVersion?: string;
  extra?: TemplateResult;
}

async function mount({ lang = 'en', digitalAge, view, mode, termsVersion = '1', extra }: Options = {}): Promise<AssentPolicies> {
  const wrapper = await fixture<HTMLDivElement>(html`
    <div lang=${lang}>
      <button id="before">Before</button>
      <assent-policies digital-age=${digitalAge ?? ''} view=${view ?? 'flow'} mode=${mode ?? 'inline'}>
        ${threePolicies(termsVersion)} ${extra ?? ''}
      </assent-policies>
    </div>
  `);
  const el = wrapper.querySelector('assent-policies')!;
  await el.updateComplete;
  return el;
}

describe('<assent-policies>', () => {
  beforeEach(() => {
    clearCookies();
  });
  afterEach(async () => {
    clearCookies();
    await resetMouseSafe();
  });

  async function resetMouseSafe() {
    const { resetMouse } = await import('@web/test-runner-commands');
    await resetMouse();
  }

  describe('with the mouse', () => {
    it('shows one page per policy with progress, date and the full text one click away', async () => {
      const el = await mount();
      expect(headingText(el)).to.equal('Policy 1 of 3 Privacy policy');
      const text = pageText(el);
      expect(text).to.contain('Compulsory').and.contain('Version 3').and.contain('Last changed: January 23, 2024');
      expect(text).to.contain('We process your data to run the platform.');
      // Only the current policy is on the page.
      expect(text).not.to.contain('Rules for using the platform.');
      const policy = el.querySelector('assent-policy[name="privacy"]')!;
      const details = policy.shadowRoot!.querySelector('details')!;
      expect(details.open).to.equal(false);
      await click(details.querySelector('summary')!);
      expect(details.open).to.equal(true);
      const full = el.querySelector('[slot="full"]')!;
      expect(full.getBoundingClientRect().height).to.be.greaterThan(0);
      // Nothing pre-chosen, and both answers the same size.
      const agree = button(el, 'I agree');
      const decline = button(el, 'I do not agree');
      expect(agree.getAttribute('aria-pressed')).to.equal('false');
      expect(decline.getAttribute('aria-pressed')).to.equal('false');
      const a = agree.getBoundingClientRect();
      const d = decline.getBoundingClientRect();
      expect([a.width, a.height]).to.deep.equal([d.width, d.height]);
      expect(getComputedStyle(agree).backgroundColor).to.equal(getComputedStyle(decline).backgroundColor);
      expect(a.height).to.be.at.least(24);
    });

    it('walks to the review page and stores the answers in the cookie, with the event', async () => {
      const el = await mount();
      await clickButton(el, 'I agree');
      expect(headingText(el)).to.equal('Policy 2 of 3 Terms of use');
      expect(focused() === heading(el), 'focus on the new heading').to.equal(true);
      const link = el.querySelector('assent-policy[name="terms"]')!.shadowRoot!.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal('/terms.html');
      await clickButton(el, 'I agree');
      expect(headingText(el)).to.equal('Policy 3 of 3 Newsletter');
      expect(pageText(el)).to.contain('Optional').and.contain('Last changed: May 25, 2023');
      await clickButton(el, 'I do not agree');
      expect(headingText(el)).to.equal('Check your choices');
      expect(focused() === heading(el), 'focus on the new heading').to.equal(true);
      const review = [...root(el).querySelectorAll('.review li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(review).to.deep.equal(['Privacy policy Agreed', 'Terms of use Agreed', 'Newsletter Declined']);
      expect(readCookie(POLICY_COOKIE), 'nothing stored before confirming').to.equal(undefined);

      const before = nowSeconds();
      const event = oneEvent(el, 'assent-policies-complete');
      await clickButton(el, 'Confirm');
      const { detail, bubbles, composed } = (await event) as CustomEvent<PoliciesCompleteDetail>;
      expect(bubbles && composed).to.equal(true);
      expect(detail.asked).to.deep.equal(['privacy', 'terms', 'newsletter']);
      expect(detail.saved).to.equal(true);
      expect(detail.minor).to.equal(null);
      expect(Object.keys(detail.decisions)).to.deep.equal(['privacy', 'terms', 'newsletter']);
      expect(detail.decisions.newsletter).to.include({ version: '1', accepted: false, onBehalf: false });
      expect(Date.parse(detail.decisions.privacy.at) / 1000).to.be.within(before - 1, nowSeconds() + 1);

      const record = storedRecord()!;
      expect(record.privacy).to.include({ version: '3', accepted: true, onBehalf: false });
      expect(record.terms).to.include({ version: '1', accepted: true });
      expect(record.newsletter).to.include({ version: '1', accepted: false });
      expect(headingText(el)).to.equal('Thank you');
      expect(hasButton(el, 'I agree')).to.equal(false);
    });

    it('cannot finish without the compulsory policies: declining explains why, and Back returns to the policy', async () => {
      const el = await mount();
      await clickButton(el, 'Next');
      expect(headingText(el), 'no answer, no next page').to.equal('Policy 1 of 3 Privacy policy');
      expect(root(el).querySelector('#problem')!.textContent).to.contain('Please choose "I agree" or "I do not agree"');
      await clickButton(el, 'I do not agree');
      expect(headingText(el)).to.equal('You cannot use the platform without this policy');
      expect(pageText(el)).to.contain('"Privacy policy" is compulsory');
      expect(focused() === heading(el), 'focus on the new heading').to.equal(true);
      expect(hasButton(el, 'Confirm')).to.equal(false);
      await clickButton(el, 'Back to the policy');
      expect(headingText(el)).to.equal('Policy 1 of 3 Privacy policy');
      await clickButton(el, 'I agree');
      await clickButton(el, 'I do not agree');
      expect(headingText(el)).to.equal('You cannot use the platform without this policy');
      expect(pageText(el)).to.contain('"Terms of use" is compulsory');
      expect(readCookie(POLICY_COOKIE)).to.equal(undefined);
    });

    it('lets a learner go back, see the earlier answer and change it', async () => {
      const el = await mount();
      await clickButton(el, 'I agree');
      await clickButton(el, 'I agree');
      await clickButton(el, 'I agree');
      await clickButton(el, 'Back');
      expect(headingText(el)).to.equal('Policy 3 of 3 Newsletter');
      expect(button(el, 'I agree').getAttribute('aria-pressed')).to.equal('true');
      await clickButton(el, 'Back');
      expect(headingText(el)).to.equal('Policy 2 of 3 Terms of use');
      await clickButton(el, 'Next');
      await clickButton(el, 'I do not agree');
      await clickButton(el, 'Confirm');
      expect(storedRecord()!.newsletter.accepted).to.equal(false);
    });
  });

  describe('with the keyboard alone', () => {
    it('reads the full text, agrees, declines and confirms; focus goes to each new heading', async () => {
      const el = await mount();
      (el.parentElement!.querySelector('#before') as HTMLElement).focus();
      const toggle = await tabTo((e) => e.localName === 'summary', 'the "Full policy" toggle');
      expect(toggle.textContent!.trim()).to.equal('Full policy');
      await sendKeys({ press: 'Enter' });
      expect((toggle.parentElement as HTMLDetailsElement).open).to.equal(true);
      await pressButton(el, 'I agree');
      expect(focused() === heading(el), 'focus on the new heading').to.equal(true);
      expect(headingText(el)).to.equal('Policy 2 of 3 Terms of use');
      await pressButton(el, 'I agree', 'Space');
      expect(headingText(el)).to.equal('Policy 3 of 3 Newsletter');
      await pressButton(el, 'I agree');
      expect(headingText(el)).to.equal('Check your choices');
      expect(focused() === heading(el), 'focus on the new heading').to.equal(true);
      await pressButton(el, 'Confirm');
      expect(headingText(el)).to.equal('Thank you');
      expect(storedRecord()!.newsletter).to.include({ version: '1', accepted: true });
    });

    it('goes back from the refusal page and from the review with the keyboard', async () => {
      const el = await mount();
      (el.parentElement!.querySelector('#before') as HTMLElement).focus();
      await pressButton(el, 'I do not agree');
      expect(headingText(el)).to.equal('You cannot use the platform without this policy');
      await pressButton(el, 'Back to the policy');
      expect(headingText(el)).to.equal('Policy 1 of 3 Privacy policy');
      expect(focused() === heading(el), 'focus on the new heading').to.equal(true);
      await pressButton(el, 'I agree');
      await pressButton(el, 'I agree');
      await pressButton(el, 'I do not agree');
      await pressButton(el, 'Back');
      expect(headingText(el)).to.equal('Policy 3 of 3 Newsletter');
    });
  });

  describe('what is asked again', () => {
    it('asks nothing when every policy is answered for its version', async () => {
      store({
        privacy: { version: '3', accepted: true, at: nowSeconds() - DAY, onBehalf: false },
        terms: { version: '1', accepted: true, at: nowSeconds() - DAY, onBehalf: false },
        newsletter: { version: '1', accepted: false, at: nowSeconds() - DAY, onBehalf: false },
      });
      const el = await mount();
      expect(root(el).querySelector('#heading') === null).to.equal(true);
      expect(hasButton(el, 'I agree')).to.equal(false);
      expect(pageText(el)).to.equal('You have answered all current policies.');
    });

    it('asks nothing after a finished flow when the page is shown again', async () => {
      const first = await mount();
      await clickButton(first, 'I agree');
      await clickButton(first, 'I agree');
      await clickButton(first, 'I do not agree');
      await clickButton(first, 'Confirm');
      const again = await mount();
      expect(hasButton(again, 'I agree')).to.equal(false);
      expect(pageText(again)).to.equal('You have answered all current policies.');
    });

    it('asks only the policy whose version changed', async () => {
      const earlier = nowSeconds() - 30 * DAY;
      store({
        privacy: { version: '3', accepted: true, at: earlier, onBehalf: false },
        terms: { version: '1', accepted: true, at: earlier, onBehalf: false },
        newsletter: { version: '1', accepted: true, at: earlier, onBehalf: false },
      });
      const el = await mount({ termsVersion: '2' });
      expect(headingText(el)).to.equal('Policy 1 of 1 Terms of use');
      expect(hasButton(el, 'Back')).to.equal(false);
      await clickButton(el, 'I agree');
      const review = [...root(el).querySelectorAll('.review li')].map((li) => li.getAttribute('data-policy'));
      expect(review).to.deep.equal(['terms']);
      const event = oneEvent(el, 'assent-policies-complete');
      await clickButton(el, 'Confirm');
      expect(((await event) as CustomEvent<PoliciesCompleteDetail>).detail.asked).to.deep.equal(['terms']);
      const record = storedRecord()!;
      expect(record.terms.version).to.equal('2');
      expect(record.privacy.at, 'unchanged answers keep their time').to.equal(earlier);
      expect(record.newsletter.at).to.equal(earlier);
    });

    it('treats a tampered cookie as no decision and asks everything', async () => {
      store({ privacy: { version: '3', accepted: true, at: nowSeconds(), onBehalf: false } });
      document.cookie = `${POLICY_COOKIE}=${encodeURIComponent(readCookie(POLICY_COOKIE)!.replace(':a0:', ':a1:'))}; Path=/`;
      const el = await mount();
      expect(headingText(el)).to.equal('Policy 1 of 3 Privacy policy');
    });
  });

  describe('agreements view', () => {
    it('lists versions and dates and withdraws an optional agreement', async () => {
      const at = Date.UTC(2024, 2, 5, 12) / 1000;
      store({
        privacy: { version: '2', accepted: true, at, onBehalf: false },
        terms: { version: '1', accepted: true, at, onBehalf: false },
        newsletter: { version: '1', accepted: true, at, onBehalf: false },
      });
      const el = await mount({ view: 'agreements' });
      expect(headingText(el)).to.equal('Policies and agreements');
      const item = (name: string) => root(el).querySelector(`li[data-policy="${name}"]`)!;
      const text = (name: string) => item(name).textContent!.replace(/\s+/g, ' ').trim();
      expect(text('privacy')).to.contain('You agreed to version 2 on March 5, 2024.').and.contain('has changed since');
      expect(text('terms')).to.contain('You agreed to version 1 on March 5, 2024.');
      expect(text('terms')).to.contain('cannot be withdrawn');
      expect(item('terms').querySelector('button') === null).to.equal(true);
      // A new version can be agreed to here as well (compulsory or not); the flow is not the only way.
      const texts = (name: string) => [...item(name).querySelectorAll('button')].map((b) => b.textContent!.trim());
      expect(texts('privacy')).to.deep.equal(['Give consent']);
      // The text stays readable here.
      expect(pageText(el)).to.contain('News about courses, by e-mail.');

      const change = oneEvent(el, 'assent-policies-change');
      await click(item('newsletter').querySelector('button')!);
      await el.updateComplete;
      expect((await change).detail).to.include({ source: 'withdraw' });
      expect(storedRecord()!.newsletter).to.include({ version: '1', accepted: false });
      expect(storedRecord()!.terms.accepted).to.equal(true);
      expect(text('newsletter')).to.contain('You withdrew your agreement to version 1 on');
      const buttons = () => texts('newsletter');
      expect(buttons()).to.deep.equal(['Give consent']);
      expect(root(el).querySelector('[role="status"]')!.textContent).to.equal(
        'You have withdrawn your consent to "Newsletter".',
      );
      expect(focused() === item('newsletter').querySelector('h3'), 'focus on the policy title').to.equal(true);
      expect(item('newsletter').querySelector('#guardian-2') === null, 'no guardian box for an adult').to.equal(true);
      await accessible(el, 'agreements after withdrawal');

      // Changing one's mind again is as easy.
      await click(item('newsletter').querySelector('button')!);
      await el.updateComplete;
      expect(storedRecord()!.newsletter).to.include({ version: '1', accepted: true, onBehalf: false });
      expect(buttons()).to.deep.equal(['Withdraw consent']);
      expect(root(el).querySelector('[role="status"]')!.textContent).to.equal(
        'You have given your consent to "Newsletter".',
      );

      await click(item('privacy').querySelector('button')!);
      await el.updateComplete;
      expect(storedRecord()!.privacy).to.include({ version: '3', accepted: true });
      expect(text('privacy')).to.contain('You agreed to version 3 on').and.contain('cannot be withdrawn');
      expect(texts('privacy')).to.deep.equal([]);
    });

    it('needs the guardian again when someone who answered as a minor gives consent later', async () => {
      const at = nowSeconds() - DAY;
      store({
        privacy: { version: '3', accepted: true, at, onBehalf: true },
        newsletter: { version: '1', accepted: false, at, onBehalf: false },
      });
      const el = await mount({ view: 'agreements' });
      const row = root(el).querySelector('li[data-policy="newsletter"]')!;
      const give = [...row.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Give consent')!;
      await click(give);
      await el.updateComplete;
      expect(storedRecord()!.newsletter.accepted, 'not without the guardian').to.equal(false);
      expect(row.querySelector('[role="alert"]')!.textContent).to.contain('a parent or guardian must agree');
      await accessible(el, 'agreements, guardian needed');
      await click(row.querySelector('input[type="checkbox"]')!);
      await click(give);
      await el.updateComplete;
      expect(storedRecord()!.newsletter).to.include({ accepted: true, onBehalf: true });
    });

    it('follows a flow on the same page, and withdraws with the keyboard', async () => {
      const list = await mount({ view: 'agreements' });
      const flow = await mount();
      const item = (name: string) => root(list).querySelector(`li[data-policy="${name}"]`)!;
      expect(item('newsletter').textContent).to.contain('Not answered yet.');
      for (let i = 0; i < 3; i++) await clickButton(flow, 'I agree');
      await clickButton(flow, 'Confirm');
      await list.updateComplete;
      expect(item('privacy').textContent).to.contain('You agreed to version 3 on');
      expect(item('newsletter').textContent).to.contain('You agreed to version 1 on');
      (list.parentElement!.querySelector('#before') as HTMLElement).focus();
      await pressButton(list, 'Withdraw consent');
      expect(storedRecord()!.newsletter.accepted).to.equal(false);
      expect(item('newsletter').textContent).to.contain('You withdrew your agreement to version 1 on');
      await flow.updateComplete;
      expect(headingText(flow), 'the finished flow stays as it was').to.equal('Thank you');
    });

    it('shows an agreement given by a guardian', async () => {
      store({ newsletter: { version: '1', accepted: true, at: nowSeconds() - DAY, onBehalf: true } });
      const list = await mount({ view: 'agreements' });
      expect(root(list).querySelector('li[data-policy="newsletter"]')!.textContent).to.contain(
        'Agreed by a parent or guardian',
      );
    });
  });

  describe('minors', () => {
    it('asks the age first and needs a guardian for every agreement, recorded as on their behalf', async () => {
      const el = await mount({ digitalAge: '16' });
      expect(headingText(el)).to.equal('How old are you?');
      expect(pageText(el)).to.contain('If you are under 16');
      await accessible(el, 'age question');
      (el.parentElement!.querySelector('#before') as HTMLElement).focus();
      await tabTo((e) => e.id === 'age', 'the age field');
      await sendKeys({ type: 'twelve' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(headingText(el)).to.equal('How old are you?');
      expect(root(el).querySelector('#problem')!.textContent).to.contain('whole years');
      expect(root(el).querySelector('#age')!.getAttribute('aria-invalid')).to.equal('true');
      await accessible(el, 'age question with an error');
      for (let i = 0; i < 'twelve'.length; i++) await sendKeys({ press: 'Backspace' });
      await sendKeys({ type: '12' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(headingText(el)).to.equal('Policy 1 of 3 Privacy policy');
      expect(focused() === heading(el), 'focus on the new heading').to.equal(true);

      const box = root(el).querySelector<HTMLInputElement>('#guardian')!;
      expect(box.checked, 'not pre-ticked').to.equal(false);
      expect(root(el).querySelector('label[for="guardian"]')!.textContent).to.contain('parent or guardian');
      await pressButton(el, 'I agree');
      expect(headingText(el), 'no agreement without the guardian').to.equal('Policy 1 of 3 Privacy policy');
      expect(root(el).querySelector('#problem')!.textContent).to.contain('a parent or guardian must agree');
      await accessible(el, 'guardian needed');
      // Shift+Tab back to the box, tick it with Space.
      await sendKeys({ down: 'Shift' });
      for (let i = 0; i < 5 && focused() !== box; i++) await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(focused() === box, 'focus on the box').to.equal(true);
      await sendKeys({ press: SPACE });
      await el.updateComplete;
      expect(box.checked).to.equal(true);
      await pressButton(el, 'I agree');
      expect(headingText(el)).to.equal('Policy 2 of 3 Terms of use');

      await click(root(el).querySelector('#guardian')!);
      await el.updateComplete;
      await clickButton(el, 'I agree');
      // An optional policy can be declined without a guardian.
      await clickButton(el, 'I do not agree');
      expect(pageText(el)).to.contain('Agreed by a parent or guardian');
      const event = oneEvent(el, 'assent-policies-complete');
      await clickButton(el, 'Confirm');
      expect(((await event) as CustomEvent<PoliciesCompleteDetail>).detail.minor).to.equal(true);
      const record = storedRecord()!;
      expect(record.privacy).to.include({ accepted: true, onBehalf: true });
      expect(record.terms).to.include({ accepted: true, onBehalf: true });
      expect(record.newsletter).to.include({ accepted: false, onBehalf: false });
    });

    it('lets an adult answer alone, and Back returns to the age question', async () => {
      const el = await mount({ digitalAge: '16' });
      const input = root(el).querySelector<HTMLInputElement>('#age')!;
      await click(input);
      await sendKeys({ type: '17' });
      await clickButton(el, 'Next');
      expect(root(el).querySelector('#guardian') === null).to.equal(true);
      await clickButton(el, 'Back');
      expect(headingText(el)).to.equal('How old are you?');
    });

    it('logs an invalid digital-age and goes on without the question', async () => {
      const errors = captureErrors();
      try {
        const el = await mount({ digitalAge: 'sixteen' });
        expect(headingText(el)).to.equal('Policy 1 of 3 Privacy policy');
        expect(errors.some((e) => e.includes('digital-age="sixteen"') && e.includes('1 to 99'))).to.equal(true);
      } finally {
        errors.restore();
      }
    });
  });

  describe('German', () => {
    it('speaks German and formats dates in German inside lang="de"', async () => {
      const el = await mount({ lang: 'de', digitalAge: '16' });
      expect(headingText(el)).to.equal('Wie alt sind Sie?');
      expect(pageText(el)).to.contain('Wenn Sie jünger als 16 Jahre sind');
      await click(root(el).querySelector('#age')!);
      await sendKeys({ type: '30' });
      await clickButton(el, 'Weiter');
      expect(headingText(el)).to.equal('Richtlinie 1 von 3 Privacy policy');
      const text = pageText(el);
      expect(text).to.contain('Verpflichtend').and.contain('Zuletzt geändert: 23. Januar 2024');
      expect(text).to.contain('Vollständige Richtlinie');
      await clickButton(el, 'Ich stimme nicht zu');
      expect(headingText(el)).to.equal('Ohne diese Richtlinie können Sie die Plattform nicht nutzen');
      await clickButton(el, 'Zurück zur Richtlinie');
      await clickButton(el, 'Ich stimme zu');
      const link = el.querySelector('assent-policy[name="terms"]')!.shadowRoot!.querySelector('a')!;
      expect(link.textContent!.trim()).to.equal('Vollständige Richtlinie lesen (öffnet in neuem Tab)');
      await clickButton(el, 'Ich stimme zu');
      await clickButton(el, 'Ich stimme nicht zu');
      expect(headingText(el)).to.equal('Ihre Auswahl prüfen');
      expect(pageText(el)).to.contain('Zugestimmt').and.contain('Abgelehnt');
      await accessible(el, 'German review');
      await clickButton(el, 'Bestätigen');
      expect(headingText(el)).to.equal('Vielen Dank');
      expect(root(el).querySelector('section')!.getAttribute('lang')).to.equal('de');
    });

    it('shows the agreements in German', async () => {
      store({ newsletter: { version: '1', accepted: true, at: Date.UTC(2024, 0, 23, 12) / 1000, onBehalf: false } });
      const el = await mount({ lang: 'de', view: 'agreements' });
      expect(headingText(el)).to.equal('Richtlinien und Zustimmungen');
      const text = pageText(el);
      expect(text).to.contain('Sie haben Version 1 am 23. Januar 2024 zugestimmt.');
      expect(text).to.contain('Noch nicht beantwortet.');
      expect(hasButton(el, 'Einwilligung widerrufen')).to.equal(true);
    });
  });

  describe('dialog mode', () => {
    it('is a modal that Escape does not close until the flow is done', async () => {
      const el = await mount({ mode: 'dialog' });
      const dialog = root(el).querySelector('dialog')!;
      await waitUntil(() => dialog.open, 'the dialog opens');
      expect(dialog.matches(':modal')).to.equal(true);
      expect(focused() === heading(el), 'focus on the new heading').to.equal(true);
      await accessible(el, 'dialog');
      await sendKeys({ press: 'Escape' });
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(dialog.open, 'still open after Escape').to.equal(true);
      // Firefox closes the modal on the first Escape, Chrome on the second;
      // the element opens it again, and the focus stays where it was.
      expect(focused() === heading(el), 'focus still on the heading after Escape').to.equal(true);
      await pressButton(el, 'I agree');
      await pressButton(el, 'I agree');
      await pressButton(el, 'I do not agree');
      await pressButton(el, 'Confirm');
      await waitUntil(() => !dialog.open, 'the dialog closes');
      expect(storedRecord()!.privacy.accepted).to.equal(true);
    });

    it('does not open when nothing needs an answer', async () => {
      const at = nowSeconds();
      store({
        privacy: { version: '3', accepted: true, at, onBehalf: false },
        terms: { version: '1', accepted: true, at, onBehalf: false },
        newsletter: { version: '1', accepted: true, at, onBehalf: false },
      });
      const el = await mount({ mode: 'dialog' });
      expect(root(el).querySelector('dialog')!.open).to.equal(false);
    });
  });

  describe('bad input', () => {
    it('logs a clear error per problem and keeps a usable flow', async () => {
      const errors = captureErrors();
      try {
        const el = await mount({
          extra: html`
            <assent-policy name="privacy" version="9"><h2 slot="title">Duplicate</h2></assent-policy>
            <assent-policy name="care" required><p slot="summary">Customer care may contact you.</p></assent-policy>
          `,
        });
        expect(errors.some((e) => e.includes('repeats the policy name "privacy"'))).to.equal(true);
        expect(errors.some((e) => e.includes('Policy "care" has no version'))).to.equal(true);
        expect(errors.some((e) => e.includes('Required policy "care" has no title'))).to.equal(true);
        expect(headingText(el)).to.equal('Policy 1 of 4 Privacy policy');
        for (let i = 0; i < 3; i++) await clickButton(el, 'I agree');
        expect(headingText(el)).to.equal('Policy 4 of 4 care');
        await clickButton(el, 'I agree');
        await clickButton(el, 'Confirm');
        expect(storedRecord()!.care).to.include({ version: '', accepted: true });
      } finally {
        errors.restore();
      }
    });

    it('picks up policies added after the element, as the parser adds them', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
      const el = document.createElement('assent-policies');
      wrapper.append(el);
      await el.updateComplete;
      expect(pageText(el)).to.equal('');
      const policy = document.createElement('assent-policy');
      policy.setAttribute('name', 'privacy');
      policy.setAttribute('version', '1');
      policy.setAttribute('required', '');
      el.append(policy);
      const title = document.createElement('h2');
      title.slot = 'title';
      policy.append(title);
      title.textContent = 'Late privacy policy';
      await waitUntil(() => root(el).querySelector('#heading')?.textContent?.includes('Late privacy policy'), 'the late title');
      expect(headingText(el)).to.equal('Policy 1 of 1 Late privacy policy');
    });

    it('uses an injected storage', async () => {
      const storage = memoryStorage();
      const el = await mount();
      el.answers = new PolicyAnswers(storage);
      await el.updateComplete;
      for (let i = 0; i < 3; i++) await clickButton(el, 'I agree');
      await clickButton(el, 'Confirm');
      expect(readCookie(POLICY_COOKIE)).to.equal(undefined);
      expect(decodePolicies(storage.read(POLICY_COOKIE))!.newsletter.accepted).to.equal(true);
    });
  });

  describe('<assent-policy> on its own', () => {
    it('shows its title, date, summary and full text, and is accessible', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div lang="en">
          <assent-policy name="privacy" version="3" updated="2024-01-23">
            <h2 slot="title">Privacy policy</h2>
            <p slot="summary">Short summary.</p>
            <div slot="full"><p>Full text.</p></div>
          </assent-policy>
        </div>
      `);
      const policy = wrapper.querySelector('assent-policy')!;
      await policy.updateComplete;
      const shadow = policy.shadowRoot!;
      expect(shadow.querySelector<HTMLSlotElement>('slot[name="title"]')!.assignedElements()[0].textContent).to.equal('Privacy policy');
      expect(shadow.querySelector('[part="updated"]')!.textContent).to.equal('Last changed: January 23, 2024');
      expect(shadow.querySelector('details')!.hidden).to.equal(false);
      await expect(policy).to.be.accessible();
    });
  });

  describe('accessibility', () => {
    it('has no axe violation on any page of the flow', async () => {
      const el = await mount();
      await accessible(el, 'first policy');
      await clickButton(el, 'Next');
      await accessible(el, 'answer needed');
      await clickButton(el, 'I do not agree');
      await accessible(el, 'refused');
      await clickButton(el, 'Back to the policy');
      await clickButton(el, 'I agree');
      await accessible(el, 'policy with a link to the full text');
      await clickButton(el, 'I agree');
      await click(el.querySelector('assent-policy[name="newsletter"]')!.shadowRoot!.querySelector('summary')!);
      await accessible(el, 'full text open');
      await clickButton(el, 'I agree');
      await accessible(el, 'review');
      await clickButton(el, 'Confirm');
      await accessible(el, 'done');
      const again = await mount();
      await accessible(again, 'nothing to ask');
    });

    it('has no axe violation in the agreements view with every status', async () => {
      store({
        privacy: { version: '2', accepted: true, at: nowSeconds(), onBehalf: false },
        newsletter: { version: '1', accepted: false, at: nowSeconds(), onBehalf: false },
      });
      const el = await mount({ view: 'agreements' });
      await accessible(el, 'agreements');
    });
  });
});

function captureErrors(): string[] & { restore(): void } {
  const original = console.error;
  const errors = [] as unknown as string[] & { restore(): void };
  console.error = (...args: unknown[]) => void errors.push(args.map(String).join(' '));
  errors.restore = () => {
    console.error = original;
  };
  return errors;
}
