// The benchmark (make bench): sizes of what the first render needs and timings from headless
// Chromium over fresh loads, printed against the budgets. It measures; it does not pass or fail.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { serve, launch, openPage, waitForCharts, waitForRedraw, wasmMemoryBytes, DIST, ROOT } from './harness.mjs';
import { firstPaintBytes, firstPaintTimes, lighthouseScores, printFirstPaint } from './bench-first-paint.mjs';

const LOADS = Number(process.env.BENCH_LOADS ?? 9);
const REDRAWS = Number(process.env.BENCH_REDRAWS ?? 15);
const RESIZES = Number(process.env.BENCH_RESIZES ?? 21);
const BUDGET = { gzipBytes: 120 * 1024, allChartsMs: 300, redrawMs: 8, memoryBytes: 4 * 1024 * 1024 };

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${value.toFixed(1)} ms`;
const verdict = (ok) => (ok ? 'within budget' : 'OVER BUDGET');

/** Installed before any script of the page, so that its resize listener runs first. */
function recordResizeLatencies() {
  window.resizeLatencies = [];
  addEventListener('resize', () => {
    const start = performance.now();
    requestAnimationFrame(() => requestAnimationFrame(() => window.resizeLatencies.push(performance.now() - start)));
  });
}

/**
 * Resizes the window RESIZES times between 1060 and 1100 px (it was loaded at 1080) and
 * returns, for each resize, the time from its `resize` event to the second animation frame
 * after it: until a frame with every chart redrawn has been rendered. `settled` runs after
 * each one (the widget's checks that no chart is stale).
 */
async function resizeLatencies(page, settled) {
  const widths = Array.from({ length: RESIZES }, (_, i) => 1060 + Math.round((i * 40) / Math.max(1, RESIZES - 1)));
  for (const [index, width] of widths.entries()) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForFunction((count) => window.resizeLatencies.length >= count, index + 1);
    await settled(page);
    await page.waitForTimeout(50);
  }
  return page.evaluate(() => window.resizeLatencies);
}

/** The dataset's figures by id, from the CSV that `cargo run` writes. */
function figuresById() {
  const csv = execFileSync('cargo', ['run', '--quiet'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') field += csv[++i];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n') { row.push(field.replace(/\r$/, '')); rows.push(row); row = []; field = ''; }
    else field += c;
  }
  const [header, ...body] = rows;
  const column = (name) => header.findIndex((title) => title.replace(/^\uFEFF/, '') === name);
  const [id, label, value, shown] = ['id', 'label_zh', 'value', 'value_zh'].map(column);
  return new Map(body.map((cells) => [cells[id], { label: cells[label], value: Number(cells[value]), shown: cells[shown] }]));
}

/**
 * What a reader of a long news article downloads before scrolling to the widget: the article
 * (about three viewports of text, then the script embed with the static first paint inside
 * its <div>, as a CMS pastes it, then more text), served beside the bundle. Every response of
 * the page from its load until the network has been quiet and a second more, each with its
 * raw and gzip -9 size. The loader starts the widget only near the screen, so the glue and the
 * wasm should not be among them.
 */
async function bytesBeforeScroll(browser) {
  const folder = await mkdtemp(join(tmpdir(), 'qsh-bench-long-'));
  await symlink(DIST, join(folder, 'report'));
  const firstPaint = (await readFile(join(DIST, 'first-paint.en.html'), 'utf8')).replace('href="style.css"', 'href="report/style.css"');
  const text = (count) => Array.from({ length: count }, (_, i) => `<p>Paragraph ${i + 1}. The district's economy grew through the year as new factories `
    + 'opened along the ring road, the high-speed station began service, and the old industrial parks were rebuilt to hold more '
    + 'firms on the same land. Officials said retail sales and investment both rose, while air quality improved for a third year '
    + 'in a row; the figures below come from the district\'s own report.</p>').join('\n');
  await writeFile(join(folder, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>A long article</title><link rel="icon" href="data:,">
<style>body { margin: 0; font: 18px/1.6 Georgia, serif; } main { max-width: 720px; margin: 0 auto; padding: 16px; }</style>
<script type="module" src="report/embed.js"></script></head><body><main><h1>A long article</h1>
${text(20)}
<div data-report-infographic data-lang="en">
${firstPaint}
</div>
${text(6)}
</main></body></html>`);
  const server = await serve(folder, {}, { probe: false });
  const { page, context } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  const responses = [];
  page.on('response', (response) => responses.push(response));
  try {
    await page.goto(server.url, { waitUntil: 'networkidle' });
    await page.waitForTimeout(1000);
    const files = [];
    for (const response of responses.filter((response) => response.url().startsWith('http'))) {
      const body = await response.body();
      files.push({ name: new URL(response.url()).pathname.replace(/^\//, '') || 'index.html', raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
    }
    return files;
  } finally {
    await context.close();
    await server.close();
    await rm(folder, { recursive: true, force: true });
  }
}

// Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs. The pages
// as they are: without the tests' probe, which hooks every label drawn.
const server = await serve(DIST, {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
}, { probe: false });
const browser = await launch();
try {
  // Which files the first render fetches: everything requested until every chart is drawn.
  const { page, context } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  const fetched = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname.replace(/^\//, '') || 'index.html'));
  await page.goto(server.url);
  await waitForCharts(page);
  const charts = await page.evaluate(() => qshAll('canvas.qsh-chart__canvas').length);
  await context.close();
  const files = [...new Set(fetched)].filter((name) => !name.startsWith('favicon'));

  console.log(`\nBytes the first render needs (${files.length} files, from a fresh load of dist/index.html)\n`);
  console.log('file'.padEnd(36) + 'raw'.padStart(12) + 'gzip -9'.padStart(12) + 'brotli 11'.padStart(12));
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const name of files) {
    const bytes = await readFile(join(DIST, name));
    const sizes = {
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
    for (const key of Object.keys(total)) total[key] += sizes[key];
    console.log(name.padEnd(36) + `${sizes.raw}`.padStart(12) + `${sizes.gzip}`.padStart(12) + `${sizes.brotli}`.padStart(12));
  }
  console.log('total'.padEnd(36) + `${total.raw}`.padStart(12) + `${total.gzip}`.padStart(12) + `${total.brotli}`.padStart(12));

  // The script embed below the fold: what loads before the reader scrolls to it, against the
  // interactive layer that the loader fetches when the widget comes near the screen.
  const beforeScroll = await bytesBeforeScroll(browser);
  const sum = (files, key) => files.reduce((bytes, file) => bytes + file[key], 0);
  const later = ['report-infographic.js', 'report-infographic_bg.wasm'];
  const laterGzip = (await Promise.all(later.map(async (name) => gzipSync(await readFile(join(DIST, name)), { level: 9 }).length))).reduce((a, b) => a + b, 0);
  console.log(`\nbytes before the reader scrolls (script embed below the fold of a long article): ${kb(sum(beforeScroll, 'gzip'))} gzip, `
    + `${kb(sum(beforeScroll, 'raw'))} raw, ${beforeScroll.length} requests (${beforeScroll.map((file) => `${file.name} ${kb(file.gzip)}`).join(', ')}); `
    + `the glue and the wasm, fetched when it comes near the screen: ${kb(laterGzip)} gzip`);

  // Timings over fresh loads: a new browser context each time, so nothing is cached.
  const first = [];
  const all = [];
  const memory = [];
  for (let i = 0; i < LOADS; i++) {
    const { page, context } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(server.url);
    await waitForCharts(page);
    await page.waitForFunction((count) => performance.getEntriesByName('qsh:chart-drawn').length >= count, charts);
    const marks = await page.evaluate(() => performance.getEntriesByName('qsh:chart-drawn').map((mark) => mark.startTime));
    first.push(marks[0]);
    all.push(marks[charts - 1]);
    memory.push(await wasmMemoryBytes(page));
    await context.close();
  }

  // One full redraw of every chart, as after a resize: the sum of each chart's drawing time.
  const { page: redrawPage, context: redrawContext } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  await redrawPage.goto(server.url);
  await waitForCharts(redrawPage);
  const redraws = [];
  for (let i = 0; i < REDRAWS; i++) {
    await redrawPage.setViewportSize({ width: i % 2 ? 1100 : 1060, height: 900 });
    await waitForRedraw(redrawPage);
    redraws.push(await redrawPage.evaluate(() =>
      qshAll('canvas[data-paint-ms]').reduce((sum, canvas) => sum + Number(canvas.dataset.paintMs), 0)));
  }
  await redrawContext.close();

  // Resizes of the window, the widget against the same charts drawn with ECharts, both loaded
  // once at 1080 px in this browser.
  const loadedAt = { viewport: { width: 1080, height: 900 } };
  const { page: widgetPage, context: widgetContext } = await openPage(browser, loadedAt);
  await widgetContext.addInitScript(recordResizeLatencies);
  await widgetPage.goto(server.url);
  await waitForCharts(widgetPage);
  const figures = figuresById();
  const peerCharts = await widgetPage.evaluate(() => qshAll('.qsh-chart').map((card) => {
    const canvas = card.querySelector('canvas');
    return {
      id: card.dataset.group,
      kind: card.dataset.chart,
      title: card.querySelector('figcaption').textContent,
      height: canvas.getBoundingClientRect().height,
      figures: canvas.dataset.drawnFigures.split(' '),
    };
  }));
  const memoryBefore = await wasmMemoryBytes(widgetPage);
  const widgetResizes = await resizeLatencies(widgetPage, (page) => waitForRedraw(page));
  const memoryAfter = await wasmMemoryBytes(widgetPage);
  await widgetContext.close();

  // Without the tests' probe, as the widget's pages (the probe hooks every label a canvas draws).
  const peerServer = await serve(dirname(fileURLToPath(import.meta.url)), {}, { probe: false });
  const { page: peerPage, context: peerContext } = await openPage(browser, loadedAt);
  await peerContext.addInitScript(recordResizeLatencies);
  await peerContext.addInitScript((charts) => { window.PEER_CHARTS = charts; }, peerCharts.map((chart) => ({
    ...chart,
    figures: chart.figures.map((id) => figures.get(id) ?? { label: id, value: 0, shown: '' }),
  })));
  await peerPage.goto(`${peerServer.url}echarts-peer.html`);
  await peerPage.waitForFunction(() => window.peerReady === true);
  const peerResizes = await resizeLatencies(peerPage, async () => {});
  const peerDrawn = await peerPage.evaluate(() => document.querySelectorAll('.chart canvas').length);
  await peerContext.close();

  const row = (label, values, format) =>
    label.padEnd(44) + format(median(values)).padStart(12) + format(Math.min(...values)).padStart(12) + format(Math.max(...values)).padStart(12);
  console.log(`\nHeadless Chromium, ${LOADS} fresh loads (${charts} charts), ${REDRAWS} redraws\n`);
  console.log(''.padEnd(44) + 'median'.padStart(12) + 'min'.padStart(12) + 'max'.padStart(12));
  console.log(row('navigation start → first chart drawn', first, ms));
  console.log(row('navigation start → all charts drawn', all, ms));
  console.log(row('redraw of every chart (sum of draw times)', redraws, ms));
  console.log(row('wasm memory after load', memory, kb));

  const echartsVersion = JSON.parse(await readFile(new URL('./node_modules/echarts/package.json', import.meta.url), 'utf8')).version;
  console.log(`\nResize → second animation frame after it (${RESIZES} resizes, 1060–1100 px, loaded at 1080 px)\n`);
  console.log(''.padEnd(44) + 'median'.padStart(12) + 'min'.padStart(12) + 'max'.padStart(12));
  console.log(row(`widget (${peerCharts.length} canvas charts)`, widgetResizes, ms));
  console.log(row(`ECharts ${echartsVersion} (${peerDrawn} canvas charts)`, peerResizes, ms));
  const ratio = median(widgetResizes) / median(peerResizes);
  console.log(`  widget / ECharts, medians: ${ratio.toFixed(2)}   ${median(widgetResizes) <= median(peerResizes) ? 'widget at most the peer' : 'WIDGET SLOWER'}`);
  console.log(`  wasm memory before → after the resizes: ${kb(memoryBefore)} → ${kb(memoryAfter)}`);

  console.log('\nBudgets');
  console.log(`  first render, gzip total   ${kb(total.gzip).padStart(10)}  ≤ ${kb(BUDGET.gzipBytes)}   ${verdict(total.gzip <= BUDGET.gzipBytes)}`);
  console.log(`  all charts drawn, median   ${ms(median(all)).padStart(10)}  ≤ ${BUDGET.allChartsMs} ms     ${verdict(median(all) <= BUDGET.allChartsMs)}`);
  console.log(`  full redraw, median        ${ms(median(redraws)).padStart(10)}  ≤ ${BUDGET.redrawMs} ms       ${verdict(median(redraws) <= BUDGET.redrawMs)}`);
  console.log(`  wasm memory, median        ${kb(median(memory)).padStart(10)}  ≤ ${kb(BUDGET.memoryBytes)}  ${verdict(median(memory) <= BUDGET.memoryBytes)}`);

  const firstPaint = await firstPaintTimes(browser, server.url, LOADS, { url: `${peerServer.url}echarts-peer.html`, figures });
  await peerServer.close();
  printFirstPaint(await firstPaintBytes(), firstPaint, await lighthouseScores());
} finally {
  await browser.close();
  await server.close();
}
