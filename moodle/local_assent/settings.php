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
 * The settings page (Site administration › Plugins › Local plugins › assent)
 * and the report's place under Site administration › Reports.
 *
 * One setting per data attribute of the assent tag (CONTRACT section 2);
 * \local_assent\script_tag maps them, read on every page view.
 *
 * @package    local_assent
 * @copyright  2026 assent contributors
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

// The report is for whoever holds local/assent:viewreports, not only site admins.
$ADMIN->add('reports', new admin_externalpage(
    'local_assent_report',
    new lang_string('report', 'local_assent'),
    new moodle_url('/local/assent/report.php'),
    'local/assent:viewreports'
));

if ($hassiteconfig) {
    $settings = new admin_settingpage('local_assent', new lang_string('pluginname', 'local_assent'));
    $ADMIN->add('localplugins', $settings);

    if ($ADMIN->fulltree) {
        $onoff = static function (array $values): array {
            $options = [];
            foreach ($values as $value) {
                $options[$value] = new lang_string('value_' . $value, 'local_assent');
            }
            return $options;
        };
        $d = \local_assent\script_tag::DEFAULTS;
        $c = \local_assent\script_tag::CHOICES;

        $settings->add(new admin_setting_heading('local_assent/general', new lang_string('heading_general', 'local_assent'),
            new lang_string('heading_general_desc', 'local_assent')));
        $settings->add(new admin_setting_configcheckbox('local_assent/enabled',
            new lang_string('enabled', 'local_assent'), new lang_string('enabled_desc', 'local_assent'), $d['enabled']));

        // Languages assent ships (CONTRACT section 9); "moodle" follows the page's language.
        $languages = ['moodle' => new lang_string('lang_moodle', 'local_assent'), 'auto' => new lang_string('lang_auto', 'local_assent')];
        foreach (['ar', 'bg', 'bs', 'ckb', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fa', 'fi', 'fr', 'ga', 'he', 'hr', 'hu', 'is',
                'it', 'kmr', 'lt', 'lv', 'mk', 'mt', 'nl', 'no', 'pl', 'prs', 'pt', 'ro', 'ru', 'sk', 'sl', 'sq', 'sr', 'sv', 'tr',
                'uk', 'vi', 'zh'] as $code) {
            $languages[$code] = $code;
        }
        $settings->add(new admin_setting_configselect('local_assent/lang',
            new lang_string('lang', 'local_assent'), new lang_string('lang_desc', 'local_assent'), $d['lang'], $languages));

        $settings->add(new admin_setting_heading('local_assent/banner_heading', new lang_string('heading_banner', 'local_assent'), ''));
        $settings->add(new admin_setting_configselect('local_assent/banner',
            new lang_string('banner', 'local_assent'), new lang_string('banner_desc', 'local_assent'), $d['banner'], $onoff($c['banner'])));
        $settings->add(new admin_setting_configtext('local_assent/categories',
            new lang_string('categories', 'local_assent'), new lang_string('categories_desc', 'local_assent'), $d['categories'], PARAM_TEXT));
        $settings->add(new admin_setting_configtext('local_assent/consentdays',
            new lang_string('consentdays', 'local_assent'), new lang_string('consentdays_desc', 'local_assent'), $d['consentdays'], PARAM_INT, 5));
        $settings->add(new admin_setting_configtext('local_assent/revision',
            new lang_string('revision', 'local_assent'), new lang_string('revision_desc', 'local_assent'), $d['revision'], PARAM_TEXT));
        $settings->add(new admin_setting_configtext('local_assent/privacyurl',
            new lang_string('privacyurl', 'local_assent'), new lang_string('privacyurl_desc', 'local_assent'), $d['privacyurl'], PARAM_RAW_TRIMMED));
        $settings->add(new admin_setting_configtext('local_assent/cookiedomain',
            new lang_string('cookiedomain', 'local_assent'), new lang_string('cookiedomain_desc', 'local_assent'), $d['cookiedomain'], PARAM_RAW_TRIMMED));
        $settings->add(new admin_setting_configtextarea('local_assent/configjson',
            new lang_string('configjson', 'local_assent'), new lang_string('configjson_desc', 'local_assent'), $d['configjson'], PARAM_RAW));

        $settings->add(new admin_setting_heading('local_assent/embeds_heading', new lang_string('heading_embeds', 'local_assent'), ''));
        $settings->add(new admin_setting_configselect('local_assent/embeds',
            new lang_string('embeds', 'local_assent'), new lang_string('embeds_desc', 'local_assent'), $d['embeds'], $onoff($c['embeds'])));
        $settings->add(new admin_setting_configtext('local_assent/embeddays',
            new lang_string('embeddays', 'local_assent'), new lang_string('embeddays_desc', 'local_assent'), $d['embeddays'], PARAM_INT, 5));

        $settings->add(new admin_setting_heading('local_assent/integrations_heading', new lang_string('heading_integrations', 'local_assent'), ''));
        $settings->add(new admin_setting_configselect('local_assent/matomo',
            new lang_string('matomo', 'local_assent'), new lang_string('matomo_desc', 'local_assent'), $d['matomo'], $onoff($c['matomo'])));
        $settings->add(new admin_setting_configselect('local_assent/consentmode',
            new lang_string('consentmode', 'local_assent'), new lang_string('consentmode_desc', 'local_assent'), $d['consentmode'], $onoff($c['consentmode'])));
        $settings->add(new admin_setting_configselect('local_assent/gpc',
            new lang_string('gpc', 'local_assent'), new lang_string('gpc_desc', 'local_assent'), $d['gpc'], $onoff($c['gpc'])));

        $settings->add(new admin_setting_heading('local_assent/receipts_heading', new lang_string('heading_receipts', 'local_assent'), ''));
        $settings->add(new admin_setting_configcheckbox('local_assent/receipts',
            new lang_string('receiptsetting', 'local_assent'), new lang_string('receiptsetting_desc', 'local_assent'), $d['receipts']));
        $settings->add(new admin_setting_configtext('local_assent/retentiondays',
            new lang_string('retentiondays', 'local_assent'), new lang_string('retentiondays_desc', 'local_assent'), '1095', PARAM_INT, 6));
    }
}
