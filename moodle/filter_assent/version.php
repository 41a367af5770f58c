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
 * Version of filter_assent.
 *
 * @package    filter_assent
 * @copyright  2026 assent contributors
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

$plugin->component = 'filter_assent';
$plugin->version = 2026120300;
$plugin->release = '0.1.0';
// Moodle 4.1 LTS (2022112800) to 5.x.
$plugin->requires = 2022112800;
$plugin->supported = [401, 502];
$plugin->maturity = MATURITY_BETA;
