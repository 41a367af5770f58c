<?php
// PHPUnit tests of local_assent's receipt endpoint logic without Moodle: the
// validator against docs/receipt.schema.json (the file the plugin ships), and
// the answers receipt.php gives, which assent's outbox acts on
// (src/receipts/outbox.ts: 2xx/409 forget, 400/413/415/422 pass over, else retry).

use local_assent\receipt_intake;
use local_assent\receipt_store;
use local_assent\receipt_validator;
use PHPUnit\Framework\TestCase;

/** The table's unique index on the receipt id, in memory. */
final class memory_receipt_store implements receipt_store {
    /** @var array<string, array{json: string, userid: ?int, time: int}> */
    public $rows = [];

    public function add(\stdClass $receipt, string $json, ?int $userid, int $now): string {
        if (isset($this->rows[$receipt->id])) {
            return $this->rows[$receipt->id]['json'] === $json ? self::DUPLICATE : self::CONFLICT;
        }
        $this->rows[$receipt->id] = ['json' => $json, 'userid' => $userid, 'time' => $now];
        return self::STORED;
    }
}

final class receipts_test extends TestCase {
    private const SCHEMA = __DIR__ . '/../../docs/receipt.schema.json';

    private static function receipt(array $overrides = []): array {
        return array_replace([
            'schema' => 'assent-receipt/1',
            'id' => '3f6c1d2e-8a4b-4c5d-9e6f-0a1b2c3d4e5f',
            'timestamp' => '2026-11-27T09:41:07.123Z',
            'revision' => '2026-09',
            'source' => 'user',
            'language' => 'de',
            'decisions' => ['categories' => ['essential' => true, 'analytics' => true], 'embeds' => ['youtube' => false, 'vimeo' => true]],
            'policies' => ['privacy' => ['version' => '3', 'accepted' => true, 'onBehalf' => false, 'at' => '2026-11-20T08:00:00.000Z']],
        ], $overrides);
    }

    private static function errors(string $json): array {
        return receipt_validator::from_file(self::SCHEMA)->validate(json_decode($json, false));
    }

    public function test_the_schema_examples_and_a_receipt_as_assent_makes_it_are_valid(): void {
        $validator = receipt_validator::from_file(self::SCHEMA);
        $this->assertSame('assent-receipt/1', $validator->version());
        foreach (json_decode(file_get_contents(self::SCHEMA))->examples as $example) {
            $this->assertSame([], $validator->validate($example));
        }
        $this->assertSame([], self::errors(json_encode(self::receipt())));
        // Empty objects stay objects: json_decode(..., false) tells {} from [].
        $this->assertSame([], self::errors(json_encode(self::receipt(['policies' => new stdClass(),
            'decisions' => ['categories' => ['essential' => true], 'embeds' => new stdClass()]]))));
    }

    /** @return array<string, array{array|string, string}> */
    public function invalid(): array {
        $r = self::receipt();
        unset($r['policies']);
        return [
            'another schema version' => [self::receipt(['schema' => 'assent-receipt/2']), '/schema must be "assent-receipt/1"'],
            'a missing property' => [$r, '(receipt) is missing the required property "policies"'],
            'an id that is no UUID' => [self::receipt(['id' => 'abc']), '/id "abc" does not match the pattern'],
            'an id with a trailing new line' => [self::receipt(['id' => "3f6c1d2e-8a4b-4c5d-9e6f-0a1b2c3d4e5f\n"]), '/id '],
            'an unknown source' => [self::receipt(['source' => 'server']), '/source must be one of "user", "api", "gpc"'],
            'a revision too long' => [self::receipt(['revision' => str_repeat('ü', 1001)]), '/revision must be at most 1000 characters long'],
            'essential false' => [self::receipt(['decisions' => ['categories' => ['essential' => false], 'embeds' => []]]),
                '/decisions/categories/essential must be true'],
            'a category that is not a flag' => [self::receipt(['decisions' => ['categories' => ['essential' => true, 'analytics' => 'yes'], 'embeds' => new stdClass()]]),
                '/decisions/categories/analytics must be a boolean'],
            'a bad category name' => [self::receipt(['decisions' => ['categories' => ['essential' => true, 'Bad Name' => true], 'embeds' => new stdClass()]]),
                '/decisions/categories/Bad Name is not an allowed name'],
            'a property of no version' => [self::receipt(['user' => 'alice']), '/user is not a property of this format'],
            'an array for an object' => [self::receipt(['policies' => []]), '/policies must be an object, not []'],
            'a policy without its date' => [self::receipt(['policies' => ['privacy' => ['version' => '3', 'accepted' => true, 'onBehalf' => false]]]),
                '/policies/privacy is missing the required property "at"'],
            'not an object at all' => ['[1, 2]', '(receipt) must be an object'],
        ];
    }

    /**
     * @dataProvider invalid
     * @param array|string $receipt
     */
    public function test_an_invalid_receipt_is_refused_with_where_and_why(array|string $receipt, string $expected): void {
        $errors = self::errors(is_string($receipt) ? $receipt : json_encode($receipt));
        $this->assertNotSame([], $errors);
        $this->assertStringContainsString($expected, receipt_validator::describe($errors));
    }

    public function test_a_schema_keyword_the_validator_does_not_know_is_refused_up_front(): void {
        $this->expectException(InvalidArgumentException::class);
        new receipt_validator(json_decode('{"type": "object", "minProperties": 1}'));
    }

    private function intake(memory_receipt_store $store): receipt_intake {
        return new receipt_intake(receipt_validator::from_file(self::SCHEMA), $store);
    }

    private function post(receipt_intake $intake, $body, array $overrides = []): array {
        $args = array_replace([
            'method' => 'POST', 'type' => 'application/json', 'sesskey' => true, 'origin' => true, 'userid' => 42,
        ], $overrides);
        $text = is_string($body) ? $body : json_encode($body);
        return $intake->handle($args['method'], $args['type'], $text, $args['sesskey'], $args['origin'], $args['userid'], 1764756000);
    }

    public function test_a_valid_receipt_is_stored_once_for_the_logged_in_user_201_then_200_then_409(): void {
        $store = new memory_receipt_store();
        $intake = $this->intake($store);
        $first = $this->post($intake, self::receipt());
        $this->assertSame(201, $first['status']);
        $this->assertSame(['id' => '3f6c1d2e-8a4b-4c5d-9e6f-0a1b2c3d4e5f', 'status' => 'stored'], $first['body']);
        $this->assertSame(42, $store->rows['3f6c1d2e-8a4b-4c5d-9e6f-0a1b2c3d4e5f']['userid']);
        $again = $this->post($intake, self::receipt(), ['type' => 'application/json; charset=UTF-8']);
        $this->assertSame([200, 'duplicate'], [$again['status'], $again['body']['status']]);
        $other = $this->post($intake, self::receipt(['source' => 'api']));
        $this->assertSame([409, 'conflict'], [$other['status'], $other['body']['error']]);
        $this->assertCount(1, $store->rows);
    }

    public function test_a_guest_receipt_is_stored_without_a_user(): void {
        $store = new memory_receipt_store();
        $this->assertSame(201, $this->post($this->intake($store), self::receipt(), ['userid' => null])['status']);
        $this->assertNull($store->rows['3f6c1d2e-8a4b-4c5d-9e6f-0a1b2c3d4e5f']['userid']);
    }

    public function test_refusals_the_outbox_passes_over_400_413_415(): void {
        $store = new memory_receipt_store();
        $intake = $this->intake($store);
        $this->assertSame(400, $this->post($intake, '{"schema": ')['status']);
        $invalid = $this->post($intake, self::receipt(['id' => 'nope']));
        $this->assertSame([400, 'invalid-receipt'], [$invalid['status'], $invalid['body']['error']]);
        $this->assertSame('/id', $invalid['body']['errors'][0]['path']);
        $this->assertSame(413, $this->post($intake, self::receipt(['revision' => str_repeat('x', 40000)]))['status']);
        $this->assertSame(413, $intake->handle('POST', 'application/json', null, true, true, 1, 0)['status']);
        $this->assertSame(415, $this->post($intake, self::receipt(), ['type' => 'text/plain;charset=UTF-8'])['status']);
        $this->assertSame(415, $this->post($intake, self::receipt(), ['type' => ''])['status']);
        $this->assertSame([], $store->rows);
    }

    public function test_requests_from_elsewhere_are_403_and_other_methods_405(): void {
        $store = new memory_receipt_store();
        $intake = $this->intake($store);
        $wrongkey = $this->post($intake, self::receipt(), ['sesskey' => false]);
        $this->assertSame([403, 'invalid-sesskey'], [$wrongkey['status'], $wrongkey['body']['error']]);
        $this->assertSame(403, $this->post($intake, self::receipt(), ['origin' => false])['status']);
        $get = $this->post($intake, '', ['method' => 'GET']);
        $this->assertSame([405, 'POST'], [$get['status'], $get['headers']['Allow']]);
        $this->assertSame([], $store->rows);
    }

    public function test_origin_matches_this_site_only(): void {
        $this->assertTrue(receipt_intake::origin_matches(null, 'https://moodle.example.org/moodle'));
        $this->assertTrue(receipt_intake::origin_matches('https://moodle.example.org', 'https://moodle.example.org/moodle'));
        $this->assertTrue(receipt_intake::origin_matches('http://127.0.0.1:8080', 'http://127.0.0.1:8080'));
        $this->assertFalse(receipt_intake::origin_matches('https://evil.example', 'https://moodle.example.org'));
        $this->assertFalse(receipt_intake::origin_matches('https://moodle.example.org:8443', 'https://moodle.example.org'));
        $this->assertFalse(receipt_intake::origin_matches('null', 'https://moodle.example.org'));
    }
}
