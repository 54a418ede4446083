// The first paint's part of the benchmark (make bench, issue "every chart in the first paint"):
// the bytes a reader needs before every chart is visible and the interactive layer's bytes,
// first contentful paint against every chart visible and every canvas drawn and against the
// ECharts page's first contentful paint (loads alternating), and Lighthouse's scores. It
// measures; it does not pass or fail.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { openPage, waitForCharts, reportManifest, DIST, ROOT } from './harness.mjs';

const LIGHTHOUSE = join(ROOT, 'tests/lighthouse/node_modules/.bin/lighthouse');
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const CHROMIUM_FLAGS = '--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run';
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const gzipped = async (name) => gzipSync(await readFile(join(DIST, name)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Bytes (gzip -9) before every chart is visible, and of the interactive layer. */
export async function firstPaintBytes() {
  const page = ['index.html', 'page.css', 'style.css'];
  const interactive = ['embed.js', 'report-infographic.js', 'report-infographic_bg.wasm'];
  const sum = async (names) => (await Promise.all(names.map(gzipped))).reduce((a, b) => a + b, 0);
  return { page: await sum(page), interactive: await sum(interactive), wasm: await gzipped('report-infographic_bg.wasm') };
}

/**
 * Every chart visible in a frame: each of the page's `charts` cards shows a drawing (a static
 * SVG, or the canvas once drawn). Checked in every frame from the start. The first frame that
 * runs is the first paint's (Chromium runs no frame while a stylesheet blocks rendering), so
 * what it holds is what the first contentful paint shows: the whole page, or only the part
 * parsed so far when the parser yielded to it.
 */
function watchChartsVisible(charts) {
  const visible = () => {
    const cards = [...document.querySelectorAll('.qsh-chart')];
    return cards.length === charts && cards.every((card) => [...card.querySelectorAll('svg.qsh-chart__svg')].some((svg) => svg.getBoundingClientRect().height > 0));
  };
  const frame = () => {
    const complete = visible();
    // The first frame with the page's first text (its header) is the first contentful paint's.
    if (window.qshFirstFrameComplete === undefined && document.querySelector('.qsh-header')) window.qshFirstFrameComplete = complete;
    if (!window.qshChartsVisible && complete) window.qshChartsVisible = performance.now();
    if (!window.qshChartsVisible) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/**
 * Over fresh loads at 1280 px: first contentful paint, when every chart was first visible, and
 * when every canvas was drawn; and, when `peer` is given ({ url, figures }: the ECharts page of
 * the same charts and the dataset's figures by id), the ECharts page's first contentful paint
 * and the moment its script had drawn every chart, its loads alternating with the widget's
 * (widget first, then peer first, …) so that both meet the same state of the machine. The
 * peer's charts (titles, heights, figures) are the widget's, read from its first load.
 */
export async function firstPaintTimes(browser, url, loads, peer = null) {
  const times = { fcp: [], chartsVisible: [], firstFrameComplete: [], canvasesDrawn: [], peerFcp: [], peerDrawn: [] };
  const viewport = { viewport: { width: 1280, height: 900 } };
  let peerCharts = null;
  const charts = (await reportManifest()).charts.length;
  const loadWidget = async () => {
    const { page, context } = await openPage(browser, viewport);
    await context.addInitScript(watchChartsVisible, charts);
    await page.goto(url);
    await waitForCharts(page);
    const measured = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      chartsVisible: window.qshChartsVisible,
      firstFrameComplete: window.qshFirstFrameComplete,
      canvasesDrawn: Math.max(...performance.getEntriesByName('qsh:chart-drawn').map((mark) => mark.startTime)),
    }));
    for (const key of ['fcp', 'chartsVisible', 'firstFrameComplete', 'canvasesDrawn']) times[key].push(measured[key]);
    peerCharts ??= await page.evaluate(() => qshAll('.qsh-chart').map((card) => {
      const canvas = card.querySelector('canvas');
      return { id: card.dataset.group, kind: card.dataset.chart, title: card.querySelector('figcaption').textContent, height: canvas.getBoundingClientRect().height, figures: canvas.dataset.drawnFigures.split(' ') };
    }));
    await context.close();
  };
  const loadPeer = async () => {
    const { page, context } = await openPage(browser, viewport);
    await context.addInitScript((charts) => { window.PEER_CHARTS = charts; }, peerCharts.map((chart) => ({
      ...chart,
      figures: chart.figures.map((id) => peer.figures.get(id) ?? { label: id, value: 0, shown: '' }),
    })));
    await page.goto(peer.url);
    await page.waitForFunction(() => window.peerReady === true && performance.getEntriesByName('first-contentful-paint').length > 0);
    const measured = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0].startTime,
      drawn: window.peerDrawnAt,
    }));
    times.peerFcp.push(measured.fcp);
    times.peerDrawn.push(measured.drawn);
    await context.close();
  };
  for (let i = 0; i < loads; i++) {
    const order = peer ? (i % 2 ? [loadPeer, loadWidget] : [loadWidget, loadPeer]) : [loadWidget];
    for (const load of order) await load();
  }
  return times;
}

/** Serves dist/ gzipped, as a host would, for Lighthouse's network simulation. */
async function gzipServer() {
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml' };
  const server = createServer(async (request, response) => {
    let file = join(DIST, decodeURIComponent(new URL(request.url, 'http://x').pathname));
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = gzipSync(await readFile(file), { level: 9 });
      response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'content-encoding': 'gzip' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

/** Lighthouse's scores for the page, median over runs, on the mobile and the desktop preset. */
export async function lighthouseScores() {
  if (!existsSync(LIGHTHOUSE)) return null;
  const server = await gzipServer();
  const results = {};
  try {
    for (const preset of ['mobile', 'desktop']) {
      const runs = [];
      for (let i = 0; i < (preset === 'mobile' ? LIGHTHOUSE_RUNS : 1); i++) {
        const output = join(tmpdir(), `qsh-lighthouse-${process.pid}.json`);
        const args = [`${server.url}index.html`, '--quiet', '--output=json', `--output-path=${output}`, `--chrome-flags=${CHROMIUM_FLAGS}`,
          '--only-categories=performance,accessibility,best-practices,seo', ...(preset === 'desktop' ? ['--preset=desktop'] : [])];
        // Asynchronously: the server that Lighthouse loads the page from runs in this process.
        await promisify(execFile)(LIGHTHOUSE, args, { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, timeout: 180000 });
        const report = JSON.parse(await readFile(output, 'utf8'));
        runs.push({
          ...Object.fromEntries(Object.values(report.categories).map((category) => [category.id, Math.round(category.score * 100)])),
          lcp: report.audits['largest-contentful-paint'].numericValue,
          tbt: report.audits['total-blocking-time'].numericValue,
          cls: report.audits['cumulative-layout-shift'].numericValue,
        });
      }
      results[preset] = Object.fromEntries(Object.keys(runs[0]).map((key) => [key, median(runs.map((run) => run[key]))]));
      results[preset].runs = runs.map((run) => run.performance);
    }
  } finally {
    await server.close();
  }
  return results;
}

export function printFirstPaint(bytes, times, scores) {
  const ms = (value) => `${value.toFixed(1)} ms`;
  const line = (label, value, budget, ok) => `  ${label.padEnd(46)}${value.padStart(12)}   ${budget.padEnd(14)}${ok ? 'within budget' : 'OVER BUDGET'}`;
  console.log('\nFirst paint (issue: every chart in the first paint)\n');
  console.log(line('bytes before every chart is visible (gzip)', kb(bytes.page), '≤ 60.0 KB', bytes.page <= 60 * 1024));
  console.log(line('interactive layer: JS + wasm (gzip)', kb(bytes.interactive), '≤ 125.0 KB', bytes.interactive <= 125 * 1024));
  console.log(`  ${'  of which the wasm'.padEnd(46)}${kb(bytes.wasm).padStart(12)}`);
  console.log(`  ${'first contentful paint, median'.padEnd(46)}${ms(median(times.fcp)).padStart(12)}`);
  if (times.peerFcp.length) {
    // From the same run, loads alternating: the ECharts page of the same charts
    // (echarts-peer.html). Its script draws every chart (setOption draws at once) before its
    // first paint, so its FCP shows every chart too.
    const ratio = median(times.fcp) / median(times.peerFcp);
    console.log(`  ${"  the ECharts page's, median".padEnd(46)}${ms(median(times.peerFcp)).padStart(12)}   its script drew every chart at ${ms(median(times.peerDrawn))}`);
    console.log(line(`  widget / ECharts (${times.fcp.length} + ${times.peerFcp.length} loads, alternating)`, ratio.toFixed(2), '≤ 1.20', ratio <= 1.2));
  }
  // In the first frame, the one the FCP shows. Chromium may paint a long document before it
  // has parsed all of it, so a load can show the top of the page a frame before the charts
  // below: the count says how often. (The time is that of the frame's start, before its
  // layout, paint and raster: the FCP is when that frame reached the screen.)
  const atFcp = times.firstFrameComplete.filter(Boolean).length;
  console.log(line('every chart visible, median', ms(median(times.chartsVisible)), 'at the FCP', atFcp === times.fcp.length));
  console.log(`  ${`  in the first frame, the FCP's, in ${atFcp} of ${times.fcp.length} loads`.padEnd(46)}`);
  console.log(`  ${'every canvas drawn (the widget took over)'.padEnd(46)}${ms(median(times.canvasesDrawn)).padStart(12)}`);
  if (!scores) {
    console.log('  Lighthouse: not installed (scripts/bench.sh installs tests/lighthouse)');
    return;
  }
  for (const [preset, s] of Object.entries(scores)) {
    console.log(`  Lighthouse ${preset.padEnd(8)} performance ${s.performance} (runs ${s.runs.join(', ')}), accessibility ${s.accessibility}, best practices ${s['best-practices']}, SEO ${s.seo}; LCP ${ms(s.lcp)}, TBT ${ms(s.tbt)}, CLS ${s.cls.toFixed(3)}`);
  }
}
