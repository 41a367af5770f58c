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
 * German strings of local_assent.
 *
 * @package    local_assent
 * @copyright  2026 assent contributors
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

$string['assent:viewreports'] = 'Einwilligungsbericht ansehen und Einwilligungsbelege exportieren';
$string['banner'] = 'Cookie-Banner';
$string['banner_desc'] = 'Zeigt das Cookie-Banner beim ersten Besuch, wenn die Entscheidung abgelaufen ist und wenn sich die Revision ändert (<code>data-banner</code>). „Aus“ blendet das Banner aus, etwa wenn eine Richtlinienseite stattdessen fragt; der Einstellungsdialog öffnet sich weiterhin über einen Link auf <code>#assent-settings</code>.';
$string['categories'] = 'Optionale Cookie-Kategorien';
$string['categories_desc'] = 'Die Kategorien, die eine Person erlauben oder ablehnen kann, durch Kommas getrennt, in Kleinbuchstaben (<code>data-categories</code>), zum Beispiel <code>analytics</code> oder <code>analytics,marketing</code>. „Notwendig“ (das Moodle-Sitzungscookie) ist immer an und braucht keine Einwilligung. Was jede Kategorie umfasst, lässt sich unten je Sprache beschreiben.';
$string['chart_overtime'] = 'Anteil der Entscheidungen, die jede Kategorie erlaubt haben';
$string['chart_percent'] = '% der Entscheidungen';
$string['chart_perrevision'] = 'Anteil der Entscheidungen, die jede Kategorie erlaubt haben, je Revision';
$string['col_categories'] = 'Kategorien';
$string['col_decided'] = 'Entschieden (UTC)';
$string['col_embeds'] = 'Immer erlaubte Einbettungen';
$string['col_language'] = 'Sprache';
$string['col_policies'] = 'Richtlinien';
$string['col_receipt'] = 'Beleg (JSON)';
$string['col_received'] = 'Empfangen (UTC)';
$string['col_receiptid'] = 'Beleg-ID';
$string['col_revision'] = 'Revision';
$string['col_source'] = 'Quelle';
$string['col_userid'] = 'Nutzer-ID';
$string['configjson'] = 'Texte und Kategoriebeschreibungen (JSON)';
$string['configjson_desc'] = 'Optional. Eigene Bannertexte und Beschreibungen der Kategorien (Zweck, Cookie-Namen, Speicherdauer, Empfänger), je Sprache, als JSON-Objekt des <code>assent-config</code>-Blocks von assent. Wird unverändert in jede Seite geschrieben; Text, der kein JSON-Objekt ist, wird ignoriert.';
$string['consentdays'] = 'Banner-Entscheidung gilt (Tage)';
$string['consentdays_desc'] = 'Wie lange die Antwort auf das Banner gilt, bevor erneut gefragt wird, 1 bis 395 Tage (<code>data-consent-days</code>). Standard 180.';
$string['consentmode'] = 'Google Consent Mode v2';
$string['consentmode_desc'] = 'Setzt Consent Mode auf „abgelehnt“, bevor ein Google-Tag läuft, und aktualisiert ihn bei jeder Entscheidung (<code>data-consent-mode</code>). Nur einschalten, wenn die Website Google-Tags verwendet.';
$string['cookiedomain'] = 'Cookie-Domain';
$string['cookiedomain_desc'] = 'Optional. Die Domain der Cookies von assent, zum Beispiel <code>.example.edu</code>, um eine Entscheidung mit anderen Websites dieser Domain zu teilen (<code>data-cookie-domain</code>). Leer: nur der Host dieser Website.';
$string['decisions'] = 'Entscheidungen';
$string['embeddays'] = '„Immer erlauben“ gilt (Tage)';
$string['embeddays_desc'] = 'Wie lange „YouTube immer erlauben“ (oder Vimeo, Google Maps) gilt, 1 bis 395 Tage (<code>data-embed-days</code>). Standard 14.';
$string['embeds'] = 'Einbettungen in der Seite finden';
$string['embeds_desc'] = '„Automatisch“ wandelt auch im Browser iframes von Anbietern und Medienlinks in Platzhalter zum Laden per Klick um (<code>data-embeds</code>). Das gelingt nicht immer: manche Anfragen gehen hinaus, bevor ein Skript sie sieht. Der assent-Filter (filter_assent) sperrt sie stattdessen auf dem Server, und zwar garantiert; „Automatisch“ bleibt als zweite Linie sinnvoll.';
$string['enabled'] = 'assent auf jeder Seite einbinden';
$string['enabled_desc'] = 'Fügt das assent-Skript dieses Plugins in den Kopf jeder Seite ein. In „Zusätzliches HTML“ muss nichts eingefügt werden; entfernen Sie ein dort früher eingefügtes assent-Tag.';
$string['export'] = 'Export';
$string['exportreceipts'] = 'Belege herunterladen (alle, oder die der oben gezeigten Person)';
$string['finduser'] = 'Person (ID, Anmeldename oder E-Mail)';
$string['gpc'] = 'Global Privacy Control';
$string['gpc_desc'] = 'Mit „Beachten“ bleiben bei einem Browser, der das Global-Privacy-Control-Signal sendet, alle optionalen Kategorien aus, und es erscheint kein Banner (<code>data-gpc</code>).';
$string['heading_banner'] = 'Banner und Datenschutzerklärung';
$string['heading_embeds'] = 'Eingebettete Videos und Karten';
$string['heading_general'] = 'assent';
$string['heading_general_desc'] = 'Ein Cookie-Banner, Platzhalter zum Laden per Klick für YouTube, Vimeo und Google Maps und Einwilligungsbelege in der Datenbank dieser Website. Änderungen gelten ab dem nächsten Seitenaufruf.';
$string['heading_integrations'] = 'Webanalyse und Datenschutzsignale';
$string['heading_receipts'] = 'Einwilligungsbelege';
$string['lang'] = 'Sprache';
$string['lang_auto'] = 'Die Sprachen des Browsers';
$string['lang_desc'] = 'Die Sprache von Banner und Platzhaltern (<code>data-lang</code>). „Aktuelle Sprache von Moodle“ folgt der Sprache jeder Seite (der Person, des Kurses oder der Website).';
$string['lang_moodle'] = 'Aktuelle Sprache von Moodle';
$string['matomo'] = 'Matomo';
$string['matomo_desc'] = 'Steuert die Einwilligungs-API von Matomo: keine Matomo-Cookies, bevor „analytics“ erlaubt ist, und Löschen beim Widerruf (<code>data-matomo</code>). Einschalten, wenn die Website mit Matomo misst.';
$string['noreceipts'] = 'Keine Belege in diesem Zeitraum.';
$string['norevision'] = '(keine Revision)';
$string['period_day'] = 'Je Tag, letzte 31 Tage';
$string['period_month'] = 'Je Monat, letzte 12 Monate';
$string['period_week'] = 'Je Woche, letzte 26 Wochen';
$string['pluginname'] = 'assent';
$string['privacy:metadata:browser'] = 'assent speichert die Entscheidungen einer Person in ihrem eigenen Browser, als Erstanbieter-Cookies dieser Website und im lokalen Speicher. Diese Website kann die Cookies lesen; sie gehen nirgendwo sonst hin.';
$string['privacy:metadata:cookie:assent'] = 'Cookie „assent“: die Antwort auf das Banner (welche optionalen Kategorien erlaubt sind), die Revision und wann sie gegeben wurde. Gilt so viele Tage wie unter „Banner-Entscheidung gilt“ eingestellt.';
$string['privacy:metadata:cookie:assent_outbox'] = 'Lokaler Speicher „assent_outbox“: Belege, die diese Website noch nicht bestätigt hat, bis der Beleg-Endpunkt sie hat. Keine Kennung der Person.';
$string['privacy:metadata:cookie:assent_policies'] = 'Cookie „assent_policies“: die Antworten auf Richtlinien aus dem Richtlinienablauf von assent, mit Version und Datum.';
$string['privacy:metadata:cookie:assent_provider'] = 'Cookies „assent_youtube“, „assent_vimeo“, „assent_googlemaps“: „immer erlauben“ für diesen Anbieter. Gilt so viele Tage wie unter „Immer erlauben gilt“ eingestellt.';
$string['privacy:metadata:embedproviders'] = 'Erst wenn die Person auf „Video laden“ (oder „Karte laden“, „Immer erlauben“) klickt, lädt der Browser den Player von YouTube (youtube-nocookie.com), Vimeo (mit Do-not-track) oder Google Maps.';
$string['privacy:metadata:embedproviders:ipaddress'] = 'Der Anbieter erhält die IP-Adresse und Browserdaten der Person, sobald der Player lädt.';
$string['privacy:metadata:receipts'] = 'Einwilligungsbelege: eine Zeile je mit assent getroffener Entscheidung, als Nachweis der Einwilligung (Art. 7 Abs. 1 DSGVO), gelöscht nach der Aufbewahrungsfrist.';
$string['privacy:metadata:receipts:categories'] = 'Welche optionalen Cookie-Kategorien erlaubt wurden.';
$string['privacy:metadata:receipts:embeds'] = 'Für welche Anbieter „immer erlauben“ galt.';
$string['privacy:metadata:receipts:language'] = 'Die Sprache des Banners.';
$string['privacy:metadata:receipts:policies'] = 'Die geltenden Antworten auf Richtlinien, mit Version und Datum.';
$string['privacy:metadata:receipts:receiptid'] = 'Die zufällige ID, die der Browser dem Beleg gab.';
$string['privacy:metadata:receipts:revision'] = 'Die geltende Revision der Bannertexte.';
$string['privacy:metadata:receipts:source'] = 'Wie die Entscheidung getroffen wurde: von der Person, durch Seitencode oder durch das Datenschutzsignal des Browsers.';
$string['privacy:metadata:receipts:timedecided'] = 'Wann entschieden wurde.';
$string['privacy:metadata:receipts:timereceived'] = 'Wann der Beleg ankam.';
$string['privacy:metadata:receipts:userid'] = 'Die Person, die beim Eintreffen des Belegs angemeldet war (keine bei Gästen).';
$string['privacyurl'] = 'Link zur Datenschutzerklärung';
$string['privacyurl_desc'] = 'Der Link in Banner und Platzhaltern (<code>data-privacy-url</code>). Leer: die Richtlinienseite des Richtlinien-Tools (<code>/admin/tool/policy/viewall.php</code>), wenn es die Richtlinien dieser Website verwaltet, sonst die URL der Website-Richtlinie, sonst kein Link.';
$string['receipts'] = 'Einwilligungsbelege';
$string['receiptsetting'] = 'Belege in dieser Website speichern';
$string['receiptsetting_desc'] = 'Jede Entscheidung wird an diese Website gesendet (<code>/local/assent/receipt.php</code>, mit dem Sitzungsschlüssel, damit keine andere Website Belege im Namen einer Person senden kann) und einmal gespeichert, verknüpft mit der angemeldeten Person. Belege von Gästen tragen keine Person.';
$string['receiptsof'] = 'Belege von {$a}, neueste zuerst';
$string['report'] = 'Einwilligungsbericht (assent)';
$string['retentiondays'] = 'Belege aufbewahren (Tage)';
$string['retentiondays_desc'] = 'Ältere Belege löscht eine nächtliche Aufgabe. 0 bewahrt sie unbegrenzt auf. Standard 1095 (drei Jahre); bewahren Sie sie so lange auf, wie Sie die Einwilligung nachweisen müssen.';
$string['revision'] = 'Revision';
$string['revision_desc'] = 'Beliebiger Text, zum Beispiel <code>2026-09</code> (<code>data-revision</code>). Ändert er sich, werden alle erneut gefragt. Ändern Sie ihn, wenn sich die Bannertexte oder der Umfang einer Kategorie ändern.';
$string['task_deleteoldreceipts'] = 'Einwilligungsbelege nach Ablauf der Aufbewahrungsfrist löschen';
$string['usernotfound'] = 'Keine solche Person.';
$string['userreceipts'] = 'Belege einer Person';
$string['value_auto'] = 'Automatisch';
$string['value_ignore'] = 'Ignorieren';
$string['value_off'] = 'Aus';
$string['value_on'] = 'An';
$string['value_respect'] = 'Beachten';
