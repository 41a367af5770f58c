<?php
// This file is part of the assent Moodle plugins - https://github.com/assent
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
 * The server half of assent's gate: provider iframes become iframes without a live URL.
 *
 * @package    filter_assent
 * @copyright  2026 assent contributors
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

namespace filter_assent;

// No MOODLE_INTERNAL check: this class needs nothing from Moodle, so the
// PHPUnit suite (and the browser test) run it without a Moodle install.

/**
 * Rewrites HTML so that no embed of a known provider holds a live URL.
 *
 * Every `<iframe src>` of YouTube (youtube-nocookie too), Vimeo, a Google Maps
 * embed or a host the admin listed becomes `<iframe data-assent-src="URL" ...>`
 * without `src`, keeping every other attribute as it was written. Moodle's
 * Video.js YouTube players (`<video data-setup-lazy>`) and `<object>`/`<embed>`
 * of those providers become the same iframe. An iframe without `src` requests
 * nothing, and assent's script in the page head turns it into a click-to-load
 * placeholder (CONTRACT section 4), so the provider hears of the page only
 * after the learner's click.
 *
 * Everything else comes back byte for byte: the text is never parsed into a
 * DOM and written out again, only the few tags that change are spliced. The
 * scan follows the HTML tokenizer where it matters for a gate (comments, raw
 * text of script/style/textarea, quotes in attribute values, `/` between
 * attributes, duplicate attributes, any letter case), so what a browser
 * would load is what is found. Rewriting twice changes nothing.
 */
final class rewriter {
    /** The attribute that holds the URL of a gated embed (assent's DATA_SRC). */
    public const DATA_SRC = 'data-assent-src';
    /** An embed the site trusts without consent: left alone here and in the browser (DATA_IGNORE). */
    public const DATA_IGNORE = 'data-assent-ignore';

    /** Hosts whose every iframe is a provider's player (with all their subdomains). */
    private const PLAYER_DOMAINS = [
        'youtube.com', 'youtube-nocookie.com', 'youtu.be', 'y2u.be', 'youtube.googleapis.com',
        'vimeo.com',
    ];
    /** Google hosts whose `/maps` paths are Maps embeds; everything else on them (reCAPTCHA) is not. */
    private const MAPS_HOSTS = ['www.google.com', 'google.com'];
    /** A host that serves nothing but maps. */
    private const MAPS_ONLY_HOST = 'maps.google.com';

    /** Elements whose content is text up to their end tag: no tag inside them is a tag. */
    private const RAW_TEXT = ['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes'];
    /** The start tags this class may change. */
    private const CANDIDATES = ['iframe', 'video', 'object', 'embed'];
    /** Attributes of an `<object>`/`<embed>` carried over to the iframe that replaces it. */
    private const KEPT_FROM_PLUGIN = ['id', 'class', 'style', 'title', 'width', 'height'];

    /** Attribute name/value pairs after a tag name, up to `>` (quotes count only after `=`). */
    private const TAG_REST = '(?:[^>=]++|=[\t\n\f\r ]*+(?:"[^"]*+"|\'[^\']*+\'|))*+';
    /** A start or end tag at the offset given: its name, its attributes, its `>` (empty when cut off). */
    private const TAG = '~\G</?+([a-zA-Z][^\t\n\f\r />]*+)(' . self::TAG_REST . ')(>?)~';

    /**
     * The HTML with every provider embed gated; anything else unchanged.
     *
     * @param string $html Any HTML fragment or page, in any encoding that is ASCII-compatible (UTF-8 in Moodle).
     * @param string[] $extrahosts More hosts to gate (their subdomains too), as an admin typed them:
     *     `player.example.com`, `*.example.com`, or a URL whose host is taken.
     * @return string
     */
    public static function rewrite(string $html, array $extrahosts = []): string {
        // Filters run on every text of every page: most texts hold none of these tags.
        if (!preg_match('~<(?:iframe|video|object|embed)~i', $html)) {
            return $html;
        }
        $extra = self::normalise_hosts($extrahosts);
        $out = '';
        $copied = 0;
        $pos = 0;
        $length = strlen($html);
        while (($lt = strpos($html, '<', $pos)) !== false) {
            $next = $lt + 1 < $length ? $html[$lt + 1] : '';
            if ($next === '!' && substr_compare($html, '<!--', $lt, 4) === 0) {
                $pos = self::comment_end($html, $lt);
                continue;
            }
            if ($next === '!' || $next === '?' || ($next === '/' && !ctype_alpha($html[$lt + 2] ?? ''))) {
                // Doctype, bogus comment, `</>`: up to the next `>`.
                $end = strpos($html, '>', $lt);
                $pos = $end === false ? $length : $end + 1;
                continue;
            }
            if (!ctype_alpha($next) && $next !== '/') {
                $pos = $lt + 1; // A `<` in text.
                continue;
            }
            // A start or end tag: its name, then its attributes up to `>`.
            if (!preg_match(self::TAG, $html, $m, 0, $lt)) {
                $pos = $lt + 1; // Only a PCRE failure gets here (the pattern matches any letter after `<`).
                continue;
            }
            $tagend = $lt + strlen($m[0]);
            $name = strtolower($m[1]);
            if ($next === '/' || $m[3] === '') {
                // An end tag, or a tag cut off at the end of the text (the browser drops it).
                $pos = $tagend;
                continue;
            }
            $replacement = null;
            $resume = $tagend;
            if (in_array($name, self::CANDIDATES, true)) {
                [$replacement, $resume] = self::gate($html, $tagend, $m[1], $m[2], $extra);
            }
            if (in_array($name, self::RAW_TEXT, true)) {
                $resume = max($resume, self::raw_text_end($html, $tagend, $name));
            }
            if ($replacement !== null) {
                $out .= substr($html, $copied, $lt - $copied) . $replacement;
                // What followed the start tag of a raw text element (an iframe's fallback text) stays.
                $copied = $name === 'iframe' ? $tagend : $resume;
            }
            $pos = $resume;
        }
        return $copied === 0 ? $html : $out . substr($html, $copied);
    }

    /**
     * What replaces the element whose start tag ends at `$tagend` (its name as written, then `$rest`).
     *
     * @return array{0: ?string, 1: int} The replacement (null: none) and where scanning goes on.
     */
    private static function gate(string $html, int $tagend, string $tagname, string $rest, array $extra): array {
        $name = strtolower($tagname);
        $attributes = self::attributes($rest);
        if (self::first($attributes, self::DATA_IGNORE) !== null) {
            return [null, $tagend];
        }
        if ($name === 'iframe') {
            $src = self::first($attributes, 'src');
            if ($src === null || !self::is_provider($src['value'], $extra)) {
                return [null, $tagend];
            }
            // Every `src` goes (the browser would fall back on a second one), and an old data-assent-src too.
            $kept = self::without($rest, $attributes, ['src', self::DATA_SRC]);
            return ['<' . $tagname . ' ' . self::DATA_SRC . '="' . self::quote($src) . '"' . $kept . '>', $tagend];
        }
        if ($name === 'embed') {
            $src = self::first($attributes, 'src');
            if ($src === null || !self::is_provider($src['value'], $extra)) {
                return [null, $tagend];
            }
            // `<embed>` is a void element; the `</embed>` embed codes write after it goes with it.
            $end = preg_match('~\G</embed[\t\n\f\r ]*>~i', $html, $m, 0, $tagend) ? $tagend + strlen($m[0]) : $tagend;
            return [self::iframe(self::plugin_url(self::decode($src['value'])), $attributes, $rest), $end];
        }
        // <video> and <object>: the whole element, up to its own end tag, becomes one iframe.
        $end = self::element_end($html, $tagend, $name);
        if ($name === 'video') {
            $url = self::videojs_youtube(self::first($attributes, 'data-setup-lazy') ?? self::first($attributes, 'data-setup'));
            if ($url === null || !self::is_provider($url, $extra)) {
                return [null, $tagend];
            }
            return [self::iframe($url, $attributes, $rest, ['id', 'title', 'width', 'height']), $end];
        }
        $url = self::object_url($attributes, substr($html, $tagend, $end - $tagend));
        if ($url === null || !self::is_provider($url, $extra)) {
            return [null, $tagend];
        }
        return [self::iframe(self::plugin_url($url), $attributes, $rest), $end];
    }

    /**
     * The attributes of a tag as the HTML tokenizer reads them, in order.
     *
     * @param string $rest What follows the tag name, without the closing `>`.
     * @return array<int, array{name: string, value: string, quote: string, start: int, end: int}>
     *     The value raw (entities not decoded); start/end: the span in `$rest` with the space before it.
     */
    private static function attributes(string $rest): array {
        $found = [];
        $length = strlen($rest);
        $i = 0;
        while ($i < $length) {
            $before = $i;
            $i += strspn($rest, "\t\n\f\r /", $i);
            if ($i >= $length) {
                break;
            }
            // A name runs to a space, `/`, `>` or `=` (a leading `=` belongs to the name).
            $namelength = 1 + strcspn($rest, "\t\n\f\r /=", $i + 1);
            $name = strtolower(substr($rest, $i, $namelength));
            $i += $namelength;
            $value = '';
            $quote = '';
            $j = $i + strspn($rest, "\t\n\f\r ", $i);
            if ($j < $length && $rest[$j] === '=') {
                $j++;
                $j += strspn($rest, "\t\n\f\r ", $j);
                $char = $rest[$j] ?? '';
                if ($char === '"' || $char === "'") {
                    $close = strpos($rest, $char, $j + 1);
                    $close = $close === false ? $length : $close;
                    $value = substr($rest, $j + 1, $close - $j - 1);
                    $quote = $char;
                    $i = min($close + 1, $length);
                } else {
                    $valuelength = strcspn($rest, "\t\n\f\r ", $j);
                    $value = substr($rest, $j, $valuelength);
                    $i = $j + $valuelength;
                }
            }
            $found[] = ['name' => $name, 'value' => $value, 'quote' => $quote, 'start' => $before, 'end' => $i];
        }
        return $found;
    }

    /** The first attribute of that name: the one a browser uses. */
    private static function first(array $attributes, string $name): ?array {
        foreach ($attributes as $attribute) {
            if ($attribute['name'] === $name) {
                return $attribute;
            }
        }
        return null;
    }

    /** `$rest` without the attributes named, everything else as written. */
    private static function without(string $rest, array $attributes, array $names): string {
        $kept = '';
        $from = 0;
        foreach ($attributes as $attribute) {
            if (in_array($attribute['name'], $names, true)) {
                $kept .= substr($rest, $from, $attribute['start'] - $from);
                $from = $attribute['end'];
            }
        }
        $kept .= substr($rest, $from);
        // A separator left behind before `>` would read as an empty self-closing slash only: keep it tidy.
        return $kept === '' || strspn($kept, "\t\n\f\r ") === strlen($kept) ? '' : $kept;
    }

    /** An attribute value, still HTML-escaped, for a double-quoted attribute. */
    private static function quote(array $attribute): string {
        return $attribute['quote'] === '"' ? $attribute['value'] : str_replace('"', '&quot;', $attribute['value']);
    }

    /** An iframe in place of another player, with its size, hooks for CSS and title as written. */
    private static function iframe(string $url, array $attributes, string $rest, array $keep = self::KEPT_FROM_PLUGIN): string {
        $html = '<iframe ' . self::DATA_SRC . '="' . htmlspecialchars($url, ENT_QUOTES | ENT_HTML5, 'UTF-8', false) . '"';
        foreach ($keep as $name) {
            $attribute = self::first($attributes, $name);
            if ($attribute !== null) {
                $html .= ' ' . $name . '="' . self::quote($attribute) . '"';
            }
        }
        return $html . ' allow="fullscreen"></iframe>';
    }

    /**
     * The YouTube URL of a Video.js player, as media_videojs writes it
     * (media/player/videojs/classes/plugin.php: `"techOrder": ["youtube"]`,
     * `"sources": [{"type": "video/youtube", "src":"..."}]`); null for any other player.
     */
    private static function videojs_youtube(?array $setup): ?string {
        if ($setup === null) {
            return null;
        }
        $config = json_decode(self::decode($setup['value']), true);
        if (!is_array($config) || !isset($config['sources']) || !is_array($config['sources'])) {
            return null;
        }
        $youtubetech = isset($config['techOrder']) && is_array($config['techOrder']) && in_array('youtube', $config['techOrder'], true);
        foreach ($config['sources'] as $source) {
            if (is_array($source) && isset($source['src']) && is_string($source['src'])
                    && (($source['type'] ?? null) === 'video/youtube' || $youtubetech)) {
                // Moodle escapes the URL once more than HTML needs (a moodle_url printed through s()).
                return str_replace('&amp;', '&', $source['src']);
            }
        }
        return null;
    }

    /** The movie of an `<object>`: its `data`, a `<param name="movie">`, or the `<embed>` inside it. */
    private static function object_url(array $attributes, string $inner): ?string {
        $data = self::first($attributes, 'data');
        if ($data !== null && trim($data['value']) !== '') {
            return self::decode($data['value']);
        }
        if (preg_match_all('~<(param|embed)\b(' . self::TAG_REST . ')~i', $inner, $tags, PREG_SET_ORDER)) {
            foreach ($tags as [, $tag, $rest]) {
                $inside = self::attributes($rest);
                if (strtolower($tag) === 'embed') {
                    $src = self::first($inside, 'src');
                } else {
                    $name = self::first($inside, 'name');
                    $known = $name !== null && in_array(strtolower(trim($name['value'])), ['movie', 'src', 'url', 'filename'], true);
                    $src = $known ? self::first($inside, 'value') : null;
                }
                if ($src !== null && trim($src['value']) !== '') {
                    return self::decode($src['value']);
                }
            }
        }
        return null;
    }

    /**
     * The URL a Flash-era embed code points at, as today's player: YouTube's
     * `/v/ID&hl=en&fs=1` is `/embed/ID`, Vimeo's `moogaloop.swf?clip_id=ID` is
     * `player.vimeo.com/video/ID`. Anything else as it was.
     */
    private static function plugin_url(string $url): string {
        if (preg_match('~^(?:https?:)?//(?:www\.)?youtube(?:-nocookie)?\.com/v/([A-Za-z0-9_-]{11})(?:[?&#]|$)~i', trim($url), $m)) {
            return 'https://www.youtube.com/embed/' . $m[1];
        }
        if (preg_match('~^(?:https?:)?//(?:www\.)?vimeo\.com/moogaloop\.swf\?(?:[^#]*&)?clip_id=(\d+)~i', trim($url), $m)) {
            return 'https://player.vimeo.com/video/' . $m[1];
        }
        return $url;
    }

    /** An attribute value as the browser reads it (character references decoded). */
    private static function decode(string $value): string {
        return html_entity_decode($value, ENT_QUOTES | ENT_HTML5, 'UTF-8');
    }

    /**
     * Whether a URL (as written in an attribute) would reach a provider, read
     * the way a browser's URL parser reads it: spaces and control characters
     * around it dropped, tabs and new lines inside it dropped, `\` as `/`,
     * any number of slashes after `https:`, user info and port ignored,
     * percent-escapes and full-width letters in the host folded.
     */
    public static function is_provider(string $url, array $extrahosts = []): bool {
        $url = str_replace(["\t", "\n", "\r", '\\'], ['', '', '', '/'], self::decode($url));
        $url = trim($url, "\x00..\x20");
        if (!preg_match('~^(?:([a-zA-Z][a-zA-Z0-9+.-]*):)?(/*)([^/?#]*)(.*)$~s', $url, $m)) {
            return false;
        }
        [, $scheme, $slashes, $authority, $path] = $m;
        $scheme = strtolower($scheme);
        if ($scheme !== '' ? !in_array($scheme, ['http', 'https'], true) : strlen($slashes) < 2) {
            // javascript:, data:, about:blank, or a path on this site (H5P, LTI, pluginfile.php).
            return false;
        }
        $host = self::host($authority);
        if ($host === '') {
            return false;
        }
        foreach (array_merge(self::PLAYER_DOMAINS, $extrahosts) as $domain) {
            if ($host === $domain || str_ends_with($host, '.' . $domain)) {
                return true;
            }
        }
        if ($host === self::MAPS_ONLY_HOST) {
            return true;
        }
        return in_array($host, self::MAPS_HOSTS, true) && preg_match('~^/maps(?:[/?#]|$)~i', $path) === 1;
    }

    /** The host of a URL's authority, folded the way the URL parser folds it; '' for none or an IP literal. */
    private static function host(string $authority): string {
        $at = strrpos($authority, '@');
        $host = $at === false ? $authority : substr($authority, $at + 1);
        if ($host === '' || $host[0] === '[') {
            return '';
        }
        $host = rawurldecode(preg_replace('~:\d*$~', '', $host));
        // IDNA maps full-width forms and ideographic full stops to ASCII (`ｙｏｕｔｕｂｅ．ｃｏｍ`).
        $host = preg_replace_callback('~\xEF\xBC([\x81-\xBF])|\xEF\xBD([\x80-\x9E])~', static function (array $m): string {
            return $m[1] !== '' ? chr(ord($m[1]) - 0x81 + 0x21) : chr(ord($m[2]) - 0x80 + 0x60);
        }, $host);
        $host = str_replace(["\xE3\x80\x82", "\xEF\xBC\x8E", "\xEF\xBD\xA1"], '.', $host);
        return rtrim(strtolower($host), '.');
    }

    /**
     * Hosts as an admin typed them, one per entry: `Player.Example.com`,
     * `*.example.com`, `.example.com` or `https://example.com/path` all name example.com.
     *
     * @param string[] $hosts
     * @return string[]
     */
    public static function normalise_hosts(array $hosts): array {
        $clean = [];
        foreach ($hosts as $host) {
            $host = (string)preg_replace('~^[a-z][a-z0-9+.-]*://~i', '', trim((string)$host));
            $host = ltrim(self::host(substr($host, 0, strcspn($host, '/?#'))), '*.');
            if ($host !== '' && preg_match('~^[a-z0-9-]+(?:\.[a-z0-9-]+)*$~', $host)) {
                $clean[$host] = $host;
            }
        }
        return array_values($clean);
    }

    /** Where the comment that starts at `$lt` ends (`-->`, `--!>`, or the abrupt `<!-->` and `<!--->`). */
    private static function comment_end(string $html, int $lt): int {
        if (substr_compare($html, '<!-->', $lt, 5) === 0) {
            return $lt + 5;
        }
        if (substr_compare($html, '<!--->', $lt, 6) === 0) {
            return $lt + 6;
        }
        // No regular expression here: a comment can be as long as the text (PCRE's limits).
        $from = $lt + 4;
        while (($dashes = strpos($html, '--', $from)) !== false) {
            $after = substr($html, $dashes + 2, 2);
            if ($after !== '' && $after[0] === '>') {
                return $dashes + 3;
            }
            if ($after === '!>') {
                return $dashes + 4;
            }
            $from = $dashes + 1;
        }
        return strlen($html); // An unclosed comment runs to the end.
    }

    /** Where the raw text of a `$name` element that starts at `$from` ends (after its end tag). */
    private static function raw_text_end(string $html, int $from, string $name): int {
        $length = strlen($html);
        $needle = '</' . $name;
        while (($close = stripos($html, $needle, $from)) !== false) {
            $after = $html[$close + strlen($needle)] ?? '';
            if ($after === '' || strpos("\t\n\f\r />", $after) !== false) {
                $end = strpos($html, '>', $close);
                return $end === false ? $length : $end + 1;
            }
            $from = $close + strlen($needle);
        }
        return $length;
    }

    /** Where a `<video>`/`<object>` element that starts at `$from` ends: after its own end tag (nesting counted). */
    private static function element_end(string $html, int $from, string $name): int {
        $depth = 1;
        $pattern = '~<(/?)' . $name . '(?=[\t\n\f\r />])' . self::TAG_REST . '>?~i';
        $offset = $from;
        while (preg_match($pattern, $html, $m, PREG_OFFSET_CAPTURE, $offset)) {
            $offset = $m[0][1] + strlen($m[0][0]);
            $depth += $m[1][0] === '/' ? -1 : 1;
            if ($depth === 0) {
                return $offset;
            }
        }
        return $from; // No end tag: only the start tag is replaced.
    }
}
