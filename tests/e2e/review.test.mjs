// The desk's fact-check sheet, dist/review.html: every figure with its phrase marked in the
// report's sentence, its value as each edition prints it and both labels; every chart with both
// titles (as the zh and en pages show them) and what allows it; a sign-off line per section; A4.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { servedDist, openPage, figures, OUTPUT, chromiumOnly } from './harness.mjs';

const served = servedDist();

/** Every chart card's title on a reader's page, by group id, from its static first paint. */
async function chartTitles(path) {
  const { page, context } = await openPage(served.browser, { javaScriptEnabled: false });
  await page.goto(served.server.url + path);
  const titles = await page.evaluate(() => Object.fromEntries(
    // The title, without the card's year and badges above it.
    [...document.querySelectorAll('.qsh-card[data-group]')].map((card) => [card.dataset.group, card.querySelector('.qsh-card__name').textContent]),
  ));
  await context.close();
  return titles;
}

test('review.html: every figure, its phrase, both values and both labels; every chart and both its titles (Chromium only: a page for the desk, not for readers)', chromiumOnly, async () => {
  const all = await figures();
  const titles = { zh: await chartTitles('index.html'), en: await chartTitles('en/index.html') };
  const { page, context, problems } = await openPage(served.browser, { viewport: { width: 900, height: 1200 } });
  await page.goto(served.server.url + 'review.html');
  const sheet = await page.evaluate(() => ({
    figures: Object.fromEntries([...document.querySelectorAll('[data-figure-id]')].map((entry) => [entry.dataset.figureId, {
      text: entry.textContent,
      marked: [...entry.querySelectorAll('.quote mark')].map((mark) => mark.textContent).join(''),
      values: [...entry.querySelectorAll('.editions .value')].map((cell) => cell.textContent),
      section: entry.closest('[data-section-id]').dataset.sectionId,
    }])),
    charts: Object.fromEntries([...document.querySelectorAll('[data-group-id]')].map((entry) => [entry.dataset.groupId, {
      titles: [...entry.querySelectorAll('.chart__title')].map((title) => title.textContent),
      basis: entry.querySelector('.chart__basis').textContent,
      marked: [...entry.querySelectorAll('.chart__basis mark')].length,
    }])),
    sections: [...document.querySelectorAll('[data-section-id]')].map((section) => ({
      id: section.dataset.sectionId,
      signOffs: section.querySelectorAll('.signoff').length,
    })),
    // (the test server's own probe script and inline data aside)
    links: [...document.querySelectorAll('a[href], script[src], link[href], img[src]')].map((node) => node.src ?? node.href).filter((url) => !url.includes('/__e2e__/') && !url.startsWith('data:')).length,
  }));

  assert.deepEqual(Object.keys(sheet.figures), [...all.keys()], 'every figure, once, in the report\'s order');
  for (const [id, figure] of all) {
    const entry = sheet.figures[id];
    assert.equal(entry.marked, figure.phrase, `${id}: its phrase marked in the report's sentence`);
    assert.deepEqual(entry.values, [figure.value_zh, figure.value_en], `${id}: both editions' values`);
    for (const field of ['label_zh', 'label_en', 'unit']) {
      assert.ok(entry.text.includes(figure[field]), `${id}: ${field} ${figure[field]}`);
    }
    // The sheet words the codes for a reader: more-than → "超 more than", under-way → "under way".
    for (const field of ['qualifier', 'status']) {
      assert.ok(entry.text.includes(figure[field].replace('-', ' ')), `${id}: ${field} ${figure[field]}`);
    }
    if (figure.derived === 'yes') assert.ok(entry.text.includes(figure.formula_zh) && entry.text.includes(figure.formula_en), `${id}: formula`);
    assert.equal(entry.section, figure.section_id, `${id}: in its section`);
  }

  assert.deepEqual(Object.keys(sheet.charts).sort(), Object.keys(titles.zh).sort(), 'every chart and tile card of the page, and no other');
  for (const [id, chart] of Object.entries(sheet.charts)) {
    assert.deepEqual(chart.titles, [titles.zh[id], titles.en[id]], `${id}: both titles as the pages show them`);
    assert.ok(chart.basis.trim().length > 0, `${id}: what allows it`);
  }
  assert.ok(Object.values(sheet.charts).filter((chart) => chart.marked > 0).length > 0, 'compared charts quote the report');

  assert.equal(sheet.sections[0].id, 'page', 'the page\'s own texts first');
  assert.ok(sheet.sections.every((section) => section.signOffs === 1), 'a sign-off line per section');
  assert.equal(sheet.links, 0, 'one self-contained file: nothing to fetch');
  assert.deepEqual(problems, []);

  // Printed on A4: one section per page or more, never a figure cut across two pages.
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  await writeFile(join(OUTPUT, 'review.pdf'), pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.ok(pages >= sheet.sections.length, `${pages} A4 pages for ${sheet.sections.length} sections`);
  await context.close();
});
