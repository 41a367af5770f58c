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
 * The receipt endpoint's decisions, without Moodle.
 *
 * @package    local_assent
 * @copyright  2026 assent contributors
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

namespace local_assent;

/**
 * Answers one POST of a receipt the way assent's outbox expects (CONTRACT
 * section 8, src/receipts/outbox.ts): 2xx or 409 and the browser forgets the
 * receipt; 400, 413, 415 or 422 and it keeps it but passes it over; anything
 * else and it retries later. The answers are those of the reference receiver
 * (examples/receiver/server.mjs), plus 403 when the request does not come
 * from this Moodle's own pages (wrong sesskey or a foreign Origin).
 *
 * receipt.php feeds it the request and Moodle's verdicts (sesskey, user);
 * everything it decides is tested by PHPUnit.
 *
 * @package    local_assent
 * @copyright  2026 assent contributors
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class receipt_intake {
    /** A receipt is well under 2 KB; 32 KB is far beyond any honest one (as in the reference receiver). */
    public const MAX_BODY = 32768;

    /** @var receipt_validator */
    private $validator;
    /** @var receipt_store */
    private $store;

    /**
     * @param receipt_validator $validator
     * @param receipt_store $store
     */
    public function __construct(receipt_validator $validator, receipt_store $store) {
        $this->validator = $validator;
        $this->store = $store;
    }

    /**
     * The answer to one request.
     *
     * @param string $method The HTTP method.
     * @param string $contenttype The Content-Type header ('' when none).
     * @param string|null $body The body, at most MAX_BODY + 1 bytes of it; null when it could not be read.
     * @param bool $sesskeyok Whether the sesskey in the URL is this session's (confirm_sesskey()).
     * @param bool $originok Whether the Origin header, when sent, is this site's.
     * @param int|null $userid The logged-in user; null for a guest or nobody.
     * @param int $now Unix time.
     * @return array{status: int, body: array, headers: array<string, string>}
     */
    public function handle(string $method, string $contenttype, ?string $body, bool $sesskeyok, bool $originok,
            ?int $userid, int $now): array {
        if (strtoupper($method) !== 'POST') {
            return self::answer(405, 'method-not-allowed', 'Use POST.', ['Allow' => 'POST']);
        }
        if (!$originok) {
            return self::answer(403, 'foreign-origin', 'Receipts are accepted from this site\'s own pages only.');
        }
        if (!$sesskeyok) {
            // Not refused "as such": the browser keeps the receipt and sends it again from the next page,
            // whose data-endpoint carries the session's current sesskey.
            return self::answer(403, 'invalid-sesskey', 'The sesskey in the URL is not this session\'s.');
        }
        // Only application/json: a cross-site form can send text/plain without asking (no CORS preflight).
        $type = strtolower(trim(explode(';', $contenttype, 2)[0]));
        if ($type !== 'application/json') {
            return self::answer(415, 'unsupported-media-type', 'Send the receipt as application/json.');
        }
        if ($body === null || strlen($body) > self::MAX_BODY) {
            return self::answer(413, 'too-large', 'A receipt is at most ' . self::MAX_BODY . ' bytes.');
        }
        try {
            $receipt = json_decode($body, false, 32, JSON_THROW_ON_ERROR);
        } catch (\JsonException $e) {
            return self::answer(400, 'invalid-json', 'The body is not JSON: ' . $e->getMessage());
        }
        $errors = $this->validator->validate($receipt);
        if ($errors) {
            $answer = self::answer(400, 'invalid-receipt', 'The receipt does not match ' . $this->validator->version() . ': '
                . receipt_validator::describe($errors));
            $answer['body']['errors'] = $errors;
            return $answer;
        }
        $json = json_encode($receipt, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);
        switch ($this->store->add($receipt, $json, $userid, $now)) {
            case receipt_store::STORED:
                return ['status' => 201, 'body' => ['id' => $receipt->id, 'status' => 'stored'], 'headers' => []];
            case receipt_store::DUPLICATE:
                // The same receipt again (a beacon, then a fetch): stored once, acknowledged again.
                return ['status' => 200, 'body' => ['id' => $receipt->id, 'status' => 'duplicate'], 'headers' => []];
            default:
                return self::answer(409, 'conflict', "Another receipt with the id {$receipt->id} is stored already.");
        }
    }

    /**
     * Whether an Origin header names this site (none sent counts as yes: sendBeacon and old browsers send none).
     *
     * @param string|null $origin The Origin header.
     * @param string $wwwroot $CFG->wwwroot.
     * @return bool
     */
    public static function origin_matches(?string $origin, string $wwwroot): bool {
        if ($origin === null || $origin === '') {
            return true;
        }
        $site = parse_url($wwwroot);
        if (!isset($site['scheme'], $site['host'])) {
            return false;
        }
        $expected = strtolower($site['scheme'] . '://' . $site['host'] . (isset($site['port']) ? ':' . $site['port'] : ''));
        return strtolower(rtrim($origin, '/')) === $expected;
    }

    private static function answer(int $status, string $error, string $message, array $headers = []): array {
        return ['status' => $status, 'body' => ['error' => $error, 'message' => $message], 'headers' => $headers];
    }
}
