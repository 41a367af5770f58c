/**
 * A Vite plugin for the one-tag script: TypeScript `private` class members
 * (never decorated ones, which Lit knows by name) get short names, as the
 * minifier already does for variables. TypeScript guarantees they are used
 * only inside their class; this renames `this.NAME` there. Names are unique
 * across src/ (`$0`, `$1`, ...), so a subclass never meets its base's, and
 * handed out in file order, so every build is the same. `protected` members
 * that no class declares any other way (our base element's helpers) are
 * renamed the same way in every class, where subclasses use them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';

const SRC = resolve(import.meta.dirname, '..', 'src');

const parse = (file, code) => ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true);

/** Each class's private members in `source`, in order: [class, member name]. */
function privateMembers(source) {
  const found = [];
  const visit = (node) => {
    if (ts.isClassLike(node))
      for (const member of node.members) {
        if (hasModifier(member, ts.SyntaxKind.PrivateKeyword) && member.name && ts.isIdentifier(member.name) && (ts.getDecorators(member) ?? []).length === 0)
          found.push([node, member]);
      }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const hasModifier = (member, kind) => ts.getModifiers(member)?.some((m) => m.kind === kind) ?? false;

/** Names of `protected` members (not overrides) that no class member declares without `protected`. */
function protectedOnly(sources) {
  const protectedNames = new Set();
  const others = new Set();
  const visit = (node) => {
    if (ts.isClassLike(node))
      for (const member of node.members) {
        if (!member.name || !ts.isIdentifier(member.name)) continue;
        const own = hasModifier(member, ts.SyntaxKind.ProtectedKeyword) && !hasModifier(member, ts.SyntaxKind.OverrideKeyword);
        (own ? protectedNames : others).add(member.name.text);
      }
    ts.forEachChild(node, visit);
  };
  for (const source of sources) visit(source);
  return [...protectedNames].filter((name) => !others.has(name));
}

export function privateNames() {
  /** file → "class position:member" → short name */
  const names = new Map();
  /** protected member → short name, for every class */
  let shared = new Map();
  return {
    name: 'assent-private-names',
    enforce: 'pre',
    buildStart() {
      let next = 0;
      const files = readdirSync(SRC, { recursive: true }).filter((file) => file.endsWith('.ts')).sort();
      const sources = files.map((file) => parse(join(SRC, file), readFileSync(join(SRC, file), 'utf8')));
      shared = new Map(protectedOnly(sources).map((name) => [name, `$${(next++).toString(36)}`]));
      for (const source of sources) {
        const path = source.fileName;
        const table = new Map();
        for (const [owner, member] of privateMembers(source)) {
          const key = `${owner.pos}:${member.name.text}`;
          if (!table.has(key)) table.set(key, `$${(next++).toString(36)}`);
        }
        names.set(path, table);
      }
    },
    transform(code, id) {
      const table = names.get(id);
      if (!table) return null;
      const source = parse(id, code);
      const edits = [];
      const byClass = new Map();
      const visit = (node) => {
        if (ts.isClassLike(node)) byClass.set(node, new Map(shared));
        ts.forEachChild(node, visit);
      };
      if (shared.size > 0) visit(source);
      for (const [owner, member] of privateMembers(source)) {
        const name = table.get(`${owner.pos}:${member.name.text}`);
        if (!name) throw new Error(`${id}: the source changed during the build`);
        if (!byClass.has(owner)) byClass.set(owner, new Map());
        byClass.get(owner).set(member.name.text, name);
        edits.push([member.name.getStart(source), member.name.getEnd(), name]);
      }
      for (const [owner, members] of byClass) {
        for (const member of owner.members)
          if (member.name && ts.isIdentifier(member.name) && hasModifier(member, ts.SyntaxKind.ProtectedKeyword) && shared.has(member.name.text))
            edits.push([member.name.getStart(source), member.name.getEnd(), shared.get(member.name.text)]);
        const rename = (child) => {
          if (ts.isPropertyAccessExpression(child) && child.expression.kind === ts.SyntaxKind.ThisKeyword && members.has(child.name.text))
            edits.push([child.name.getStart(source), child.name.getEnd(), members.get(child.name.text)]);
          ts.forEachChild(child, rename);
        };
        ts.forEachChild(owner, rename);
      }
      if (edits.length === 0) return null;
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}
