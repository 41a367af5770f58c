import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  agreeLater,
  agreements,
  answeredAsMinor,
  askedPolicies,
  currentPolicy,
  parseDigitalAge,
  startFlow,
  transition,
  validatePolicies,
  withdrawAgreement,
  type FlowAction,
  type FlowState,
  type PolicyDefinition,
  type PolicyRecord,
} from '../../core/policy.js';
import { describePolicies, type PolicyDecisionInfo } from '../../core/policy-codec.js';
import { POLICIES_CHANGE_EVENT, POLICIES_COMPLETE_EVENT, type PoliciesChangeDetail } from '../../events/names.js';
import { own } from '../../core/own.js';
import { LocalizeController } from '../../i18n/localize.js';
import type { Translation } from '../../i18n/translation.js';
import type { PolicyAnswers, PolicySave } from '../../state/policy-answers.js';
import { policyAnswers } from '../../state/runtime.js';
import { AssentElement } from '../base/assent-element.js';
import { sharedStyles } from '../base/shared.styles.js';
import { renderAgreements } from './agreements-view.js';
import { policiesStyles } from './assent-policies.styles.js';
import { PolicyChildren } from './policy-children.js';
import { renderMeta } from './policy-meta.js';

type View = 'flow' | 'agreements';
type Mode = 'inline' | 'dialog';

/**
 * @tag assent-policies
 * @summary The policy acceptance flow: one page per policy that needs an
 * answer (new, or a new version), with progress, Back and Next; compulsory
 * policies can only be agreed to, optional ones agreed to or declined with
 * equal ease; a review page, then the answers are stored per name and version
 * in the `assent_policies` cookie. With `view="agreements"` it lists what the
 * person agreed to and lets them withdraw optional agreements.
 *
 * Only `<assent-policy>` children are shown; they stay plain, readable HTML
 * until the script runs.
 *
 * @slot - `<assent-policy>` elements, in the order they are asked.
 *
 * @csspart base - The inline container (`view="agreements"` and inline flows).
 * @csspart dialog - The `<dialog>` with `mode="dialog"`.
 * @csspart heading - The heading of the current page (focused on every new page).
 * @csspart progress - "Policy 2 of 3".
 * @csspart meta - Compulsory or optional, version and date of a policy.
 * @csspart answer - The "I agree" and "I do not agree" buttons.
 * @csspart agree - "I agree".
 * @csspart decline - "I do not agree".
 * @csspart guardian - The parent-or-guardian checkbox row (minors only).
 * @csspart nav - The row of Back, Next and Confirm.
 * @csspart button - Every button.
 * @csspart back - "Back" (and "Back to the policy" after a compulsory one was declined).
 * @csspart next - "Next".
 * @csspart confirm - "Confirm" on the review page.
 * @csspart status - The line saying every current policy is answered already.
 * @csspart problem - A message saying why the flow did not go on.
 * @csspart review - The list on the review page.
 * @csspart agreement - One policy in the agreements view.
 * @csspart withdraw - A "Withdraw consent" button.
 * @csspart give - A "Give consent" button (optional policies declined earlier).
 *
 * @cssproperty --assent-color-background - Background of the dialog.
 * @cssproperty --assent-color-text - Text colour.
 * @cssproperty --assent-color-muted - Colour of secondary text.
 * @cssproperty --assent-color-primary - Button, link and selected-answer colour.
 * @cssproperty --assent-color-on-primary - Text on a selected answer.
 * @cssproperty --assent-color-border - Border colour.
 * @cssproperty --assent-color-focus - Focus outline colour.
 * @cssproperty --assent-color-error - Colour of problem messages.
 * @cssproperty --assent-radius - Corner radius.
 *
 * @fires assent-policies-complete - The learner confirmed the review page; `detail`: `{ decisions, asked, minor, saved }`. (bubbles, composed)
 * @fires assent-policies-change - The stored answers changed (a confirmed flow, a withdrawal, or consent given in the agreements view); `detail`: `{ decisions, changed, source }`. (bubbles, composed)
 */
export class AssentPolicies extends AssentElement {
  static override styles = [sharedStyles, policiesStyles];
  // Each policy is put into the page that shows it, and nowhere else.
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, slotAssignment: 'manual' };

  private readonly localize = new LocalizeController(this);
  private readonly children_ = new PolicyChildren(this);

  /** The modal of `mode="dialog"`, once rendered. */
  private get dialog(): HTMLDialogElement | null {
    return this.rendered('dialog');
  }

  /** `flow` (ask what needs an answer) or `agreements` (list and withdraw). */
  @property() view: View = 'flow';
  /** `inline` (a section of the page) or `dialog` (a modal shown until everything is answered). */
  @property() mode: Mode = 'inline';
  /** Age of digital consent; when set, the age is asked first and younger learners need a guardian. */
  @property({ attribute: 'digital-age' }) digitalAge: string | null = null;
  /** Where the answers are recorded; the booted widget's (or first-party cookies on this host) when not set. */
  @property({ attribute: false }) answers: PolicyAnswers | null = null;

  @state() private flow: FlowState = startFlow([], {});
  @state() private record: PolicyRecord = {};
  @state() private saveFailed = false;
  @state() private announcement = '';
  /** In the agreements view: the policy whose "Give consent" still needs the guardian's box. */
  @state() private guardianMissing: string | null = null;

  private policies: PolicyDefinition[] = [];
  private signature = '';
  private focusTarget: string | null = null;
  /** The answers listened to, and how to stop. */
  private listeningTo: PolicyAnswers | null = null;
  private stopListening: (() => void) | null = null;
  /** True while this element stores an answer, so its own change is not taken for another's. */
  private storing = false;

  static override define(tag = 'assent-policies', registry: CustomElementRegistry = customElements): void {
    super.define(tag, registry);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.listen();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopListening?.();
    this.stopListening = null;
    this.listeningTo = null;
  }

  private get resolvedAnswers(): PolicyAnswers {
    return this.answers ?? policyAnswers();
  }

  private get resolvedView(): View {
    return this.view === 'agreements' ? 'agreements' : 'flow';
  }

  private get isDialog(): boolean {
    return this.mode === 'dialog' && this.resolvedView === 'flow';
  }

  /** Follows the answers in force, also those stored by another element or tab. */
  private listen(): void {
    const answers = this.resolvedAnswers;
    if (answers === this.listeningTo) return;
    this.stopListening?.();
    this.listeningTo = answers;
    this.stopListening = answers.$record.listen(() => {
      if (!this.storing) this.handleExternalChange();
    });
  }

  private now(): number {
    return Date.now() / 1000;
  }

  private act(action: FlowAction): void {
    const before = this.flow;
    const after = transition(before, action);
    if (after === before) return;
    this.flow = after;
    if (after.step !== before.step || after.index !== before.index) this.focusTarget = 'heading';
    if (after.step === 'done' && before.step !== 'done') this.finish(after);
  }

  private finish(flow: FlowState): void {
    const { saved } = this.store(() => this.resolvedAnswers.save(flow.result!))!;
    if (!saved)
      this.logError(
        'assent-policies: the answers could not be stored in the assent_policies cookie (cookies refused, or too many policies for its size limit); they hold for this page view only.',
      );
    this.saveFailed = !saved;
    const asked = flow.queue.slice();
    this.emit(POLICIES_COMPLETE_EVENT, { decisions: this.decisions, asked, minor: flow.minor, saved });
    this.emit(POLICIES_CHANGE_EVENT, { decisions: describePolicies(this.record), changed: asked, source: 'flow' });
  }

  /** Runs a change of the answers as this element's own, and shows the record it leaves. */
  private store(change: () => PolicySave | null): PolicySave | null {
    this.storing = true;
    let result: PolicySave | null;
    try {
      result = change();
    } finally {
      this.storing = false;
    }
    if (result) this.record = result.record;
    return result;
  }

  private handleAgree(): void {
    this.act({ type: 'accept' });
  }

  private handleDecline(): void {
    this.act({ type: 'decline' });
  }

  private handleNext(): void {
    this.act({ type: 'next' });
  }

  private handleBack(): void {
    this.act({ type: 'back' });
  }

  private handleConfirm(): void {
    this.act({ type: 'confirm', now: this.now() });
  }

  private handleGuardianChange(event: Event): void {
    this.act({ type: 'guardianConsent', given: (event.target as HTMLInputElement).checked });
  }

  private handleAgeSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('age') as HTMLInputElement;
    this.act({ type: 'setAge', age: input.value });
  }

  private handleWithdraw(name: string): void {
    const next = withdrawAgreement(this.policies, this.record, name, this.now());
    if (!next) return;
    const result = this.store(() => this.saveIfAny(next));
    if (result) this.changed(result, name, 'withdraw');
  }

  private handleAgreeLater(name: string, position: number): void {
    const asMinor = answeredAsMinor(this.record);
    const box = this.renderRoot.querySelector<HTMLInputElement>(`#guardian-${position}`);
    if (asMinor && !box?.checked) {
      this.guardianMissing = name;
      return;
    }
    const options = { onBehalf: asMinor, digitalAge: parseDigitalAge(this.digitalAge).age };
    const result = this.store(() => this.saveIfAny(agreeLater(this.policies, this.record, name, this.now(), options)));
    if (result) this.changed(result, name, 'agreements');
  }

  private saveIfAny(next: PolicyRecord | null): PolicySave | null {
    return next && this.resolvedAnswers.save(next);
  }

  /** Position of a policy in the page, for element ids (names may hold any character). */
  private position(name: string): number {
    return this.policies.findIndex((p) => p.name === name);
  }

  private changed({ record, saved }: PolicySave, name: string, source: PoliciesChangeDetail['source']): void {
    if (!saved) this.logError('assent-policies: the change could not be stored in the assent_policies cookie.');
    this.guardianMissing = null;
    const { title } = this.policies.find((p) => p.name === name)!;
    const { t } = this.localize;
    this.announcement = source === 'withdraw' ? t.policyWithdrawn(title) : t.policyGiven(title);
    this.focusTarget = `title-${this.position(name)}`;
    this.emit(POLICIES_CHANGE_EVENT, { decisions: describePolicies(record), changed: [name], source });
  }

  /** Another element or tab stored answers: show them, unless a flow is under way here. */
  private handleExternalChange(): void {
    this.record = this.resolvedAnswers.$record.get();
    if (this.touched() && this.flow.step !== 'done') return;
    const before = this.flow;
    this.restart();
    // A finished flow keeps its "Thank you" unless there is something new to ask.
    if (before.step === 'done' && this.flow.step === 'done') this.flow = before;
  }

  /** What had the focus when Escape was pressed, to give it back should the browser close the modal anyway. */
  private focusOnCancel: HTMLElement | null = null;

  /** The cancel event of a modal that must stay until the flow is done. */
  private handleDialogCancel(event: Event): void {
    event.preventDefault();
    this.focusOnCancel = this.shadowRoot!.activeElement as HTMLElement | null;
  }

  /**
   * Escape without a cancelable event closes a modal (Chrome on the second,
   * Firefox on the first): open it again with the focus where it was, not on
   * the first button, which `showModal()` would pick.
   */
  private handleDialogClose(): void {
    if (!this.shouldShowDialog() || !this.isConnected) return;
    this.dialog?.showModal();
    (this.focusOnCancel ?? this.renderRoot.querySelector<HTMLElement>('#heading'))?.focus();
    this.focusOnCancel = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('mode') && this.mode !== 'inline' && this.mode !== 'dialog')
      this.logError(`<assent-policies mode="${this.mode}"> is not valid; use "inline" or "dialog". Shown inline.`);
    if (changed.has('view') && this.view !== 'flow' && this.view !== 'agreements')
      this.logError(`<assent-policies view="${this.view}"> is not valid; use "flow" or "agreements". The flow is shown.`);
    if (changed.has('answers')) this.listen();
    const childrenChanged = this.children_.takeChanged();
    if (childrenChanged || changed.has('digitalAge') || changed.has('answers')) this.readPolicies(changed.has('answers'));
  }

  protected override updated(): void {
    this.children_.assign(this.renderRoot);
    this.syncDialog();
    if (this.focusTarget) {
      const target = this.renderRoot.querySelector<HTMLElement>(`[id="${this.focusTarget}"]`);
      this.focusTarget = null;
      target?.focus();
    }
  }

  /** Reads the policies from the children and starts again when they (or the age, or the answers) changed. */
  private readPolicies(force: boolean): void {
    const { policies, errors } = validatePolicies(this.children_.read());
    const { age, error } = parseDigitalAge(this.digitalAge);
    // While the parser is still adding the policies' children, a title may
    // simply not have arrived yet: judge the markup once it is complete.
    if (this.children_.complete)
      for (const message of error ? [...errors, error] : errors) this.logError(`assent-policies: ${message}`);
    const signature = JSON.stringify([policies, age]);
    if (!force && signature === this.signature) return;
    this.signature = signature;
    this.policies = policies;
    // The cookie may have changed since the answers were read (another tab, the server).
    this.storing = true;
    this.resolvedAnswers.reread();
    this.storing = false;
    this.record = this.resolvedAnswers.$record.get();
    this.restart();
  }

  private restart(): void {
    const { age } = parseDigitalAge(this.digitalAge);
    this.flow = startFlow(this.policies, this.record, { digitalAge: age, now: this.now() });
    this.saveFailed = false;
  }

  /** Whether the learner has done anything in the current flow. */
  private touched(): boolean {
    const { step, index, answers, digitalAge } = this.flow;
    return Object.keys(answers).length > 0 || index > 0 || (digitalAge !== null && step !== 'age');
  }

  private shouldShowDialog(): boolean {
    return this.isDialog && this.flow.step !== 'done';
  }

  private syncDialog(): void {
    const dialog = this.dialog;
    if (!dialog) return;
    if (this.shouldShowDialog() && !dialog.open && this.isConnected) {
      dialog.showModal();
      this.renderRoot.querySelector<HTMLElement>('#heading')?.focus();
    } else if (!this.shouldShowDialog() && dialog.open) dialog.close();
  }

  /** Starts the flow again from what is stored (after a change made elsewhere, for example). */
  reload(): void {
    this.resolvedAnswers.reread();
    this.record = this.resolvedAnswers.$record.get();
    this.restart();
  }

  /** The answers in force for this element's policies, in the public shape. */
  get decisions(): Record<string, PolicyDecisionInfo> {
    const record = this.record;
    return describePolicies(
      Object.fromEntries(this.policies.filter((p) => p.name in record).map((p) => [p.name, record[p.name]])),
    );
  }

  override render() {
    const { t, lang } = this.localize;
    if (this.resolvedView === 'agreements') {
      return html`<section class="base" part="base" lang=${lang} dir=${t.$dir} aria-labelledby="heading">
        ${renderAgreements({
          t,
          lang,
          rows: agreements(this.policies, this.record, this.now(), parseDigitalAge(this.digitalAge).age),
          asMinor: answeredAsMinor(this.record),
          guardianMissing: this.guardianMissing,
          announcement: this.announcement,
          onWithdraw: (name) => this.handleWithdraw(name),
          onAgreeLater: (name, position) => this.handleAgreeLater(name, position),
          onGuardianChange: () => (this.guardianMissing = null),
        })}
      </section>`;
    }
    if (this.isDialog) {
      return html`<dialog
        part="dialog"
        lang=${lang}
        dir=${t.$dir}
        aria-labelledby="heading"
        @cancel=${this.handleDialogCancel}
        @close=${this.handleDialogClose}
      >
        ${this.flow.step === 'done' ? nothing : this.renderStep(t, lang)}
      </dialog>`;
    }
    return html`<section class="base" part="base" lang=${lang} dir=${t.$dir} aria-label=${t.policiesLabel}>
      ${this.renderStep(t, lang)}
    </section>`;
  }

  private renderStep(t: Translation, lang: string): TemplateResult {
    const flow = this.flow;
    switch (flow.step) {
      case 'age':
        return this.renderAge(t);
      case 'policy':
        return this.renderPolicy(t, lang);
      case 'refused':
        return this.renderRefused(t);
      case 'review':
        return this.renderReview(t);
      case 'done':
        return this.renderDone(t);
    }
  }

  private renderAge(t: Translation): TemplateResult {
    const invalid = this.flow.problem === 'age-invalid';
    return html`
      <h2 id="heading" part="heading" tabindex="-1">${t.policyAgeTitle}</h2>
      <p>${t.policyAgeIntro(this.flow.digitalAge!)}</p>
      <form class="age" novalidate @submit=${this.handleAgeSubmit}>
        <label for="age">${t.policyAgeLabel}</label>
        <input
          id="age"
          name="age"
          type="text"
          inputmode="numeric"
          autocomplete="off"
          size="4"
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby="problem"
        />
        <p id="problem" class="problem" part="problem" role="alert">${invalid ? t.policyAgeInvalid : ''}</p>
        <div class="nav" part="nav">
          <button type="submit" class="button secondary" part="button next">${t.policyNext}</button>
        </div>
      </form>
    `;
  }

  private renderPolicy(t: Translation, lang: string): TemplateResult {
    const flow = this.flow;
    const policy = currentPolicy(flow)!;
    const answer = own(flow.answers, policy.name);
    const problem =
      flow.problem === 'answer-needed'
        ? t.policyAnswerNeeded
        : flow.problem === 'guardian-needed'
          ? t.policyGuardianNeeded
          : '';
    const canGoBack = flow.index > 0 || flow.digitalAge !== null;
    return html`
      <h2 id="heading" part="heading" tabindex="-1">
        <span class="progress" part="progress">${t.policyProgress(flow.index + 1, flow.queue.length)}</span>
        <span class="title">${policy.title}</span>
      </h2>
      ${renderMeta(policy, t, lang)}
      <div class="policy"><slot data-policy=${policy.name}></slot></div>
      ${flow.minor
        ? html`<div class="guardian" part="guardian">
            <input
              type="checkbox"
              id="guardian"
              .checked=${flow.guardian[policy.name] === true}
              @change=${this.handleGuardianChange}
            />
            <label for="guardian">${t.policyGuardian}</label>
          </div>`
        : nothing}
      <div class="answer" part="answer">
        <button
          type="button"
          class="button choice"
          part="button agree"
          id="agree"
          aria-pressed=${answer === true ? 'true' : 'false'}
          aria-describedby="problem"
          @click=${this.handleAgree}
        >
          ${t.policyAgree}
        </button>
        <button
          type="button"
          class="button choice"
          part="button decline"
          id="decline"
          aria-pressed=${answer === false ? 'true' : 'false'}
          @click=${this.handleDecline}
        >
          ${t.policyDecline}
        </button>
      </div>
      <p id="problem" class="problem" part="problem" role="alert">${problem}</p>
      <div class="nav" part="nav">
        ${canGoBack
          ? html`<button type="button" class="button secondary" part="button back" id="back" @click=${this.handleBack}>
              ${t.policyBack}
            </button>`
          : nothing}
        <button type="button" class="button secondary" part="button next" id="next" @click=${this.handleNext}>
          ${t.policyNext}
        </button>
      </div>
    `;
  }

  private renderRefused(t: Translation): TemplateResult {
    const policy = currentPolicy(this.flow)!;
    return html`
      <h2 id="heading" part="heading" tabindex="-1">${t.policyRefusedTitle}</h2>
      <p>${t.policyRefusedText(policy.title)}</p>
      <div class="nav" part="nav">
        <button type="button" class="button secondary" part="button back" id="back" @click=${this.handleBack}>
          ${t.policyBackToPolicy}
        </button>
      </div>
    `;
  }

  private renderReview(t: Translation): TemplateResult {
    const flow = this.flow;
    return html`
      <h2 id="heading" part="heading" tabindex="-1">${t.policyReviewTitle}</h2>
      <p>${t.policyReviewIntro}</p>
      <ul class="review" part="review">
        ${askedPolicies(flow).map((policy) => {
          const agreed = own(flow.answers, policy.name) === true;
          const onBehalf = agreed && flow.minor === true && own(flow.guardian, policy.name) === true;
          return html`<li data-policy=${policy.name}>
            <span class="title">${policy.title}</span>
            <span class="verdict ${agreed ? 'agreed' : 'declined'}">${agreed ? t.policyAgreed : t.policyDeclined}</span>
            ${onBehalf ? html`<span class="behalf">${t.policyOnBehalf}</span>` : nothing}
          </li>`;
        })}
      </ul>
      <div class="nav" part="nav">
        <button type="button" class="button secondary" part="button back" id="back" @click=${this.handleBack}>
          ${t.policyBack}
        </button>
        <button type="button" class="button" part="button confirm" id="confirm" @click=${this.handleConfirm}>
          ${t.policyConfirm}
        </button>
      </div>
    `;
  }

  private renderDone(t: Translation): TemplateResult {
    const failed = this.saveFailed ? html`<p class="problem" part="problem" role="alert">${t.policySaveFailed}</p>` : nothing;
    // No policies (yet: the parser may still be adding them): nothing to say.
    if (this.policies.length === 0) return html``;
    if (this.flow.queue.length === 0) return html`<p class="status" part="status">${t.policyNothingToAsk}</p>`;
    return html`
      <h2 id="heading" part="heading" tabindex="-1">${t.policyDoneTitle}</h2>
      <p>${t.policyDoneText}</p>
      ${failed}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'assent-policies': AssentPolicies;
  }
}
