// Issue 16, packaging: `npm run moodle` (scripts/moodle.mjs) writes two ZIPs
// that Moodle's plugin installer accepts. The checks are those of Moodle's
// validator (lib/classes/update/validator.php): at least four files, one top
// folder named after the plugin, version.php declaring version, requires and
// a component whose name is that folder (read with the validator's own
// regular expressions, in PHP), and the English language file. local_assent
// must carry this build's dist/ folder, byte for byte, without the ES module
// build and type declarations. Needs a fresh `npm run build` and php.
// Run: node --test test/node/moodle-zip.test.mjs
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { buildZips, distFiles } from '../../scripts/moodle.mjs';
import { readZip } from '../../scripts/zip.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Moodle 4.1 LTS, the oldest release the plugins support. */
const MOODLE_41 = 2022112800;

/** version.php as Moodle's validator reads it: parse_version_php() over get_stripped_file_contents(). */
const PARSE_VERSION_PHP = String.raw`
$source = stream_get_contents(STDIN);
$content = '';
$php = false;
foreach (token_get_all($source) as $token) {
    [$id, $text] = is_string($token) ? [-1, $token] : $token;
    if (in_array($id, [T_WHITESPACE, T_COMMENT, T_DOC_COMMENT], true)) continue;
    if ($id === T_OPEN_TAG) { $php = true; continue; }
    if ($id === T_CLOSE_TAG) { $php = false; continue; }
    if ($php) $content .= $text;
}
preg_match_all('#\$((plugin|module)\->(version|maturity|release|requires))=()(\d+(\.\d+)?);#m', $content, $m1);
preg_match_all('#\$((plugin|module)\->(maturity))=()(MATURITY_\w+);#m', $content, $m2);
preg_match_all('#\$((plugin|module)\->(release))=([\'"])(.*?)\4;#m', $content, $m3);
preg_match_all('#\$((plugin|module)\->(component))=([\'"])(.+?_.+?)\4;#m', $content, $m4);
echo json_encode(array_combine(array_merge($m1[1], $m2[1], $m3[1], $m4[1]), array_merge($m1[5], $m2[5], $m3[5], $m4[5])));
`;

let out;
let zips;

before(() => {
  out = mkdtempSync(join(tmpdir(), 'assent-moodle-'));
  buildZips(out);
  zips = Object.fromEntries(
    ['local_assent', 'filter_assent'].map((component) => [component, readZip(readFileSync(join(out, `${component}.zip`)))]),
  );
});

after(() => rmSync(out, { recursive: true, force: true }));

describe('the Moodle plugin ZIPs', () => {
  for (const component of ['local_assent', 'filter_assent']) {
    test(`${component}.zip has the layout Moodle's installer expects`, () => {
      const entries = zips[component];
      const names = entries.map((entry) => entry.name);
      const [type, name] = component.split('_');
      assert.ok(names.filter((n) => !n.endsWith('/')).length >= 4, 'at least four files');
      const tops = new Set(names.map((n) => /^([^/]+)\//.exec(n)?.[1] ?? `(none: ${n})`));
      assert.deepEqual([...tops], [name], 'one top folder, named after the plugin');
      assert.match(name, /^[a-z][a-z0-9_]*$/, 'a valid plugin folder name (PARAM_PLUGIN)');
      assert.ok(names.includes(`${name}/`) && names.includes(`${name}/lang/en/`), 'folder entries for the top and lang/en');
      assert.ok(names.includes(`${name}/lang/en/${type}_${name}.php`), 'the English language file');
      assert.ok(names.includes(`${name}/lang/de/${type}_${name}.php`), 'the German language file');
      assert.equal(new Set(names).size, names.length, 'no entry twice');

      const version = entries.find((entry) => entry.name === `${name}/version.php`);
      assert.ok(version, 'version.php in the top folder');
      const info = JSON.parse(execFileSync('php', ['-r', PARSE_VERSION_PHP], { input: version.data, encoding: 'utf8' }));
      assert.equal(info['plugin->component'], component);
      assert.match(info['plugin->version'], /^20\d{8}$/);
      assert.ok(Number(info['plugin->requires']) <= MOODLE_41, `installable on Moodle 4.1 (requires ${info['plugin->requires']})`);
      assert.equal(info['plugin->maturity'], 'MATURITY_BETA');

      // Every PHP file of the ZIP is the committed source, byte for byte.
      for (const entry of entries.filter((e) => e.name.endsWith('.php'))) {
        const source = readFileSync(join(ROOT, 'moodle', component, entry.name.slice(name.length + 1)));
        assert.ok(source.equals(entry.data), `${entry.name} is moodle/${component}/${entry.name.slice(name.length + 1)}`);
      }
    });
  }

  test('local_assent.zip carries this build of dist/ (every file assent.js may load), the receipt schema, nothing else of dist/', () => {
    const entries = zips.local_assent;
    const shipped = entries.filter((e) => e.name.startsWith('assent/dist/') && !e.name.endsWith('/'));
    const expected = distFiles();
    assert.ok(expected.includes('assent.js'));
    assert.deepEqual(shipped.map((e) => e.name.slice('assent/dist/'.length)).sort(), [...expected].sort());
    for (const entry of shipped) {
      assert.ok(readFileSync(join(ROOT, 'dist', entry.name.slice('assent/dist/'.length))).equals(entry.data), `${entry.name} is dist/`);
    }
    assert.deepEqual(
      entries.filter((e) => /\.mjs$|\.d\.ts$|^assent\/dist\/(types|moodle)\//.test(e.name)).map((e) => e.name),
      [],
      'no ES module build, no types, no ZIPs inside the ZIP',
    );
    // Everything shipped runs in a browser as it is: no bare module specifiers (the ES build's chunks import "lit").
    for (const entry of shipped.filter((e) => e.name.endsWith('.js'))) {
      assert.doesNotMatch(entry.data.toString('utf8'), /\bfrom\s*["'](lit|js-cookie)["']/, `${entry.name} is not an ES build chunk`);
    }
    const schema = entries.find((e) => e.name === 'assent/schema/receipt.schema.json');
    assert.ok(schema?.data.equals(readFileSync(join(ROOT, 'docs', 'receipt.schema.json'))), 'docs/receipt.schema.json');
    assert.ok(!zips.filter_assent.some((e) => e.name.includes('/dist/')), 'the filter carries no script');
  });

  test('the same sources give the same bytes', () => {
    const again = mkdtempSync(join(tmpdir(), 'assent-moodle-'));
    try {
      buildZips(again);
      for (const component of ['local_assent', 'filter_assent']) {
        assert.ok(readFileSync(join(again, `${component}.zip`)).equals(readFileSync(join(out, `${component}.zip`))), component);
      }
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });
});
