/** The part that delivers consent receipts to `data-endpoint`. */
export { startReceipts } from '../receipts/outbox.js';
