// Another report's bundle, smoke-tested (scripts/test.sh runs it for every report in data/ but
// the one the full suite tests): its zh and en pages mount, draw every chart and log no error;
// and two reports' widgets work side by side on one page, each in its own shadow root.
//   E2E_SMOKE_DIST  the other report's bundle      E2E_SMOKE_SLUG  its slug
//   E2E_DIST        the main report's bundle       E2E_MAIN_SLUG   its slug
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { serve, launch, openPage, waitForCharts, OUTPUT, DIST, ROOT } from './harness.mjs';

const SMOKE = resolve(process.env.E2E_SMOKE_DIST ?? '');
const SMOKE_SLUG = process.env.E2E_SMOKE_SLUG;
const MAIN_SLUG = process.env.E2E_MAIN_SLUG;
const shared = {};

before(async () => {
  assert.ok(process.env.E2E_SMOKE_DIST && SMOKE_SLUG && MAIN_SLUG, 'E2E_SMOKE_DIST, E2E_SMOKE_SLUG and E2E_MAIN_SLUG are set');
  shared.browser = await launch();
  await mkdir(OUTPUT, { recursive: true });
});
after(async () => shared.browser?.close());

/** Every chart of the page drawn, every card a chart: what the widget shows of its report. */
async function drawn(page) {
  await waitForCharts(page);
  return page.evaluate(() => ({
    canvases: qshAll('canvas.qsh-chart__canvas').length,
    drawn: qshAll('canvas.qsh-chart__canvas[data-drawn-figures]').length,
    cards: qshAll('.qsh-chart').length,
    titles: qshAll('.qsh-title').map((title) => title.textContent),
  }));
}

for (const [lang, path] of [['zh', 'index.html'], ['en', 'en/index.html']]) {
  test(`the ${SMOKE_SLUG} bundle: ${path} mounts, draws every chart and logs no error (Chromium)`, async () => {
    const server = await serve(SMOKE);
    const { page, context, problems } = await openPage(shared.browser, { viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(server.url + path);
      const state = await drawn(page);
      assert.ok(state.canvases > 0, 'the report has charts');
      assert.equal(state.drawn, state.canvases, 'every chart drawn');
      assert.equal(state.cards, state.canvases, 'every chart card has its canvas');
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang === 'zh' ? 'zh-CN' : 'en');
      await page.screenshot({ path: join(OUTPUT, `smoke-${SMOKE_SLUG}-${lang}.png`), fullPage: true });
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
      await server.close();
    }
  });
}

test(`two reports side by side on one page: ${MAIN_SLUG} and ${SMOKE_SLUG}, each its own widget (Chromium)`, async () => {
  const folder = join(ROOT, 'target/e2e/side-by-side');
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  await symlink(DIST, join(folder, MAIN_SLUG));
  await symlink(SMOKE, join(folder, SMOKE_SLUG));
  await writeFile(join(folder, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Two reports</title><link rel="icon" href="data:,">
<script type="module" src="${MAIN_SLUG}/embed.js"></script>
<script type="module" src="${SMOKE_SLUG}/embed.js"></script></head>
<body><h1>Two reports on one page</h1>
<div data-report-infographic="${SMOKE_SLUG}" data-lang="en" data-id="second"></div>
<div data-report-infographic="${MAIN_SLUG}" data-lang="en" data-id="main"></div>
</body></html>`);
  const server = await serve(folder);
  const { page, context, problems } = await openPage(shared.browser, { viewport: { width: 1280, height: 900 } });
  try {
    await page.goto(server.url);
    const state = await drawn(page);
    const hosts = await page.evaluate(() => [...document.querySelectorAll('[data-report-infographic]')].map((host) => ({
      named: host.dataset.reportInfographic,
      mounted: host.dataset.reportMounted,
      title: host.shadowRoot?.querySelector('.qsh-title')?.textContent,
      charts: host.shadowRoot?.querySelectorAll('canvas.qsh-chart__canvas[data-drawn-figures]').length ?? 0,
    })));
    assert.deepEqual(hosts.map((host) => host.mounted), [SMOKE_SLUG, MAIN_SLUG], 'each report mounts only its own element');
    assert.notEqual(hosts[0].title, hosts[1].title, 'two different reports');
    assert.ok(hosts.every((host) => host.title && host.charts > 0), JSON.stringify(hosts));
    assert.equal(state.drawn, state.canvases, 'every chart of both drawn');
    await page.screenshot({ path: join(OUTPUT, 'side-by-side.png') });
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await server.close();
  }
});
