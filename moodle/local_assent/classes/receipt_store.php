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
 * Where receipts are kept.
 *
 * @package    local_assent
 * @copyright  2026 assent contributors
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

namespace local_assent;

/**
 * Stores each receipt id once (Moodle's: db_receipt_store; the tests': a memory one).
 *
 * @package    local_assent
 * @copyright  2026 assent contributors
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
interface receipt_store {
    /** The receipt was new and is stored now. */
    public const STORED = 'stored';
    /** The same receipt (same id, same content) is stored already. */
    public const DUPLICATE = 'duplicate';
    /** Another receipt with this id is stored already. */
    public const CONFLICT = 'conflict';

    /**
     * Stores a valid receipt unless its id is known.
     *
     * @param \stdClass $receipt The receipt, valid against the schema.
     * @param string $json Its canonical JSON (what is compared for a repeated id).
     * @param int|null $userid The Moodle user it came from; null for a guest or a visitor not logged in.
     * @param int $now Arrival time (Unix seconds).
     * @return string One of STORED, DUPLICATE, CONFLICT.
     */
    public function add(\stdClass $receipt, string $json, ?int $userid, int $now): string;
}
