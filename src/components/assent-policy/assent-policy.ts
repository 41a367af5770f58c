import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { formatDate } from '../../i18n/dates.js';
import { LocalizeController } from '../../i18n/localize.js';
import { AssentElement } from '../base/assent-element.js';
import { sharedStyles } from '../base/shared.styles.js';
import { policyStyles } from './assent-policy.styles.js';

/**
 * Formats a `YYYY-MM-DD` day in `lang`, as that calendar day wherever the
 * reader is (the date is read and written in UTC).
 */
export function formatDay(day: string, lang: string): string {
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : formatDate(lang, date, true);
}

/**
 * @tag assent-policy
 * @summary One policy document, written by the site as light-DOM children so
 * it is readable without JavaScript and by search engines. On its own it
 * shows its title, date, summary and the full text behind a disclosure; inside
 * `<assent-policies>` the flow shows the title and date and asks for the answer.
 *
 * @slot title - The policy's title, usually a heading.
 * @slot summary - A short summary, shown first.
 * @slot - Anything else, shown after the summary.
 * @slot full - The full text, one click away (a disclosure). Or use `href`.
 *
 * @csspart header - Title and date (only when shown on its own).
 * @csspart updated - "Last changed: ..." (only when shown on its own).
 * @csspart summary - The summary.
 * @csspart full - The `<details>` around the full text.
 * @csspart full-toggle - Its `<summary>` ("Full policy").
 * @csspart full-link - The link to the full text, with `href`.
 *
 * @cssproperty --assent-color-primary - Link and disclosure colour.
 * @cssproperty --assent-color-border - Border of the full-text disclosure.
 * @cssproperty --assent-color-muted - Colour of the date.
 */
export class AssentPolicy extends AssentElement {
  static override styles = [sharedStyles, policyStyles];

  private readonly localize = new LocalizeController(this);

  // Every attribute reflects: `<assent-policies>` reads the attributes, so
  // setting a property from script works the same as writing the markup.

  /** Unique name under which the answer is stored. */
  @property({ reflect: true }) name = '';
  /** Version of the text; raising it asks everyone again. */
  @property({ reflect: true }) version = '';
  /**
   * Date of the last change, `YYYY-MM-DD` (attribute `updated`; the property
   * has another name because Lit's `updated()` lifecycle method has that one).
   */
  @property({ attribute: 'updated', reflect: true }) updatedDate = '';
  /** Compulsory: can only be agreed to; the platform cannot be used without it. */
  @property({ type: Boolean, reflect: true }) required = false;
  /** Address of the full text, when it is not in the `full` slot. */
  @property({ reflect: true }) href = '';
  /** Set by `<assent-policies>`, which then shows the title and date itself. */
  @property({ attribute: false }) embedded = false;

  static override define(tag = 'assent-policy', registry: CustomElementRegistry = customElements): void {
    super.define(tag, registry);
  }

  private hasSlotted(name: string): boolean {
    return [...this.children].some((child) => child.getAttribute('slot') === name);
  }

  override render() {
    const { t, lang } = this.localize;
    const hasFull = this.hasSlotted('full');
    const href = this.linkUrl('href', this.href);
    // The text's own language and direction: an Arabic policy reads right to left on an English page too.
    return html`<div lang=${lang} dir=${t.$dir}>
      ${this.embedded
        ? nothing
        : html`<div class="header" part="header">
            <slot name="title"></slot>
            ${this.updatedDate
              ? html`<p class="updated" part="updated">${t.policyUpdated(formatDay(this.updatedDate, lang))}</p>`
              : nothing}
          </div>`}
      <div class="summary" part="summary"><slot name="summary"></slot><slot></slot></div>
      <details part="full" ?hidden=${!hasFull}>
        <summary part="full-toggle">${t.policyFull}</summary>
        <div class="full"><slot name="full" @slotchange=${() => this.requestUpdate()}></slot></div>
      </details>
      ${href
        ? html`<p class="link">
            <a part="full-link" href=${href} target="_blank" rel="noopener">${t.policyFullLink}</a>
          </p>`
        : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'assent-policy': AssentPolicy;
  }
}
