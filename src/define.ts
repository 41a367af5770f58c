/** Registers the elements under their standard tags (a side effect, on purpose). */
import { AssentBanner } from './components/assent-banner/assent-banner.js';
import { AssentSettings } from './components/assent-settings/assent-settings.js';
import { AssentEmbed } from './components/assent-embed/assent-embed.js';
import { AssentPolicies } from './components/assent-policies/assent-policies.js';
import { AssentPolicy } from './components/assent-policy/assent-policy.js';

AssentBanner.define('assent-banner');
AssentSettings.define('assent-settings');
AssentEmbed.define('assent-embed');
AssentPolicy.define('assent-policy');
AssentPolicies.define('assent-policies');
