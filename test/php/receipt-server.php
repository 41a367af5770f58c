<?php
// A stand-in for a Moodle site around local_assent's receipt endpoint, for
// test/node/moodle-receipts.test.mjs: `php -S HOST:PORT test/php/receipt-server.php`.
// It serves a course page with the tag local_assent prints, the dist/
// folder under /local/assent/dist/, and POST /local/assent/receipt.php
// answered by the plugin's own \local_assent\receipt_intake and validator
// against docs/receipt.schema.json, exactly as receipt.php calls them. Only
// Moodle's parts are stood in for: the session's sesskey and user come from
// the environment, and the table is a JSON file (locked per request).
//
// Environment: ASSENT_DIST, ASSENT_STORE (JSON file), ASSENT_SESSKEY, ASSENT_USERID ('' = guest).

require __DIR__ . '/bootstrap.php';

use local_assent\receipt_intake;
use local_assent\receipt_store;
use local_assent\receipt_validator;
use local_assent\script_tag;

/** local_assent_receipts as a JSON file: receipt id => row. */
final class file_receipt_store implements receipt_store {
    /** @var string */
    private $file;

    public function __construct(string $file) {
        $this->file = $file;
    }

    public function add(\stdClass $receipt, string $json, ?int $userid, int $now): string {
        $handle = fopen($this->file, 'c+');
        flock($handle, LOCK_EX);
        $rows = json_decode(stream_get_contents($handle) ?: '{}', true);
        if (isset($rows[$receipt->id])) {
            $result = $rows[$receipt->id]['receipt'] === $json ? self::DUPLICATE : self::CONFLICT;
        } else {
            $rows[$receipt->id] = ['receipt' => $json, 'userid' => $userid, 'timereceived' => $now];
            ftruncate($handle, 0);
            rewind($handle);
            fwrite($handle, json_encode($rows, JSON_UNESCAPED_SLASHES));
            $result = self::STORED;
        }
        flock($handle, LOCK_UN);
        fclose($handle);
        return $result;
    }
}

$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
$wwwroot = 'http://' . $_SERVER['HTTP_HOST'];

if ($path === '/local/assent/receipt.php') {
    $userid = getenv('ASSENT_USERID') === '' ? null : (int)getenv('ASSENT_USERID');
    $intake = new receipt_intake(receipt_validator::from_file(__DIR__ . '/../../docs/receipt.schema.json'),
        new file_receipt_store(getenv('ASSENT_STORE')));
    $body = file_get_contents('php://input', false, null, 0, receipt_intake::MAX_BODY + 1);
    $answer = $intake->handle($_SERVER['REQUEST_METHOD'], $_SERVER['CONTENT_TYPE'] ?? '', $body === false ? null : $body,
        hash_equals(getenv('ASSENT_SESSKEY'), (string)($_GET['sesskey'] ?? '')),
        receipt_intake::origin_matches($_SERVER['HTTP_ORIGIN'] ?? null, $wwwroot), $userid, time());
    http_response_code($answer['status']);
    header('Content-Type: application/json; charset=utf-8');
    foreach ($answer['headers'] as $name => $value) {
        header("$name: $value");
    }
    echo json_encode($answer['body']);
    return true;
}

if (strpos($path, '/local/assent/dist/') === 0) {
    $dist = realpath(getenv('ASSENT_DIST'));
    $file = realpath($dist . '/' . substr($path, strlen('/local/assent/dist/')));
    if ($file === false || strpos($file, $dist . '/') !== 0) {
        http_response_code(404);
        return true;
    }
    $types = ['js' => 'text/javascript; charset=utf-8', 'css' => 'text/css', 'json' => 'application/json', 'map' => 'application/json'];
    header('Content-Type: ' . ($types[pathinfo($file, PATHINFO_EXTENSION)] ?? 'application/octet-stream'));
    readfile($file);
    return true;
}

if ($path === '/course' || $path === '/course-stale') {
    // The head local_assent prints, with this "session's" sesskey (or a stale one).
    $sesskey = $path === '/course' ? getenv('ASSENT_SESSKEY') : 'stale' . getenv('ASSENT_SESSKEY');
    $head = script_tag::html('/local/assent/dist/assent.js?v=2026120300', ['lang' => 'moodle', 'revision' => '2026-09'], [
        'lang' => 'en',
        'policyhandler' => 'tool_policy',
        'policyurl' => $wwwroot . '/admin/tool/policy/viewall.php',
        'endpoint' => $wwwroot . '/local/assent/receipt.php?sesskey=' . $sesskey,
    ]);
    header('Content-Type: text/html; charset=utf-8');
    echo "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Course</title>\n$head</head>"
        . "<body><h1>Course</h1><p>Welcome.</p></body></html>";
    return true;
}

http_response_code(404);
return true;
