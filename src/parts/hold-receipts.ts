import type { ConsentChange } from '../core/types.js';
import { CHANGE_EVENT, emit } from '../events/names.js';
import type { ReceiptsOptions } from '../receipts/outbox.js';
import type { PartLoader } from './autoload.js';

/**
 * Every decision made in this tab gets a receipt. The receipts part is
 * fetched at once, in parallel with the page, on pages of a site that
 * collects receipts (`data-endpoint`): a receipt must be kept in the browser
 * the moment its decision is made, because the page may close right after.
 * A change made before the part has arrived (Global Privacy Control decides
 * during boot) is kept and relayed to it, in order.
 */
export function holdReceipts(options: Omit<ReceiptsOptions, 'changes'>, parts: PartLoader): void {
  const relay = new EventTarget();
  const waiting: ConsentChange[] = [];
  let live = false;
  document.addEventListener(CHANGE_EVENT, (event) => {
    if (live) emit(relay, CHANGE_EVENT, event.detail);
    else waiting.push(event.detail);
  });
  void parts.load('receipts').then((part) => {
    if (!part) return;
    part.startReceipts({ ...options, changes: relay });
    live = true;
    for (const change of waiting.splice(0)) emit(relay, CHANGE_EVENT, change);
  });
}
