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
 * Legacy callbacks of local_assent, for Moodle 4.1 to 4.3.
 *
 * @package    local_assent
 * @copyright  2026 assent contributors
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

/**
 * The assent tag for the page head, before Moodle 4.4's hooks.
 *
 * From 4.4 on, core_renderer::standard_head_html() dispatches
 * \core\hook\output\before_standard_head_html_generation, whose
 * process_legacy_callbacks() skips this function because db/hooks.php
 * registers the hook (get_plugins_with_function(..., $migratedtohook = true)),
 * so the tag is never printed twice.
 *
 * @return string
 */
function local_assent_before_standard_html_head() {
    return \local_assent\head::html();
}
