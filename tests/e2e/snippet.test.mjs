// The CMS snippets (src/snippet.rs) through the sanitizers CMSs run, with their defaults:
// DOMPurify 3 (in jsdom) and sanitize-html 2, and sanitize-html with <img> allowed (its README's
// first recipe). first-paint.<lang>.html keeps every chart as SVG, once, coloured; where SVG is
// dropped, first-paint-img.<lang>.html has every chart as an <img> whose alt names its figures,
// and its figures as text beside it. Every figure stays as text in every case. Then, in
// Chromium, DOMPurify's output without the stylesheet: each chart visible once at a sensible
// size, tile values apart from their labels (screenshots in tests/e2e/output/snippet-*.png);
// and with the stylesheet, the snippet still shows the drawing of the width that fits.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import createDOMPurify from 'dompurify';
import sanitizeHtml from 'sanitize-html';
import { PNG } from 'pngjs';
import { chromiumOnly, DIST, figures, launch, OUTPUT, reportManifest } from './harness.mjs';

const LANGS = ['zh', 'en'];
const dompurify = (html) => createDOMPurify(new JSDOM('').window).sanitize(html);
const SANITIZERS = {
  'DOMPurify defaults': dompurify,
  'sanitize-html defaults': (html) => sanitizeHtml(html),
  'sanitize-html with img': (html) => sanitizeHtml(html, { allowedTags: sanitizeHtml.defaults.allowedTags.concat(['img']) }),
};
const snippet = (name, lang) => readFile(join(DIST, `${name}.${lang}.html`), 'utf8');
const parse = (html) => new JSDOM(`<!doctype html><body>${html}</body>`).window.document;
/** A chart's figures, "label value" each, as report.json's card line lists them. */
const figuresOf = (card, lang) => card.about[lang].split(lang === 'zh' ? '；' : '; ');
const collapse = (text) => text.replace(/\s+/g, '');

let manifest;
let dataset;
let charts;
before(async () => {
  manifest = await reportManifest();
  dataset = [...(await figures()).values()];
  charts = manifest.charts.map((chart) => ({ ...chart, card: manifest.cards.find((card) => card.id === chart.id) }));
});

/** Every figure's value and label is in the sanitized text. */
function assertEveryFigure(document, lang, what) {
  const text = collapse(document.body.textContent);
  for (const figure of dataset) {
    for (const shown of [figure[`value_${lang}`], figure[`label_${lang}`]]) {
      assert.ok(text.includes(collapse(shown)), `${what}: \`${figure.id}\` (${shown}) is in the text`);
    }
  }
}

test('first-paint.*.html through DOMPurify: every chart once as SVG with a viewBox and its colours, every figure as text', async () => {
  for (const lang of LANGS) {
    const document = parse(dompurify(await snippet('first-paint', lang)));
    assert.equal(document.querySelector('link'), null, `${lang}: DOMPurify drops the stylesheet's <link>`);
    // The charts' drawings (the tiles' meters and pips are SVG too).
    const shown = [...document.querySelectorAll('svg[data-layout-width]')].filter((svg) => svg.getAttribute('display') !== 'none');
    assert.equal(shown.length, charts.length, `${lang}: one drawing shown per chart`);
    for (const { id, figures: count, card } of charts) {
      const drawings = [...document.querySelectorAll(`figure[data-group="${id}"] svg[data-layout-width]`)].filter((svg) => svg.getAttribute('display') !== 'none');
      assert.equal(drawings.length, 1, `${lang} \`${id}\`: one drawing shown`);
      const [svg] = drawings;
      assert.match(svg.getAttribute('viewBox') ?? '', /^0 0 \d+ \d+$/, `${lang} \`${id}\`: a viewBox`);
      assert.match(svg.getAttribute('style') ?? '', /max-width:100%/, `${lang} \`${id}\`: never wider than its column`);
      const fills = [...svg.querySelectorAll('[fill]')].map((shape) => shape.getAttribute('fill').toLowerCase());
      // Every shape with its light-theme colour written out, its marks not white.
      assert.ok(fills.every((fill) => fill === 'none' || /^#[0-9a-f]{6}$/.test(fill)), `${lang} \`${id}\`: colours written out (${[...new Set(fills)]})`);
      assert.ok(fills.some((fill) => !['none', '#ffffff'].includes(fill)), `${lang} \`${id}\`: its marks coloured (${[...new Set(fills)]})`);
      assert.ok(!fills.some((fill) => fill === '#000000' || fill === 'black'), `${lang} \`${id}\`: nothing filled black`);
      assert.ok([...svg.querySelectorAll('text')].every((text) => text.getAttribute('font-size')), `${lang} \`${id}\`: every text has its size`);
      const drawn = collapse(svg.textContent);
      for (const figure of figuresOf(card, lang)) {
        const value = dataset.find((row) => `${row[`label_${lang}`]} ${row[`value_${lang}`]}` === figure)?.[`value_${lang}`];
        assert.ok(value && drawn.includes(collapse(value)), `${lang} \`${id}\`: ${figure} drawn`);
      }
      assert.equal(figuresOf(card, lang).length, count, `${lang} \`${id}\`: report.json's figures`);
    }
    assertEveryFigure(document, lang, `${lang} DOMPurify`);
  }
});

test('first-paint-img.*.html: every chart once as an <img> whose alt names its figures (DOMPurify, sanitize-html with img), and as a text chart (label, bar of █, value) with every sanitizer, sanitize-html\'s defaults too', async () => {
  for (const lang of LANGS) {
    const html = await snippet('first-paint-img', lang);
    for (const [name, sanitize] of Object.entries(SANITIZERS)) {
      const document = parse(sanitize(html));
      const what = `${lang} ${name}`;
      assert.equal(document.querySelector('svg[data-layout-width]'), null, `${what}: no chart drawing in the <img> snippet`);
      const images = [...document.querySelectorAll('img')];
      if (name === 'sanitize-html defaults') {
        // Its defaults drop <img> as well (not in allowedTags): the text chart stays.
        assert.equal(images.length, 0, `${what}: sanitize-html's defaults drop images`);
      } else {
        assert.equal(images.length, charts.length, `${what}: one image per chart`);
      }
      const text = collapse(document.body.textContent);
      for (const { id, card } of charts) {
        const figures = figuresOf(card, lang);
        if (images.length) {
          const found = images.filter((image) => [`${card[lang]}：`, `${card[lang]}: `].some((head) => image.getAttribute('alt').startsWith(head)));
          assert.equal(found.length, 1, `${what} \`${id}\`: one image named by its title`);
          const [image] = found;
          for (const figure of figures) assert.ok(image.getAttribute('alt').includes(figure), `${what} \`${id}\`: the alt names ${figure}`);
          const src = image.getAttribute('src');
          assert.equal(src, `first-paint-img/${id}.${lang}.png`, `${what} \`${id}\`: a relative URL under the bundle`);
          const png = PNG.sync.read(await readFile(join(DIST, src)));
          assert.ok(png.width >= 2 * Number(image.getAttribute('width')), `${what} \`${id}\`: the PNG is drawn at 2× (${png.width} px)`);
          assert.ok(Math.abs(png.height / png.width - Number(image.getAttribute('height')) / Number(image.getAttribute('width'))) < 0.02, `${what} \`${id}\`: width and height give its shape`);
        }
        // The chart as text: each figure's label, a bar of █, its value, once.
        for (const figure of figures) {
          const row = dataset.find((entry) => `${entry[`label_${lang}`]} ${entry[`value_${lang}`]}` === figure);
          assert.ok(row, `${what} \`${id}\`: ${figure} is a figure of the dataset`);
          const escaped = (value) => collapse(value).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          const bar = new RegExp(`${escaped(row[`label_${lang}`])}█+${escaped(row[`value_${lang}`])}`, 'g');
          assert.equal(text.match(bar)?.length, 1, `${what} \`${id}\`: ${figure} as a bar of text, once`);
        }
      }
      assertEveryFigure(document, lang, what);
    }
  }
});

test('first-paint.*.html keeps every figure as text with every sanitizer, and sanitize-html drops its SVG (hence the <img> snippet)', async () => {
  for (const lang of LANGS) {
    const html = await snippet('first-paint', lang);
    for (const [name, sanitize] of Object.entries(SANITIZERS)) {
      const document = parse(sanitize(html));
      assertEveryFigure(document, lang, `${lang} ${name}`);
      if (name !== 'DOMPurify defaults') assert.equal(document.querySelectorAll('svg').length, 0, `${lang} ${name}: drops SVG`);
    }
  }
});

let browser;
let folder;
before(async () => {
  if (chromiumOnly.skip) return;
  browser = await launch();
  folder = await mkdtemp(join(tmpdir(), 'qsh-snippet-'));
  await mkdir(OUTPUT, { recursive: true });
});
after(async () => {
  await browser?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

/** An article page holding `body` in a column `column` px wide, written to the temp folder. */
async function articlePage(name, body, column) {
  const file = join(folder, `${name}.html`);
  await writeFile(file, `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${name}</title></head><body style="margin:0"><main style="max-width:${column}px;margin:0 auto;padding:0 16px">
<h1>An article</h1>${body}</main></body></html>`);
  return `file://${file}`;
}

test('DOMPurify\'s output without the stylesheet in Chromium: each chart visible once at a sensible size, tile values apart from labels', chromiumOnly, async () => {
  for (const lang of LANGS) {
    const body = dompurify(await snippet('first-paint', lang));
    for (const width of [375, 750]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      try {
        await page.goto(await articlePage(`dompurify-${lang}-${width}`, body, 680));
        const boxes = await page.evaluate(() => [...document.querySelectorAll('figure[data-group]')]
          .filter((card) => card.querySelector('svg[data-layout-width]'))
          .map((card) => ({
            id: card.dataset.group,
            shown: [...card.querySelectorAll('svg[data-layout-width]')].map((svg) => svg.getBoundingClientRect()).filter((box) => box.width > 0 && box.height > 0)
              .map((box) => ({ left: box.left, right: box.right, width: box.width, height: box.height })),
          })));
        assert.equal(boxes.length, charts.length, `${lang} ${width}: every chart`);
        for (const { id, shown } of boxes) {
          assert.equal(shown.length, 1, `${lang} ${width} \`${id}\`: visible once`);
          const [box] = shown;
          assert.ok(box.width >= 200 && box.width <= 361, `${lang} ${width} \`${id}\`: ${box.width} px wide`);
          assert.ok(box.height >= 40, `${lang} ${width} \`${id}\`: ${box.height} px tall`);
          assert.ok(box.left >= 0 && box.right <= width, `${lang} ${width} \`${id}\`: inside the page (${box.left}–${box.right})`);
        }
        const tiles = await page.evaluate(() => [...document.querySelectorAll('li[data-figure]')].map((tile) => tile.innerText));
        assert.ok(tiles.length > 0, 'tiles');
        for (const tile of tiles) assert.match(tile, /\S\n\S/, `${lang} ${width}: value and label on lines of their own: ${JSON.stringify(tile)}`);
        const buttons = await page.evaluate(() => [...document.querySelectorAll('button')].filter((button) => button.getBoundingClientRect().width > 0).length);
        assert.equal(buttons, 1, `${lang} ${width}: no chart tools or language switch without the widget (the data download stays)`);
        await page.screenshot({ path: join(OUTPUT, `snippet-dompurify-${lang}-${width}.png`), fullPage: true });
      } finally {
        await page.close();
      }
    }
  }
});

test('with its stylesheet, the snippet shows each chart once, the drawing of the width that fits its frame', chromiumOnly, async () => {
  const html = (await snippet('first-paint', 'en')).replace('href="style.css"', `href="file://${join(DIST, 'style.css')}"`);
  assert.ok((await stat(join(DIST, 'style.css'))).isFile());
  for (const width of [375, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    try {
      await page.goto(await articlePage(`styled-${width}`, `<div data-report-infographic>${html}</div>`, 1200));
      const cards = await page.evaluate(() => [...document.querySelectorAll('figure[data-group]')]
        .filter((card) => card.querySelector('svg[data-layout-width]'))
        .map((card) => {
          const frame = card.querySelector('.qsh-chart__frame').getBoundingClientRect().width;
          const shown = [...card.querySelectorAll('svg[data-layout-width]')].filter((svg) => getComputedStyle(svg).display !== 'none');
          return { id: card.dataset.group, frame, shown: shown.map((svg) => [Number(svg.dataset.layoutWidth), svg.getBoundingClientRect().width]) };
        }));
      assert.equal(cards.length, charts.length);
      for (const { id, frame, shown } of cards) {
        assert.equal(shown.length, 1, `${width} \`${id}\`: one drawing`);
        const [[layout, drawn]] = shown;
        assert.ok(Math.abs(drawn - frame) < 1, `${width} \`${id}\`: as wide as its frame (${drawn} of ${frame})`);
        assert.ok(layout <= frame + 0.5 || layout === 240, `${width} \`${id}\`: laid out at ${layout} for a ${frame} px frame`);
      }
    } finally {
      await page.close();
    }
  }
});
