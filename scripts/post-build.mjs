// Trunk post-build hook, in Trunk's staging folder:
// - index.html: drops the <link data-trunk rel="rust"> that Trunk leaves when it injects no
//   loader (Trunk.toml: inject_scripts = false), and puts in the static first paint: the whole
//   infographic rendered natively by the same components (`cargo run -- first-paint`);
// - en/index.html: the same page in English, for the English iframe embed (the two pages link
//   each other for readers without JavaScript);
// - first-paint.zh.html, first-paint.en.html: the static markup as a snippet a CMS pastes
//   inside its <div data-report-infographic> (with the stylesheet it needs), and
//   first-paint-img.*.html with its charts as images (first-paint-img/), for sanitizers;
// - review.html: the desk's fact-check sheet (`cargo run -- review`);
// - report.json: the report's slug, page titles, sections and charts (for tests and tools);
// - demo/index.html: the demo article about the report, embedding it three ways;
// - charts/<id>.html, en/charts/<id>.html: each chart (card) alone, for its own embed;
// - share/: each page's share image (`cargo run -- share-images`), which its og:image names
//   (scripts/social-tags.mjs; absolute URLs and canonical links with PUBLIC_URL), and a square
//   one for the whole page (share/page.<lang>.square.png, WeChat);
// - poster/: the long poster for WeChat and Weibo in slices, with its text alternative
//   (`cargo run -- poster`);
// - standalone.html: the page with its CSS, JavaScript and WebAssembly inlined, for opening
//   from disk (file://) or uploading to a CMS as one file. It needs inline script, so it is the
//   one output exempt from the strict CSP that the normal bundle meets.
// POST_BUILD_PAGES_ONLY=1 (the test suite's fault-injection build) writes the pages alone: no
// share images, poster, fact-check sheet or snippet images.
// Release builds also minify the JavaScript with esbuild (scripts/tools): Trunk minifies its
// HTML and CSS but leaves wasm-bindgen's glue as written, a sixth of the interactive bytes.
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { shortenNames } from './wasm-names.mjs';
import { attribute, publicUrlOf, socialTags } from './social-tags.mjs';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) throw new Error('usage: TRUNK_STAGING_DIR=dist node scripts/post-build.mjs');
const read = (name) => readFile(join(dir, name));

// The widget's stylesheet, kept in parts of one concern each (static/style/, copied by Trunk),
// as one file: style.css, the one stylesheet a shadow root links.
const styleParts = join(dir, 'style');
const partNames = (await readdir(styleParts)).filter((name) => name.endsWith('.css')).sort();
if (partNames.length === 0) throw new Error('post-build: static/style/ holds no stylesheet');
const joinedStyle = (await Promise.all(partNames.map((name) => readFile(join(styleParts, name), 'utf8')))).join('\n');
await writeFile(join(dir, 'style.css'), joinedStyle);
await rm(styleParts, { recursive: true });

// replacement: a string, or a function of the match.
const replaceOnce = (text, pattern, replacement) => {
  if (!pattern.test(text)) throw new Error(`post-build: ${pattern} not found`);
  return text.replace(pattern, typeof replacement === 'function' ? replacement : () => replacement);
};
const leftoverTrunkLinks = /<link[^>]*\bdata-trunk\b[^>]*>/g;

// The first paint, rendered natively with rustup's toolchain: the wasm build's environment
// (Debian's rustc, build-std, RUSTC_BOOTSTRAP) is for wasm32 only. RUSTC_BOOTSTRAP above all:
// proc-macro2's build script reruns when it changes, so keeping it would rebuild every native
// dependency here and again at the next plain `cargo run` or `cargo test` (75 s each time).
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const firstPaintDir = join(root, 'target/first-paint');
const nativeEnv = { ...process.env };
for (const name of Object.keys(nativeEnv)) {
  if (['RUSTC', 'RUSTDOC', 'RUSTC_WRAPPER', 'RUSTC_BOOTSTRAP', 'CARGO_BUILD_TARGET', 'LD_LIBRARY_PATH'].includes(name) || name.startsWith('CARGO_UNSTABLE_')) {
    delete nativeEnv[name];
  }
}
execFileSync('cargo', ['run', '--quiet', '--locked', '--', 'first-paint', firstPaintDir], { cwd: root, env: nativeEnv, stdio: 'inherit' });
const pagesOnly = process.env.POST_BUILD_PAGES_ONLY === '1';
const native = (args, stdio = 'inherit') => {
  if (!pagesOnly) execFileSync('cargo', ['run', '--quiet', '--locked', '--', ...args], { cwd: root, env: nativeEnv, stdio });
};
// The share images (PNG, 1200 × 630) that the pages name in og:image, under share/.
native(['share-images', dir]);
// The long poster for WeChat and Weibo, under poster/: slices, their text alternative, the
// whole as SVG (PUBLIC_URL names the interactive version on it).
native(['poster', dir], ['ignore', 'ignore', 'inherit']);
// The desk's fact-check sheet, from the same checked data (linked from the README, not from
// readers' pages).
native(['review', join(dir, 'review.html')]);
const firstPaint = {
  zh: await readFile(join(firstPaintDir, 'zh.html'), 'utf8'),
  en: await readFile(join(firstPaintDir, 'en.html'), 'utf8'),
};
// The report's slug, and per language the page's title and description (from its dataset).
const meta = JSON.parse(await readFile(join(firstPaintDir, 'page.json'), 'utf8'));
await writeFile(join(dir, 'report.json'), JSON.stringify(meta, null, 1));
// The demo article (static/demo/index.html, a template) about this report: its script embed shows
// the first two sections that hold a chart, in English.
const demoSections = meta.sections.filter((section) => section.charts > 0).slice(0, 2);
const demoTexts = {
  title: meta.zh.title,
  title_en: meta.en.title,
  dateline: meta.dateline.zh,
  summary: meta.zh.description,
  source: meta.source.zh,
  sections: demoSections.map((section) => section.id).join(','),
  sections_en: demoSections.map((section) => section.en).join('; '),
};
const demo = String(await read('demo/index.html')).replace(/\{\{(\w+)\}\}/g, (_, name) => {
  if (!(name in demoTexts)) throw new Error(`post-build: demo/index.html: no text for {{${name}}}`);
  return attribute(demoTexts[name]);
});
await writeFile(join(dir, 'demo/index.html'), demo);
// Where dist/ is published (PUBLIC_URL=https://…/): see scripts/social-tags.mjs.
const publicUrl = publicUrlOf(process.env.PUBLIC_URL);
if (!publicUrl) console.log('post-build: PUBLIC_URL is not set: og:image is relative to each page, and there are no canonical or hreflang links (README: "Share images and links")');
/** The page's title, and its description and share tags in place of its description. */
const withTexts = (page, texts) => {
  page = replaceOnce(page, /<title>[^<]*<\/title>/, `<title>${attribute(texts.title)}</title>`);
  return replaceOnce(page, /<meta [^>]*\bname="?description"?[^>]*>/, socialTags({ ...texts, publicUrl }));
};
const wholePage = { zh: '', en: 'en/' };
const withPageTexts = (page, lang) =>
  withTexts(page, { lang, title: meta[lang].title, description: meta[lang].description, at: wholePage, image: `share/page.${lang}.png` });
const placeholder = /<div data-report-first-paint(="")?\s*><\/div>/;
// Release builds: binaryen's wasm-opt -Oz (npm's binaryen, scripts/tools), run here rather than by
// Trunk so that a build the test suite makes only to run (WASM_OPT=skip: the fault-injection
// build, the other reports' smoke builds) skips it. The wasm's own memory puts no data below
// 1 MB (its stack ends there), so the low 1 KB is unused and constant offsets fold into loads;
// no producers or features sections.
if (process.env.TRUNK_PROFILE === 'release' && process.env.WASM_OPT !== 'skip') {
  const wasmFile = join(dir, 'report-infographic_bg.wasm');
  const features = ['reference-types', 'bulk-memory', 'nontrapping-float-to-int', 'sign-ext', 'mutable-globals', 'multivalue'];
  execFileSync('wasm-opt', [
    '-Oz', ...features.map((feature) => `--enable-${feature}`), '--converge', '--low-memory-unused',
    '--strip-producers', '--strip-target-features', wasmFile, '-o', wasmFile,
  ], { stdio: 'inherit' });
}
const [html, pageCss, widgetCss, bindgenGlue, bindgenWasm, icon] = await Promise.all([
  read('index.html').then(String),
  read('page.css').then(String),
  read('style.css').then(String),
  read('report-infographic.js').then(String),
  read('report-infographic_bg.wasm'),
  read('favicon.svg'),
]);
// Release builds: short names between the glue and the wasm (scripts/wasm-names.mjs).
const { glue, wasm } = process.env.TRUNK_PROFILE === 'release'
  ? shortenNames(bindgenWasm, bindgenGlue)
  : { glue: bindgenGlue, wasm: bindgenWasm };
await writeFile(join(dir, 'report-infographic_bg.wasm'), wasm);

// wasm-bindgen's glue is an ES module: inline it as the body of one module script.
const inlineGlue = glue
  .replace(/^export (function|class|const|let|async function) /gm, '$1 ')
  .replace(/^export \{[^}]*\};?$/gm, '')
  .replace(/^export default [^;]+;$/gm, '');
if (/^export /m.test(inlineGlue)) throw new Error('standalone: an export of the wasm-bindgen glue was not inlined');
if (!/^async function __wbg_init\b/m.test(inlineGlue)) throw new Error('standalone: the glue has no __wbg_init');

// esbuild's command line (on PATH from scripts/tools), reading the source from standard input.
const minify = (source) =>
  process.env.TRUNK_PROFILE === 'release'
    ? execFileSync('esbuild', ['--minify', '--format=esm', '--charset=utf8', '--log-level=warning'], { input: source, encoding: 'utf8' })
    : source;
const embedScript = replaceOnce(String(await read('embed.js')), /%REPORT_SLUG%/, meta.slug);
await writeFile(join(dir, 'report-infographic.js'), minify(glue));
await writeFile(join(dir, 'embed.js'), minify(embedScript));

// The same loader as embed.js, with the glue and the wasm inline (in a block: its names
// stay apart from the glue's). Its two loading lines are inside its start function, indented.
let inlineLoader = replaceOnce(embedScript, /^( *)const wasmSource = fetch\(.*\);$/m, (_, indent) => `${indent}const wasmSource = Uint8Array.from(atob("${wasm.toString('base64')}"), (c) => c.charCodeAt(0));`);
inlineLoader = replaceOnce(inlineLoader, /^ *const \{ default: init \} = await import\(.*\);$/m, 'const init = __wbg_init;');
const loader = minify(`${inlineGlue}\n{\n${inlineLoader}\n}`);

// The two pages link each other for readers without JavaScript, who have no working language
// switch (en/index.html has <base href="../">). The <link rel="alternate" hreflang> between
// them needs PUBLIC_URL (withTexts).
const linkToOtherLanguage = (page, { href, lang, text }) =>
  replaceOnce(page, /<main>/, `<main><noscript><nav class="page-lang"><a href="${href}" hreflang="${lang}" lang="${lang}">${text}</a></nav></noscript>`);

// Trunk may have minified index.html (unquoted attributes), so the patterns allow for it.
const index = withPageTexts(replaceOnce(html.replace(leftoverTrunkLinks, ''), placeholder, firstPaint.zh), 'zh');
await writeFile(join(dir, 'index.html'), linkToOtherLanguage(index, { href: 'en/', lang: 'en', text: 'English' }));

// The English page, one folder down: the same files through <base>, the widget in English.
let english = replaceOnce(html.replace(leftoverTrunkLinks, ''), placeholder, firstPaint.en);
// (Trunk's minifier drops optional tags such as <head>: <base> goes right after <html>.)
english = replaceOnce(english, /<html lang="?zh-CN"?>/, '<html lang="en"><base href="../">');
english = withPageTexts(english, 'en');
english = replaceOnce(english, /<div data-report-infographic data-report-page>/, '<div data-report-infographic data-report-page data-lang="en">');
await mkdir(join(dir, 'en'), { recursive: true });
await writeFile(join(dir, 'en/index.html'), linkToOtherLanguage(english, { href: './', lang: 'zh-CN', text: '中文' }));

// A page per chart (card), zh and en: the chart alone, with the same first paint, takeover and
// height messages as the whole page; the Embed tool's iframe code points here.
const chartsDir = join(firstPaintDir, 'charts');
await mkdir(join(dir, 'charts'), { recursive: true });
await mkdir(join(dir, 'en/charts'), { recursive: true });
for (const card of meta.cards) {
  for (const [lang, folder, base, htmlLang] of [['zh', 'charts', '../', 'zh-CN'], ['en', 'en/charts', '../../', 'en']]) {
    const chart = await readFile(join(chartsDir, `${card.id}.${lang}.html`), 'utf8');
    let one = replaceOnce(html.replace(leftoverTrunkLinks, ''), placeholder, chart);
    one = replaceOnce(one, /<html lang="?zh-CN"?>/, `<html lang="${htmlLang}"><base href="${base}">`);
    one = withTexts(one, {
      lang,
      title: `${card[lang]} · ${meta[lang].title}`,
      description: card.about[lang],
      at: { zh: `charts/${card.id}.html`, en: `en/charts/${card.id}.html` },
      image: `share/charts/${card.id}.${lang}.png`,
    });
    one = replaceOnce(one, /<div data-report-infographic data-report-page>/, `<div data-report-infographic data-report-page data-charts="${card.id}"${lang === 'en' ? ' data-lang="en"' : ''}>`);
    await writeFile(join(dir, folder, `${card.id}.html`), one);
  }
}

// For a CMS: paste inside <div data-report-infographic>; change the stylesheet's (and the
// images') URLs to where dist/ is published. Made to
// survive a sanitizer (src/snippet.rs): first-paint.*.html keeps its charts as SVG, coloured and
// one width shown, where DOMPurify drops the <link>; first-paint-img.*.html has each chart as
// an <img> of its PNG (first-paint-img/, `cargo run -- snippet-images`) with its figures as text,
// for sanitizers that drop SVG (sanitize-html).
native(['snippet-images', dir]);
for (const lang of ['zh', 'en']) {
  for (const [name, source] of [['first-paint', 'snippet'], ['first-paint-img', 'snippet-img']]) {
    const snippet = await readFile(join(firstPaintDir, `${source}.${lang}.html`), 'utf8');
    await writeFile(join(dir, `${name}.${lang}.html`), `<link rel="stylesheet" href="style.css">\n${snippet}\n`);
  }
}

let page = index;
page = replaceOnce(
  page,
  /<link[^>]*\bhref="?(\.\/)?page\.css"?[^>]*>/,
  // The widget's stylesheet styles the static first paint, and the widget copies it into each
  // shadow root.
  `<style>\n${pageCss}</style>\n<style data-report-style>\n${widgetCss}</style>`,
);
page = replaceOnce(page, /<link[^>]*\bhref="?(\.\/)?favicon\.svg"?[^>]*>/, `<link rel="icon" href="data:image/svg+xml;base64,${icon.toString('base64')}">`);
// The single file is published wherever a CMS puts it: not at the page's canonical URL.
page = page.replace(/<link rel="(canonical|alternate)"[^>]*>\n?/g, '').replace(/<meta property="og:url"[^>]*>\n?/, '');
// The stylesheet and the preloads of files that the single file carries inline.
page = replaceOnce(page, /<link[^>]*\bhref="?(\.\/)?style\.css"?[^>]*>/, '');
page = replaceOnce(page, /<link[^>]*\bhref="?(\.\/)?report-infographic\.js"?[^>]*>/, '');
page = replaceOnce(page, /<script[^>]*\bsrc="?(\.\/)?embed\.js"?[^>]*><\/script>/, `<script type="module">\n${loader}\n</script>`);
if (/\b(src|href)="?(?!data:)[^"#\s>]+/.test(page.replace(/<script type="module">[\s\S]*<\/script>/, ''))) {
  throw new Error('standalone: a reference to another file is left');
}
await writeFile(join(dir, 'standalone.html'), page);
console.log(`standalone.html: ${page.length} bytes`);
