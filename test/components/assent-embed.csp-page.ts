/*
 * Loaded by assent-embed.test.ts into a srcdoc iframe whose meta CSP forbids
 * inline styles and scripts: records every violation, then defines the element.
 */
import { AssentEmbed } from '../../src/components/assent-embed/assent-embed.js';
import { registerBuiltInProviders } from '../../src/providers/registry.js';

const violations: string[] = [];
(window as unknown as { __violations: string[] }).__violations = violations;
document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
registerBuiltInProviders();
AssentEmbed.define('assent-embed');
(window as unknown as { __ready: boolean }).__ready = true;
