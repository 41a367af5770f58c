/** Registers the elements under their standard tags (a side effect, on purpose). */
import { AssentBanner } from './components/assent-banner/assent-banner.js';
import { AssentSettings } from './components/assent-settings/assent-settings.js';

AssentBanner.define('assent-banner');
AssentSettings.define('assent-settings');
