/** The parts of the widget that the head script loads where a page needs them, by name. */
export interface PartModules {
  ui: typeof import('./ui.js');
  embed: typeof import('./embed.js');
  policies: typeof import('./policies.js');
  receipts: typeof import('./receipts.js');
  texts: typeof import('./texts.js');
}

export type PartName = keyof PartModules;
