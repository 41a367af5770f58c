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
 * What Moodle knows that the tag needs.
 *
 * @package    local_assent
 * @copyright  2026 assent contributors
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

namespace local_assent;

/**
 * The head HTML of one page view: settings read now, so a change on the
 * settings page shows on the next page view.
 *
 * @package    local_assent
 * @copyright  2026 assent contributors
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class head {
    /**
     * The config block and the script tag, or '' during install and upgrade.
     *
     * @return string
     */
    public static function html(): string {
        global $CFG;
        if (during_initial_install() || !empty($CFG->upgraderunning)) {
            return '';
        }
        $config = (array)get_config('local_assent');
        if (!isset($config['version'])) {
            return ''; // Not installed yet (the code is there, the upgrade has not run).
        }
        $site = [
            // Moodle's language for this page view (user, course, session, site default).
            'lang' => current_language(),
            'policyhandler' => (string)($CFG->sitepolicyhandler ?? ''),
            // admin/tool/policy/viewall.php lists every current policy, also to visitors not logged in.
            'policyurl' => (new \moodle_url('/admin/tool/policy/viewall.php'))->out(false),
            'sitepolicyurl' => (string)($CFG->sitepolicy ?? ''),
            'endpoint' => (new \moodle_url('/local/assent/receipt.php', ['sesskey' => sesskey()]))->out(false),
        ];
        // The plugin version in the URL: an upgrade brings a new assent.js past every cache.
        $src = new \moodle_url('/local/assent/dist/assent.js', ['v' => $config['version']]);
        return script_tag::html($src->out(false), $config, $site);
    }
}
