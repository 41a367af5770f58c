/**
 * A Vite plugin for the one-tag script: TypeScript `private` class members
 * (never decorated ones, which Lit knows by name) get short names, as the
 * minifier already does for variables. TypeScript guarantees they are used
 * only inside their class; this renames `this.NAME` there. Names are unique
 * across the build (`$0`, `$1`, ...), so a subclass never meets its base's.
 */
import ts from 'typescript';

export function privateNames() {
  let next = 0;
  return {
    name: 'assent-private-names',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\bprivate\b/.test(code)) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const edits = [];
      const visitClass = (node) => {
        const names = new Map();
        for (const member of node.members) {
          const isPrivate = ts.getModifiers(member)?.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword);
          if (!isPrivate || !member.name || !ts.isIdentifier(member.name) || (ts.getDecorators(member) ?? []).length > 0) continue;
          if (!names.has(member.name.text)) names.set(member.name.text, `$${(next++).toString(36)}`);
          edits.push([member.name.getStart(source), member.name.getEnd(), names.get(member.name.text)]);
        }
        if (names.size === 0) return;
        const rename = (child) => {
          if (ts.isPropertyAccessExpression(child) && child.expression.kind === ts.SyntaxKind.ThisKeyword && names.has(child.name.text))
            edits.push([child.name.getStart(source), child.name.getEnd(), names.get(child.name.text)]);
          ts.forEachChild(child, rename);
        };
        ts.forEachChild(node, rename);
      };
      const visit = (node) => {
        if (ts.isClassLike(node)) visitClass(node);
        ts.forEachChild(node, visit);
      };
      visit(source);
      if (edits.length === 0) return null;
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}
