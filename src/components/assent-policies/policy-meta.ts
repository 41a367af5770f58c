import { html, nothing, type TemplateResult } from 'lit';
import type { PolicyDefinition } from '../../core/policy.js';
import type { Translation } from '../../i18n/translation.js';
import { formatDay } from '../assent-policy/assent-policy.js';

/** "Compulsory · Version 3 · Last changed: 23 January 2024", on a flow page and in the agreements view. */
export function renderMeta(policy: PolicyDefinition, t: Translation, lang: string): TemplateResult {
  return html`<p class="meta" part="meta">
    <span class="badge">${policy.required ? t.policyRequired : t.policyOptional}</span>
    ${policy.version ? html`<span>${t.policyVersion(policy.version)}</span>` : nothing}
    ${policy.updated ? html`<span>${t.policyUpdated(formatDay(policy.updated, lang))}</span>` : nothing}
  </p>`;
}
