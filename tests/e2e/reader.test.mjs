// What a reader sees and does, in each of the three engines (engines.mjs): the widget's own page
// (dist/index.html) mounts and draws every chart with ink and every figure, its labels fit at
// phone and desktop widths by the engine's own text metrics, no width from 320 to 1440 px
// overflows, the keyboard reads every figure, a tap or click shows a tooltip, the language
// switch redraws and is remembered, the contents row reaches every section, and nothing is
// fetched once the widget has started.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ENGINES, useEngine, WEBKIT_MIN_WIDTH } from './engines.mjs';
import { serve, figures, reportManifest, interactionChart, OUTPUT } from './harness.mjs';
import {
  waitForCharts, waitForRedraw, blankCharts, horizontalOverflow, labelProblems, tooltip, waitForTooltip,
  chartFigures, focused,
} from './checks.mjs';

let server;
let dataset;
let manifest;
/** The chart the interaction tests use (harness.mjs: the report's first bar chart). */
let GROUP;
before(async () => {
  server = await serve();
  dataset = await figures();
  manifest = await reportManifest();
  GROUP = interactionChart(manifest);
  await mkdir(OUTPUT, { recursive: true });
});
after(() => server?.close());


for (const engine of ENGINES) {
  describe(engine.name, () => {
    const browser = useEngine(engine);

    test('the widget mounts, draws every chart with ink, shows every figure, fetches each file once and logs no error (1280 px)', async () => {
      const page = await browser.newPage({ width: 1280, height: 900 });
      try {
        const first = server.requests.length;
        await page.goto(server.url);
        await waitForCharts(page);
        const counts = {};
        for (const path of server.requests.slice(first)) counts[path] = (counts[path] ?? 0) + 1;
        assert.deepEqual(Object.entries(counts).filter(([, n]) => n > 1), [], 'files fetched more than once');
        assert.ok(counts['/report-infographic_bg.wasm'] === 1, 'the wasm was fetched');
        assert.deepEqual(await blankCharts(page), [], 'no canvas is blank');
        const state = await page.evaluate(() => ({
          title: qshAll('.qsh-title')[0]?.textContent,
          shown: [
            ...qshAll('.qsh [data-figure]').map((tile) => tile.dataset.figure),
            ...qshAll('canvas[data-drawn-figures]').flatMap((canvas) => canvas.dataset.drawnFigures.split(' ')),
          ],
          backing: qshAll('canvas.qsh-chart__canvas').map((canvas) => canvas.width / canvas.getBoundingClientRect().width),
        }));
        assert.equal(state.title.replace(/\s+/g, ''), manifest.zh.title.replace(/\s+/g, ''), 'the report\'s title');
        const missing = [...dataset.keys()].filter((id) => !state.shown.includes(id));
        assert.ok(dataset.size > 0, 'the dataset has figures');
        assert.deepEqual(missing, [], 'figures missing from the page');
        assert.ok(state.backing.every((ratio) => Math.abs(ratio - 1) < 0.02), `backing stores at devicePixelRatio 1: ${state.backing}`);
        assert.deepEqual(await page.problems(), [], 'no console error or warning');
      } finally {
        await page.close();
      }
    });

    for (const width of [375, 1280]) {
      const how = engine.name === 'webkit' && width < WEBKIT_MIN_WIDTH ? ' (WebKit: the page in a 375 px iframe)' : '';
      test(`at ${width} px no canvas label overlaps another or leaves its canvas, by the engine's text metrics; screenshot${how}`, async () => {
        const page = await browser.newPage({ width, height: 900 });
        try {
          await page.goto(server.url);
          await waitForCharts(page);
          const { problems, count } = await labelProblems(page);
          const figures = (await reportManifest()).charts.reduce((sum, chart) => sum + chart.figures, 0);
          assert.ok(count >= figures, `labels were recorded (${count} for ${figures} figures in charts)`);
          assert.deepEqual(problems, [], 'labels overlapping or leaving their canvas');
          assert.ok(await horizontalOverflow(page) <= 0, 'no horizontal overflow');
          assert.deepEqual(await blankCharts(page), [], 'no canvas is blank');
          await page.screenshot(join(OUTPUT, `${engine.name}-${width}.png`));
          assert.deepEqual(await page.problems(), [], 'no console error or warning');
        } finally {
          await page.close();
        }
      });
    }

    test(`a sweep of widths from 320 to 1440 px redraws every chart, labels fitting, without horizontal overflow or console error${
      engine.name === 'webkit' ? ' (WebKit: the page in an iframe of each width)' : ''}`, async () => {
      const page = await browser.newPage({ width: 320, height: 800 });
      try {
        await page.goto(server.url);
        await waitForCharts(page);
        const failures = [];
        for (let width = 320; width <= 1440; width += 40) {
          await page.setViewport(width, 800);
          await waitForRedraw(page);
          const overflow = await horizontalOverflow(page);
          if (overflow > 0) failures.push(`${width}px: ${overflow}px of horizontal overflow`);
          const { problems } = await labelProblems(page);
          failures.push(...problems.map((problem) => `${width}px: ${problem}`));
        }
        assert.deepEqual(failures, []);
        assert.deepEqual(await page.problems(), [], 'no console error or warning');
      } finally {
        await page.close();
      }
    });

    test('the contents links every section in order; a click brings its heading into view, with the focus', async () => {
      const page = await browser.newPage({ width: 1280, height: 900 });
      try {
        await page.goto(server.url);
        await waitForCharts(page);
        const links = await page.evaluate(() => qshAll('.qsh-contents__link').map((link) => link.getAttribute('href')));
        const headings = await page.evaluate(() => qshAll('.qsh-section__heading').map((heading) => `#${heading.id}`));
        assert.deepEqual(links, headings, 'a link per section shown, in order');
        // A long list starts folded: the reader opens it first.
        if (!(await page.evaluate(() => qshAll('.qsh-contents__details')[0].open))) {
          await page.click(() => qshAll('.qsh-contents__summary')[0]);
          await page.waitFor(() => qshAll('.qsh-contents__details')[0].open, [], { what: 'the contents open' });
        }
        const last = links.at(-1);
        await page.click((href) => qshAll('.qsh-contents__link').find((link) => link.getAttribute('href') === href), [last]);
        await page.waitFor((href) => {
          const heading = qshAll(href)[0];
          const top = heading.getBoundingClientRect().top;
          // In view (the page's end may keep the last heading from reaching the top).
          return heading === qshAll(':focus').at(-1) && top >= 0 && top < innerHeight - 40;
        }, [last], { what: `${last} focused and in view` });
        assert.deepEqual(await page.problems(), [], 'no console error or warning');
      } finally {
        await page.close();
      }
    });

    test(`Tab reaches every chart in reading order; arrows, Home, End and Escape read every figure in the tooltip${
      engine.name === 'chromium' ? '' : ' (of one chart here: the tooltip\'s text is the same wasm in every engine, read whole in Chromium)'}`, async () => {
      const page = await browser.newPage({ width: 1280, height: 900 });
      try {
        await page.goto(server.url);
        await waitForCharts(page);
        const charts = await chartFigures(page);
        const order = charts.map((chart) => chart.group);
        const reached = [];
        for (let i = 0; i < 200 && reached.length < order.length; i++) {
          await page.press('Tab');
          const { tag, group } = await focused(page);
          if (tag === 'CANVAS' && !reached.includes(group)) reached.push(group);
        }
        assert.deepEqual(reached, order, 'every chart is reached by Tab, in reading order');

        // Every figure of every chart, by the arrow keys, against the dataset's CSV (in the other
        // engines, of the interaction chart: the keys' handling is what differs between them).
        const wrong = [];
        const read = engine.name === 'chromium' ? charts : charts.filter((chart) => chart.group === GROUP);
        assert.ok(read.length > 0, 'a chart to read');
        for (const { group, figures: ids } of read) {
          await page.evaluate((group) => qshAll(`[data-group="${group}"] canvas`)[0].focus(), group);
          assert.equal((await focused(page)).group, group, `${group} has the focus`);
          for (const id of ids) {
            await page.press('ArrowRight');
            const { shown, expected } = await waitForTooltip(page, group, dataset.get(id));
            if (JSON.stringify(shown) !== JSON.stringify(expected)) wrong.push(`${group}/${id}: ${JSON.stringify(shown)} ≠ ${JSON.stringify(expected)}`);
          }
          // Past the last figure the selection stays on it; Home and End jump.
          await page.press('ArrowRight');
          await waitForTooltip(page, group, dataset.get(ids.at(-1)));
          await page.press('Home');
          await waitForTooltip(page, group, dataset.get(ids[0]));
          await page.press('End');
          await waitForTooltip(page, group, dataset.get(ids.at(-1)));
          const described = await page.evaluate((group) => {
            const canvas = qshAll(`[data-group="${group}"] canvas`)[0];
            return canvas.getRootNode().getElementById(canvas.getAttribute('aria-describedby'))?.getAttribute('role');
          }, group);
          assert.equal(described, 'tooltip', `${group}: the canvas is described by its tooltip`);
          await page.press('Escape');
          await page.waitFor((group) => qshAll(`[data-group="${group}"] .qsh-tooltip`).length === 0, [group], { what: `Escape hides the tooltip of ${group}` });
        }
        assert.deepEqual(wrong, [], 'tooltips that differ from the dataset');
        assert.deepEqual(await page.problems(), [], 'no console error or warning');
      } finally {
        await page.close();
      }
    });

    const pointer = engine.touch
      ? 'a click and a tap on a bar show its tooltip, and a tap outside dismisses it'
      : 'a click on a bar shows its tooltip, and a click outside dismisses it (WebKit: WebKitWebDriver sends no touch, so clicks)';
    test(pointer, async () => {
      const page = await browser.newPage({ width: 1000, height: 900, touch: engine.touch });
      try {
        await page.goto(server.url);
        await waitForCharts(page);
        const [{ figures: ids }] = (await chartFigures(page)).filter((chart) => chart.group === GROUP);
        assert.ok(ids.length >= 2, `${GROUP} has ${ids.length} bars`);
        // Where each bar is: the focus mark the keyboard puts around it, relative to the canvas.
        await page.evaluate((group) => qshAll(`[data-group="${group}"] canvas`)[0].focus(), GROUP);
        const centres = [];
        for (const id of ids.slice(0, 2)) {
          await page.press('ArrowRight');
          await waitForTooltip(page, GROUP, dataset.get(id));
          centres.push(await page.evaluate((group) => {
            const canvas = qshAll(`[data-group="${group}"] canvas`)[0].getBoundingClientRect();
            const mark = qshAll(`[data-group="${group}"] .qsh-focus-mark`)[0].getBoundingClientRect();
            return { x: mark.left + mark.width / 2 - canvas.left, y: mark.top + mark.height / 2 - canvas.top };
          }, GROUP));
        }
        await page.press('Escape');
        await page.evaluate(() => { let e = document.activeElement; while (e?.shadowRoot?.activeElement) e = e.shadowRoot.activeElement; e?.blur(); });
        await page.waitFor(() => qshAll('.qsh-tooltip').length === 0);

        const canvas = (group) => qshAll(`[data-group="${group}"] canvas`)[0];
        const title = () => qshAll('.qsh-title')[0];
        await page.click(canvas, [GROUP], centres[0]);
        const first = await waitForTooltip(page, GROUP, dataset.get(ids[0]));
        assert.deepEqual(first.shown, first.expected, 'a click shows the bar it hit');
        if (engine.touch) await page.tap(canvas, [GROUP], centres[1]);
        else await page.click(canvas, [GROUP], centres[1]);
        const second = await waitForTooltip(page, GROUP, dataset.get(ids[1]));
        assert.deepEqual(second.shown, second.expected, `a ${engine.touch ? 'tap' : 'click'} shows the bar it hit`);
        if (engine.touch) await page.tap(title);
        else await page.click(title);
        await page.waitFor(() => qshAll('.qsh-tooltip').length === 0, [], { what: 'a tap or click outside dismisses the tooltip' });
        assert.equal(await tooltip(page, GROUP), null);
        assert.deepEqual(await page.problems(), [], 'no console error or warning');
      } finally {
        await page.close();
      }
    });

    test('the language switch redraws every chart in English, is remembered after a reload, and switches back', async () => {
      const page = await browser.newPage({ width: 1280, height: 900 });
      try {
        await page.goto(server.url);
        await waitForCharts(page);
        assert.equal(await page.evaluate(() => qshAll('.qsh')[0].getAttribute('lang')), 'zh-CN');
        await page.click(() => qshAll('button[data-lang="en"]')[0]);
        await page.waitFor(() => qshAll('.qsh')[0].getAttribute('lang') === 'en' && document.documentElement.lang === 'en', [], { what: 'English' });
        // Redrawn: every canvas's labels are English now (no Han character), and still fit.
        await page.waitFor(() => qshAll('canvas.qsh-chart__canvas').every((canvas) =>
          canvas.hasAttribute('data-drawn-figures') && (canvas.__e2eTexts ?? []).length > 0
          && canvas.__e2eTexts.every(({ text }) => !/\p{Script=Han}/u.test(text))), [], { what: 'every chart redrawn in English' });
        const { problems } = await labelProblems(page);
        assert.deepEqual(problems, [], 'English labels overlapping or leaving their canvas');
        const english = await page.evaluate((group) => ({
          pressed: qshAll('button[data-lang="en"]')[0].getAttribute('aria-pressed'),
          title: qshAll('.qsh-title')[0].textContent,
          label: qshAll(`[data-group="${group}"] canvas`)[0].getAttribute('aria-label'),
        }), GROUP);
        assert.equal(english.pressed, 'true');
        assert.doesNotMatch(english.title, /\p{Script=Han}/u, 'the title is in English');
        assert.match(english.label, /^[^\p{Script=Han}]+$/u, 'the canvas is described in English');
        await page.evaluate((group) => qshAll(`[data-group="${group}"] canvas`)[0].focus(), GROUP);
        await page.press('ArrowRight');
        const [{ figures: ids }] = (await chartFigures(page)).filter((chart) => chart.group === GROUP);
        const tip = await waitForTooltip(page, GROUP, dataset.get(ids[0]), 'en');
        assert.deepEqual(tip.shown, tip.expected, 'the tooltip in English');

        await page.goto(server.url);
        await waitForCharts(page);
        assert.equal(await page.evaluate(() => qshAll('.qsh')[0].getAttribute('lang')), 'en', 'the choice is remembered');
        await page.click(() => qshAll('button[data-lang="zh"]')[0]);
        await page.waitFor(() => qshAll('.qsh')[0].getAttribute('lang') === 'zh-CN' && document.documentElement.lang === 'zh-CN', [], { what: 'Chinese again' });
        await waitForCharts(page);
        assert.deepEqual(await page.problems(), [], 'no console error or warning');
      } finally {
        await page.close();
      }
    });

    test('no network request once the widget has started: resize, tooltip, data table and language', async () => {
      const page = await browser.newPage({ width: 1280, height: 900 });
      try {
        await page.goto(server.url);
        await waitForCharts(page);
        // The page's favicon may be fetched late (by the browser, for its tab); it is not the widget's.
        const widgetRequests = () => server.requests.filter((path) => path !== '/favicon.svg');
        const served = widgetRequests().length;
        const resources = () => page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name)
          .filter((url) => new URL(url).pathname !== '/favicon.svg'));
        const loaded = await resources();
        await page.setViewport(700, 900);
        await waitForRedraw(page);
        await page.evaluate((group) => qshAll(`[data-group="${group}"] canvas`)[0].focus(), GROUP);
        await page.press('ArrowRight');
        await page.waitFor((group) => qshAll(`[data-group="${group}"] .qsh-tooltip`).length === 1, [GROUP]);
        await page.click((group) => qshAll(`[data-group="${group}"] button[aria-controls]`)[0], [GROUP]);
        await page.waitFor((group) => qshAll(`#qsh-table-${group} table`).length === 1, [GROUP], { what: 'the data table opens' });
        await page.click(() => qshAll('button[data-lang="en"]')[0]);
        await page.waitFor(() => qshAll('.qsh')[0].getAttribute('lang') === 'en');
        await waitForCharts(page);
        assert.deepEqual(widgetRequests().slice(served), [], 'requests the server saw after the start');
        assert.deepEqual((await resources()).slice(loaded.length), [], 'resources the page fetched after the start');
        assert.deepEqual(await page.problems(), [], 'no console error or warning');
      } finally {
        await page.close();
      }
    });
  });
}
