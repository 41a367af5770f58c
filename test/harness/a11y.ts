import { expect } from '@open-wc/testing';

/** Runs axe on the element, naming the state in the failure. */
export async function accessible(el: Element, state: string): Promise<void> {
  try {
    await expect(el).to.be.accessible();
  } catch (error) {
    throw new Error(`axe, ${state}: ${(error as Error).message}`);
  }
}

/** The element with the focus, looking through shadow roots. */
export function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
