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
 * The data protection officer's report: consent rates over time and per
 * revision (Moodle's chart API, lib/classes/chart_line.php and chart_bar.php),
 * one user's receipts, and every receipt as CSV or another data format
 * (lib/classes/dataformat.php).
 *
 * @package    local_assent
 * @copyright  2026 assent contributors
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require(__DIR__ . '/../../config.php');
require_once($CFG->libdir . '/adminlib.php');

$period = optional_param('period', 'month', PARAM_ALPHA);
$userquery = optional_param('user', '', PARAM_RAW_TRIMMED);
$download = optional_param('download', '', PARAM_ALPHA);

// Checks login and local/assent:viewreports (the capability of the page in settings.php).
admin_externalpage_setup('local_assent_report', '', ['period' => $period, 'user' => $userquery]);
$context = context_system::instance();
require_capability('local/assent:viewreports', $context);

$table = 'local_assent_receipts';
$spans = ['day' => 31, 'week' => 26 * 7, 'month' => 365];
$period = isset($spans[$period]) ? $period : 'month';

// One user, by id, username or email address.
$user = null;
if ($userquery !== '') {
    if (ctype_digit($userquery)) {
        $user = $DB->get_record('user', ['id' => (int)$userquery, 'deleted' => 0]);
    } else {
        $user = $DB->get_record_select('user', 'deleted = 0 AND (username = :username OR LOWER(email) = :email)',
            ['username' => $userquery, 'email' => core_text::strtolower($userquery)], '*', IGNORE_MULTIPLE);
    }
}

if ($download !== '') {
    require_sesskey();
    $conditions = $user ? ['userid' => $user->id] : [];
    $columns = [
        'receiptid' => get_string('col_receiptid', 'local_assent'),
        'decided' => get_string('col_decided', 'local_assent'),
        'received' => get_string('col_received', 'local_assent'),
        'userid' => get_string('col_userid', 'local_assent'),
        'revision' => get_string('col_revision', 'local_assent'),
        'source' => get_string('col_source', 'local_assent'),
        'language' => get_string('col_language', 'local_assent'),
        'categories' => get_string('col_categories', 'local_assent'),
        'embeds' => get_string('col_embeds', 'local_assent'),
        'policies' => get_string('col_policies', 'local_assent'),
        'receipt' => get_string('col_receipt', 'local_assent'),
    ];
    $records = $DB->get_recordset($table, $conditions, 'timedecided, id');
    \core\dataformat::download_data('assent-receipts-' . gmdate('Y-m-d'), $download, $columns, $records,
        static function (\stdClass $r): array {
            return [
                $r->receiptid, gmdate('Y-m-d\TH:i:s\Z', $r->timedecided), gmdate('Y-m-d\TH:i:s\Z', $r->timereceived),
                $r->userid ?? '', $r->revision ?? '', $r->source, $r->language, $r->categories, $r->embeds, $r->policies, $r->receipt,
            ];
        });
    $records->close();
    die;
}

$PAGE->set_url(new moodle_url('/local/assent/report.php', ['period' => $period]));
$PAGE->set_title(get_string('report', 'local_assent'));
$PAGE->set_heading(get_string('report', 'local_assent'));

echo $OUTPUT->header();
echo $OUTPUT->heading(get_string('report', 'local_assent'));

// Consent rates over time, from the decisions of the chosen span.
$stats = new \local_assent\consent_stats($period);
$records = $DB->get_recordset_select($table, 'timedecided >= ?', [time() - $spans[$period] * DAYSECS], 'timedecided',
    'id, timedecided, revision, categories');
foreach ($records as $record) {
    $stats->add((int)$record->timedecided, (string)$record->revision, (string)$record->categories);
}
$records->close();

$periods = [];
foreach (array_keys($spans) as $name) {
    $periods[$name] = get_string('period_' . $name, 'local_assent');
}
echo $OUTPUT->single_select($PAGE->url, 'period', $periods, $period, null, 'periodselect');

$overtime = $stats->over_time();
if (!$overtime['labels']) {
    echo $OUTPUT->notification(get_string('noreceipts', 'local_assent'), 'info');
} else {
    $chart = new \core\chart_line();
    $chart->set_title(get_string('chart_overtime', 'local_assent'));
    $chart->set_labels($overtime['labels']);
    foreach ($overtime['rates'] as $category => $rates) {
        $chart->add_series(new \core\chart_series($category, $rates));
    }
    $yaxis = $chart->get_yaxis(0, true);
    $yaxis->set_label(get_string('chart_percent', 'local_assent'));
    $yaxis->set_min(0);
    $yaxis->set_max(100);
    echo $OUTPUT->render($chart);

    $perrevision = $stats->per_revision();
    $bar = new \core\chart_bar();
    $bar->set_title(get_string('chart_perrevision', 'local_assent'));
    $bar->set_labels(array_map(static function (string $label): string {
        return $label === '' ? get_string('norevision', 'local_assent') : $label;
    }, $perrevision['labels']));
    foreach ($perrevision['rates'] as $category => $rates) {
        $bar->add_series(new \core\chart_series($category, $rates));
    }
    $bar->get_yaxis(0, true)->set_max(100);
    echo $OUTPUT->render($bar);

    // The same as figures, with how many decisions each rate is made of.
    $figures = new html_table();
    $figures->head = array_merge([get_string('col_revision', 'local_assent'), get_string('decisions', 'local_assent')],
        array_keys($perrevision['rates']));
    foreach ($perrevision['labels'] as $i => $label) {
        $row = [$label === '' ? get_string('norevision', 'local_assent') : s($label), $perrevision['totals'][$i]];
        foreach ($perrevision['rates'] as $rates) {
            $row[] = format_float($rates[$i], 1) . ' %';
        }
        $figures->data[] = $row;
    }
    echo html_writer::table($figures);
}

// One user's receipts.
echo $OUTPUT->heading(get_string('userreceipts', 'local_assent'), 3);
echo html_writer::start_tag('form', ['method' => 'get', 'action' => $PAGE->url->out_omit_querystring(), 'class' => 'form-inline mb-3']);
echo html_writer::empty_tag('input', ['type' => 'hidden', 'name' => 'period', 'value' => $period]);
echo html_writer::label(get_string('finduser', 'local_assent'), 'local_assent_user', true, ['class' => 'mr-2 me-2']);
echo html_writer::empty_tag('input', ['type' => 'text', 'name' => 'user', 'id' => 'local_assent_user', 'value' => $userquery,
    'class' => 'form-control mr-2 me-2']);
echo html_writer::empty_tag('input', ['type' => 'submit', 'value' => get_string('search'), 'class' => 'btn btn-secondary']);
echo html_writer::end_tag('form');

if ($userquery !== '' && !$user) {
    echo $OUTPUT->notification(get_string('usernotfound', 'local_assent'), 'warning');
} else if ($user) {
    $rows = new html_table();
    $rows->head = [get_string('col_decided', 'local_assent'), get_string('col_revision', 'local_assent'),
        get_string('col_source', 'local_assent'), get_string('col_language', 'local_assent'),
        get_string('col_categories', 'local_assent'), get_string('col_embeds', 'local_assent'),
        get_string('col_policies', 'local_assent')];
    foreach ($DB->get_records($table, ['userid' => $user->id], 'timedecided DESC, id DESC') as $r) {
        $rows->data[] = [userdate($r->timedecided), s($r->revision), s($r->source), s($r->language),
            html_writer::tag('code', s($r->categories)), html_writer::tag('code', s($r->embeds)),
            html_writer::tag('code', s($r->policies))];
    }
    echo html_writer::tag('p', get_string('receiptsof', 'local_assent', fullname($user)));
    echo $rows->data ? html_writer::table($rows) : $OUTPUT->notification(get_string('noreceipts', 'local_assent'), 'info');
}

// Every receipt (or the user's) in a data format: CSV, Excel, JSON, ...
echo $OUTPUT->heading(get_string('export', 'local_assent'), 3);
echo $OUTPUT->download_dataformat_selector(get_string('exportreceipts', 'local_assent'), 'report.php', 'download',
    ['user' => $user ? $user->id : '', 'sesskey' => sesskey()]);

echo $OUTPUT->footer();
