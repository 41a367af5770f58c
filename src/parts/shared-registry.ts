/*
 * What a part of dist/assent.js imports as `providers/registry.js` (a build
 * alias): the head's registry, so that providers a site registered with
 * `assent.registerProvider()` are the ones the elements know.
 */
import { handoff } from './handoff.js';

export type { EmbedProvider, ProviderInfo } from '../providers/types.js';
export const { $providers, allProviders, providerInfo, registerBuiltInProviders } = handoff().registry;
