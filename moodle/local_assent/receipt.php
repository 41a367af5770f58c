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
 * The receipt endpoint: assent POSTs each consent receipt here (data-endpoint).
 *
 * POST /local/assent/receipt.php?sesskey=... with one receipt as application/json.
 * Answers: 201 stored, 200 the same receipt again, 409 another receipt with
 * this id, 400 not JSON or not the schema, 413 too large, 415 not JSON,
 * 403 wrong sesskey or another site's page, 405 not POST. The decisions are
 * \local_assent\receipt_intake's (tested by PHPUnit); this file only hands
 * it the request and Moodle's verdicts.
 *
 * @package    local_assent
 * @copyright  2026 assent contributors
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

// Errors as JSON, no HTML page around them (lib/setup.php honours both).
define('AJAX_SCRIPT', true);
define('NO_DEBUG_DISPLAY', true);
// The session is read (sesskey, user) but never written: no session lock held
// while receipts of several tabs arrive (Moodle 4.0+, lib/classes/session/manager.php).
define('READ_ONLY_SESSION', true);

require(__DIR__ . '/../../config.php');

// No require_login(): guests and visitors not logged in decide too; their receipts carry no user.
$sesskey = optional_param('sesskey', '', PARAM_RAW);
// confirm_sesskey('') would fall back to required_param() and throw: no key is simply a wrong key.
$sesskeyok = $sesskey !== '' && confirm_sesskey($sesskey);
$userid = (isloggedin() && !isguestuser()) ? (int)$USER->id : null;
\core\session\manager::write_close();

$method = $_SERVER['REQUEST_METHOD'] ?? 'GET';
$contenttype = $_SERVER['CONTENT_TYPE'] ?? ($_SERVER['HTTP_CONTENT_TYPE'] ?? '');
$origin = $_SERVER['HTTP_ORIGIN'] ?? null;
// One byte more than allowed is enough to know a body is too large.
$body = $method === 'POST'
    ? file_get_contents('php://input', false, null, 0, \local_assent\receipt_intake::MAX_BODY + 1)
    : '';

try {
    $intake = new \local_assent\receipt_intake(
        \local_assent\receipt_validator::from_file(__DIR__ . '/schema/receipt.schema.json'),
        new \local_assent\db_receipt_store()
    );
    $answer = $intake->handle((string)$method, (string)$contenttype, $body === false ? null : $body, $sesskeyok,
        \local_assent\receipt_intake::origin_matches($origin, $CFG->wwwroot), $userid, time());
} catch (\Throwable $e) {
    // Answered here, not by Moodle's exception handler: the browser must see a 5xx to keep the receipt and retry.
    debugging('local_assent receipt endpoint: ' . $e->getMessage(), DEBUG_NORMAL);
    $answer = ['status' => 500, 'body' => ['error' => 'server-error', 'message' => 'The receipt was not stored; send it again.'],
        'headers' => []];
}

http_response_code($answer['status']);
header('Content-Type: application/json; charset=utf-8');
header('Cache-Control: no-store');
foreach ($answer['headers'] as $name => $value) {
    header($name . ': ' . $value);
}
echo json_encode($answer['body'], JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);
