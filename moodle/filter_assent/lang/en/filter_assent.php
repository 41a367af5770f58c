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
 * English strings of filter_assent.
 *
 * @package    filter_assent
 * @copyright  2026 assent contributors
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

$string['extrahosts'] = 'More hosts to gate';
$string['extrahosts_desc'] = 'Besides YouTube, Vimeo and Google Maps, which are always gated: one host per line (for example <code>www.dailymotion.com</code>). Its subdomains are gated too. An iframe of such a host gets a click-to-load placeholder instead of loading; it can only be loaded once a provider for the host is registered in the page with <code>assent.registerProvider()</code>. Do not list this site\'s own host.';
$string['filtername'] = 'assent: click-to-load for embedded videos and maps';
$string['pluginname'] = 'assent: click-to-load for embedded videos and maps';
$string['privacy:metadata'] = 'The assent filter only rewrites the HTML of texts as they are shown, so that embedded YouTube, Vimeo and Google Maps content loads only after a click. It stores no personal data.';
