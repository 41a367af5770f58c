import { css, html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { ConsentManager, DecisionPatch, GrantOptions } from '../../state/consent-manager.js';
import type { Translation } from '../../i18n/translation.js';

/**
 * The "My parent or guardian agrees to this" checkbox, shown to a minor
 * (`ConsentManager.minor`) wherever something optional can be switched on.
 * Unticked until the person ticks it; a grant without the tick is not
 * passed on and a message says why. Saying no never needs it. The manager
 * enforces the same rule, so this is the explanation, not the lock.
 */
export class GuardianController implements ReactiveController {
  #host: ReactiveControllerHost;
  #checked = false;
  #missing = false;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  /** Unticks the box and clears the message, for a new question. */
  reset(): void {
    this.#checked = false;
    this.#missing = false;
    this.#host.requestUpdate();
  }

  /**
   * The options to store `patch` with, or null (and the message shown) when
   * it switches something on that needs the tick and the box is not ticked.
   */
  allow(manager: ConsentManager, patch: DecisionPatch): GrantOptions | null {
    if (!this.#checked && manager.guardianNeeded(patch).length > 0) {
      this.#missing = true;
      this.#host.requestUpdate();
      return null;
    }
    return { guardian: this.#checked };
  }

  #change = (event: Event): void => {
    this.#checked = (event.target as HTMLInputElement).checked;
    this.#missing = false;
    this.#host.requestUpdate();
  };

  /** The checkbox and the message; nothing unless the person is a minor. */
  render(manager: ConsentManager | null, t: Translation) {
    return html`${this.box(manager, t)}${this.problem(manager, t)}`;
  }

  /** The checkbox alone, for a host that shows the message elsewhere. */
  box(manager: ConsentManager | null, t: Translation) {
    return manager?.minor
      ? html`<div class="guardian" part="guardian">
          <input type="checkbox" id="guardian" .checked=${this.#checked} aria-describedby="guardian-problem" @change=${this.#change} />
          <label for="guardian">${t.guardianAgrees}</label>
        </div>`
      : nothing;
  }

  /** The message (`role="alert"`) alone. */
  problem(manager: ConsentManager | null, t: Translation) {
    return manager?.minor
      ? html`<p class="guardian-problem" part="guardian-problem" id="guardian-problem" role="alert">${this.#missing ? t.policyGuardianNeeded : nothing}</p>`
      : nothing;
  }
}

export const guardianStyles = css`
  .guardian,
  .guardian-problem {
    grid-column: 1 / -1;
  }
  .guardian {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
    margin: 0 0 0.5rem;
  }
  .guardian input {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_primary);
  }
  .guardian-problem {
    margin: 0 0 0.75rem;
    font-weight: 600;
    color: var(--assent-color-error, #a4262c);
  }
  .guardian-problem:empty {
    margin: 0;
  }
`;
