// Accessibility audit with axe-core in each of the three engines (engines.mjs), in Chinese and in
// English, with a data table open and a tooltip showing (computed colours and roles are the
// engine's own). Tab order, keyboard and pointer tooltips are in reader.test.mjs.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { ENGINES, useEngine } from './engines.mjs';
import { serve, reportManifest, interactionChart } from './harness.mjs';
import { waitForCharts } from './checks.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let server;
let axeSource;
let group;

before(async () => {
  server = await serve();
  axeSource = await readFile(AXE, 'utf8');
  group = interactionChart(await reportManifest());
});
after(() => server?.close());

/** axe-core's violations for the whole document (shadow roots included). */
function audit(page) {
  return page.run(`(async () => {
    ${axeSource}
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => v.id + ' (' + v.impact + '): ' + v.help + ' — '
      + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', '));
  })()`);
}

for (const engine of ENGINES) {
  describe(engine.name, () => {
    const browser = useEngine(engine);

    for (const lang of ['zh', 'en']) {
      test(`axe-core finds no violation (${lang}), with a data table open and a tooltip showing`, async () => {
        const page = await browser.newPage({ width: 1280, height: 900 });
        try {
          await page.goto(server.url);
          await waitForCharts(page);
          if (lang === 'en') {
            await page.click(() => qshAll('button[data-lang="en"]')[0]);
            await page.waitFor(() => qshAll('.qsh')[0].getAttribute('lang') === 'en');
          }
          // Open one data table and show one tooltip, so they are audited too.
          await page.click((id) => qshAll(`[data-group="${id}"] button[aria-controls]`)[0], [group]);
          await page.waitFor((id) => qshAll(`#qsh-table-${id} table`).length === 1, [group], { what: 'the data table opens' });
          await page.evaluate((id) => qshAll(`[data-group="${id}"] canvas`)[0].focus(), group);
          await page.press('ArrowRight');
          await page.waitFor((id) => qshAll(`[data-group="${id}"] .qsh-tooltip`).length === 1, [group], { what: 'a tooltip shows' });
          assert.deepEqual(await audit(page), [], 'axe-core violations');
          assert.equal(await page.evaluate(() => qshAll('.qsh')[0].getAttribute('lang')), lang === 'zh' ? 'zh-CN' : 'en');
          assert.deepEqual(await page.problems(), [], 'no console error or warning');
        } finally {
          await page.close();
        }
      });
    }
  });
}
