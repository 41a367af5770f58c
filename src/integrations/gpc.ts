import type { ConsentManager } from '../state/consent-manager.js';
import { ESSENTIAL } from '../core/categories.js';

declare global {
  interface Navigator {
    /** https://privacycg.github.io/gpc-spec/ (not in TypeScript's DOM types yet). */
    readonly globalPrivacyControl?: boolean;
  }
}

/** The part of `navigator` we read. */
export type GpcNavigator = Pick<Navigator, 'globalPrivacyControl'>;

/**
 * Global Privacy Control (`data-gpc="respect"`, the default): when the
 * browser sends the signal and the banner has a question to ask, the answer
 * "no" to every optional category is recorded with the source `gpc`, so no
 * banner is shown and `assent-change` fires with `source: 'gpc'`. The
 * settings dialog still opens on request, and what the person chooses there
 * is stored with the source `user` and wins.
 *
 * GPC never takes back or prolongs a consent someone gave: while the decision
 * in force grants an optional category (a person opted in on purpose, and the
 * site has since added a category to ask about), it stays as it is and the
 * banner asks about the new category.
 *
 * Call it before the banner mounts. It answers again whenever the banner
 * would ask again on this page (the decision expired while the page stayed
 * open). Returns the function that stops that; does nothing, and returns a
 * no-op, with `data-gpc="ignore"` or without the signal.
 * https://privacycg.github.io/gpc-spec/
 */
export function applyGpc(manager: ConsentManager, nav: GpcNavigator = navigator): () => void {
  if (manager.config.gpc !== 'respect' || nav.globalPrivacyControl !== true) return () => {};
  const answer = () => {
    if (!manager.$needsAnswer.get()) return;
    const { categories } = manager.$decision.get();
    const granted = Object.entries(categories).some(([name, on]) => on && name !== ESSENTIAL);
    if (!granted) manager.rejectAll('gpc');
  };
  answer();
  // Later, after the change that made the banner ask has been committed and announced.
  return manager.$needsAnswer.listen((needsAnswer) => {
    if (needsAnswer) queueMicrotask(answer);
  });
}
