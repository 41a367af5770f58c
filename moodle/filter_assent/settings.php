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
 * Settings of filter_assent: more hosts to gate.
 *
 * Filters get their admin_settingpage from core (lib/classes/plugininfo/filter.php
 * creates $settings before including this file).
 *
 * @package    filter_assent
 * @copyright  2026 assent contributors
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

if ($ADMIN->fulltree) {
    $settings->add(new admin_setting_configtextarea(
        'filter_assent/extrahosts',
        new lang_string('extrahosts', 'filter_assent'),
        new lang_string('extrahosts_desc', 'filter_assent'),
        '',
        PARAM_RAW_TRIMMED
    ));
}
