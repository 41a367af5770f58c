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
 * Privacy API of local_assent.
 *
 * @package    local_assent
 * @copyright  2026 assent contributors
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

namespace local_assent\privacy;

use core_privacy\local\metadata\collection;
use core_privacy\local\request\approved_contextlist;
use core_privacy\local\request\approved_userlist;
use core_privacy\local\request\contextlist;
use core_privacy\local\request\transform;
use core_privacy\local\request\userlist;
use core_privacy\local\request\writer;

/**
 * Receipts are site-wide, so they live in the system context; each belongs
 * to the user who was logged in when it arrived (guest receipts to nobody).
 *
 * Follows the three interfaces as core's own plugins implement them
 * (privacy/classes/local/metadata/provider.php, request/plugin/provider.php,
 * request/core_userlist_provider.php).
 *
 * @package    local_assent
 * @copyright  2026 assent contributors
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class provider implements
        \core_privacy\local\metadata\provider,
        \core_privacy\local\request\plugin\provider,
        \core_privacy\local\request\core_userlist_provider {

    /** The table. */
    private const TABLE = 'local_assent_receipts';

    /**
     * What the plugin stores, and the cookies assent keeps in the browser.
     *
     * @param collection $collection
     * @return collection
     */
    public static function get_metadata(collection $collection): collection {
        $collection->add_database_table(self::TABLE, [
            'receiptid' => 'privacy:metadata:receipts:receiptid',
            'userid' => 'privacy:metadata:receipts:userid',
            'timereceived' => 'privacy:metadata:receipts:timereceived',
            'timedecided' => 'privacy:metadata:receipts:timedecided',
            'revision' => 'privacy:metadata:receipts:revision',
            'source' => 'privacy:metadata:receipts:source',
            'language' => 'privacy:metadata:receipts:language',
            'categories' => 'privacy:metadata:receipts:categories',
            'embeds' => 'privacy:metadata:receipts:embeds',
            'policies' => 'privacy:metadata:receipts:policies',
        ], 'privacy:metadata:receipts');
        // The Privacy API has no type for browser storage. The cookies and the outbox are listed as a
        // location of their own so that they appear in the plugin privacy registry with what they hold.
        $collection->add_external_location_link('browser', [
            'assent' => 'privacy:metadata:cookie:assent',
            'assent_provider' => 'privacy:metadata:cookie:assent_provider',
            'assent_policies' => 'privacy:metadata:cookie:assent_policies',
            'assent_outbox' => 'privacy:metadata:cookie:assent_outbox',
        ], 'privacy:metadata:browser');
        // Players load from YouTube, Vimeo or Google only after the learner's click (filter_assent).
        $collection->add_external_location_link('embedproviders', [
            'ipaddress' => 'privacy:metadata:embedproviders:ipaddress',
        ], 'privacy:metadata:embedproviders');
        return $collection;
    }

    /**
     * The system context when the user has receipts.
     *
     * @param int $userid
     * @return contextlist
     */
    public static function get_contexts_for_userid(int $userid): contextlist {
        $contextlist = new contextlist();
        $contextlist->add_from_sql(
            'SELECT ctx.id FROM {context} ctx WHERE ctx.contextlevel = :level
              AND EXISTS (SELECT 1 FROM {' . self::TABLE . '} r WHERE r.userid = :userid)',
            ['level' => CONTEXT_SYSTEM, 'userid' => $userid]
        );
        return $contextlist;
    }

    /**
     * Users with receipts, in the system context.
     *
     * @param userlist $userlist
     */
    public static function get_users_in_context(userlist $userlist) {
        if ($userlist->get_context()->contextlevel != CONTEXT_SYSTEM) {
            return;
        }
        $userlist->add_from_sql('userid', 'SELECT userid FROM {' . self::TABLE . '} WHERE userid IS NOT NULL', []);
    }

    /**
     * The user's receipts, oldest first.
     *
     * @param approved_contextlist $contextlist
     */
    public static function export_user_data(approved_contextlist $contextlist) {
        global $DB;
        foreach ($contextlist->get_contexts() as $context) {
            if ($context->contextlevel != CONTEXT_SYSTEM) {
                continue;
            }
            $receipts = [];
            $records = $DB->get_recordset(self::TABLE, ['userid' => $contextlist->get_user()->id], 'timedecided, id');
            foreach ($records as $record) {
                $receipts[] = (object)[
                    'id' => $record->receiptid,
                    'decided' => transform::datetime($record->timedecided),
                    'received' => transform::datetime($record->timereceived),
                    'revision' => $record->revision,
                    'source' => $record->source,
                    'language' => $record->language,
                    'categories' => json_decode($record->categories),
                    'embeds' => json_decode($record->embeds),
                    'policies' => json_decode($record->policies),
                ];
            }
            $records->close();
            if ($receipts) {
                writer::with_context($context)->export_data(
                    [get_string('pluginname', 'local_assent'), get_string('receipts', 'local_assent')],
                    (object)['receipts' => $receipts]
                );
            }
        }
    }

    /**
     * Every user's receipts (guest receipts belong to nobody and stay).
     *
     * @param \context $context
     */
    public static function delete_data_for_all_users_in_context(\context $context) {
        global $DB;
        if ($context->contextlevel == CONTEXT_SYSTEM) {
            $DB->delete_records_select(self::TABLE, 'userid IS NOT NULL');
        }
    }

    /**
     * One user's receipts.
     *
     * @param approved_contextlist $contextlist
     */
    public static function delete_data_for_user(approved_contextlist $contextlist) {
        global $DB;
        foreach ($contextlist->get_contexts() as $context) {
            if ($context->contextlevel == CONTEXT_SYSTEM) {
                $DB->delete_records(self::TABLE, ['userid' => $contextlist->get_user()->id]);
            }
        }
    }

    /**
     * Some users' receipts.
     *
     * @param approved_userlist $userlist
     */
    public static function delete_data_for_users(approved_userlist $userlist) {
        global $DB;
        if ($userlist->get_context()->contextlevel != CONTEXT_SYSTEM || !$userlist->get_userids()) {
            return;
        }
        [$insql, $params] = $DB->get_in_or_equal($userlist->get_userids(), SQL_PARAMS_NAMED);
        $DB->delete_records_select(self::TABLE, "userid $insql", $params);
    }
}
