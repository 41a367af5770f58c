/**
 * A Vite plugin for the one-tag script: Lit's `@property()` and `@state()`
 * on class fields become `Class.createProperty(name, options)` after the
 * class, which is what the decorators do (for TypeScript's
 * experimentalDecorators, our tsconfig), without shipping the decorator
 * helper and Lit's decorator module to every learner. Found with
 * TypeScript's parser; any other decorator is left alone.
 */
import ts from 'typescript';

export function litDecorators() {
  return {
    name: 'assent-lit-decorators',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/@(property|state)\(/.test(code)) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const edits = [];
      const visit = (node) => {
        if (ts.isClassDeclaration(node) && node.name) {
          const calls = [];
          for (const member of node.members) {
            if (!ts.isPropertyDeclaration(member) || !ts.isIdentifier(member.name)) continue;
            for (const decorator of ts.getDecorators(member) ?? []) {
              const call = decorator.expression;
              if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression) || !/^(property|state)$/.test(call.expression.text)) continue;
              const options = call.arguments[0]?.getText(source);
              const state = call.expression.text === 'state';
              const declaration = state ? `{ ...${options ?? '{}'}, state: true, attribute: false }` : options;
              calls.push(`${node.name.text}.createProperty(${JSON.stringify(member.name.text)}${declaration ? `, ${declaration}` : ''});`);
              edits.push([decorator.getStart(source), decorator.getEnd(), '']);
            }
          }
          if (calls.length > 0) edits.push([node.getEnd(), node.getEnd(), `\n${calls.join('\n')}`]);
        }
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
