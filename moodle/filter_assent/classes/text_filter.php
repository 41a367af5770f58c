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
 * The assent text filter (Moodle 4.5+ loads it from here; filter.php aliases it for 4.1 to 4.4).
 *
 * @package    filter_assent
 * @copyright  2026 assent contributors
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

namespace filter_assent;

defined('MOODLE_INTERNAL') || die();

/**
 * Gates every provider embed in formatted text on the server, before the HTML leaves it.
 *
 * Follows filter/mediaplugin/classes/text_filter.php: a cheap way out for
 * texts without anything to do, then the work. Ordered after *Multimedia
 * plugins* (db/install.php puts it last), it also sees the iframes the
 * YouTube, Vimeo and Video.js players print.
 *
 * @package    filter_assent
 * @copyright  2026 assent contributors
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class text_filter extends filter_base {
    /**
     * Rewrites the provider embeds of one text (see \filter_assent\rewriter).
     *
     * @param string $text Some HTML content to process.
     * @param array $options Options passed to the filter (unused).
     * @return string The HTML with every provider embed gated.
     */
    public function filter($text, array $options = []) {
        if (!is_string($text) || $text === '') {
            return $text;
        }
        return rewriter::rewrite($text, self::extra_hosts());
    }

    /**
     * The hosts listed in the filter's settings (filter_assent | extrahosts), read once per request.
     *
     * @return string[]
     */
    private static function extra_hosts(): array {
        static $hosts = null;
        if ($hosts === null) {
            $setting = (string)get_config('filter_assent', 'extrahosts');
            $hosts = rewriter::normalise_hosts(preg_split('~[\s,;]+~', $setting, -1, PREG_SPLIT_NO_EMPTY));
        }
        return $hosts;
    }
}
