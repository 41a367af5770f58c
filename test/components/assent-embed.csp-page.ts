/*
 * The module of the pages that assent-embed.test.ts opens under a strict CSP
 * (test/server/pages.js, `/csp-module`): records every violation the page
 * sees, registers the providers, defines the element and, with `manager` in
 * the page's query, hands the embeds a consent manager that keeps its cookies
 * in memory (so the placeholders offer "Always allow" too, as on a site).
 */
import { AssentEmbed } from '../../src/components/assent-embed/assent-embed.js';
import { ConsentManager } from '../../src/state/consent-manager.js';
import { parseConfig } from '../../src/core/config.js';
import { memoryStorage } from '../../src/storage/cookie-storage.js';
import { providerIds, registerBuiltInProviders } from '../../src/providers/registry.js';

interface CspModuleWindow {
  /** `directive blocked-uri` of each `securitypolicyviolation` event, in order. */
  __violations: string[];
  __ready: boolean;
}

const page = window as unknown as CspModuleWindow;
page.__violations = [];
document.addEventListener('securitypolicyviolation', (event) =>
  page.__violations.push(`${event.effectiveDirective || event.violatedDirective} ${event.blockedURI}`),
);

registerBuiltInProviders();
AssentEmbed.define('assent-embed');

if (new URLSearchParams(location.search).has('manager')) {
  const manager = new ConsentManager({
    config: parseConfig({}).config,
    storage: memoryStorage(),
    providers: providerIds,
    target: new EventTarget(),
  });
  for (const el of document.querySelectorAll('assent-embed')) el.manager = manager;
}
page.__ready = true;
