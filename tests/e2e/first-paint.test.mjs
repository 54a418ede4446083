// The static first paint: dist/index.html and dist/en/index.html hold the whole infographic,
// every chart as SVG, readable with JavaScript off; with it on, the widget takes over from the
// static page without moving anything (cumulative layout shift ≤ 0.01).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { servedDist, openPage, waitForCharts, reportManifest, OUTPUT, ROOT, chromiumOnly } from './harness.mjs';

const served = servedDist();
const PAGES = { zh: 'index.html', en: 'en/index.html' };

/** The dataset's CSV (as `cargo run` writes it), parsed: one object per figure. */
async function figures() {
  const text = (await readFile(join(ROOT, 'target/e2e/figures.csv'), 'utf8')).replace(/^\uFEFF/, '');
  const rows = [];
  let row = [''];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { row[row.length - 1] += '"'; i++; }
      else if (c === '"') quoted = false;
      else row[row.length - 1] += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push('');
    else if (c === '\n') { rows.push(row); row = ['']; }
    else if (c !== '\r') row[row.length - 1] += c;
  }
  const [header, ...records] = rows;
  return records.map((record) => Object.fromEntries(header.map((name, i) => [name, record[i]])));
}

for (const [lang, path] of Object.entries(PAGES)) {
  test(`with JavaScript off, ${path} shows every chart as SVG and every figure as text (Chromium only: the other drivers cannot turn JavaScript off for a page)`, chromiumOnly, async () => {
    const all = await figures();
    for (const width of [375, 1280]) {
      const { page, context } = await openPage(served.browser, { viewport: { width, height: 900 }, javaScriptEnabled: false });
      await page.goto(served.server.url + path);
      const state = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        text: document.body.innerText,
        charts: [...document.querySelectorAll('.qsh-chart')].map((card) => {
          const shown = [...card.querySelectorAll('svg.qsh-chart__svg')].filter((svg) => getComputedStyle(svg).display !== 'none');
          const box = shown[0]?.getBoundingClientRect();
          return {
            group: card.dataset.group,
            shown: shown.length,
            marks: shown[0] ? shown[0].querySelectorAll('rect, polygon').length : 0,
            width: box?.width ?? 0,
            frame: card.querySelector('.qsh-chart__frame').getBoundingClientRect().width,
          };
        }),
        overflow: document.documentElement.scrollWidth > innerWidth,
        otherLanguage: [...document.querySelectorAll('.page-lang a')].map((link) => ({ href: link.href, text: link.textContent })),
      }));
      assert.equal(state.lang, lang === 'zh' ? 'zh-CN' : 'en');
      // The widget's switch needs JavaScript: the page links the other language's page instead.
      const other = lang === 'zh' ? { href: `${served.server.url}en/`, text: 'English' } : { href: served.server.url, text: '中文' };
      assert.deepEqual(state.otherLanguage, [other], `${width} px: a link to the other language`);
      const { charts } = await reportManifest();
      assert.deepEqual(state.charts.map((chart) => chart.group), charts.map((chart) => chart.id), `${width} px: every chart of the report`);
      for (const chart of state.charts) {
        assert.equal(chart.shown, 1, `${width} px: one drawing of \`${chart.group}\` is shown`);
        assert.ok(chart.marks >= 3, `${width} px: \`${chart.group}\` has marks (${chart.marks})`);
        assert.ok(Math.abs(chart.width - chart.frame) < 1, `${width} px: \`${chart.group}\` fills its frame`);
      }
      // As text, line breaks aside (English words before an amount stand on a line above it).
      const collapse = (text) => text.replace(/\s+/g, ' ');
      const missing = all.filter((figure) => !collapse(state.text).includes(collapse(figure[`value_${lang}`])));
      assert.deepEqual(missing.map((figure) => figure.id), [], `${width} px: figures not on the page as text`);
      assert.equal(state.overflow, false, `${width} px: no horizontal overflow`);
      await page.screenshot({ path: join(OUTPUT, `first-paint-${lang}-${width}-no-js.png`), fullPage: true });
      await context.close();
    }
  });

  test(`${path}: the widget takes over from the first paint with layout shift ≤ 0.01 (Chromium only: the Layout Instability API is Chromium's)`, chromiumOnly, async () => {
    for (const width of [375, 1280]) {
      const { page, context, problems } = await openPage(served.browser, { viewport: { width, height: 900 } });
      await context.addInitScript(() => {
        window.qshLayoutShift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.qshLayoutShift += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(served.server.url + path);
      await waitForCharts(page);
      // Two frames after the last chart is drawn, so its layout has been measured.
      const shift = await page.evaluate(() => new Promise((done) =>
        requestAnimationFrame(() => requestAnimationFrame(() => done(window.qshLayoutShift)))));
      const live = await page.evaluate(() => qshAll('canvas.qsh-chart__canvas').length);
      assert.equal(live, (await reportManifest()).charts.length, 'the widget took over');
      assert.ok(shift <= 0.01, `${width} px: cumulative layout shift ${shift.toFixed(4)}`);
      assert.deepEqual(problems, [], 'no console error or warning');
      await page.screenshot({ path: join(OUTPUT, `first-paint-${lang}-${width}-live.png`), fullPage: true });
      await context.close();
    }
  });
}
