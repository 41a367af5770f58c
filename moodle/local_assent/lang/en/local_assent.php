<?php
// This file is part of the assent Moodle plugins.
//
// assent is free software: you can redistribute it and/or modify
// it under the terms of the GNU General Public License as published by
// the Free Software Foundation, either version 3 of the License, or
// (at your option) any later version.
//
// assent is distributed in the hope that it will be useful,
// but WITHOUT ANY WARRANTY; without even the implied warranty of
// MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
// GNU General Public License for more details.

/**
 * English strings of local_assent.
 *
 * @package    local_assent
 * @copyright  2026 assent contributors
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

$string['assent:viewreports'] = 'View the consent report and export consent receipts';
$string['banner'] = 'Cookie banner';
$string['banner_desc'] = 'Shows the cookie banner on the first visit, when the decision has expired and when the revision changes (<code>data-banner</code>). "Off" keeps the banner away, for example when a policy page asks instead; the settings dialog still opens from a link to <code>#assent-settings</code>.';
$string['categories'] = 'Optional cookie categories';
$string['categories_desc'] = 'The categories a person can allow or refuse, comma separated, in lower case (<code>data-categories</code>), for example <code>analytics</code> or <code>analytics,marketing</code>. "Essential" (the Moodle session cookie) is always on and needs no consent. What each category covers can be described per language in the texts below.';
$string['chart_overtime'] = 'Share of decisions that allowed each category';
$string['chart_percent'] = '% of decisions';
$string['chart_perrevision'] = 'Share of decisions that allowed each category, per revision';
$string['col_categories'] = 'Categories';
$string['col_decided'] = 'Decided (UTC)';
$string['col_embeds'] = 'Embeds always allowed';
$string['col_language'] = 'Language';
$string['col_policies'] = 'Policies';
$string['col_receipt'] = 'Receipt (JSON)';
$string['col_received'] = 'Received (UTC)';
$string['col_receiptid'] = 'Receipt id';
$string['col_revision'] = 'Revision';
$string['col_source'] = 'Source';
$string['col_userid'] = 'User id';
$string['configjson'] = 'Texts and category descriptions (JSON)';
$string['configjson_desc'] = 'Optional. Overrides of the banner texts and of what each category covers (purpose, cookie names, lifetime, recipients), per language, as the JSON object of assent\'s <code>assent-config</code> block. Printed into every page as given; text that is not a JSON object is ignored.';
$string['consentdays'] = 'Banner decision lasts (days)';
$string['consentdays_desc'] = 'How long the answer to the banner is kept before it is asked again, 1 to 395 days (<code>data-consent-days</code>). Default 180.';
$string['consentmode'] = 'Google Consent Mode v2';
$string['consentmode_desc'] = 'Sets Consent Mode to denied before any Google tag runs and updates it on every decision (<code>data-consent-mode</code>). Turn on only if the site uses Google tags.';
$string['cookiedomain'] = 'Cookie domain';
$string['cookiedomain_desc'] = 'Optional. The domain of assent\'s cookies, for example <code>.example.edu</code> to share one decision with other sites under that domain (<code>data-cookie-domain</code>). Empty: this site\'s host only.';
$string['decisions'] = 'Decisions';
$string['embeddays'] = '"Always allow" lasts (days)';
$string['embeddays_desc'] = 'How long "Always allow YouTube" (or Vimeo, Google Maps) is kept, 1 to 395 days (<code>data-embed-days</code>). Default 14.';
$string['embeds'] = 'Find embeds in the page';
$string['embeds_desc'] = '"Auto" also turns provider iframes and media links into click-to-load placeholders in the browser (<code>data-embeds</code>). That is best effort: some requests leave before a script sees them. The assent filter (filter_assent) gates them on the server instead, which is guaranteed; keep "auto" as a second line.';
$string['enabled'] = 'Add assent to every page';
$string['enabled_desc'] = 'Adds the assent script from this plugin to the head of every page. Nothing needs to be pasted into Additional HTML; remove an assent tag pasted there earlier.';
$string['export'] = 'Export';
$string['exportreceipts'] = 'Download the receipts (all, or of the user shown above)';
$string['finduser'] = 'User (id, username or email)';
$string['gpc'] = 'Global Privacy Control';
$string['gpc_desc'] = 'With "respect", a browser that sends the Global Privacy Control signal keeps every optional category off and sees no banner (<code>data-gpc</code>).';
$string['heading_banner'] = 'Banner and privacy policy';
$string['heading_embeds'] = 'Embedded videos and maps';
$string['heading_general'] = 'assent';
$string['heading_general_desc'] = 'A cookie banner, click-to-load placeholders for YouTube, Vimeo and Google Maps, and consent receipts in this site\'s database. Changes take effect on the next page view.';
$string['heading_integrations'] = 'Analytics and privacy signals';
$string['heading_receipts'] = 'Consent receipts';
$string['lang'] = 'Language';
$string['lang_auto'] = 'The browser\'s languages';
$string['lang_desc'] = 'The language of the banner and placeholders (<code>data-lang</code>). "Moodle\'s current language" follows the language of each page (the user\'s, the course\'s or the site\'s).';
$string['lang_moodle'] = 'Moodle\'s current language';
$string['matomo'] = 'Matomo';
$string['matomo_desc'] = 'Drives Matomo\'s consent API: no Matomo cookies before "analytics" is allowed, and they are deleted when it is withdrawn (<code>data-matomo</code>). Turn on if the site tracks with Matomo.';
$string['noreceipts'] = 'No receipts in this time span.';
$string['norevision'] = '(no revision)';
$string['period_day'] = 'Per day, last 31 days';
$string['period_month'] = 'Per month, last 12 months';
$string['period_week'] = 'Per week, last 26 weeks';
$string['pluginname'] = 'assent';
$string['privacy:metadata:browser'] = 'assent keeps the person\'s decisions in their own browser, as first-party cookies of this site and in its local storage. This site can read the cookies; they go nowhere else.';
$string['privacy:metadata:cookie:assent'] = 'Cookie "assent": the answer to the banner (which optional categories are allowed), the revision and when it was given. Kept for the days set in "Banner decision lasts".';
$string['privacy:metadata:cookie:assent_outbox'] = 'Local storage "assent_outbox": receipts not yet acknowledged by this site, until the receipt endpoint has them. No identifier of the person.';
$string['privacy:metadata:cookie:assent_policies'] = 'Cookie "assent_policies": the answers to policies shown with assent\'s policy flow, with version and date.';
$string['privacy:metadata:cookie:assent_provider'] = 'Cookies "assent_youtube", "assent_vimeo", "assent_googlemaps": "always allow" for that provider. Kept for the days set in "Always allow lasts".';
$string['privacy:metadata:embedproviders'] = 'Only after the person clicks "Load video" (or "Load map", "Always allow") does the browser load the player from YouTube (youtube-nocookie.com), Vimeo (with do-not-track) or Google Maps.';
$string['privacy:metadata:embedproviders:ipaddress'] = 'The provider receives the person\'s IP address and browser data once the player loads.';
$string['privacy:metadata:receipts'] = 'Consent receipts: one row per decision made with assent, as proof of consent (GDPR Art. 7(1)), deleted after the retention period.';
$string['privacy:metadata:receipts:categories'] = 'Which optional cookie categories were allowed.';
$string['privacy:metadata:receipts:embeds'] = 'For which providers "always allow" was in force.';
$string['privacy:metadata:receipts:language'] = 'The language the banner spoke.';
$string['privacy:metadata:receipts:policies'] = 'The policy answers in force, with version and date.';
$string['privacy:metadata:receipts:receiptid'] = 'The random id the browser gave the receipt.';
$string['privacy:metadata:receipts:revision'] = 'The revision of the banner texts in force.';
$string['privacy:metadata:receipts:source'] = 'How the decision was made: by the person, by page code, or by the browser\'s privacy signal.';
$string['privacy:metadata:receipts:timedecided'] = 'When the decision was made.';
$string['privacy:metadata:receipts:timereceived'] = 'When the receipt arrived.';
$string['privacy:metadata:receipts:userid'] = 'The user who was logged in when the receipt arrived (none for guests).';
$string['privacyurl'] = 'Privacy policy link';
$string['privacyurl_desc'] = 'The link in the banner and the placeholders (<code>data-privacy-url</code>). Empty: the policies page of the Policies tool (<code>/admin/tool/policy/viewall.php</code>) when it handles this site\'s policies, otherwise the site policy URL, otherwise no link.';
$string['receipts'] = 'Consent receipts';
$string['receiptsetting'] = 'Store receipts in this site';
$string['receiptsetting_desc'] = 'Every decision is sent to this site (<code>/local/assent/receipt.php</code>, with the session key so no other site can send receipts in a learner\'s name) and stored once, linked to the logged-in user. Guests\' receipts carry no user.';
$string['receiptsof'] = 'Receipts of {$a}, newest first';
$string['report'] = 'Consent report (assent)';
$string['retentiondays'] = 'Keep receipts (days)';
$string['retentiondays_desc'] = 'Receipts older than this are deleted by a nightly task. 0 keeps them for ever. Default 1095 (three years); keep them as long as you may have to prove consent.';
$string['revision'] = 'Revision';
$string['revision_desc'] = 'Any text, for example <code>2026-09</code> (<code>data-revision</code>). When it changes, everyone is asked again. Change it when the banner texts or what a category covers change.';
$string['task_deleteoldreceipts'] = 'Delete consent receipts past the retention period';
$string['usernotfound'] = 'No such user.';
$string['userreceipts'] = 'One user\'s receipts';
$string['value_auto'] = 'Auto';
$string['value_ignore'] = 'Ignore';
$string['value_off'] = 'Off';
$string['value_on'] = 'On';
$string['value_respect'] = 'Respect';
