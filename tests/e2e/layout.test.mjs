// What a graphics editor checks before publishing, as a reader sees it, in each of the three
// engines, in both languages:
// - at every width from 320 to 1440 px: the lead figures fill whole rows (no orphan), every
//   lead figure of the report is there, no value wraps or leaves its card, and no card (as tall
//   as the others of its row) is more than 60% empty;
// - at 900 and 1280 px: every section's grid is at least 90% card (no holes).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ENGINES, useEngine } from './engines.mjs';
import { serve, reportManifest } from './harness.mjs';
import { waitForCharts, waitForRedraw } from './checks.mjs';

let server;
let manifest;
before(async () => {
  server = await serve();
  manifest = await reportManifest();
});
after(() => server?.close());

/** The page's layout at the current width, as measured in the page. */
const measure = () => {
  const tiles = qshAll('.qsh-tiles--large .qsh-tile');
  const rows = new Map();
  for (const tile of tiles) {
    const top = Math.round(tile.getBoundingClientRect().top);
    rows.set(top, (rows.get(top) ?? 0) + 1);
  }
  // A value's line (its change's arrow, what stands before the number, the number, its unit)
  // wraps when it is taller than one line of its type, or leaves its box when it is wider than
  // its tile.
  const wrapped = qshAll('.qsh-value__line').filter((line) => {
    const size = Number.parseFloat(getComputedStyle(line.closest('.qsh-value')).fontSize);
    return line.getBoundingClientRect().height > size * 1.6;
  }).map((line) => line.textContent);
  const outside = qshAll('.qsh-value__line').filter((line) => {
    const box = (line.closest('.qsh-tile, .qsh-part') ?? line.parentElement).getBoundingClientRect();
    return line.getBoundingClientRect().right > box.right + 1;
  }).map((line) => line.textContent);
  // The cards of a row are as tall as each other; none is left more than 60% empty below its
  // content (its padding, 14 px, and border aside). (The emptiest measured: a card of three
  // tiles beside a bar chart, half empty at 1120 px.)
  const stretched = qshAll('.qsh-grid > .qsh-card').filter((card) => {
    const content = Math.max(...[...card.children].map((child) => child.getBoundingClientRect().bottom));
    const box = card.getBoundingClientRect();
    return box.bottom - 15 - content > box.height * 0.6;
  }).map((card) => card.dataset.group);
  // Each section's grid: the share of its box that its cards cover.
  const coverage = qshAll('.qsh-section').map((section) => {
    const grid = section.querySelector('.qsh-grid').getBoundingClientRect();
    const cards = [...section.querySelectorAll('.qsh-grid > .qsh-card')].map((card) => card.getBoundingClientRect());
    const covered = cards.reduce((sum, card) => sum + card.width * card.height, 0);
    return { section: section.dataset.section, share: covered / (grid.width * grid.height) };
  });
  return { rows: [...rows.values()], tiles: tiles.length, wrapped, outside, stretched, coverage };
};

for (const engine of ENGINES) {
  describe(engine.name, () => {
    const browser = useEngine(engine);
    for (const lang of ['zh', 'en']) {
      test(`lead in whole rows, no value wraps, no card 60% empty (320–1440 px), grids ≥ 90% card at 900 and 1280 px (${lang})${
        engine.name === 'webkit' ? ' (WebKit: the page in an iframe of each width)' : ''}`, async () => {
        const page = await browser.newPage({ width: 320, height: 900 });
        try {
          await page.goto(`${server.url}index.html?lang=${lang}`);
          await waitForCharts(page);
          const failures = [];
          for (const width of [...Array.from({ length: 15 }, (_, i) => 320 + i * 80), 900, 1280]) {
            await page.setViewport(width, 900);
            await waitForRedraw(page);
            const { rows, tiles, wrapped, outside, stretched, coverage } = await page.evaluate(measure);
            if (tiles !== manifest.headline.length) failures.push(`${width} px: ${tiles} lead figures of ${manifest.headline.length}`);
            if (!rows.every((count) => count === rows[0])) failures.push(`${width} px: lead rows of ${rows.join(' + ')} figures`);
            if (wrapped.length) failures.push(`${width} px: values wrap: ${wrapped.join(', ')}`);
            if (outside.length) failures.push(`${width} px: values leave their card: ${outside.join(', ')}`);
            if (stretched.length) failures.push(`${width} px: cards more than 60% empty: ${stretched.join(', ')}`);
            if (width === 900 || width === 1280) {
              const holes = coverage.filter(({ share }) => share < 0.9);
              if (holes.length) failures.push(`${width} px: grids with holes: ${holes.map(({ section, share }) => `${section} ${Math.round(share * 100)}%`).join(', ')}`);
            }
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
