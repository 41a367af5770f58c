import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, parseDuration, ESSENTIAL, UNTIL_DELIVERED, type CategoryInfo, type CookieInfo } from '../../core/categories.js';
import type { ConsentManager, DecisionPatch } from '../../state/consent-manager.js';
import { own } from '../../core/own.js';
import { formatDate } from '../../i18n/dates.js';
import { formatDuration } from '../../i18n/durations.js';
import { LocalizeController } from '../../i18n/localize.js';
import type { Translation } from '../../i18n/translation.js';
import { providerInfo } from '../../providers/registry.js';
import { AssentElement } from '../base/assent-element.js';
import { sharedStyles } from '../base/shared.styles.js';
import { ConsentController } from '../controllers/consent-controller.js';
import { GuardianController, guardianStyles } from '../controllers/guardian-controller.js';
import { settingsStyles } from './assent-settings.styles.js';

/**
 * @tag assent-settings
 * @summary The settings dialog: one switch per category, essential shown on
 * and locked, optional ones off until the person switches them on. A native
 * modal `<dialog>`: focus stays inside, Escape closes, and focus returns to
 * whatever opened it.
 *
 * @csspart dialog - The `<dialog>`.
 * @csspart title - The heading.
 * @csspart close - The close button.
 * @csspart category - The box of one category.
 * @csspart switch - A category's switch.
 * @csspart cookies - A category's cookie table.
 * @csspart button - The buttons at the bottom.
 * @csspart accept - "Accept all".
 * @csspart reject - "Reject all".
 * @csspart save - "Save choices".
 * @csspart embeds - The list of providers allowed with "Always allow".
 * @csspart withdraw-embed - The button that stops allowing one provider.
 * @csspart guardian - The "My parent or guardian agrees to this" checkbox row (minors only).
 * @csspart guardian-problem - The message shown when a minor switches something on without that tick.
 *
 * @cssproperty --assent-color-background - Background of the dialog.
 * @cssproperty --assent-color-text - Text colour.
 * @cssproperty --assent-color-muted - Colour of descriptions and switch tracks.
 * @cssproperty --assent-color-primary - Button, link and switched-on colour.
 * @cssproperty --assent-color-on-primary - Text colour on buttons.
 * @cssproperty --assent-color-border - Border colour.
 * @cssproperty --assent-color-focus - Focus outline colour.
 * @cssproperty --assent-radius - Corner radius.
 */
export class AssentSettings extends AssentElement {
  static override styles = [sharedStyles, settingsStyles, guardianStyles];

  private readonly consent = new ConsentController(this);
  private readonly localize = new LocalizeController(this);
  private readonly guardian = new GuardianController(this);

  /** The modal, once rendered. */
  private get dialog(): HTMLDialogElement | null {
    return this.rendered('dialog');
  }

  /** The consent manager to change; the booted one when not set. */
  @property({ attribute: false }) manager: ConsentManager | null = null;

  /** The switches as the person has set them, before saving. */
  @state() private draft: Record<string, boolean> = {};

  /** Where focus goes back to when the dialog closes. */
  private opener: HTMLElement | null = null;

  private handleToggle(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.draft = { ...this.draft, [input.name]: input.checked };
  }

  private handleSave(): void {
    this.store({ categories: this.draft });
  }

  private handleAccept(): void {
    const manager = this.consent.manager;
    if (manager) this.store(manager.allCategories(true));
  }

  /** Stores and closes; for a minor who switches something on without the guardian's tick, stays open and says why. */
  private store(patch: DecisionPatch): void {
    const manager = this.consent.manager;
    const options = manager && this.guardian.allow(manager, patch);
    if (!options) return;
    manager.set(patch, 'user', options);
    this.close();
  }

  private handleReject(): void {
    this.consent.manager?.rejectAll('user');
    this.close();
  }

  /** Said politely after "Stop allowing PROVIDER", as the row disappears. */
  @state() private announcement = '';

  private async handleWithdrawEmbed(event: Event): Promise<void> {
    const button = event.currentTarget as HTMLButtonElement;
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('[part="withdraw-embed"]')];
    const index = buttons.indexOf(button);
    this.consent.manager?.set({ embeds: { [button.value]: false } }, 'user');
    this.announcement = this.localize.t.embedWithdrawn(providerInfo(button.value)?.label ?? button.value);
    await this.updateComplete;
    // The button is gone with its row: focus the next provider's, else the section, so it stays in the modal.
    const left = [...this.renderRoot.querySelectorAll<HTMLElement>('[part="withdraw-embed"]')];
    (left[Math.min(index, left.length - 1)] ?? this.rendered<HTMLElement>('#embeds-title'))?.focus();
  }

  private handleClosed(): void {
    const opener = this.opener;
    this.opener = null;
    if (opener?.isConnected) opener.focus();
  }

  /** Opens the dialog with the switches as currently decided. */
  async show(opener: Element | null = deepActiveElement()): Promise<void> {
    const manager = this.consent.manager;
    if (!manager) return;
    this.opener = opener instanceof HTMLElement ? opener : null;
    this.draft = { ...manager.$decision.get().categories };
    this.announcement = '';
    this.guardian.reset();
    await this.updateComplete;
    if (this.dialog && !this.dialog.open) this.dialog.showModal();
  }

  /** Closes the dialog without saving. */
  close(): void {
    this.dialog?.close();
  }

  /** Whether the dialog is open. */
  get open(): boolean {
    return this.dialog?.open ?? false;
  }

  override render() {
    const manager = this.consent.manager;
    if (!manager) return nothing;
    const { t, lang } = this.localize;
    const { config } = manager;
    return html`
      <dialog part="dialog" aria-labelledby="title" lang=${lang} dir=${t.$dir} @close=${this.handleClosed}>
        <div class="header">
          <h2 id="title" part="title">${t.settingsTitle}</h2>
          <button type="button" class="button close" part="close" aria-label=${t.close} @click=${this.close}>&#x2715;</button>
        </div>
        <div class="body">
          <p>${t.settingsIntro}</p>
          ${[ESSENTIAL, ...config.categories].map((name) =>
            this.renderCategory(name, config.categoryInfo[name], t, lang),
          )}
          ${this.renderEmbeds(manager, t, lang)}
        </div>
        <div class="footer">
          ${this.guardian.render(manager, t)}
          <button type="button" class="button" part="button accept" @click=${this.handleAccept}>${t.acceptAll}</button>
          <button type="button" class="button" part="button reject" @click=${this.handleReject}>${t.rejectAll}</button>
          <button type="button" class="button" part="button save" @click=${this.handleSave}>${t.saveChoices}</button>
        </div>
      </dialog>
    `;
  }

  private renderEmbeds(manager: ConsentManager, t: Translation, lang: string) {
    const allowed = Object.keys(manager.$decision.get().embeds).filter((id) => manager.has(id));
    return html`
      <section class="category" part="category embeds" aria-labelledby="embeds-title">
        <h3 id="embeds-title" tabindex="-1">${t.embedsTitle}</h3>
        <p class="description">${t.embedsIntro}</p>
        ${allowed.length === 0
          ? html`<p>${t.embedsNone}</p>`
          : html`<ul class="embeds">
              ${allowed.map((id) => {
                const label = providerInfo(id)?.label ?? id;
                const expiry = manager.embedExpiry(id);
                return html`<li class="row">
                  <span><strong>${label}</strong>${expiry ? html`<br />${t.embedAllowedUntil(formatDate(lang, expiry))}` : nothing}</span>
                  <button type="button" class="button secondary" part="withdraw-embed" value=${id} @click=${this.handleWithdrawEmbed}>
                    ${t.embedWithdraw(label)}
                  </button>
                </li>`;
              })}
            </ul>`}
        <p class="status" role="status">${this.announcement}</p>
      </section>
    `;
  }

  private renderCategory(name: string, info: CategoryInfo, t: Translation, lang: string) {
    const essential = name === ESSENTIAL;
    const title = localized(info.title, lang) ?? own(t.categoryTitles, name) ?? name;
    const description = localized(info.description, lang) ?? own(t.categoryDescriptions, name) ?? '';
    return html`
      <div class="category" part="category">
        <div class="row">
          <label for="switch-${name}">${title}</label>
          ${essential ? html`<span class="always" id="always-${name}">${t.alwaysOn}</span>` : nothing}
          <input
            type="checkbox"
            role="switch"
            part="switch"
            id="switch-${name}"
            name=${name}
            aria-describedby="description-${name}${essential ? ` always-${name}` : ''}"
            .checked=${essential || this.draft[name] === true}
            ?disabled=${essential}
            @change=${this.handleToggle}
          />
        </div>
        <p class="description" id="description-${name}">${description}</p>
        <details part="cookies">
          <summary>${t.cookiesUsed}</summary>
          ${info.cookies.length === 0
            ? html`<p>${t.noCookies}</p>`
            : html`<table>
                <thead>
                  <tr>
                    <th scope="col">${t.cookieName}</th>
                    <th scope="col">${t.cookieExpires}</th>
                    <th scope="col">${t.cookieProvider}</th>
                  </tr>
                </thead>
                <tbody>
                  ${info.cookies.map(
                    (cookie) => html`<tr>
                      <td><code>${cookie.name}</code></td>
                      <td>${formatExpiry(cookie, t)}</td>
                      <td>${localized(cookie.provider, lang) || t.thisSite}</td>
                    </tr>`,
                  )}
                </tbody>
              </table>`}
        </details>
      </div>
    `;
  }
}

function formatExpiry(cookie: CookieInfo, t: Translation): string {
  if (cookie.expires === 'session') return t.session;
  if (cookie.expires === UNTIL_DELIVERED) return t.untilDelivered;
  const duration = parseDuration(cookie.expires);
  if (!duration) return cookie.expires;
  try {
    return formatDuration(t, duration);
  } catch {
    return cookie.expires;
  }
}

/** The focused element, looking inside shadow roots (our banner's buttons live in one). */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

declare global {
  interface HTMLElementTagNameMap {
    'assent-settings': AssentSettings;
  }
}
