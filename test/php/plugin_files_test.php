<?php
// PHPUnit checks of the Moodle glue that can be checked without Moodle: every
// language string the code asks for exists in English and German, the table
// of db/install.xml is what db_receipt_store writes and follows XMLDB's naming
// rules (lib/xmldb/xmldb.xsd), and the callbacks that db/*.php name exist.

use local_assent\db_receipt_store;
use PHPUnit\Framework\TestCase;

final class plugin_files_test extends TestCase {
    private const MOODLE = __DIR__ . '/../../moodle';

    /** @return array<string, array{string}> */
    public function components(): array {
        return ['local_assent' => ['local_assent'], 'filter_assent' => ['filter_assent']];
    }

    /** The strings of a language file, read the way Moodle's string manager includes it. */
    private static function strings(string $component, string $lang): array {
        $string = [];
        // The lang files guard with MOODLE_INTERNAL, as every Moodle file does.
        if (!defined('MOODLE_INTERNAL')) {
            define('MOODLE_INTERNAL', true);
        }
        include(self::MOODLE . "/$component/lang/$lang/$component.php");
        return $string;
    }

    /** Every string id the plugin's PHP code asks for: get_string(), lang_string(), privacy metadata, setting help. */
    private static function used(string $component): array {
        $ids = [];
        $files = new RecursiveIteratorIterator(new RecursiveDirectoryIterator(self::MOODLE . "/$component", FilesystemIterator::SKIP_DOTS));
        foreach ($files as $file) {
            if ($file->getExtension() !== 'php' || strpos($file->getPathname(), '/lang/') !== false) {
                continue;
            }
            $code = file_get_contents($file->getPathname());
            preg_match_all("~(?:get_string|lang_string)\(\s*'([^']+)',\s*'$component'~", $code, $m);
            $ids = array_merge($ids, $m[1]);
            preg_match_all("~'(privacy:metadata[^']*)'~", $code, $m);
            $ids = array_merge($ids, $m[1]);
        }
        return array_values(array_unique($ids));
    }

    /** @dataProvider components */
    public function test_every_string_used_exists_in_english_and_german(string $component): void {
        $en = self::strings($component, 'en');
        $de = self::strings($component, 'de');
        $this->assertArrayHasKey('pluginname', $en);
        $used = self::used($component);
        $this->assertNotEmpty($used);
        foreach ($used as $id) {
            $this->assertArrayHasKey($id, $en, "lang/en lacks '$id'");
        }
        $this->assertSame(array_keys($en), array_keys($de), 'the German file has exactly the English strings, in the same order');
        foreach ($de as $id => $text) {
            $this->assertNotSame('', trim($text), $id);
            $this->assertSame(substr_count($en[$id], '{$a}'), substr_count($text, '{$a}'), "$id: the same placeholders");
        }
    }

    public function test_the_setting_choices_have_their_strings(): void {
        $en = self::strings('local_assent', 'en');
        foreach (\local_assent\script_tag::CHOICES as $values) {
            foreach ($values as $value) {
                $this->assertArrayHasKey("value_$value", $en);
            }
        }
        foreach (array_keys(\local_assent\script_tag::DEFAULTS) as $setting) {
            $this->assertStringContainsString("'local_assent/$setting'", file_get_contents(self::MOODLE . '/local_assent/settings.php'),
                "settings.php offers $setting");
        }
    }

    public function test_install_xml_declares_what_the_store_writes(): void {
        $xml = new DOMDocument();
        $this->assertTrue($xml->load(self::MOODLE . '/local_assent/db/install.xml'), 'well-formed');
        $this->assertSame('local/assent/db', $xml->documentElement->getAttribute('PATH'));
        $tables = $xml->getElementsByTagName('TABLE');
        $this->assertSame(1, $tables->length);
        $table = $tables->item(0);
        $this->assertSame(db_receipt_store::TABLE, $table->getAttribute('NAME'));
        $this->assertMatchesRegularExpression('~^[0-9a-z_]{1,28}$~', $table->getAttribute('NAME'), 'xmldb.xsd tableName');
        $fields = [];
        foreach ($table->getElementsByTagName('FIELD') as $field) {
            $this->assertMatchesRegularExpression('~^[0-9a-z_]{1,30}$~', $field->getAttribute('NAME'), 'xmldb.xsd fieldName');
            $this->assertContains($field->getAttribute('TYPE'), ['int', 'number', 'float', 'char', 'text', 'binary', 'datetime']);
            foreach (['SEQUENCE', 'NOTNULL'] as $required) {
                $this->assertContains($field->getAttribute($required), ['true', 'false'], "$required on " . $field->getAttribute('NAME'));
            }
            if ($field->getAttribute('TYPE') === 'char') {
                $this->assertLessThanOrEqual(1333, (int)$field->getAttribute('LENGTH'), 'XMLDB char fields hold at most 1333');
            }
            $fields[$field->getAttribute('NAME')] = $field;
        }
        $receipt = json_decode(file_get_contents(__DIR__ . '/../../docs/receipt.schema.json'))->examples[0];
        $record = (array)db_receipt_store::record($receipt, json_encode($receipt), 7, 1764756000);
        $this->assertSame(['id'], array_values(array_diff(array_keys($fields), array_keys($record))), 'every column but id is written');
        $this->assertSame([], array_values(array_diff(array_keys($record), array_keys($fields))), 'nothing is written that has no column');
        foreach ($record as $name => $value) {
            if ($value === null) {
                $this->assertSame('false', $fields[$name]->getAttribute('NOTNULL'), "$name may be null");
            }
        }
        $this->assertSame(strtotime('2026-11-27T09:41:07.123Z'), $record['timedecided']);
        $this->assertSame('{"essential":true,"analytics":true}', $record['categories']);
        $unique = [];
        foreach ($table->getElementsByTagName('INDEX') as $index) {
            if ($index->getAttribute('UNIQUE') === 'true') {
                $unique[] = $index->getAttribute('FIELDS');
            }
        }
        $this->assertSame(['receiptid'], $unique, 'each receipt id is stored once');
    }

    public function test_the_callbacks_that_db_files_name_exist(): void {
        if (!defined('MOODLE_INTERNAL')) {
            define('MOODLE_INTERNAL', true);
        }
        $callbacks = [];
        include(self::MOODLE . '/local_assent/db/hooks.php');
        $this->assertCount(1, $callbacks);
        $this->assertSame('core\hook\output\before_standard_head_html_generation', $callbacks[0]['hook']);
        $this->assertTrue(method_exists(...$callbacks[0]['callback']));
        $lib = file_get_contents(self::MOODLE . '/local_assent/lib.php');
        $this->assertStringContainsString('function local_assent_before_standard_html_head()', $lib, 'the callback Moodle 4.1 to 4.3 call');
        $tasks = file_get_contents(self::MOODLE . '/local_assent/db/tasks.php');
        $this->assertStringContainsString('\local_assent\task\delete_old_receipts::class', $tasks);
        $this->assertFileExists(self::MOODLE . '/local_assent/classes/task/delete_old_receipts.php');
        $capabilities = [];
        foreach (['RISK_PERSONAL' => 8, 'CONTEXT_SYSTEM' => 10, 'CAP_ALLOW' => 1] as $name => $value) {
            if (!defined($name)) {
                define($name, $value);
            }
        }
        include(self::MOODLE . '/local_assent/db/access.php');
        $this->assertSame(['local/assent:viewreports'], array_keys($capabilities));
        $this->assertArrayHasKey('assent:viewreports', self::strings('local_assent', 'en'));
        $filter = file_get_contents(self::MOODLE . '/filter_assent/filter.php');
        $this->assertStringContainsString("class_alias(\\filter_assent\\text_filter::class, 'filter_assent')", $filter);
    }
}
