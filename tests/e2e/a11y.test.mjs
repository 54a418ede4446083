// Accessibility audit with axe-core in headless Chromium, in Chinese and in English, with a
// data table open and a tooltip showing; and a look at the tooltip (screenshot).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { servedDist, openPage, waitForCharts, OUTPUT } from './harness.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const served = servedDist();

async function audit(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
}

for (const lang of ['zh', 'en']) {
  test(`axe-core finds no violation (${lang})`, async () => {
    const { page, context, problems } = await openPage(served.browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(served.server.url);
    await waitForCharts(page);
    if (lang === 'en') {
      await page.click('button[data-lang="en"]');
      await page.waitForSelector('.qsh[lang="en"]');
    }
    // Open one data table and show one tooltip, so they are audited too.
    await page.click('[data-group="pillar-industries"] button[aria-controls]');
    await page.waitForSelector('#qsh-table-pillar-industries table');
    await page.focus('[data-group="pillar-industries"] canvas');
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('[data-group="pillar-industries"] .qsh-tooltip');
    const violations = await audit(page);
    assert.deepEqual(violations, [], 'axe-core violations');
    assert.equal(await page.locator('.qsh').getAttribute('lang'), lang === 'zh' ? 'zh-CN' : 'en');
    await page.locator('[data-group="pillar-industries"]').screenshot({ path: join(OUTPUT, `tooltip-${lang}.png`) });
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('Tab moves through the charts in reading order without a trap', async () => {
  const { page, context } = await openPage(served.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(served.server.url);
  await waitForCharts(page);
  const order = await page.evaluate(() => qshAll('canvas.qsh-chart__canvas').map((c) => c.closest('[data-group]').dataset.group));
  const reached = [];
  for (let i = 0; i < 200 && reached.length < order.length; i++) {
    await page.keyboard.press('Tab');
    const group = await page.evaluate(() => {
      const element = document.activeElement?.shadowRoot?.activeElement ?? document.activeElement;
      return element?.tagName === 'CANVAS' ? element.closest('[data-group]').dataset.group : null;
    });
    if (group && !reached.includes(group)) reached.push(group);
  }
  assert.deepEqual(reached, order, 'every chart is reached by Tab, in reading order');
  await context.close();
});

test('a click or tap on a bar inside the shadow root shows its tooltip, and one outside dismisses it', async () => {
  const { page, context, problems } = await openPage(served.browser, { viewport: { width: 1000, height: 900 }, hasTouch: true });
  await page.goto(served.server.url);
  await waitForCharts(page);
  const canvas = page.locator('[data-group="pillar-industries"] canvas');
  // The first row of a bar chart spans 8–60 CSS px from the top; its bar is in the lower half.
  await canvas.click({ position: { x: 60, y: 38 } });
  await page.waitForSelector('[data-group="pillar-industries"] .qsh-tooltip');
  assert.match(await page.locator('[data-group="pillar-industries"] .qsh-tooltip').textContent(), /500亿元/);
  await canvas.tap({ position: { x: 60, y: 90 } });
  await page.waitForFunction(() => qshAll('[data-group="pillar-industries"] .qsh-tooltip')[0]?.textContent.includes('220亿元'));
  await page.locator('.qsh-title').tap();
  await page.waitForFunction(() => qshAll('.qsh-tooltip').length === 0);
  assert.deepEqual(problems, []);
  await context.close();
});
