// The built widget (dist/) in headless Chromium: it mounts, draws every chart with ink,
// shows every figure, and logs no console error, at every width from 320 to 1440 px.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { servedDist, openPage, figureIds, waitForCharts, waitForRedraw, OUTPUT } from './harness.mjs';

const served = servedDist();

test('the widget mounts, draws every chart with ink and logs no error', async () => {
  const { page, context, problems } = await openPage(served.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(served.server.url);
  await page.waitForSelector('.qsh');
  await waitForCharts(page);
  const blank = await page.evaluate(() =>
    qshAll('canvas.qsh-chart__canvas')
      .filter((canvas) => {
        const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
        for (let i = 4; i < data.length; i += 4) {
          if (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2]) return false;
        }
        return true;
      })
      .map((canvas) => canvas.closest('[data-group]').dataset.group),
  );
  assert.deepEqual(blank, [], 'no canvas is blank');
  const title = await page.locator('.qsh-title').textContent();
  assert.match(title, /青山湖区/);
  assert.deepEqual(problems, [], 'no console error or warning');
  await context.close();
});

test('every figure of the dataset is on screen, in a chart or a tile', async () => {
  const ids = await figureIds();
  assert.ok(ids.length >= 100, `dataset has ${ids.length} figures`);
  const { page, context } = await openPage(served.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(served.server.url);
  await waitForCharts(page);
  const shown = await page.evaluate(() => [
    ...qshAll('.qsh [data-figure]').map((tile) => tile.dataset.figure),
    ...qshAll('canvas[data-drawn-figures]').flatMap((canvas) => canvas.dataset.drawnFigures.split(' ')),
  ]);
  const missing = ids.filter((id) => !shown.includes(id));
  assert.deepEqual(missing, [], 'figures missing from the page');
  await context.close();
});

test('screenshots at phone and desktop widths, light and dark, scale 1 and 2', async () => {
  for (const width of [375, 1280]) {
    for (const colorScheme of ['light', 'dark']) {
      for (const deviceScaleFactor of [1, 2]) {
        const { page, context, problems } = await openPage(served.browser, {
          viewport: { width, height: 900 },
          colorScheme,
          deviceScaleFactor,
        });
        await page.goto(served.server.url);
        await waitForCharts(page);
        const backing = await page.evaluate(() => {
          const canvas = qshAll('canvas.qsh-chart__canvas')[0];
          return { ratio: canvas.width / canvas.getBoundingClientRect().width, dark: qshAll('.qsh--dark').length > 0 };
        });
        assert.ok(Math.abs(backing.ratio - deviceScaleFactor) < 0.02, `backing store is ×${deviceScaleFactor}, got ${backing.ratio}`);
        assert.equal(backing.dark, colorScheme === 'dark', 'follows prefers-color-scheme');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `no horizontal overflow at ${width}px (overflow ${overflow}px)`);
        await page.screenshot({ path: join(OUTPUT, `widget-${width}-${colorScheme}-x${deviceScaleFactor}.png`), fullPage: true });
        assert.deepEqual(problems, []);
        await context.close();
      }
    }
  }
});

test('a sweep of widths from 320 to 1440 px redraws without overflow or console error', async () => {
  const { page, context, problems } = await openPage(served.browser, { viewport: { width: 320, height: 800 } });
  await page.goto(served.server.url);
  await waitForCharts(page);
  for (let width = 320; width <= 1440; width += 40) {
    await page.setViewportSize({ width, height: 800 });
    await waitForRedraw(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no horizontal overflow at ${width}px (overflow ${overflow}px)`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('no network request once the widget has started', async () => {
  const { page, context } = await openPage(served.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(served.server.url);
  await waitForCharts(page);
  const late = [];
  page.on('request', (request) => late.push(request.url()));
  // Resize, read a tooltip, open a table and switch language: all from what is loaded.
  await page.setViewportSize({ width: 600, height: 900 });
  await waitForRedraw(page);
  await page.focus('[data-group="pillar-industries"] canvas');
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('[data-group="pillar-industries"] .qsh-tooltip');
  await page.click('[data-group="pillar-industries"] button[aria-controls]');
  await page.click('button[data-lang="en"]');
  await page.waitForSelector('.qsh[lang="en"]');
  await waitForCharts(page);
  assert.deepEqual(late, []);
  await context.close();
});

test('printing redraws the charts in light colours, and afterwards in the page theme again', async () => {
  const { page, context, problems } = await openPage(served.browser, { viewport: { width: 1000, height: 900 }, colorScheme: 'dark' });
  await page.goto(served.server.url);
  await waitForCharts(page);
  const corner = () => page.evaluate(() =>
    qshAll('canvas.qsh-chart__canvas').map((canvas) => [...canvas.getContext('2d').getImageData(0, 0, 1, 1).data.slice(0, 3)].join(',')));
  const dark = await corner();
  assert.ok(dark.every((rgb) => rgb === '24,26,31'), `dark backgrounds before printing: ${dark[0]}`);
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await page.waitForFunction(() => qshAll('canvas.qsh-chart__canvas').every((canvas) =>
    canvas.getContext('2d').getImageData(0, 0, 1, 1).data[0] === 255));
  assert.equal(await page.evaluate(() => qshAll('.qsh--dark').length), 0, 'the page prints light');
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  await page.waitForFunction(() => qshAll('canvas.qsh-chart__canvas').every((canvas) =>
    canvas.getContext('2d').getImageData(0, 0, 1, 1).data[0] === 24));
  // This test's own pixel polling makes Chromium suggest willReadFrequently; nothing else may show.
  assert.deepEqual(problems.filter((p) => !p.includes('willReadFrequently')), []);
  await context.close();
});
