// Each chart where the story needs it: a page per chart (dist/charts/<id>.html, en/charts/…),
// static without JavaScript and drawn with it, fitting its iframe in a host page; the script
// embed's data-charts; the Embed tool by keyboard; an unknown chart id.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { servedDist, serve, openPage, waitForCharts, reportManifest, OUTPUT, DIST, ROOT, chromiumOnly } from './harness.mjs';

const served = servedDist();

/** What a page shows of the widget: its cards, in order, its drawn canvases, its credit. */
const shown = (page) => page.evaluate(() => ({
  cards: qshAll('.qsh-card').map((card) => card.dataset.group),
  titles: qshAll('.qsh-card__name').map((title) => title.textContent),
  svgs: qshAll('svg.qsh-chart__svg').filter((svg) => getComputedStyle(svg).display !== 'none').length,
  drawn: qshAll('canvas.qsh-chart__canvas[data-drawn-figures]').length,
  credit: qshAll('.qsh-credit').map((credit) => credit.textContent),
  headers: qshAll('.qsh-header').length,
  notices: qshAll('.qsh-notice p').map((p) => p.textContent),
  lang: document.documentElement.lang,
}));

for (const [lang, folder] of [['zh', 'charts'], ['en', 'en/charts']]) {
  test(`${folder}/<id>.html: one chart, static without JavaScript and drawn with it (Chromium only: JavaScript off is Chromium's here)`, chromiumOnly, async () => {
    const manifest = await reportManifest();
    const chart = manifest.charts[0];
    const card = manifest.cards.find((entry) => entry.id === chart.id);
    const path = `${folder}/${chart.id}.html`;
    const off = await openPage(served.browser, { viewport: { width: 600, height: 800 }, javaScriptEnabled: false });
    await off.page.goto(served.server.url + path);
    const still = await shown(off.page);
    assert.deepEqual(still.cards, [chart.id], 'just this chart');
    assert.equal(still.titles[0], card[lang], 'its title');
    assert.equal(still.svgs, 1, 'its static SVG');
    assert.equal(still.headers, 0, 'no header');
    assert.equal(still.credit.length, 1, 'a credit line');
    assert.equal(still.lang, lang === 'zh' ? 'zh-CN' : 'en');
    await off.context.close();

    const on = await openPage(served.browser, { viewport: { width: 600, height: 800 } });
    await on.page.goto(served.server.url + path);
    await waitForCharts(on.page);
    const live = await shown(on.page);
    assert.deepEqual(live.cards, [chart.id]);
    assert.equal(live.drawn, 1, 'drawn on its canvas');
    assert.match(await on.page.title(), new RegExp(card[lang].slice(0, 6).replace(/[()]/g, '.')));
    await on.page.screenshot({ path: join(OUTPUT, `chart-page-${lang}.png`), fullPage: true });
    assert.deepEqual(on.problems, []);
    await on.context.close();
  });
}

test('a chart page fits its iframe in a host page (host.js), and a script embed shows just the charts data-charts names, in that order (Chromium only)', chromiumOnly, async () => {
  const manifest = await reportManifest();
  const [first, second] = [manifest.cards.at(-1).id, manifest.charts[0].id];
  const folder = join(ROOT, 'target/e2e/chart-embeds');
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  await symlink(DIST, join(folder, 'dist'));
  await writeFile(join(folder, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Charts in an article</title><link rel="icon" href="data:,">
<script src="dist/host.js" defer></script><script type="module" src="dist/embed.js"></script></head>
<body><p>A paragraph of the story.</p>
<iframe data-report-frame id="one" src="dist/charts/${second}.html?id=one" title="one chart" width="100%" height="150" scrolling="no" frameborder="0"></iframe>
<p>Another paragraph.</p>
<div data-report-infographic data-charts="${first},${second}" data-lang="en"></div>
</body></html>`);
  const server = await serve(folder);
  const { page, context, problems } = await openPage(served.browser, { viewport: { width: 700, height: 900 } });
  try {
    await page.goto(server.url);
    await waitForCharts(page);
    await page.waitForFunction(() => {
      const iframe = document.querySelector('#one');
      const body = iframe?.contentDocument?.body;
      const drawn = body && iframe.contentDocument.querySelector('[data-report-infographic]')?.shadowRoot?.querySelector('canvas[data-drawn-figures]');
      return drawn && Math.abs(iframe.getBoundingClientRect().height - body.getBoundingClientRect().height) <= 3;
    }, null, { timeout: 20000 });
    const sizes = await page.evaluate(() => {
      const iframe = document.querySelector('#one');
      return { outer: iframe.getBoundingClientRect().height, inner: iframe.contentDocument.body.getBoundingClientRect().height };
    });
    assert.ok(sizes.outer > 150 && Math.abs(sizes.outer - sizes.inner) <= 3, `the iframe fits its chart: ${JSON.stringify(sizes)}`);
    const embedded = await shown(page);
    assert.deepEqual(embedded.cards, [first, second], 'the script embed: these two, in this order');
    assert.equal(embedded.headers, 0);
    await page.screenshot({ path: join(OUTPUT, 'chart-embeds.png'), fullPage: true });
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await server.close();
  }
});

test('the Embed tool shows the chart\'s iframe code by keyboard, for where the bundle is served; an unknown chart id gets a notice naming the accepted ids (Chromium only)', chromiumOnly, async () => {
  const manifest = await reportManifest();
  const chart = manifest.charts[0].id;
  const { page, context, problems } = await openPage(served.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(served.server.url + 'en/index.html');
  await waitForCharts(page);
  const button = page.locator(`[data-group="${chart}"] .qsh-chart__tools button:has-text("Embed")`);
  await button.focus();
  await page.keyboard.press('Enter');
  const panel = page.locator(`#qsh-embed-${chart}`);
  await panel.waitFor();
  assert.equal(await button.getAttribute('aria-expanded'), 'true');
  assert.equal(await button.getAttribute('aria-controls'), `qsh-embed-${chart}`);
  const code = await panel.locator('textarea').inputValue();
  assert.ok(code.includes(`src="${served.server.url}en/charts/${chart}.html?id=${chart}"`), code);
  assert.ok(code.includes(`<script src="${served.server.url}host.js" defer></script>`), code);
  assert.equal(await panel.locator('label').count(), 1, 'the field is labelled');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => qshAll('textarea.qsh-embed__code')[0] === qshAll(':focus').at(-1)), true, 'Tab reaches the code');
  assert.deepEqual(problems, []);
  await context.close();

  const bad = await openPage(served.browser, { viewport: { width: 1280, height: 900 } });
  await bad.page.goto(served.server.url + 'index.html?charts=no-such-chart');
  await waitForCharts(bad.page);
  const state = await shown(bad.page);
  assert.equal(state.notices.length, 1, 'one notice');
  assert.ok(state.notices[0].includes('charts') && state.notices[0].includes(chart), state.notices[0]);
  assert.ok(state.cards.length > 1, 'the whole infographic still shows');
  assert.ok(bad.problems.every((problem) => problem.startsWith('warning:')), 'only the option warning');
  await bad.context.close();
});
