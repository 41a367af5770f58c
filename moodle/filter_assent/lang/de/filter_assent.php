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
 * German strings of filter_assent.
 *
 * @package    filter_assent
 * @copyright  2026 assent contributors
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

$string['extrahosts'] = 'Weitere zu sperrende Hosts';
$string['extrahosts_desc'] = 'Zusätzlich zu YouTube, Vimeo und Google Maps, die immer gesperrt werden: ein Host pro Zeile (zum Beispiel <code>www.dailymotion.com</code>). Seine Subdomains werden ebenfalls gesperrt. Ein iframe eines solchen Hosts erhält statt des Inhalts einen Platzhalter zum Laden per Klick; geladen werden kann er erst, wenn für den Host im Seitenkopf ein Anbieter mit <code>assent.registerProvider()</code> registriert ist. Tragen Sie nicht den Host dieser Website ein.';
$string['filtername'] = 'assent: Laden per Klick für eingebettete Videos und Karten';
$string['pluginname'] = 'assent: Laden per Klick für eingebettete Videos und Karten';
$string['privacy:metadata'] = 'Der assent-Filter schreibt nur das HTML von Texten bei der Anzeige um, sodass eingebettete Inhalte von YouTube, Vimeo und Google Maps erst nach einem Klick geladen werden. Er speichert keine personenbezogenen Daten.';
