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
 * Receipts in Moodle's database.
 *
 * @package    local_assent
 * @copyright  2026 assent contributors
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

namespace local_assent;

/**
 * The table local_assent_receipts (db/install.xml); its unique index on
 * receiptid keeps each receipt once, also when two copies arrive at the same time.
 *
 * @package    local_assent
 * @copyright  2026 assent contributors
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class db_receipt_store implements receipt_store {
    /** The table. */
    public const TABLE = 'local_assent_receipts';

    /**
     * The row for a valid receipt.
     *
     * @param \stdClass $receipt
     * @param string $json
     * @param int|null $userid
     * @param int $now
     * @return \stdClass
     */
    public static function record(\stdClass $receipt, string $json, ?int $userid, int $now): \stdClass {
        $flags = JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE;
        $decided = strtotime($receipt->timestamp);
        return (object)[
            'receiptid' => $receipt->id,
            'userid' => $userid,
            'timereceived' => $now,
            'timedecided' => $decided === false ? $now : $decided,
            'revision' => $receipt->revision,
            'source' => $receipt->source,
            'language' => $receipt->language,
            'categories' => json_encode($receipt->decisions->categories, $flags),
            'embeds' => json_encode($receipt->decisions->embeds, $flags),
            'policies' => json_encode($receipt->policies, $flags),
            'receipt' => $json,
        ];
    }

    /**
     * Stores the receipt unless its id is known.
     *
     * @param \stdClass $receipt
     * @param string $json
     * @param int|null $userid
     * @param int $now
     * @return string
     */
    public function add(\stdClass $receipt, string $json, ?int $userid, int $now): string {
        global $DB;
        $existing = $DB->get_field(self::TABLE, 'receipt', ['receiptid' => $receipt->id]);
        if ($existing === false) {
            try {
                $DB->insert_record(self::TABLE, self::record($receipt, $json, $userid, $now), false);
                return self::STORED;
            } catch (\dml_write_exception $e) {
                // The same id inserted a moment ago by another request (the unique index said no).
                $existing = $DB->get_field(self::TABLE, 'receipt', ['receiptid' => $receipt->id], MUST_EXIST);
            }
        }
        return $existing === $json ? self::DUPLICATE : self::CONFLICT;
    }
}
