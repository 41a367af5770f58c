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
 * Turns the filter on when it is installed, as filter/mediaplugin/db/install.php does.
 *
 * @package    filter_assent
 * @copyright  2026 assent contributors
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

/**
 * On for the whole site; a filter turned on for the first time goes to the
 * end of the list, so it runs after *Multimedia plugins* and sees the players it prints.
 *
 * @return bool
 */
function xmldb_filter_assent_install() {
    global $CFG;
    require_once($CFG->libdir . '/filterlib.php');
    filter_set_global_state('assent', TEXTFILTER_ON);
    return true;
}
