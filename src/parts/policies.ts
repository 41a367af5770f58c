/** The part with the policy flow: `<assent-policies>` and `<assent-policy>`. */
import { AssentPolicies } from '../components/assent-policies/assent-policies.js';
import { AssentPolicy } from '../components/assent-policy/assent-policy.js';
import type { Handoff } from './handoff.js';
import { speak } from './speak.js';

export async function mount(handoff: Handoff): Promise<void> {
  if (!(await speak(handoff))) return;
  AssentPolicy.define();
  AssentPolicies.define();
}
