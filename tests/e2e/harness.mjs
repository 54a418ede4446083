// Shared by the end-to-end tests: a static server for dist/ on 127.0.0.1 and headless Chromium
// (the Chromium-only tests; engines.mjs drives all three engines for the others).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdir } from 'node:fs/promises';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The release bundle under test: dist/, or E2E_DIST (to try a candidate fix's bundle). */
export const DIST = process.env.E2E_DIST ? resolve(process.env.E2E_DIST) : join(ROOT, 'dist');
export const OUTPUT = join(ROOT, 'tests/e2e/output');
/** A release build with `--features fault-injection` (scripts/test.sh makes it). */
export const FAULTS_DIST = join(ROOT, 'target/dist-faults');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** The probe (probe.js) that the server puts first in the <head> of every HTML page. */
export const PROBE = join(ROOT, 'tests/e2e/probe.js');
const PROBE_TAG = '<script src="/__e2e__/probe.js"></script>';

/** Puts `tag` right after the <head> start tag of an HTML page (or first, without one). */
export function injectIntoHead(html, tag) {
  const head = /<head\b[^>]*>/i.exec(html);
  return head ? html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length) : tag + html;
}

const escapeAttribute = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * A page that shows `src` in an iframe of `w` × `h` CSS pixels at its top-left corner: a
 * viewport narrower than an engine's smallest window (WebKitGTK's is about 450 px). No inline
 * script or style, so a strict CSP allows it.
 */
function framePage(query) {
  const size = (name) => String(Math.max(1, Math.min(20000, Number.parseInt(query.get(name), 10) || 0)));
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${PROBE_TAG}<title>frame</title>`
    + '<link rel="stylesheet" href="/__e2e__/frame.css"></head><body>'
    + `<iframe id="e2e-frame" title="page under test" frameborder="0" scrolling="auto" width="${size('w')}" height="${size('h')}" src="${escapeAttribute(query.get('src') ?? '')}"></iframe>`
    + '</body></html>';
}
const FRAME_CSS = 'html, body { margin: 0; padding: 0; overflow: hidden; } iframe { display: block; border: 0; }';

/**
 * Serves a folder on an ephemeral 127.0.0.1 port; `headers` are added to every response.
 * Every HTML page gets the probe (probe.js) first in its <head>, unless `probe` is false (the
 * benchmark measures the pages as they are); `/__e2e__/frame.html?w=&h=&src=` is the frame page above.
 */
export async function serve(folder = DIST, headers = {}, { probe = true } = {}) {
  const requests = [];
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://x');
    const path = decodeURIComponent(url.pathname);
    requests.push(path);
    if (path.startsWith('/__e2e__/')) {
      const test = {
        '/__e2e__/probe.js': async () => [TYPES['.js'], await readFile(PROBE)],
        '/__e2e__/frame.html': async () => [TYPES['.html'], framePage(url.searchParams)],
        '/__e2e__/frame.css': async () => [TYPES['.css'], FRAME_CSS],
      }[path];
      if (!test) {
        response.writeHead(404).end('not found');
        return;
      }
      const [type, body] = await test();
      response.writeHead(200, { 'content-type': type, ...headers }).end(body);
      return;
    }
    let file = normalize(join(folder, path));
    if (!file.startsWith(folder)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      if (probe && extname(file) === '.html') body = injectIntoHead(String(body), PROBE_TAG);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, requests, close: () => new Promise((ok) => server.close(ok)) };
}

/** Whether Chromium is among the engines of this run (E2E_ENGINES, all three by default). */
export const CHROMIUM_SELECTED = !process.env.E2E_ENGINES || process.env.E2E_ENGINES.split(',').includes('chromium');
/** The options of a Chromium-only test: skipped when E2E_ENGINES leaves Chromium out. */
export const chromiumOnly = CHROMIUM_SELECTED ? {} : { skip: 'Chromium is not in E2E_ENGINES' };

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** A page that records console errors and uncaught exceptions. */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext(options);
  // The widget renders inside shadow roots: `qshAll(selector)` queries every instance.
  await context.addInitScript(() => {
    window.qshAll = (selector, root = document) => [
      ...root.querySelectorAll(selector),
      ...[...root.querySelectorAll('[data-report-infographic]')].flatMap((host) =>
        host.shadowRoot ? [...host.shadowRoot.querySelectorAll(selector)] : [],
      ),
    ];
  });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return { page, context, problems };
}

/** Parses RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks). */
export function parseCsv(text) {
  const rows = [[]];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { rows.at(-1).push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      rows.at(-1).push(field);
      field = '';
      rows.push([]);
    } else field += c;
  }
  if (field !== '' || rows.at(-1).length > 0) rows.at(-1).push(field);
  return rows.filter((row) => row.length > 1 || (row.length === 1 && row[0] !== ''));
}

/** Every figure of the dataset, by id, from the CSV that `cargo run` writes (target/e2e/figures.csv). */
export async function figures() {
  const [header, ...rows] = parseCsv((await readFile(join(ROOT, 'target/e2e/figures.csv'), 'utf8')).replace(/^\uFEFF/, ''));
  return new Map(rows.map((row) => [row[0], Object.fromEntries(header.map((name, i) => [name, row[i]]))]));
}

/** The bundle's report.json: the report's slug, page titles and charts (id, kind, figures). */
export async function reportManifest(dist = DIST) {
  return JSON.parse(await readFile(join(dist, 'report.json'), 'utf8'));
}

/**
 * The chart the interaction tests use, from the report's manifest: its first bar chart of two
 * figures or more (else its first chart of two or more).
 */
export function interactionChart(manifest) {
  const many = manifest.charts.filter((chart) => chart.figures >= 2);
  const chart = many.find((chart) => chart.kind === 'bars') ?? many[0];
  if (!chart) throw new Error(`${manifest.slug}: no chart of two figures or more to try tooltips on`);
  return chart.id;
}

/** Waits until every chart canvas of the page reports its figures drawn. */
export async function waitForCharts(page, timeout = 15000) {
  await page.waitForFunction(() => {
    const canvases = qshAll('canvas.qsh-chart__canvas');
    return canvases.length > 0 && qshAll('[data-rendering]').length === 0
      && canvases.every((canvas) => canvas.hasAttribute('data-drawn-figures'));
  }, null, { timeout });
}

/** Waits until every chart was last drawn at its frame's present width (after a resize). */
export async function waitForRedraw(page, timeout = 15000) {
  await page.waitForFunction(() =>
    qshAll('canvas.qsh-chart__canvas').every((canvas) => canvas.hasAttribute('data-drawn-figures')
      && Math.abs(Number(canvas.dataset.drawnWidth) - canvas.closest('.qsh-chart__frame').getBoundingClientRect().width) <= 1),
    null, { timeout });
}

/** The size of the widget's wasm memory: wasm-bindgen's init returns the live exports when called again. */
export async function wasmMemoryBytes(page) {
  return page.evaluate(async () => {
    const { default: init } = await import(new URL('/report-infographic.js', location.origin).href);
    return (await init()).memory.buffer.byteLength;
  });
}

/**
 * For a test file: before its tests, serve dist/ and launch Chromium; after them, close both.
 * The returned object holds `server` and `browser` once the tests run.
 */
export function servedDist() {
  const shared = {};
  before(async () => {
    if (!CHROMIUM_SELECTED) return;
    shared.server = await serve();
    shared.browser = await launch();
    await mkdir(OUTPUT, { recursive: true });
  });
  after(async () => {
    await shared.browser?.close();
    await shared.server?.close();
  });
  return shared;
}
