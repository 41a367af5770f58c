<?php
// PHPUnit tests of \filter_assent\rewriter, the Moodle-free heart of the
// filter plugin, over fixtures of the markup Moodle really stores and prints
// (fixtures/*.html, each with the expected output beside it) and over the
// edge cases of HTML a browser still reads.

use filter_assent\rewriter;
use PHPUnit\Framework\TestCase;

final class rewriter_test extends TestCase {
    private const YT = 'https://www.youtube.com/embed/aqz-KE-bpKQ';

    /** @return array<string, array{string, string}> */
    public function fixtures(): array {
        $cases = [];
        foreach (glob(__DIR__ . '/fixtures/*.expected.html') as $expected) {
            $input = str_replace('.expected.html', '.html', $expected);
            $cases[basename($input)] = [file_get_contents($input), file_get_contents($expected)];
        }
        return $cases;
    }

    /** @dataProvider fixtures */
    public function test_fixture_is_rewritten_exactly_as_expected(string $input, string $expected): void {
        $this->assertSame($expected, rewriter::rewrite($input));
    }

    /** @dataProvider fixtures */
    public function test_rewriting_twice_changes_nothing(string $input): void {
        $once = rewriter::rewrite($input);
        $this->assertSame($once, rewriter::rewrite($once));
    }

    /**
     * Independent of the expected files: parsed by libxml, no frame, object or
     * embed of the output points at a provider, and every data-assent-src does.
     *
     * @dataProvider fixtures
     */
    public function test_no_provider_url_is_left_live(string $input): void {
        $document = new DOMDocument();
        @$document->loadHTML('<?xml encoding="utf-8"?><body>' . rewriter::rewrite($input) . '</body>');
        $xpath = new DOMXPath($document);
        $live = [];
        foreach ($xpath->query('//iframe[@src] | //embed[@src] | //object[@data] | //param[@value]') as $node) {
            $url = $node->getAttribute($node->nodeName === 'object' ? 'data' : ($node->nodeName === 'param' ? 'value' : 'src'));
            if (rewriter::is_provider($url) && !$node->hasAttribute(rewriter::DATA_IGNORE)) {
                $live[] = $node->nodeName . ' ' . $url;
            }
        }
        $this->assertSame([], $live);
        foreach ($xpath->query('//iframe[@' . rewriter::DATA_SRC . ']') as $node) {
            $this->assertTrue(rewriter::is_provider($node->getAttribute(rewriter::DATA_SRC)), $node->getAttribute(rewriter::DATA_SRC));
        }
    }

    public function test_a_text_without_any_embed_comes_back_as_the_same_string(): void {
        $text = '<p>Lorem <a href="https://www.youtube.com/watch?v=aqz-KE-bpKQ">a link</a> ipsum</p>';
        $this->assertSame($text, rewriter::rewrite($text));
        $this->assertSame('', rewriter::rewrite(''));
    }

    /** @return array<string, array{string, string}> */
    public function edge_cases(): array {
        $yt = self::YT;
        return [
            'uppercase tag and attributes' => [
                "<IFRAME SRC=\"$yt\" WIDTH=\"560\" Title=\"T\"></IFRAME>",
                "<IFRAME data-assent-src=\"$yt\" WIDTH=\"560\" Title=\"T\"></IFRAME>",
            ],
            'single-quoted, with a double quote inside' => [
                "<iframe src='$yt?x=\"1\"' title='Say \"hi\"'></iframe>",
                "<iframe data-assent-src=\"$yt?x=&quot;1&quot;\" title='Say \"hi\"'></iframe>",
            ],
            'unquoted values' => [
                "<iframe width=560 src=$yt height=315></iframe>",
                "<iframe data-assent-src=\"$yt\" width=560 height=315></iframe>",
            ],
            'spaces around =, new lines between attributes' => [
                "<iframe\n  src = \"$yt\"\n  allowfullscreen\n></iframe>",
                "<iframe data-assent-src=\"$yt\"\n  allowfullscreen\n></iframe>",
            ],
            'a slash between tag name and attribute' => [
                "<iframe/src=\"$yt\"></iframe>",
                "<iframe data-assent-src=\"$yt\"></iframe>",
            ],
            'two src attributes: both go, the first one counts' => [
                "<iframe src=\"$yt\" src=\"https://moodle.example.org/x\"></iframe>",
                "<iframe data-assent-src=\"$yt\"></iframe>",
            ],
            'an own-site first src keeps the frame as it is' => [
                "<iframe src=\"/mod/h5p/embed.php\" src=\"$yt\"></iframe>",
                "<iframe src=\"/mod/h5p/embed.php\" src=\"$yt\"></iframe>",
            ],
            'protocol-relative, http, and www-less' => [
                '<iframe src="//www.youtube.com/embed/aqz-KE-bpKQ"></iframe><iframe src="http://youtube.com/embed/aqz-KE-bpKQ"></iframe>',
                '<iframe data-assent-src="//www.youtube.com/embed/aqz-KE-bpKQ"></iframe><iframe data-assent-src="http://youtube.com/embed/aqz-KE-bpKQ"></iframe>',
            ],
            'youtu.be and m.youtube.com' => [
                '<iframe src="https://youtu.be/aqz-KE-bpKQ"></iframe><iframe src="https://m.youtube.com/embed/aqz-KE-bpKQ"></iframe>',
                '<iframe data-assent-src="https://youtu.be/aqz-KE-bpKQ"></iframe><iframe data-assent-src="https://m.youtube.com/embed/aqz-KE-bpKQ"></iframe>',
            ],
            'URLs a browser still reads as YouTube' => [
                '<iframe src=" https:\\\\www.YouTube.com\\embed\\aqz-KE-bpKQ"></iframe>'
                    . '<iframe src="https://user@www.youtube.com:443/embed/aqz-KE-bpKQ"></iframe>'
                    . '<iframe src="https://www.you%74ube.com./embed/aqz-KE-bpKQ"></iframe>'
                    . '<iframe src="&#104;ttps://www.&#x79;outube.com/embed/aqz-KE-bpKQ"></iframe>'
                    . '<iframe src="https://ｗｗｗ．ｙｏｕｔｕｂｅ．ｃｏｍ/embed/aqz-KE-bpKQ"></iframe>'
                    . "<iframe src=\"ht\ttps://www.youtube.com/embed/aqz-KE-bpKQ\"></iframe>",
                '<iframe data-assent-src=" https:\\\\www.YouTube.com\\embed\\aqz-KE-bpKQ"></iframe>'
                    . '<iframe data-assent-src="https://user@www.youtube.com:443/embed/aqz-KE-bpKQ"></iframe>'
                    . '<iframe data-assent-src="https://www.you%74ube.com./embed/aqz-KE-bpKQ"></iframe>'
                    . '<iframe data-assent-src="&#104;ttps://www.&#x79;outube.com/embed/aqz-KE-bpKQ"></iframe>'
                    . '<iframe data-assent-src="https://ｗｗｗ．ｙｏｕｔｕｂｅ．ｃｏｍ/embed/aqz-KE-bpKQ"></iframe>'
                    . "<iframe data-assent-src=\"ht\ttps://www.youtube.com/embed/aqz-KE-bpKQ\"></iframe>",
            ],
            'an old data-assent-src next to a live src' => [
                "<iframe data-assent-src=\"https://player.vimeo.com/video/1\" src=\"$yt\"></iframe>",
                "<iframe data-assent-src=\"$yt\"></iframe>",
            ],
            'multibyte text around, in the title and in the URL' => [
                "<p>Übung: «Größe» — 日本語の動画 🎬</p><iframe title=\"Vorlesung – Teil 2 ✓\" src=\"$yt?title=%E2%9C%93&amp;n=ü\"></iframe><p>Ende ✓</p>",
                "<p>Übung: «Größe» — 日本語の動画 🎬</p><iframe data-assent-src=\"$yt?title=%E2%9C%93&amp;n=ü\" title=\"Vorlesung – Teil 2 ✓\"></iframe><p>Ende ✓</p>",
            ],
            'bytes that are not UTF-8 stay as they were' => [
                "<p>caf\xE9 \xFF\xFE</p><iframe src=\"$yt\"></iframe>\xC3",
                "<p>caf\xE9 \xFF\xFE</p><iframe data-assent-src=\"$yt\"></iframe>\xC3",
            ],
            'comments, scripts, styles, textareas and attribute values are text' => [
                "<!-- <iframe src=\"$yt\"> --><script>document.write('<iframe src=\"$yt\">')</script>"
                    . "<style>/* <iframe src=\"$yt\"> */</style><textarea><iframe src=\"$yt\"></textarea>"
                    . "<a title=\"<iframe src=$yt>\">x</a><!--><iframe src=\"$yt\"></iframe>",
                "<!-- <iframe src=\"$yt\"> --><script>document.write('<iframe src=\"$yt\">')</script>"
                    . "<style>/* <iframe src=\"$yt\"> */</style><textarea><iframe src=\"$yt\"></textarea>"
                    . "<a title=\"<iframe src=$yt>\">x</a><!--><iframe data-assent-src=\"$yt\"></iframe>",
            ],
            'the text inside an iframe is not markup' => [
                "<iframe src=\"/local.php\"><iframe src=\"$yt\"></iframe><iframe src=\"$yt\">fallback <b>text</b></iframe>",
                "<iframe src=\"/local.php\"><iframe src=\"$yt\"></iframe><iframe data-assent-src=\"$yt\">fallback <b>text</b></iframe>",
            ],
            'broken HTML: an unclosed iframe, an unclosed comment, a stray <' => [
                "a < b <iframe src=\"$yt\" title=\"x\"><p>after",
                "a < b <iframe data-assent-src=\"$yt\" title=\"x\"><p>after",
            ],
            'broken HTML: a tag cut off at the end is dropped by browsers, left here' => [
                "<p>x</p><iframe src=\"$yt\"",
                "<p>x</p><iframe src=\"$yt\"",
            ],
            'broken HTML: an unclosed comment hides the rest' => [
                "<!-- <iframe src=\"$yt\">",
                "<!-- <iframe src=\"$yt\">",
            ],
            'an iframe without src, and one with an empty src' => [
                '<iframe></iframe><iframe src=""></iframe><iframe src></iframe>',
                '<iframe></iframe><iframe src=""></iframe><iframe src></iframe>',
            ],
            'a Maps embed, not Google search or Maps ccTLD look-alikes' => [
                '<iframe src="https://www.google.com/maps/embed/v1/place?key=K&amp;q=Berlin"></iframe><iframe src="https://www.google.com/mapsearch"></iframe>',
                '<iframe data-assent-src="https://www.google.com/maps/embed/v1/place?key=K&amp;q=Berlin"></iframe><iframe src="https://www.google.com/mapsearch"></iframe>',
            ],
            'Video.js with single-quoted JSON (older media_videojs)' => [
                "<video data-setup-lazy='{\"techOrder\": [\"youtube\"], \"sources\": [{\"type\": \"video/youtube\", \"src\":\"https://youtu.be/aqz-KE-bpKQ?t=30\"}]}' title=\"Clip\" width=\"400\" height=\"300\"><a href=\"https://youtu.be/aqz-KE-bpKQ\">Clip</a></video>tail",
                '<iframe data-assent-src="https://youtu.be/aqz-KE-bpKQ?t=30" title="Clip" width="400" height="300" allow="fullscreen"></iframe>tail',
            ],
            'Video.js with broken JSON is no YouTube player' => [
                '<video data-setup-lazy="{not json" title="x"></video>',
                '<video data-setup-lazy="{not json" title="x"></video>',
            ],
            'an embed with the end tag embed codes write' => [
                "<embed src=\"$yt\" width=\"2\"></EMBED >after<embed src=\"$yt\">",
                "<iframe data-assent-src=\"$yt\" width=\"2\" allow=\"fullscreen\"></iframe>after<iframe data-assent-src=\"$yt\" allow=\"fullscreen\"></iframe>",
            ],
            'an object with data, and an embed inside a non-provider object' => [
                "<object data=\"$yt\" width=\"1\"></object><object data=\"/local.swf\"><embed src=\"$yt\"></object>",
                "<iframe data-assent-src=\"$yt\" width=\"1\" allow=\"fullscreen\"></iframe><object data=\"/local.swf\"><iframe data-assent-src=\"$yt\" allow=\"fullscreen\"></iframe></object>",
            ],
        ];
    }

    /** @dataProvider edge_cases */
    public function test_edge_case(string $input, string $expected): void {
        $this->assertSame($expected, rewriter::rewrite($input));
        $this->assertSame($expected, rewriter::rewrite($expected), 'idempotent');
    }

    public function test_hosts_the_admin_lists_are_gated_with_their_subdomains(): void {
        $html = '<iframe src="https://media.example.com/e/1"></iframe><iframe src="https://example.com/e/2"></iframe>'
            . '<iframe src="https://notexample.com/e/3"></iframe><iframe src="https://www.dailymotion.com/embed/video/x8"></iframe>';
        $expected = '<iframe data-assent-src="https://media.example.com/e/1"></iframe><iframe data-assent-src="https://example.com/e/2"></iframe>'
            . '<iframe src="https://notexample.com/e/3"></iframe><iframe data-assent-src="https://www.dailymotion.com/embed/video/x8"></iframe>';
        $hosts = ['*.Example.com ', 'https://www.dailymotion.com/some/path', '', 'not a host', 'x..y'];
        $this->assertSame($expected, rewriter::rewrite($html, $hosts));
        $this->assertSame(['example.com', 'www.dailymotion.com'], rewriter::normalise_hosts($hosts));
        $this->assertSame($html, rewriter::rewrite($html, []) === $html ? $html : 'changed', 'not gated without the setting');
    }

    public function test_200_iframes_in_one_text_are_all_gated_and_nothing_else_changes(): void {
        $parts = [];
        $expected = [];
        for ($i = 0; $i < 200; $i++) {
            $paragraph = "<p>Paragraph $i, ä ö ü.</p>\n";
            $id = substr(str_pad((string)$i, 11, 'x', STR_PAD_LEFT), 0, 11);
            $url = $i % 2 ? "https://player.vimeo.com/video/$i" : "https://www.youtube.com/embed/$id";
            $parts[] = $paragraph . "<iframe width=\"560\" src=\"$url\" title=\"Video $i\"></iframe>\n";
            $expected[] = $paragraph . "<iframe data-assent-src=\"$url\" width=\"560\" title=\"Video $i\"></iframe>\n";
        }
        $out = rewriter::rewrite(implode('', $parts));
        $this->assertSame(implode('', $expected), $out);
        $this->assertSame(200, substr_count($out, 'data-assent-src='));
        $this->assertSame(0, preg_match('~<iframe[^>]*\ssrc=~', $out));
    }

    public function test_a_text_already_rewritten_is_returned_unchanged(): void {
        $done = file_get_contents(__DIR__ . '/fixtures/moodle-media-players.expected.html');
        $this->assertSame($done, rewriter::rewrite($done));
    }

    public function test_huge_raw_text_and_comments_do_not_break_the_scan(): void {
        $script = '<script>' . str_repeat('var a = "<" + "iframe>"; ', 50000) . '</script>';
        $comment = '<!--' . str_repeat('- <iframe src="' . self::YT . '"> ', 20000) . '-->';
        $html = $script . $comment . '<iframe src="' . self::YT . '"></iframe>';
        $expected = $script . $comment . '<iframe data-assent-src="' . self::YT . '"></iframe>';
        // Compared by hash: a failure would otherwise print a megabyte.
        $this->assertSame(sha1($expected), sha1(rewriter::rewrite($html)));
    }
}
