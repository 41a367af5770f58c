/*
 * What a part of dist/assent.js imports as `state/runtime.js` (a build
 * alias): the head's, so that the elements find the booted consent manager.
 */
import { handoff } from './handoff.js';

export const { setManager, getManager, whenManager, policyAnswers } = handoff().runtime;
