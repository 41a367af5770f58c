/**
 * The languages a component test speaks. In the built widget each language is
 * a part loaded when a page speaks it; tests that render elements directly
 * register the dictionaries themselves.
 */
import { registerTranslation } from '../../src/i18n/localize.js';
import de from '../../src/i18n/locales/de.js';

registerTranslation(de);
