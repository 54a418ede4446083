// What an editor checks before publishing, as a reader sees it: the headline tiles fill whole
// rows (no orphan tile) and every card is as tall as its own content, at every width, in both
// languages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedDist, openPage, waitForCharts, waitForRedraw } from './harness.mjs';

const served = servedDist();

/** Per headline row, how many tiles it holds; and each card's slack below its content. */
function measureLayout() {
  const tiles = qshAll('.qsh-tiles--large .qsh-tile');
  const rows = new Map();
  for (const tile of tiles) {
    const top = Math.round(tile.getBoundingClientRect().top);
    rows.set(top, (rows.get(top) ?? 0) + 1);
  }
  const slack = qshAll('.qsh-grid > .qsh-card').map((card) => {
    const box = card.getBoundingClientRect();
    const content = Math.max(...[...card.children].map((child) => child.getBoundingClientRect().bottom));
    return { group: card.dataset.group, slack: Math.round(box.bottom - content) };
  });
  return { rows: [...rows.values()], tiles: tiles.length, slack };
}

for (const lang of ['zh', 'en']) {
  test(`headline tiles fill whole rows and cards hug their content, 320–1440 px (${lang})`, async () => {
    const { page, context, problems } = await openPage(served.browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${served.server.url}index.html?lang=${lang}`);
    await waitForCharts(page);
    for (let width = 320; width <= 1440; width += 80) {
      await page.setViewportSize({ width, height: 900 });
      await waitForRedraw(page);
      const { rows, tiles, slack } = await page.evaluate(measureLayout);
      assert.equal(tiles, 8, 'eight headline tiles');
      assert.ok(
        rows.every((count) => count === rows[0]),
        `${width} px: headline rows hold ${rows.join(' + ')} tiles`,
      );
      // Padding (12 px) and border (1 px) below the last child; nothing stretched beyond it.
      const stretched = slack.filter((card) => card.slack > 14);
      assert.deepEqual(stretched, [], `${width} px: cards taller than their content`);
    }
    assert.deepEqual(problems, [], 'no console error or warning');
    await context.close();
  });
}
