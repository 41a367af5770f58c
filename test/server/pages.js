/**
 * A dev-server plugin that serves real pages for end-to-end tests:
 * `/page?attrs={"lang":"de"}&body=<p>…</p>&lang=de&json={…}` becomes a page
 * whose head holds the one script tag exactly as a site would write it.
 */
const escapeAttr = (value) =>
  String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function testPages() {
  return {
    name: 'assent-test-pages',
    async serve(context) {
      if (context.path === '/delayed.js') {
        // A script that arrives late, to prove gated scripts still run in document order.
        const query = context.URL.searchParams;
        await new Promise((resolve) => setTimeout(resolve, Number(query.get('ms') || 0)));
        const name = JSON.stringify(query.get('name') || 'delayed');
        return { body: `(window.__ran = window.__ran || []).push(${name});`, type: 'js' };
      }
      if (context.path !== '/page' && context.path !== '/sub/dir/page') return undefined;
      const query = context.URL.searchParams;
      const attrs = JSON.parse(query.get('attrs') || '{}');
      const dataAttrs = Object.entries(attrs)
        .map(([name, value]) => ` data-${name}="${escapeAttr(value)}"`)
        .join('');
      const json = query.get('json');
      const lang = query.get('lang') || 'en';
      const body = `<!doctype html>
<html lang="${escapeAttr(lang)}">
<head>
<meta charset="utf-8">
<title>assent test page</title>
<script>
  // Collects what the widget reports, before it runs.
  window.__errors = [];
  const original = console.error.bind(console);
  console.error = (...args) => { window.__errors.push(args.map(String).join(' ')); original(...args); };
</script>
${json ? `<script type="application/json" id="assent-config">${json}</script>` : ''}
${query.get('head') || ''}
<script src="/dist/assent.js"${dataAttrs}></script>
</head>
<body>
${query.get('body') || '<main><h1>Course</h1><p><a href="#" data-assent-open>Cookie settings</a></p></main>'}
</body>
</html>`;
      return { body, type: 'html' };
    },
  };
}
