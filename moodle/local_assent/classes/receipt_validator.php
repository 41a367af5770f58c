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
 * Checks a consent receipt against assent's receipt schema.
 *
 * @package    local_assent
 * @copyright  2026 assent contributors
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

namespace local_assent;

// Moodle-free: the PHPUnit suite runs it without Moodle.

/**
 * A JSON Schema (draft 2020-12) validator for exactly the keywords of
 * docs/receipt.schema.json (shipped in the plugin as schema/receipt.schema.json),
 * the PHP twin of the reference receiver's examples/receiver/validate.mjs.
 *
 * The schema is read, not copied into code: when it grows a keyword this
 * class does not know, the constructor refuses it rather than let a receipt
 * through unchecked.
 *
 * @package    local_assent
 * @copyright  2026 assent contributors
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class receipt_validator {
    /** Keywords that describe and never refuse. */
    private const ANNOTATIONS = ['$schema', '$id', '$comment', 'title', 'description', 'examples', 'format'];
    /** Keywords that refuse. */
    private const ASSERTIONS = [
        'type', 'const', 'enum', 'pattern', 'minLength', 'maxLength', 'required', 'properties',
        'additionalProperties', 'propertyNames', 'maxProperties',
    ];
    /** Errors reported at most. */
    private const MAX_ERRORS = 20;

    /** @var \stdClass|bool The schema, as json_decode() gives it (objects as stdClass). */
    private $schema;

    /**
     * @param \stdClass $schema The decoded schema.
     * @throws \InvalidArgumentException When the schema uses a keyword this validator does not know.
     */
    public function __construct(\stdClass $schema) {
        self::check($schema, '#');
        $this->schema = $schema;
    }

    /**
     * The validator for a schema file.
     *
     * @param string $file Path of the JSON schema.
     * @return self
     */
    public static function from_file(string $file): self {
        $schema = json_decode((string)file_get_contents($file), false, 64, JSON_THROW_ON_ERROR);
        if (!$schema instanceof \stdClass) {
            throw new \InvalidArgumentException("$file is not a JSON schema object");
        }
        return new self($schema);
    }

    /** The format this schema describes, e.g. `assent-receipt/1`. */
    public function version(): string {
        return (string)($this->schema->properties->schema->const ?? '');
    }

    /**
     * The errors of a decoded receipt, each `['path' => JSON Pointer, 'message' => text]`; empty when it matches.
     *
     * @param mixed $value The receipt as json_decode($body, false) gives it.
     * @return array<int, array{path: string, message: string}>
     */
    public function validate($value): array {
        $errors = [];
        self::visit($this->schema, $value, '', $errors);
        return array_slice($errors, 0, self::MAX_ERRORS);
    }

    /**
     * One line naming the first errors, for an answer or a log.
     *
     * @param array<int, array{path: string, message: string}> $errors
     * @return string
     */
    public static function describe(array $errors): string {
        $lines = [];
        foreach (array_slice($errors, 0, 5) as $error) {
            $lines[] = ($error['path'] === '' ? '(receipt)' : $error['path']) . ' ' . $error['message'];
        }
        return implode('; ', $lines);
    }

    /** Refuses a schema with a keyword outside ANNOTATIONS and ASSERTIONS. */
    private static function check($schema, string $where): void {
        if (is_bool($schema)) {
            return;
        }
        if (!$schema instanceof \stdClass) {
            throw new \InvalidArgumentException("schema at $where is not an object");
        }
        foreach (array_keys(get_object_vars($schema)) as $keyword) {
            if (!in_array($keyword, self::ANNOTATIONS, true) && !in_array($keyword, self::ASSERTIONS, true)) {
                throw new \InvalidArgumentException("schema keyword \"$keyword\" at $where is not supported by this validator");
            }
        }
        foreach (get_object_vars($schema->properties ?? new \stdClass()) as $name => $sub) {
            self::check($sub, "$where/properties/$name");
        }
        if (isset($schema->additionalProperties)) {
            self::check($schema->additionalProperties, "$where/additionalProperties");
        }
        if (isset($schema->propertyNames)) {
            self::check($schema->propertyNames, "$where/propertyNames");
        }
        if (isset($schema->pattern) && @preg_match(self::regex($schema->pattern), '') === false) {
            throw new \InvalidArgumentException("schema pattern at $where is not a valid regular expression");
        }
    }

    /**
     * An ECMA-262 pattern of the schema as PCRE: Unicode, and `$` only at the
     * very end (PCRE's `$` would also match before a final new line).
     */
    private static function regex(string $pattern): string {
        return '~' . str_replace('~', '\~', $pattern) . '~uD';
    }

    private static function visit($schema, $value, string $path, array &$errors): void {
        if (count($errors) >= self::MAX_ERRORS || $schema === true) {
            return;
        }
        $fail = static function (string $message) use (&$errors, $path): void {
            $errors[] = ['path' => $path, 'message' => $message];
        };
        if ($schema === false) {
            $fail('is not allowed');
            return;
        }
        if (property_exists($schema, 'const') && !self::equal($value, $schema->const)) {
            $fail('must be ' . self::show($schema->const) . ', not ' . self::show($value));
            return;
        }
        if (isset($schema->enum)) {
            $found = false;
            foreach ($schema->enum as $option) {
                $found = $found || self::equal($option, $value);
            }
            if (!$found) {
                $fail('must be one of ' . implode(', ', array_map([self::class, 'show'], $schema->enum)) . ', not ' . self::show($value));
                return;
            }
        }
        if (isset($schema->type) && !self::is_type($value, $schema->type)) {
            $fail('must be ' . (preg_match('~^[aeiou]~', $schema->type) ? 'an ' : 'a ') . $schema->type . ', not ' . self::show($value));
            return;
        }
        if (is_string($value)) {
            $length = mb_strlen($value, 'UTF-8');
            if (isset($schema->minLength) && $length < $schema->minLength) {
                $fail("must be at least {$schema->minLength} character" . ($schema->minLength === 1 ? '' : 's') . ' long');
            }
            if (isset($schema->maxLength) && $length > $schema->maxLength) {
                $fail("must be at most {$schema->maxLength} characters long");
            }
            if (isset($schema->pattern) && preg_match(self::regex($schema->pattern), $value) !== 1) {
                $fail(self::show($value) . " does not match the pattern {$schema->pattern}");
            }
        }
        if ($value instanceof \stdClass) {
            $properties = get_object_vars($value);
            $missing = [];
            foreach ($schema->required ?? [] as $name) {
                if (!property_exists($value, $name)) {
                    $missing[] = "\"$name\"";
                }
            }
            if ($missing) {
                $fail('is missing the required propert' . (count($missing) === 1 ? 'y ' : 'ies ') . implode(', ', $missing));
            }
            if (isset($schema->maxProperties) && count($properties) > $schema->maxProperties) {
                $fail('has ' . count($properties) . " properties, at most {$schema->maxProperties} are allowed");
            }
            foreach ($properties as $key => $item) {
                $key = (string)$key;
                $at = $path . '/' . str_replace(['~', '/'], ['~0', '~1'], $key);
                if (isset($schema->propertyNames)) {
                    $nameerrors = [];
                    self::visit($schema->propertyNames, $key, $at, $nameerrors);
                    foreach ($nameerrors as $error) {
                        $errors[] = ['path' => $at, 'message' => 'is not an allowed name: ' . $error['message']];
                    }
                }
                if (isset($schema->properties) && property_exists($schema->properties, $key)) {
                    self::visit($schema->properties->$key, $item, $at, $errors);
                } else if (property_exists($schema, 'additionalProperties') && $schema->additionalProperties === false) {
                    $errors[] = ['path' => $at, 'message' => 'is not a property of this format'];
                } else if (property_exists($schema, 'additionalProperties')) {
                    self::visit($schema->additionalProperties, $item, $at, $errors);
                }
            }
        }
    }

    private static function is_type($value, string $type): bool {
        switch ($type) {
            case 'object':
                return $value instanceof \stdClass;
            case 'array':
                return is_array($value);
            case 'string':
                return is_string($value);
            case 'boolean':
                return is_bool($value);
            case 'null':
                return $value === null;
            case 'integer':
                return is_int($value) || (is_float($value) && floor($value) === $value);
            case 'number':
                return is_int($value) || is_float($value);
        }
        return false;
    }

    private static function equal($a, $b): bool {
        return json_encode($a) === json_encode($b);
    }

    private static function show($value): string {
        $text = (string)json_encode($value, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_PARTIAL_OUTPUT_ON_ERROR);
        return mb_strlen($text) > 60 ? mb_substr($text, 0, 57) . '...' : $text;
    }
}
