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
 * Consent rates from stored receipts, for the report.
 *
 * @package    local_assent
 * @copyright  2026 assent contributors
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

namespace local_assent;

// Moodle-free: the PHPUnit suite runs it without Moodle; report.php feeds it a recordset.

/**
 * Per period (day, week or month of the decision, UTC) and per revision: how
 * many decisions there were and the share of them that allowed each optional
 * category. A person who decides twice counts twice: the figures describe
 * decisions, which is what receipts are.
 *
 * @package    local_assent
 * @copyright  2026 assent contributors
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class consent_stats {
    /** Period keys as gmdate() formats. */
    private const FORMATS = ['day' => 'Y-m-d', 'week' => 'o-\WW', 'month' => 'Y-m'];

    /** @var string */
    private $period;
    /** @var array<string, array{total: int, granted: array<string, int>}> */
    private $byperiod = [];
    /** @var array<string, array{total: int, granted: array<string, int>}> */
    private $byrevision = [];
    /** @var array<string, true> */
    private $categories = [];

    /**
     * @param string $period `day`, `week` or `month`.
     */
    public function __construct(string $period = 'month') {
        $this->period = isset(self::FORMATS[$period]) ? $period : 'month';
    }

    /**
     * Counts one receipt.
     *
     * @param int $time When it was decided (Unix seconds).
     * @param string $revision Its revision ('' for none).
     * @param string $categories Its decisions.categories as JSON (`{"essential":true,"analytics":false}`).
     */
    public function add(int $time, string $revision, string $categories): void {
        $flags = json_decode($categories, true);
        if (!is_array($flags)) {
            return;
        }
        unset($flags['essential']);
        self::count($this->byperiod, gmdate(self::FORMATS[$this->period], $time), $flags);
        self::count($this->byrevision, $revision, $flags);
        foreach (array_keys($flags) as $name) {
            $this->categories[(string)$name] = true;
        }
    }

    private static function count(array &$table, string $key, array $flags): void {
        $table[$key] = $table[$key] ?? ['total' => 0, 'granted' => []];
        $table[$key]['total']++;
        foreach ($flags as $name => $granted) {
            $table[$key]['granted'][$name] = ($table[$key]['granted'][$name] ?? 0) + ($granted === true ? 1 : 0);
        }
    }

    /** The optional categories seen, sorted. */
    public function categories(): array {
        $names = array_keys($this->categories);
        sort($names);
        return $names;
    }

    /**
     * The rates over time, oldest period first.
     *
     * @return array{labels: string[], totals: int[], rates: array<string, float[]>} rates in per cent, one decimal.
     */
    public function over_time(): array {
        ksort($this->byperiod);
        return $this->table($this->byperiod);
    }

    /**
     * The rates per revision, in the order revisions sort ('' is "no revision").
     *
     * @return array{labels: string[], totals: int[], rates: array<string, float[]>}
     */
    public function per_revision(): array {
        ksort($this->byrevision, SORT_STRING);
        return $this->table($this->byrevision);
    }

    private function table(array $rows): array {
        $result = ['labels' => array_map('strval', array_keys($rows)), 'totals' => [], 'rates' => []];
        foreach ($this->categories() as $name) {
            $result['rates'][$name] = [];
        }
        foreach ($rows as $row) {
            $result['totals'][] = $row['total'];
            foreach ($this->categories() as $name) {
                $result['rates'][$name][] = round(100 * ($row['granted'][$name] ?? 0) / $row['total'], 1);
            }
        }
        return $result;
    }
}
