// Trunk post-build hook, in Trunk's staging folder:
// - index.html: drops the <link data-trunk rel="rust"> that Trunk leaves when it injects no
//   loader (Trunk.toml: inject_scripts = false);
// - standalone.html: the page with its CSS, JavaScript and WebAssembly inlined, for opening
//   from disk (file://) or uploading to a CMS as one file. It needs inline script, so it is the
//   one output exempt from the strict CSP that the normal bundle meets.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) throw new Error('usage: TRUNK_STAGING_DIR=dist node scripts/post-build.mjs');
const read = (name) => readFile(join(dir, name));

const leftoverTrunkLinks = /<link[^>]*\bdata-trunk\b[^>]*>/g;
const [html, pageCss, widgetCss, glue, wasm, icon] = await Promise.all([
  read('index.html').then(String),
  read('page.css').then(String),
  read('style.css').then(String),
  read('qingshanhu-infographic.js').then(String),
  read('qingshanhu-infographic_bg.wasm'),
  read('favicon.svg'),
]);

// wasm-bindgen's glue is an ES module: inline it as the body of one module script.
const inlineGlue = glue
  .replace(/^export (function|class|const|let|async function) /gm, '$1 ')
  .replace(/^export \{[^}]*\};?$/gm, '')
  .replace(/^export default [^;]+;$/gm, '');
if (/^export /m.test(inlineGlue)) throw new Error('standalone: an export of the wasm-bindgen glue was not inlined');
if (!/^async function __wbg_init\b/m.test(inlineGlue)) throw new Error('standalone: the glue has no __wbg_init');

const loader = `${inlineGlue}
const wasmBytes = Uint8Array.from(atob("${wasm.toString('base64')}"), (c) => c.charCodeAt(0));
try {
  await __wbg_init({ module_or_path: wasmBytes });
} catch (error) {
  console.error('qingshanhu-infographic: could not start', error);
}`;

const replaceOnce = (text, pattern, replacement) => {
  if (!pattern.test(text)) throw new Error(`standalone: ${pattern} not found in index.html`);
  return text.replace(pattern, () => replacement);
};
// Trunk may have minified index.html (unquoted attributes), so the patterns allow for it.
const index = html.replace(leftoverTrunkLinks, '');
await writeFile(join(dir, 'index.html'), index);
let page = index;
page = replaceOnce(
  page,
  /<link[^>]*\bhref="?(\.\/)?page\.css"?[^>]*>/,
  // The widget's own stylesheet is not for the page: the widget copies it into each shadow root.
  `<style>\n${pageCss}</style>\n<style data-qingshanhu-style media="not all">\n${widgetCss}</style>`,
);
page = replaceOnce(page, /<link[^>]*\bhref="?(\.\/)?favicon\.svg"?[^>]*>/, `<link rel="icon" href="data:image/svg+xml;base64,${icon.toString('base64')}">`);
// Preloads of files that the single file carries inline.
page = replaceOnce(page, /<link[^>]*\bhref="?(\.\/)?style\.css"?[^>]*>/, '');
page = replaceOnce(page, /<link[^>]*\bhref="?(\.\/)?qingshanhu-infographic\.js"?[^>]*>/, '');
page = replaceOnce(page, /<link[^>]*\bhref="?(\.\/)?qingshanhu-infographic_bg\.wasm"?[^>]*>/, '');
page = replaceOnce(page, /<script[^>]*\bsrc="?(\.\/)?embed\.js"?[^>]*><\/script>/, `<script type="module">\n${loader}\n</script>`);
if (/\b(src|href)="?(?!data:)[^"#\s>]+/.test(page.replace(/<script type="module">[\s\S]*<\/script>/, ''))) {
  throw new Error('standalone: a reference to another file is left');
}
await writeFile(join(dir, 'standalone.html'), page);
console.log(`standalone.html: ${page.length} bytes`);
