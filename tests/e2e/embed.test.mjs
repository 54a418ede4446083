// Embedding, as a news page does it, in each of the three engines (engines.mjs): the demo
// article served with a strict CSP, holding one iframe embed and two script embeds with
// different options; the height messages; invalid options; and the single-file build opened
// from disk.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { ENGINES, useEngine, WEBKIT_MIN_WIDTH } from './engines.mjs';
import { serve, figures, injectIntoHead, reportManifest, DIST, OUTPUT, PROBE } from './harness.mjs';
import { waitForCharts, blankCharts } from './checks.mjs';

const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
let server;
let strictServer;
let dataset;
let standalone;

before(async () => {
  server = await serve();
  strictServer = await serve(DIST, { 'content-security-policy': STRICT_CSP });
  dataset = await figures();
  await mkdir(OUTPUT, { recursive: true });
  // dist/standalone.html with the probe inlined first in its <head> (no server puts it there).
  standalone = await mkdtemp(join(tmpdir(), 'qsh-standalone-'));
  const html = await readFile(join(DIST, 'standalone.html'), 'utf8');
  await writeFile(join(standalone, 'standalone.html'), injectIntoHead(html, `<script>${await readFile(PROBE, 'utf8')}</script>`));
});

after(async () => {
  await server?.close();
  await strictServer?.close();
  if (standalone) await rm(standalone, { recursive: true, force: true });
});

/** The demo's iframe height and its content's height, in CSS pixels. */
function frameHeights(page) {
  return page.evaluate(() => {
    const iframe = document.querySelector('#qsh-frame');
    return { outer: iframe.getBoundingClientRect().height, inner: iframe.contentDocument.body.getBoundingClientRect().height };
  });
}

/** Waits until the iframe fits its content and the content's height held since the last check
 * (after a resize the charts settle a frame or two later, and the iframe follows them). */
function waitForFrameFit(page) {
  return page.waitFor(() => {
    const iframe = document.querySelector('#qsh-frame');
    const body = iframe?.contentDocument?.body;
    if (!body) return false;
    const inner = body.getBoundingClientRect().height;
    const settled = inner === window.qshLastFrameContent;
    window.qshLastFrameContent = inner;
    return settled && Math.abs(iframe.getBoundingClientRect().height - inner) <= 3;
  }, [], { timeout: 20000, interval: 100, what: 'the iframe fits its settled content' });
}

function waitForFramedCharts(page) {
  return page.waitFor(() => {
    const qsh = document.querySelector('#qsh-frame')?.contentWindow?.qshAll;
    const canvases = qsh ? qsh('canvas.qsh-chart__canvas') : [];
    return canvases.length > 0 && qsh('[data-rendering]').length === 0
      && canvases.every((canvas) => canvas.hasAttribute('data-drawn-figures'));
  }, [], { timeout: 20000, what: 'every chart of the framed widget drawn' });
}

for (const engine of ENGINES) {
  describe(engine.name, () => {
    const browser = useEngine(engine);

    for (const [width, narrower] of [[1280, 560], [375, 320]]) {
      const how = engine.name === 'webkit' && width < WEBKIT_MIN_WIDTH ? ' (WebKit: the article in an iframe of that width)' : '';
      test(`the demo article under a strict CSP at ${width} px: iframe sized to its content before and after a resize, both script embeds with their options${how}`, async () => {
        const page = await browser.newPage({ width, height: 900 });
        try {
          await page.goto(`${strictServer.url}demo/`);
          await waitForCharts(page);
          await waitForFramedCharts(page);
          await waitForFrameFit(page);

          const { outer, inner } = await frameHeights(page);
          assert.ok(Math.abs(outer - inner) <= 3, `iframe ${outer}px fits its content ${inner}px`);
          assert.ok(outer > 1000, 'the framed widget is shown whole');

          const asked = await page.evaluate(() => document.querySelector('div[data-report-infographic]').dataset.sections.split(','));
          const sectionIds = (await reportManifest()).sections.map((section) => section.id);
          assert.ok(asked.length >= 2 && asked.every((id) => sectionIds.includes(id)), `the demo asks for sections of the report: ${asked}`);
          const embeds = await page.evaluate(() =>
            [...document.querySelectorAll('div[data-report-infographic]')].map((host) => {
              const root = host.shadowRoot.querySelector('.qsh');
              return {
                lang: root.getAttribute('lang'),
                dark: root.classList.contains('qsh--dark'),
                compact: root.hasAttribute('data-compact'),
                sections: [...root.querySelectorAll('[data-section]')].map((section) => section.dataset.section),
                tiles: root.querySelectorAll('.qsh-header .qsh-tiles--large > .qsh-tile').length,
                letterSpacing: getComputedStyle(root.querySelector('.qsh-title')).letterSpacing,
              };
            }));
          assert.deepEqual(embeds[0].sections, asked, 'sections subset in the given order');
          assert.equal(embeds[0].lang, 'en');
          assert.equal(embeds[0].dark, true);
          assert.equal(embeds[1].compact, true);
          assert.deepEqual(embeds[1].sections, [], 'compact shows the headline tiles only');
          assert.equal(embeds[1].tiles, (await reportManifest()).headline.length, 'the lead figures');
          assert.equal(embeds[1].lang, 'zh-CN');
          assert.equal(embeds[1].dark, false);
          assert.equal(embeds[0].letterSpacing, 'normal', "the page's letter-spacing does not reach the widget");
          assert.deepEqual(await blankCharts(page), [], 'no canvas of the script embeds is blank');

          // The page's styles stay out of the widget and the widget's stay out of the page.
          const isolation = await page.evaluate(() => ({
            canvasBorder: getComputedStyle(document.querySelector('div[data-report-infographic]').shadowRoot.querySelector('canvas')).borderTopStyle,
            articleTitle: getComputedStyle(document.querySelector('.story__headline')).fontFamily,
          }));
          assert.equal(isolation.canvasBorder, 'none');
          assert.match(isolation.articleTitle, /Georgia/);
          assert.ok(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth) <= 0, 'no horizontal overflow');

          await page.screenshot(join(OUTPUT, `${engine.name}-demo-${width}.png`));

          // A narrower page re-fits the iframe to its content (taller or shorter: tiles reflow
          // taller, charts scale down with their frame; which wins depends on the report).
          await page.setViewport(narrower, 900);
          await waitForFrameFit(page);
          await page.waitFor((outer) => Math.round(document.querySelector('#qsh-frame').getBoundingClientRect().height) !== Math.round(outer),
            [outer], { what: 'the iframe height follows the new width' });
          await waitForFrameFit(page);
          const resized = await frameHeights(page);
          assert.ok(Math.abs(resized.outer - resized.inner) <= 3, `after resize: iframe ${resized.outer}px, content ${resized.inner}px`);
          assert.notEqual(Math.round(resized.outer), Math.round(outer), `the iframe followed its content (${outer} → ${resized.outer})`);

          const violations = await page.evaluate(() => [
            ...window.__e2e.violations,
            ...document.querySelector('#qsh-frame').contentWindow.__e2e.violations,
          ]);
          assert.deepEqual(violations, [], 'no CSP violation');
          assert.deepEqual(await page.problems(), [], 'no console error or warning');
        } finally {
          await page.close();
        }
      });
    }

    test('the framed widget posts its height in Datawrapper, pym.js and AMP formats', async () => {
      const page = await browser.newPage({ width: 900, height: 900 });
      try {
        await page.goto(`${server.url}demo/`);
        // The probe records every message the article receives.
        await page.waitFor(() => {
          const m = window.__e2e.messages;
          return m.some((d) => d?.['datawrapper-height']?.['qsh-frame'] > 0)
            && m.some((d) => typeof d === 'string' && /^pymxPYMxqsh-framexPYMxheightxPYMx\d+$/.test(d))
            && m.some((d) => d?.sentinel === 'amp' && d.type === 'embed-size' && d.height > 0);
        }, [], { timeout: 20000, what: 'a height message in each format' });
        assert.deepEqual(await page.problems(), [], 'no console error or warning');
      } finally {
        await page.close();
      }
    });

    test('an invalid option shows a notice, warns, and renders with the default', async () => {
      const page = await browser.newPage({ width: 1000, height: 900 });
      try {
        const hostile = encodeURIComponent('<img src=x onerror=alert(1)>');
        const [{ id: section }] = (await reportManifest()).sections;
        await page.goto(`${server.url}?lang=fr&theme=${hostile}&sections=${section},no-such-section`);
        await waitForCharts(page);
        const state = await page.evaluate(() => ({
          notices: qshAll('.qsh-notice p').map((p) => p.textContent),
          images: qshAll('.qsh img').length,
          lang: qshAll('.qsh')[0].getAttribute('lang'),
          sections: qshAll('[data-section]').map((s) => s.dataset.section),
          dialogs: window.__e2e.dialogs,
        }));
        assert.equal(state.notices.length, 3, state.notices.join('\n'));
        assert.match(state.notices[0], /lang.*fr.*zh, en/);
        assert.ok(state.notices[1].includes('<img src=x onerror=alert(1)>'), 'the value is shown as text');
        assert.match(state.notices[2], /sections/);
        assert.equal(state.images, 0, 'no element was made from the value');
        assert.equal(state.lang, 'zh-CN', 'the default language');
        assert.deepEqual(state.sections, [section]);
        assert.deepEqual(state.dialogs, [], 'nothing was executed');
        const problems = await page.problems();
        const ignored = (p) => p.startsWith('warning: report-infographic: ignored');
        assert.equal(problems.filter(ignored).length, 3, problems.join('\n'));
        assert.deepEqual(problems.filter((p) => !ignored(p)), []);
      } finally {
        await page.close();
      }
    });

    test('dist/standalone.html works from file://: every chart drawn with ink, every figure shown, nothing fetched', async () => {
      const page = await browser.newPage({ width: 1280, height: 900 });
      try {
        await page.goto(pathToFileURL(join(standalone, 'standalone.html')).href);
        await waitForCharts(page);
        const state = await page.evaluate(() => ({
          protocol: location.protocol,
          shown: [
            ...qshAll('.qsh [data-figure]').map((tile) => tile.dataset.figure),
            ...qshAll('canvas[data-drawn-figures]').flatMap((canvas) => canvas.dataset.drawnFigures.split(' ')),
          ],
          fetched: performance.getEntriesByType('resource').map((entry) => entry.name)
            .filter((url) => !url.startsWith('file:') && !url.startsWith('data:')),
        }));
        assert.equal(state.protocol, 'file:');
        assert.deepEqual([...dataset.keys()].filter((id) => !state.shown.includes(id)), [], 'figures missing');
        assert.deepEqual(await blankCharts(page), [], 'no canvas is blank');
        assert.deepEqual(state.fetched, [], 'nothing fetched from a server');
        assert.deepEqual(await page.problems(), [], 'no console error or warning');
      } finally {
        await page.close();
      }
    });
  });
}
