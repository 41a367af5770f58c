<?php
// Time per call of \filter_assent\rewriter::rewrite() (the filter plugin's
// work on one formatted text), on a 1 MB course page and on the texts a
// filter sees most: a short label without any embed, and one with a video.
// A bench, not a test: it asserts nothing about time.
//
//   php bench/moodle-rewriter.php            (REWRITER_RUNS=50 by default)

require __DIR__ . '/../moodle/filter_assent/classes/rewriter.php';

use filter_assent\rewriter;

$runs = (int)(getenv('REWRITER_RUNS') ?: 50);
$fixtures = __DIR__ . '/../test/php/fixtures/';

/** A course page of about $bytes: sections of text, labels, lists, tables, players, pasted iframes, H5P, a script. */
function course_page(string $fixtures, int $bytes): string {
    $blocks = [
        '<div class="section"><h3 class="sectionname">Week %d</h3><div class="summary"><p dir="ltr">Lorem ipsum dolor sit amet, '
            . 'consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Übung %d – «Größe».</p>'
            . '<ul><li><a href="https://moodle.example.org/mod/page/view.php?id=%d">Reading %d</a></li><li><a href="https://moodle.example.org/mod/quiz/view.php?id=%d">Quiz</a></li></ul>'
            . '<table class="generaltable"><tr><th>Due</th><td>Friday</td></tr><tr><th>Points</th><td>10</td></tr></table></div></div>' . "\n",
        file_get_contents($fixtures . 'youtube-share-embed.html'),
        file_get_contents($fixtures . 'moodle-media-players.html'),
        file_get_contents($fixtures . 'vimeo-embed-code.html'),
        file_get_contents($fixtures . 'moodle-videojs-youtube.html'),
        file_get_contents($fixtures . 'untouched.html'),
        '<script>require(["core/first"], function() { M.util.js_complete("x"); });</script><!-- section end -->' . "\n",
    ];
    $page = '';
    for ($i = 0; strlen($page) < $bytes; $i++) {
        $block = $blocks[$i % 7 === 0 ? 1 + intdiv($i, 7) % 6 : 0];
        $page .= str_replace('%d', (string)$i, $block);
    }
    return $page;
}

/** Median and range of the time per call, in milliseconds. */
function measure(string $html, int $runs): array {
    rewriter::rewrite($html); // Warm-up (autoload, PCRE JIT).
    $times = [];
    for ($i = 0; $i < $runs; $i++) {
        $start = hrtime(true);
        rewriter::rewrite($html);
        $times[] = (hrtime(true) - $start) / 1e6;
    }
    sort($times);
    return [$times[intdiv(count($times), 2)], $times[0], $times[count($times) - 1]];
}

$cases = [
    'course page, 1 MB' => course_page($fixtures, 1024 * 1024),
    'label without an embed' => '<div class="no-overflow"><p dir="ltr" style="text-align: left;">Welcome to the course! '
        . 'Please read the <a href="https://moodle.example.org/mod/page/view.php?id=3">syllabus</a> before the first seminar.</p></div>',
    'page with one pasted YouTube iframe' => file_get_contents($fixtures . 'youtube-share-embed.html'),
];

printf("rewriter::rewrite(), %d calls each, PHP %s (%s), %s\n", $runs, PHP_VERSION, php_uname('m'), date('D M j H:i:s T Y'));
printf("| text | size | embeds gated | time per call: median (min–max) |\n| --- | ---: | ---: | ---: |\n");
foreach ($cases as $name => $html) {
    [$median, $min, $max] = measure($html, $runs);
    $gated = substr_count(rewriter::rewrite($html), 'data-assent-src=');
    $unit = $median < 0.1 ? ['µs', 1000] : ['ms', 1];
    printf("| %s | %s | %d | %.3g %s (%.3g–%.3g) |\n", $name, number_format(strlen($html)) . ' B', $gated,
        $median * $unit[1], $unit[0], $min * $unit[1], $max * $unit[1]);
}
