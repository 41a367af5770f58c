import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { ConsentManager } from '../../state/consent-manager.js';
import { OPEN_SETTINGS_EVENT } from '../../events/names.js';
import { LocalizeController } from '../../i18n/localize.js';
import { AssentElement } from '../base/assent-element.js';
import { sharedStyles } from '../base/shared.styles.js';
import { ConsentController } from '../controllers/consent-controller.js';
import { GuardianController, guardianStyles } from '../controllers/guardian-controller.js';
import { bannerStyles } from './assent-banner.styles.js';


/**
 * @tag assent-banner
 * @summary The cookie banner's first layer: "Accept all", "Reject all" and
 * "Settings" side by side with the same size and weight, and a link to the
 * privacy policy. Shown while the consent manager has a question to ask.
 *
 * @fires assent-open-settings - The person asked for the settings dialog (bubbles, composed).
 *
 * @csspart banner - The region holding everything.
 * @csspart title - The heading.
 * @csspart text - The explanation.
 * @csspart privacy-link - The link to the privacy policy.
 * @csspart buttons - The row of the three buttons.
 * @csspart button - Each of the three buttons.
 * @csspart accept - "Accept all".
 * @csspart reject - "Reject all".
 * @csspart settings - "Settings".
 * @csspart guardian - The "My parent or guardian agrees to this" checkbox row (minors only).
 * @csspart guardian-problem - The message shown when a minor accepts without that tick.
 *
 * @cssproperty --assent-color-background - Background of the banner.
 * @cssproperty --assent-color-text - Text colour.
 * @cssproperty --assent-color-primary - Button and link colour.
 * @cssproperty --assent-color-on-primary - Text colour on buttons.
 * @cssproperty --assent-color-border - Border colour.
 * @cssproperty --assent-color-focus - Focus outline colour.
 * @cssproperty --assent-radius - Corner radius.
 * @cssproperty --assent-font-family - Font family (inherits the page's by default).
 * @cssproperty --assent-font-size - Base font size.
 * @cssproperty --assent-banner-max-width - Widest the banner grows.
 * @cssproperty --assent-z-index - Stacking order of the banner.
 */
export class AssentBanner extends AssentElement {
  static override styles = [sharedStyles, bannerStyles, guardianStyles];

  private readonly consent = new ConsentController(this);
  private readonly localize = new LocalizeController(this);
  private readonly guardian = new GuardianController(this);

  /** The consent manager to answer; the booted one when not set. */
  @property({ attribute: false }) manager: ConsentManager | null = null;

  /** Where "Privacy policy" links to; no link when empty. */
  @property({ attribute: 'privacy-url' }) privacyUrl = '';

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('focusin', this.handleFocusIn);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('focusin', this.handleFocusIn);
  }

  /**
   * WCAG 2.4.11: the banner sits over the bottom of the page, so when focus
   * moves to something it covers, the element's scroll containers (the page,
   * a drawer) scroll it up above the banner; when nothing can scroll (a fixed
   * container, the end of a page that scrolls in an element) the banner moves
   * to the top of the viewport until focus is clear of the bottom again.
   */
  private readonly handleFocusIn = (event: Event): void => {
    const path = event.composedPath();
    // Focus moves inside a shadow root never reach the document: follow focus into each one it enters
    // (adding the same listener again is a no-op; an event seen twice finds nothing left to do).
    for (const node of path) if (node instanceof ShadowRoot) node.addEventListener('focusin', this.handleFocusIn);
    const target = path[0];
    const section = this.renderRoot.querySelector('section');
    if (this.hidden || !section || !(target instanceof Element) || path.includes(this)) return;
    const box = () => target.getBoundingClientRect();
    if (this.hasAttribute('top')) {
      if (box().top >= section.getBoundingClientRect().bottom) return;
      this.removeAttribute('top');
    }
    const covered = () => box().bottom - section.getBoundingClientRect().top;
    for (let node: Element | null = target; node && covered() > 0; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null))
      if (/auto|scroll/.test(getComputedStyle(node).overflowY)) node.scrollBy(0, covered() + 8);
    if (covered() > 0) window.scrollBy(0, covered() + 8);
    if (covered() <= 0) return;
    this.setAttribute('top', '');
    if (box().top < section.getBoundingClientRect().bottom) this.removeAttribute('top');
  };

  private handleAccept(): void {
    const manager = this.consent.manager;
    const options = manager && this.guardian.allow(manager, manager.allCategories(true));
    if (options) manager.acceptAll('user', options);
  }

  private handleReject(): void {
    this.consent.manager?.rejectAll('user');
  }

  private handleSettings(event: Event): void {
    this.emit(OPEN_SETTINGS_EVENT, { opener: event.currentTarget as Element });
  }

  protected override willUpdate(): void {
    const open = this.consent.manager?.$needsAnswer.get() ?? false;
    // Asked again later, the box starts unticked.
    if (!open && !this.hidden) {
      this.guardian.reset();
      this.removeAttribute('top');
    }
    this.hidden = !open;
  }

  override render() {
    if (this.hidden) return nothing;
    const { t, lang } = this.localize;
    const privacyUrl = this.linkUrl('privacy-url', this.privacyUrl);
    return html`
      <section part="banner" role="region" aria-labelledby="title" lang=${lang} dir=${t.$dir}>
        <h2 id="title" part="title">${t.bannerTitle}</h2>
        <p part="text">
          ${t.bannerText}
          ${privacyUrl
            ? html`<a part="privacy-link" href=${privacyUrl}>${t.privacyLink}</a>`
            : nothing}
        </p>
        ${this.guardian.render(this.consent.manager, t)}
        <div part="buttons" class="buttons">
          <button type="button" class="button" part="button accept" @click=${this.handleAccept}>${t.acceptAll}</button>
          <button type="button" class="button" part="button reject" @click=${this.handleReject}>${t.rejectAll}</button>
          <button type="button" class="button" part="button settings" aria-haspopup="dialog" @click=${this.handleSettings}>
            ${t.settings}
          </button>
        </div>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'assent-banner': AssentBanner;
  }
}
