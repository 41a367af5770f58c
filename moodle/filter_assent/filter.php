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
 * The filter class where Moodle 4.1 to 4.4 look for it (filter/assent/filter.php, class filter_assent).
 *
 * Moodle 4.5+ loads \filter_assent\text_filter from classes/text_filter.php
 * instead; this is the two-release form the 4.5 upgrade notes describe.
 *
 * @package    filter_assent
 * @copyright  2026 assent contributors
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

class_alias(\filter_assent\text_filter::class, 'filter_assent');
