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
 * The assent script tag from the plugin's settings.
 *
 * @package    local_assent
 * @copyright  2026 assent contributors
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

namespace local_assent;

// Moodle-free: the PHPUnit suite runs it without Moodle; head.php gives it Moodle's facts.

/**
 * Maps the settings page (local_assent | NAME) to the data attributes of
 * CONTRACT section 2, and prints the tag.
 *
 * A bad stored value never reaches the page: it is left out, so the widget
 * uses its default, as it would for a bad attribute.
 *
 * @package    local_assent
 * @copyright  2026 assent contributors
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class script_tag {
    /** The settings and their defaults, as settings.php offers them. */
    public const DEFAULTS = [
        'enabled' => '1',
        'lang' => 'moodle',
        'categories' => 'analytics',
        'consentdays' => '180',
        'embeddays' => '14',
        'revision' => '',
        'privacyurl' => '',
        'embeds' => 'auto',
        'banner' => 'auto',
        'matomo' => 'off',
        'consentmode' => 'off',
        'gpc' => 'respect',
        'receipts' => '1',
        'cookiedomain' => '',
        'configjson' => '',
    ];
    /** Settings with a fixed list of values (the first is the default). */
    public const CHOICES = [
        'embeds' => ['auto', 'off'],
        'banner' => ['auto', 'off'],
        'matomo' => ['off', 'on'],
        'consentmode' => ['off', 'on'],
        'gpc' => ['respect', 'ignore'],
    ];
    /** The policy handler whose page is the default privacy link (admin/tool/policy). */
    public const TOOL_POLICY = 'tool_policy';

    /**
     * The data attributes, in the contract's order.
     *
     * @param array $config The plugin's settings (get_config('local_assent') as an array); missing ones take DEFAULTS.
     * @param array $site What Moodle knows: `lang` (current_language(), e.g. `pt_br`), `policyhandler`
     *     ($CFG->sitepolicyhandler), `policyurl` (tool_policy's viewall.php, absolute), `sitepolicyurl`
     *     ($CFG->sitepolicy), `endpoint` (receipt.php with this session's sesskey).
     * @return array<string, string> attribute name => value
     */
    public static function attributes(array $config, array $site): array {
        $config += self::DEFAULTS;
        $attributes = [];

        $lang = trim((string)$config['lang']);
        if ($lang === 'moodle') {
            $lang = (string)($site['lang'] ?? '');
        }
        $lang = str_replace('_', '-', strtolower($lang));
        if ($lang === 'auto' || preg_match('~^[a-z]{2,3}(-[a-z0-9]{1,8})*$~', $lang)) {
            $attributes['data-lang'] = $lang;
        }

        $categories = array_filter(array_map('trim', explode(',', strtolower((string)$config['categories']))), 'strlen');
        $categories = array_filter($categories, static function (string $name): bool {
            return preg_match('~^[a-z][a-z0-9_-]{0,31}$~', $name) === 1 && $name !== 'essential';
        });
        $attributes['data-categories'] = implode(',', array_unique($categories));

        foreach (['consentdays' => 'data-consent-days', 'embeddays' => 'data-embed-days'] as $name => $attribute) {
            $days = trim((string)$config[$name]);
            if (preg_match('~^\d{1,3}$~', $days) && (int)$days >= 1 && (int)$days <= 395) {
                $attributes[$attribute] = (string)(int)$days;
            }
        }

        $revision = trim((string)$config['revision']);
        if ($revision !== '') {
            $attributes['data-revision'] = $revision;
        }

        $privacy = self::url(trim((string)$config['privacyurl']));
        if ($privacy === null && ($site['policyhandler'] ?? '') === self::TOOL_POLICY) {
            $privacy = self::url((string)($site['policyurl'] ?? ''));
        }
        if ($privacy === null && empty($site['policyhandler'])) {
            $privacy = self::url((string)($site['sitepolicyurl'] ?? ''));
        }
        if ($privacy !== null) {
            $attributes['data-privacy-url'] = $privacy;
        }

        foreach (self::CHOICES as $name => $values) {
            $value = (string)$config[$name];
            $attributes['data-' . ($name === 'consentmode' ? 'consent-mode' : $name)] = in_array($value, $values, true) ? $value : $values[0];
        }

        if (!empty($config['receipts']) && !empty($site['endpoint'])) {
            $attributes['data-endpoint'] = (string)$site['endpoint'];
        }

        $domain = strtolower(trim((string)$config['cookiedomain']));
        if ($domain !== '' && preg_match('~^\.?[a-z0-9-]+(\.[a-z0-9-]+)+$~', $domain)) {
            $attributes['data-cookie-domain'] = $domain;
        }
        return $attributes;
    }

    /**
     * The `<script type="application/json" id="assent-config">` block (texts and
     * categories per language, CONTRACT section 2), or '' when the setting is
     * empty or not a JSON object. Re-encoded so that no `<` can end the element early.
     *
     * @param string $json The configjson setting.
     * @return string
     */
    public static function config_block(string $json): string {
        if (trim($json) === '') {
            return '';
        }
        $decoded = json_decode($json);
        if (!$decoded instanceof \stdClass) {
            return '';
        }
        $encoded = json_encode($decoded, JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);
        return '<script type="application/json" id="assent-config">' . $encoded . "</script>\n";
    }

    /**
     * The HTML for the page head: the config block, then the tag, plain (no
     * defer, no async) so the elements are defined before the body is parsed.
     *
     * @param string $src URL of the plugin's dist/assent.js.
     * @param array $config The plugin's settings.
     * @param array $site See attributes().
     * @return string '' when the plugin is switched off.
     */
    public static function html(string $src, array $config, array $site): string {
        $config += self::DEFAULTS;
        if (empty($config['enabled'])) {
            return '';
        }
        $tag = '<script src="' . self::escape($src) . '"';
        foreach (self::attributes($config, $site) as $name => $value) {
            $tag .= ' ' . $name . '="' . self::escape($value) . '"';
        }
        return self::config_block((string)$config['configjson']) . $tag . "></script>\n";
    }

    /** An http(s) URL or a path on this site; null for anything else (javascript:, empty). */
    private static function url(string $url): ?string {
        if ($url === '' || preg_match('~[\x00-\x20"<>]~', $url)) {
            return null;
        }
        return preg_match('~^(https?://[^/?#]+|/(?!/))~i', $url) ? $url : null;
    }

    private static function escape(string $value): string {
        return htmlspecialchars($value, ENT_QUOTES | ENT_HTML5, 'UTF-8');
    }
}
