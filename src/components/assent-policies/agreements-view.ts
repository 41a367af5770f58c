import { html, nothing, type TemplateResult } from 'lit';
import type { AgreementRow, PolicyDefinition } from '../../core/policy.js';
import { formatDate } from '../../i18n/dates.js';
import type { Translation } from '../../i18n/translation.js';
import { renderMeta } from './policy-meta.js';

/** What the agreements view shows and where its buttons report to. */
export interface AgreementsView {
  t: Translation;
  lang: string;
  rows: AgreementRow[];
  /** The stored answers were given as a minor: "Give consent" needs the guardian's box. */
  asMinor: boolean;
  /** The policy whose "Give consent" was pressed without the guardian's box. */
  guardianMissing: string | null;
  /** What the polite live region says after a change. */
  announcement: string;
  onWithdraw(name: string): void;
  onAgreeLater(name: string, position: number): void;
  onGuardianChange(): void;
}

/**
 * `<assent-policies view="agreements">`: each policy with the answer in
 * force and its date, withdrawal of optional agreements, and consent given
 * later to anything not agreed to.
 */
export function renderAgreements(view: AgreementsView): TemplateResult {
  const { t } = view;
  return html`
    <h2 id="heading" part="heading">${t.policyAgreementsTitle}</h2>
    <ul class="agreements">
      ${view.rows.map((row, i) => renderAgreement(view, row, i))}
    </ul>
    <p class="announce" role="status">${view.announcement}</p>
  `;
}

function renderAgreement(view: AgreementsView, row: AgreementRow, i: number): TemplateResult {
  const { t, lang } = view;
  const { policy, decision, status } = row;
  const when = decision ? formatDate(lang, new Date(decision.at * 1000)) : '';
  const text =
    status === 'agreed'
      ? t.policyAgreedOn(decision!.version, when)
      : status === 'declined'
        ? (decision!.withdrawn ? t.policyWithdrawnOn : t.policyDeclinedOn)(decision!.version, when)
        : status === 'outdated'
          ? t.policyOutdated(decision!.version, when)
          : t.policyUnanswered;
  const id = `title-${i}`;
  return html`<li class="agreement ${status}" part="agreement" data-policy=${policy.name}>
    <h3 id=${id} tabindex="-1">${policy.title}</h3>
    ${renderMeta(policy, t, lang)}
    <p class="state">${text}</p>
    ${decision?.onBehalf && decision.accepted ? html`<p class="behalf">${t.policyOnBehalf}</p>` : nothing}
    <div class="policy"><slot data-policy=${policy.name}></slot></div>
    ${row.canAgree ? renderAgreeLater(view, policy, i) : nothing}
    ${row.canWithdraw
      ? html`<button
          type="button"
          class="button secondary"
          part="button withdraw"
          aria-describedby=${id}
          @click=${() => view.onWithdraw(policy.name)}
        >
          ${t.policyWithdraw}
        </button>`
      : policy.required && status === 'agreed'
        ? html`<p class="note">${t.policyCannotWithdraw}</p>`
        : nothing}
  </li>`;
}

function renderAgreeLater(view: AgreementsView, policy: PolicyDefinition, i: number): TemplateResult {
  const { t } = view;
  const missing = view.guardianMissing === policy.name;
  return html`
    ${view.asMinor
      ? html`<div class="guardian" part="guardian">
          <input type="checkbox" id="guardian-${i}" @change=${view.onGuardianChange} />
          <label for="guardian-${i}">${t.policyGuardian}</label>
        </div>`
      : nothing}
    <p class="problem" part="problem" role="alert" id="problem-${i}">${missing ? t.policyGuardianNeeded : ''}</p>
    <button
      type="button"
      class="button secondary"
      part="button give"
      aria-describedby="title-${i} problem-${i}"
      @click=${() => view.onAgreeLater(policy.name, i)}
    >
      ${t.policyGiveConsent}
    </button>
  `;
}
