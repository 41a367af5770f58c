import type { ConsentChange, PolicyDecisionInfo } from '../core/types.js';
import type { EmbedTarget } from '../providers/types.js';

/*
 * Every event assent fires, with its detail type, in one map: `emit()` is
 * checked against it by name, and the page's listeners get the detail typed
 * (`document.addEventListener('assent-change', (e) => e.detail.decision)`).
 */

/** Fired on `document` after every change of the decision, in every tab. */
export const CHANGE_EVENT = 'assent-change';

/**
 * Cancelable, fired on an `<assent-embed>` before its provider's iframe is
 * inserted and on a gated `<script>` before it runs: `preventDefault()` vetoes it.
 */
export const BEFORE_LOAD_EVENT = 'assent-before-load';

/** Fired on an `<assent-embed>` after its provider's iframe was inserted. */
export const LOAD_EVENT = 'assent-load';

/** The banner's "Settings" asks for the settings dialog. */
export const OPEN_SETTINGS_EVENT = 'assent-open-settings';

/** Fired by `<assent-policies>` when a learner confirms the review page. */
export const POLICIES_COMPLETE_EVENT = 'assent-policies-complete';

/** Fired by `<assent-policies>` after every stored change (a confirmed flow, a withdrawal, consent given later). */
export const POLICIES_CHANGE_EVENT = 'assent-policies-change';

/** `assent-before-load` and `assent-load` on `<assent-embed>`. */
export interface EmbedLoadDetail {
  /** The provider's id, `youtube`. */
  provider: string;
  /** What was recognised in `src`. */
  target: EmbedTarget;
  /** The URL the iframe loads. */
  url: string;
  /** True when a click on this element loads it (and so it plays at once). */
  autoplay: boolean;
}

/** `assent-before-load` on a gated script. */
export interface ScriptBeforeLoadDetail {
  kind: 'script';
  category: string;
  /** The script's URL, or null for an inline script. */
  src: string | null;
}

export interface OpenSettingsDetail {
  /** What the focus returns to when the dialog closes. */
  opener: Element | null;
}

export interface PoliciesCompleteDetail {
  /** The answer in force for every policy of the element, by name. */
  decisions: Record<string, PolicyDecisionInfo>;
  /** Names of the policies asked in this flow (new, or a new version). */
  asked: string[];
  /** True for a minor, false for an adult, null when the age was not asked. */
  minor: boolean | null;
  /** False when the answers could not be stored (they then hold for this page view only). */
  saved: boolean;
}

export interface PoliciesChangeDetail {
  /** Every stored policy answer, by name. */
  decisions: Record<string, PolicyDecisionInfo>;
  /** Names whose answer changed. */
  changed: string[];
  /** `flow` (a confirmed flow), `withdraw` or `agreements` (consent given in the agreements view). */
  source: 'flow' | 'withdraw' | 'agreements';
}

/** Every event by name, with its detail. */
export interface AssentEventMap {
  [CHANGE_EVENT]: ConsentChange;
  [BEFORE_LOAD_EVENT]: EmbedLoadDetail | ScriptBeforeLoadDetail;
  [LOAD_EVENT]: EmbedLoadDetail;
  [OPEN_SETTINGS_EVENT]: OpenSettingsDetail;
  [POLICIES_COMPLETE_EVENT]: PoliciesCompleteDetail;
  [POLICIES_CHANGE_EVENT]: PoliciesChangeDetail;
}

export type AssentEventName = keyof AssentEventMap;

type CustomEvents = { [K in AssentEventName]: CustomEvent<AssentEventMap[K]> };

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends CustomEvents {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends CustomEvents {}
}

/** Dispatches a bubbling, composed custom event; returns false when cancelled. */
export function emit<K extends AssentEventName>(target: EventTarget, name: K, detail: AssentEventMap[K], cancelable = false): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
}
