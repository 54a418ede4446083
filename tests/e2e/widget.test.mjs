// What needs Chromium's DevTools emulation (of prefers-color-scheme and devicePixelRatio): the
// widget in light and dark at scale 1 and 2, and printing. What a reader sees in every engine is
// in reader.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { servedDist, openPage, waitForCharts, OUTPUT, chromiumOnly } from './harness.mjs';

const served = servedDist();

test('screenshots at 375 and 1280 px, light and dark, scale 1 and 2 (Chromium only: needs DevTools emulation of prefers-color-scheme and devicePixelRatio)', chromiumOnly, async () => {
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

test('printing redraws the charts in light colours, and afterwards in the page theme again (Chromium only: needs DevTools emulation of prefers-color-scheme)', chromiumOnly, async () => {
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
