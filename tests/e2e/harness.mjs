// Shared by the end-to-end tests: a static server for dist/ on 127.0.0.1 and headless Chromium.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdir } from 'node:fs/promises';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = join(ROOT, 'dist');
export const OUTPUT = join(ROOT, 'tests/e2e/output');
/** A debug build with `--features fault-injection` (scripts/test.sh makes it). */
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

/** Serves a folder on an ephemeral 127.0.0.1 port; `headers` are added to every response. */
export async function serve(folder = DIST, headers = {}) {
  const requests = [];
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    requests.push(path);
    let file = normalize(join(folder, path));
    if (!file.startsWith(folder)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
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
      ...[...root.querySelectorAll('[data-qingshanhu-infographic]')].flatMap((host) =>
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

/** The figure ids of the dataset, from the CSV that `cargo run` writes (first column). */
export async function figureIds() {
  const csv = await readFile(join(ROOT, 'target/e2e/figures.csv'), 'utf8');
  return csv.replace(/^\uFEFF/, '').trim().split('\n').slice(1).map((line) => line.split(',')[0]);
}

/** Waits until every chart canvas of the page reports its figures drawn. */
export async function waitForCharts(page, timeout = 15000) {
  await page.waitForFunction(() => {
    const canvases = qshAll('canvas.qsh-chart__canvas');
    return canvases.length > 0 && canvases.every((canvas) => canvas.hasAttribute('data-drawn-figures'));
  }, null, { timeout });
}

/** Waits until each chart's backing store matches its CSS width × devicePixelRatio (after a resize). */
export async function waitForRedraw(page, timeout = 15000) {
  await page.waitForFunction(() =>
    qshAll('canvas.qsh-chart__canvas').every(
      (canvas) => Math.abs(canvas.width - Math.round(canvas.getBoundingClientRect().width * devicePixelRatio)) <= 1,
    ), null, { timeout });
}

/** The size of the widget's wasm memory: wasm-bindgen's init returns the live exports when called again. */
export async function wasmMemoryBytes(page) {
  return page.evaluate(async () => {
    const { default: init } = await import(new URL('/qingshanhu-infographic.js', location.origin).href);
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
