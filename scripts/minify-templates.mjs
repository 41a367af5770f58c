/**
 * A Vite plugin for the one-tag script: the indentation inside our Lit
 * `html` and `css` templates ships to every learner and means nothing to the
 * browser, so runs of whitespace that hold a line break become one space (in
 * CSS, spaces around `{ } ; ,` and after `:` go too; one before `:` stays, as
 * in `a :hover`). Found with TypeScript's parser, so code and strings are
 * never touched; none of our templates holds a `<pre>`.
 */
import ts from 'typescript';

const cssText = (text) =>
  text.replace(/\s+/g, ' ').replace(/\s*([{};,])\s*/g, '$1').replace(/:\s+/g, ':').replace(/;}/g, '}').replace(/([\s:(,])0\./g, '$1.');
const htmlText = (text) => text.replace(/\s*\n\s*/g, ' ');

export function minifyTemplates() {
  return {
    name: 'assent-minify-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/(html|css)`/.test(code)) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const edits = [];
      const visit = (node) => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && /^(html|css)$/.test(node.tag.text)) {
          const squeeze = node.tag.text === 'css' ? cssText : htmlText;
          const { template } = node;
          const parts = ts.isNoSubstitutionTemplateLiteral(template)
            ? [template]
            : [template.head, ...template.templateSpans.map((span) => span.literal)];
          for (const part of parts) edits.push([part.getStart(source), part.getEnd(), squeeze]);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      let out = code;
      for (const [start, end, squeeze] of edits.sort((a, b) => b[0] - a[0]))
        out = out.slice(0, start) + squeeze(out.slice(start, end)) + out.slice(end);
      return { code: out, map: null };
    },
  };
}
