// What an editor checks before publishing, as a reader sees it, in each of the three engines:
// the headline tiles fill whole rows (no orphan tile) and every card is as tall as its own
// content, at every width from 320 to 1440 px, in both languages.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ENGINES, useEngine } from './engines.mjs';
import { serve } from './harness.mjs';
import { waitForCharts, waitForRedraw } from './checks.mjs';

let server;
before(async () => {
  server = await serve();
});
after(() => server?.close());

for (const engine of ENGINES) {
  describe(engine.name, () => {
    const browser = useEngine(engine);
    for (const lang of ['zh', 'en']) {
      test(`headline tiles fill whole rows and cards hug their content, 320–1440 px (${lang})${
        engine.name === 'webkit' ? ' (WebKit: the page in an iframe of each width)' : ''}`, async () => {
        const page = await browser.newPage({ width: 320, height: 900 });
        try {
          await page.goto(`${server.url}index.html?lang=${lang}`);
          await waitForCharts(page);
          const failures = [];
          for (let width = 320; width <= 1440; width += 80) {
            await page.setViewport(width, 900);
            await waitForRedraw(page);
            const { rows, tiles, stretched } = await page.evaluate(() => {
              const tiles = qshAll('.qsh-tiles--large .qsh-tile');
              const rows = new Map();
              for (const tile of tiles) {
                const top = Math.round(tile.getBoundingClientRect().top);
                rows.set(top, (rows.get(top) ?? 0) + 1);
              }
              // Padding (12 px) and border (1 px) below a card's last child; nothing stretched beyond.
              const stretched = qshAll('.qsh-grid > .qsh-card').filter((card) => {
                const content = Math.max(...[...card.children].map((child) => child.getBoundingClientRect().bottom));
                return card.getBoundingClientRect().bottom - content > 14;
              }).map((card) => card.dataset.group);
              return { rows: [...rows.values()], tiles: tiles.length, stretched };
            });
            if (tiles !== 8) failures.push(`${width} px: ${tiles} headline tiles`);
            if (!rows.every((count) => count === rows[0])) failures.push(`${width} px: headline rows of ${rows.join(' + ')} tiles`);
            if (stretched.length) failures.push(`${width} px: cards taller than their content: ${stretched.join(', ')}`);
          }
          assert.deepEqual(failures, []);
          assert.deepEqual(await page.problems(), [], 'no console error or warning');
        } finally {
          await page.close();
        }
      });
    }
  });
}
