/** The part with `<assent-embed>` (the placeholders the iframe gate makes are ones too). */
import { AssentEmbed } from '../components/assent-embed/assent-embed.js';
import type { Handoff } from './handoff.js';
import { speak } from './speak.js';

export async function mount(handoff: Handoff): Promise<void> {
  // Without texts the placeholders stay undefined: what they hold stays held.
  if (await speak(handoff)) AssentEmbed.define('assent-embed');
}
