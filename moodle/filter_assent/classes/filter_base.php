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
 * The base class of the filter on every supported release.
 *
 * Moodle 4.5 moved filters to \core_filters\text_filter (MDL-82427); 4.1 to
 * 4.4 have \moodle_text_filter (lib/filterlib.php). The autoloader loads this
 * file when text_filter names its parent, and the alias makes the parent the
 * one this Moodle has.
 *
 * @package    filter_assent
 * @copyright  2026 assent contributors
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

if (class_exists(\core_filters\text_filter::class)) {
    class_alias(\core_filters\text_filter::class, \filter_assent\filter_base::class);
} else {
    class_alias(\moodle_text_filter::class, \filter_assent\filter_base::class);
}
