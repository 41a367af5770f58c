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
 * Deletes receipts older than the retention setting.
 *
 * @package    local_assent
 * @copyright  2026 assent contributors
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

namespace local_assent\task;

/**
 * Runs nightly (db/tasks.php); local_assent | retentiondays 0 keeps receipts for ever.
 *
 * @package    local_assent
 * @copyright  2026 assent contributors
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class delete_old_receipts extends \core\task\scheduled_task {
    /**
     * The task's name on Site administration › Server › Scheduled tasks.
     *
     * @return string
     */
    public function get_name() {
        return get_string('task_deleteoldreceipts', 'local_assent');
    }

    /**
     * Deletes receipts received before the cut-off.
     */
    public function execute() {
        global $DB;
        $days = (int)get_config('local_assent', 'retentiondays');
        if ($days <= 0) {
            mtrace('local_assent: retention is unlimited, nothing deleted.');
            return;
        }
        $cutoff = time() - $days * DAYSECS;
        $count = $DB->count_records_select('local_assent_receipts', 'timereceived < ?', [$cutoff]);
        $DB->delete_records_select('local_assent_receipts', 'timereceived < ?', [$cutoff]);
        mtrace("local_assent: deleted $count receipts received more than $days days ago.");
    }
}
