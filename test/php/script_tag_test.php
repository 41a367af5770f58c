<?php
// PHPUnit tests of the settings-to-attributes mapping of local_assent (the
// tag its head hook prints on every page), without Moodle.

use local_assent\script_tag;
use PHPUnit\Framework\TestCase;

final class script_tag_test extends TestCase {
    private const SRC = 'https://moodle.example.org/local/assent/dist/assent.js?v=2026120300';

    private static function site(array $overrides = []): array {
        return array_replace([
            'lang' => 'de',
            'policyhandler' => '',
            'policyurl' => 'https://moodle.example.org/admin/tool/policy/viewall.php',
            'sitepolicyurl' => '',
            'endpoint' => 'https://moodle.example.org/local/assent/receipt.php?sesskey=AbC123xyZ0',
        ], $overrides);
    }

    public function test_the_defaults_give_the_contract_defaults_in_moodle_s_language_with_receipts(): void {
        $this->assertSame([
            'data-lang' => 'de',
            'data-categories' => 'analytics',
            'data-consent-days' => '180',
            'data-embed-days' => '14',
            'data-embeds' => 'auto',
            'data-banner' => 'auto',
            'data-matomo' => 'off',
            'data-consent-mode' => 'off',
            'data-gpc' => 'respect',
            'data-endpoint' => 'https://moodle.example.org/local/assent/receipt.php?sesskey=AbC123xyZ0',
        ], script_tag::attributes([], self::site()));
    }

    public function test_moodle_language_codes_become_bcp47(): void {
        $this->assertSame('pt-br', script_tag::attributes([], self::site(['lang' => 'pt_br']))['data-lang']);
        $this->assertSame('zh-cn', script_tag::attributes([], self::site(['lang' => 'zh_cn']))['data-lang']);
        $this->assertSame('auto', script_tag::attributes(['lang' => 'auto'], self::site())['data-lang']);
        $this->assertSame('fr', script_tag::attributes(['lang' => 'fr'], self::site())['data-lang']);
        $this->assertArrayNotHasKey('data-lang', script_tag::attributes(['lang' => 'not a language'], self::site()));
    }

    public function test_the_privacy_link_defaults_to_tool_policy_s_viewall_when_it_handles_policies(): void {
        $this->assertSame('https://moodle.example.org/admin/tool/policy/viewall.php',
            script_tag::attributes([], self::site(['policyhandler' => 'tool_policy']))['data-privacy-url']);
        $this->assertArrayNotHasKey('data-privacy-url', script_tag::attributes([], self::site()));
        $this->assertSame('https://moodle.example.org/sitepolicy.html',
            script_tag::attributes([], self::site(['sitepolicyurl' => 'https://moodle.example.org/sitepolicy.html']))['data-privacy-url']);
        $this->assertSame('/privacy', script_tag::attributes(['privacyurl' => '/privacy'], self::site(['policyhandler' => 'tool_policy']))['data-privacy-url']);
        $this->assertArrayNotHasKey('data-privacy-url', script_tag::attributes(['privacyurl' => 'javascript:alert(1)'], self::site()));
    }

    public function test_every_setting_maps_to_its_attribute(): void {
        $attributes = script_tag::attributes([
            'lang' => 'en', 'categories' => 'Analytics, marketing ,essential,bad name', 'consentdays' => '30', 'embeddays' => '395',
            'revision' => '2026-09', 'privacyurl' => 'https://example.org/p', 'embeds' => 'off', 'banner' => 'off',
            'matomo' => 'on', 'consentmode' => 'on', 'gpc' => 'ignore', 'receipts' => '0', 'cookiedomain' => '.Example.org',
        ], self::site());
        $this->assertSame([
            'data-lang' => 'en', 'data-categories' => 'analytics,marketing', 'data-consent-days' => '30', 'data-embed-days' => '395',
            'data-revision' => '2026-09', 'data-privacy-url' => 'https://example.org/p', 'data-embeds' => 'off', 'data-banner' => 'off',
            'data-matomo' => 'on', 'data-consent-mode' => 'on', 'data-gpc' => 'ignore', 'data-cookie-domain' => '.example.org',
        ], $attributes);
    }

    public function test_bad_stored_values_fall_back_to_the_widget_s_defaults(): void {
        $attributes = script_tag::attributes(['consentdays' => '0', 'embeddays' => '396', 'embeds' => 'sometimes', 'gpc' => '',
            'cookiedomain' => 'a b'], self::site());
        $this->assertArrayNotHasKey('data-consent-days', $attributes);
        $this->assertArrayNotHasKey('data-embed-days', $attributes);
        $this->assertArrayNotHasKey('data-cookie-domain', $attributes);
        $this->assertSame(['auto', 'respect'], [$attributes['data-embeds'], $attributes['data-gpc']]);
    }

    public function test_the_tag_is_plain_escaped_and_off_when_disabled(): void {
        $html = script_tag::html(self::SRC, ['revision' => '"><script>alert(1)</script>'], self::site());
        $this->assertStringStartsWith('<script src="https://moodle.example.org/local/assent/dist/assent.js?v=2026120300" data-lang="de"', $html);
        $this->assertStringContainsString('data-revision="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"', $html);
        $this->assertStringContainsString('data-endpoint="https://moodle.example.org/local/assent/receipt.php?sesskey=AbC123xyZ0"', $html);
        $this->assertStringNotContainsString(' defer', $html);
        $this->assertStringNotContainsString(' async', $html);
        $this->assertSame(1, substr_count($html, '<script'));
        $this->assertSame('', script_tag::html(self::SRC, ['enabled' => '0'], self::site()));
    }

    public function test_the_config_block_is_json_that_cannot_end_its_element(): void {
        $block = script_tag::config_block('{"texts": {"en": {"bannerText": "We use </script><b>cookies</b> & more"}}}');
        $this->assertStringStartsWith('<script type="application/json" id="assent-config">{', $block);
        $this->assertSame(1, substr_count($block, '</script>'));
        $json = substr($block, strlen('<script type="application/json" id="assent-config">'), -strlen("</script>\n"));
        $this->assertSame('We use </script><b>cookies</b> & more', json_decode($json)->texts->en->bannerText);
        $this->assertSame('', script_tag::config_block('[1]'));
        $this->assertSame('', script_tag::config_block('{broken'));
        $this->assertSame('', script_tag::config_block(''));
        $html = script_tag::html(self::SRC, ['configjson' => '{"a": 1}'], self::site());
        $this->assertStringStartsWith('<script type="application/json" id="assent-config">{"a":1}</script>' . "\n<script src=", $html);
    }
}
