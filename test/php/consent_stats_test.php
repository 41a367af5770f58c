<?php
// PHPUnit tests of the figures local_assent's report charts, without Moodle.

use local_assent\consent_stats;
use PHPUnit\Framework\TestCase;

final class consent_stats_test extends TestCase {
    public function test_rates_per_month_and_per_revision(): void {
        $stats = new consent_stats('month');
        $jan = gmmktime(12, 0, 0, 1, 15, 2026);
        $feb = gmmktime(12, 0, 0, 2, 3, 2026);
        $stats->add($jan, '2026-01', '{"essential":true,"analytics":true,"marketing":false}');
        $stats->add($jan, '2026-01', '{"essential":true,"analytics":false,"marketing":false}');
        $stats->add($feb, '2026-02', '{"essential":true,"analytics":true,"marketing":true}');
        $stats->add($feb, '2026-02', '{"essential":true,"analytics":true}');
        $stats->add($feb, '', 'not json');
        $this->assertSame(['analytics', 'marketing'], $stats->categories());
        $this->assertSame([
            'labels' => ['2026-01', '2026-02'],
            'totals' => [2, 2],
            'rates' => ['analytics' => [50.0, 100.0], 'marketing' => [0.0, 50.0]],
        ], $stats->over_time());
        $this->assertSame(['2026-01', '2026-02'], $stats->per_revision()['labels']);
    }

    public function test_weeks_and_days_and_numeric_revisions(): void {
        $stats = new consent_stats('week');
        $stats->add(gmmktime(0, 0, 0, 12, 31, 2026), '3', '{"essential":true,"analytics":true}');
        $stats->add(gmmktime(0, 0, 0, 1, 2, 2026), '10', '{"essential":true,"analytics":false}');
        $this->assertSame(['2026-W01', '2026-W53'], $stats->over_time()['labels']);
        $this->assertSame(['10', '3'], $stats->per_revision()['labels']);
        $days = new consent_stats('day');
        $days->add(gmmktime(23, 59, 0, 3, 1, 2026), '', '{"essential":true}');
        $this->assertSame(['labels' => ['2026-03-01'], 'totals' => [1], 'rates' => []], $days->over_time());
    }
}
