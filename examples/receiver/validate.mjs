// A small JSON Schema (draft 2020-12) validator for exactly the keywords
// docs/receipt.schema.json uses, so the reference receiver needs no
// dependency beyond SQLite. compileSchema() refuses a schema with any other
// keyword: when the schema grows a keyword, this file must learn it (or be
// replaced by a full validator such as Ajv), instead of silently ignoring it.
// Plain ESM without Node APIs, so the browser tests can use it too.

const ANNOTATIONS = ['$schema', '$id', '$comment', 'title', 'description', 'examples', 'format'];
const ASSERTIONS = [
  'type',
  'const',
  'enum',
  'pattern',
  'minLength',
  'maxLength',
  'required',
  'properties',
  'additionalProperties',
  'propertyNames',
  'maxProperties',
];
const KNOWN = new Set([...ANNOTATIONS, ...ASSERTIONS]);
const MAX_ERRORS = 20;

/**
 * Returns `validate(value)`, which answers a list of errors, each
 * `{ path, message }` with `path` a JSON Pointer ('' for the whole receipt);
 * empty when `value` matches.
 */
export function compileSchema(schema) {
  check(schema, '#');
  return (value) => {
    const errors = [];
    visit(schema, value, '', errors);
    return errors.slice(0, MAX_ERRORS);
  };
}

/** One line for a 400 answer: the first errors, with where they are. */
export function describeErrors(errors) {
  return errors
    .slice(0, 5)
    .map(({ path, message }) => `${path || '(receipt)'} ${message}`)
    .join('; ');
}

function check(schema, where) {
  if (typeof schema === 'boolean') return;
  if (!isObject(schema)) throw new Error(`schema at ${where} is not an object`);
  for (const key of Object.keys(schema)) {
    if (!KNOWN.has(key)) throw new Error(`schema keyword "${key}" at ${where} is not supported by this validator`);
  }
  for (const [name, sub] of Object.entries(schema.properties ?? {})) check(sub, `${where}/properties/${name}`);
  if (schema.additionalProperties !== undefined) check(schema.additionalProperties, `${where}/additionalProperties`);
  if (schema.propertyNames !== undefined) check(schema.propertyNames, `${where}/propertyNames`);
  if (schema.pattern !== undefined) new RegExp(schema.pattern, 'u');
}

function visit(schema, value, path, errors) {
  if (errors.length >= MAX_ERRORS || schema === true) return;
  const fail = (message) => errors.push({ path, message });
  if (schema === false) return fail('is not allowed');
  if ('const' in schema && !equal(value, schema.const)) return fail(`must be ${JSON.stringify(schema.const)}, not ${show(value)}`);
  if (schema.enum && !schema.enum.some((option) => equal(option, value)))
    return fail(`must be one of ${schema.enum.map((option) => JSON.stringify(option)).join(', ')}, not ${show(value)}`);
  if (schema.type && typeOf(value) !== schema.type && !(schema.type === 'number' && typeof value === 'number'))
    return fail(`must be ${article(schema.type)}, not ${show(value)}`);

  if (typeof value === 'string') {
    const length = [...value].length;
    if (schema.minLength !== undefined && length < schema.minLength)
      fail(`must be at least ${schema.minLength} character${schema.minLength === 1 ? '' : 's'} long`);
    if (schema.maxLength !== undefined && length > schema.maxLength) fail(`must be at most ${schema.maxLength} characters long`);
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value))
      fail(`${show(value)} does not match the pattern ${schema.pattern}`);
  }

  if (isObject(value)) {
    const keys = Object.keys(value);
    const missing = (schema.required ?? []).filter((name) => !Object.hasOwn(value, name));
    if (missing.length > 0)
      fail(`is missing the required propert${missing.length === 1 ? 'y' : 'ies'} ${missing.map((name) => `"${name}"`).join(', ')}`);
    if (schema.maxProperties !== undefined && keys.length > schema.maxProperties)
      fail(`has ${keys.length} properties, at most ${schema.maxProperties} are allowed`);
    for (const key of keys) {
      const at = `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (schema.propertyNames !== undefined) {
        const nameErrors = [];
        visit(schema.propertyNames, key, at, nameErrors);
        for (const error of nameErrors) errors.push({ path: at, message: `is not an allowed name: ${error.message}` });
      }
      if (schema.properties && Object.hasOwn(schema.properties, key)) visit(schema.properties[key], value[key], at, errors);
      else if (schema.additionalProperties === false) errors.push({ path: at, message: 'is not a property of this format' });
      else if (schema.additionalProperties !== undefined) visit(schema.additionalProperties, value[key], at, errors);
    }
  }
}

function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeOf(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function article(type) {
  return `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
}

function show(value) {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function equal(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}
