<?php
// Command line front of \filter_assent\rewriter for the Node tests and for
// trying it out: HTML on stdin, the rewritten HTML on stdout; arguments are
// extra hosts to gate (as in the filter's setting).
//
//   php test/php/rewrite.php [host ...] < page.html

require __DIR__ . '/../../moodle/filter_assent/classes/rewriter.php';

echo \filter_assent\rewriter::rewrite(stream_get_contents(STDIN), array_slice($argv, 1));
