// A lazy start (static/embed.js): the loader fetches the interactive layer (the glue and the
// wasm) only when a widget comes within about a viewport of the screen, or when the reader
// reaches into one (focus, a tap, a key); until then the reader sees the static first paint. On
// a long article with the script embed far below the fold nothing of it is fetched at load;
// scrolling to it starts the widget, which takes over without a layout shift. A widget in view
// at load and a browser without IntersectionObserver start at once, as before; a widget added
// later starts when it comes near the screen; an iframe embed's page starts as it loads (the
// screen is its own viewport), so the iframe has its height before the reader gets there.
// Chromium only: the loader's code is the same in every engine, and the Layout Instability API
// is Chromium's.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, openPage, waitForCharts, reportManifest, DIST, CHROMIUM_SELECTED, chromiumOnly } from './harness.mjs';
import { articleText, hostPage, BUNDLE } from './host-page.mjs';

const WASM = 'report-infographic_bg.wasm';
const GLUE = 'report-infographic.js';
const VIEWPORT = { width: 1280, height: 900 };

let folder;
let browser;
let chartIds;


before(async () => {
  if (!CHROMIUM_SELECTED) return;
  folder = await mkdtemp(join(tmpdir(), 'qsh-lazy-'));
  await symlink(DIST, join(folder, BUNDLE));
  // The script embed as a CMS pastes it: the static first paint inside the <div>, its
  // stylesheet's URL pointing to where the bundle is published.
  const firstPaint = (await readFile(join(DIST, 'first-paint.en.html'), 'utf8'))
    .replace(/(<link rel="stylesheet" href=")style\.css"/, `$1${BUNDLE}/style.css"`);
  assert.match(firstPaint, new RegExp(`href="${BUNDLE}/style\\.css"`), 'the first paint links its stylesheet in the bundle');
  // About three viewports of article text, then the widget, then the rest of the article.
  const longPage = (title, credit = '') => hostPage(title, `${articleText(20)}
<div data-report-infographic data-lang="en" data-id="below-the-fold">
${credit}${firstPaint}
</div>
${articleText(6, 20)}`);
  await writeFile(join(folder, 'long.html'), longPage('A long article'));
  // The same with a link in the widget's <div> (a credit line, as some CMSs add): the first
  // thing Tab reaches (the first paint's own buttons are hidden until the widget runs).
  await writeFile(join(folder, 'long-credit.html'), longPage('A long article with a credit line',
    '<p><a href="https://example.com/graphics">Graphic: the district\'s media centre</a></p>\n'));
  // The iframe embed as the README gives it (without loading="lazy": the iframe loads at once),
  // three viewports down.
  await writeFile(join(folder, 'framed.html'), hostPage('A long article with an iframe embed', `${articleText(20)}
<iframe data-report-frame id="framed" title="the infographic" src="${BUNDLE}/en/index.html?id=framed" scrolling="no" width="100%" height="600" frameborder="0"></iframe>
<script src="${BUNDLE}/host.js" defer></script>
${articleText(6, 20)}`));
  // The same article without the widget: the host's own script adds it later.
  await writeFile(join(folder, 'later.html'), hostPage('An article that adds its widget later', articleText(20)));
  browser = await launch();
  chartIds = (await reportManifest()).charts.map((chart) => chart.id);
});

after(async () => {
  await browser?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

/** How many times the server was asked for `name` of the bundle. */
const fetches = (server, name) => server.requests.filter((path) => path.endsWith(`/${name}`)).length;

/** After the load: the network quiet for half a second, then two frames (the observers' first reports). */
async function settle(page) {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.waitForTimeout(500);
}

/** The chart ids of the page whose canvas is drawn. */
const drawnCharts = (page) => page.evaluate(() =>
  qshAll('.qsh-chart').filter((card) => card.querySelector('canvas.qsh-chart__canvas[data-drawn-figures]')).map((card) => card.dataset.group));

/** Where the widget's host is, in viewports below the top of the screen. */
const hostViewports = (page) => page.evaluate(() =>
  document.querySelector('[data-report-infographic]').getBoundingClientRect().top / innerHeight);

/** A page of the long article, recording layout shifts (as first-paint.test.mjs does). */
async function openLong(server, path = 'long.html') {
  const opened = await openPage(browser, { viewport: VIEWPORT });
  await opened.context.addInitScript(() => {
    window.qshLayoutShift = 0;
    window.qshShifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        window.qshLayoutShift += entry.value;
        window.qshShifts.push({ value: entry.value, at: entry.startTime, scrollY });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await opened.page.goto(server.url + path);
  await settle(opened.page);
  return opened;
}

test('a script embed three viewports below the fold: nothing of the interactive layer is fetched until the reader scrolls to it; then it takes over with layout shift ≤ 0.01 (Chromium only: the Layout Instability API is Chromium\'s)', chromiumOnly, async (t) => {
  const server = await serve(folder);
  const { page, context, problems } = await openLong(server);
  try {
    assert.ok(await hostViewports(page) >= 2.5, `the widget starts ${(await hostViewports(page)).toFixed(2)} viewports down`);
    assert.equal(fetches(server, 'embed.js'), 1, 'the loader was fetched');
    assert.equal(fetches(server, WASM), 0, 'no request for the wasm before the reader scrolls');
    assert.equal(fetches(server, GLUE), 0, 'no request for the glue before the reader scrolls');
    assert.equal(await page.evaluate(() => document.querySelector('[data-report-infographic]').shadowRoot), null, 'not mounted');
    const staticCharts = await page.evaluate(() => document.querySelectorAll('[data-report-infographic] .qsh-chart svg.qsh-chart__svg').length);
    assert.ok(staticCharts >= chartIds.length, 'the static first paint is in the page');

    // The reader scrolls down with the wheel until the widget is in the upper half of the screen...
    await page.mouse.move(640, 450);
    for (let i = 0; i < 60 && (await hostViewports(page)) > 0.4; i++) {
      await page.mouse.wheel(0, 300);
      await page.waitForTimeout(40);
    }
    assert.ok(await hostViewports(page) <= 0.4, 'the widget was scrolled into view');
    // ...and keeps scrolling a little while the widget takes over.
    let drawn = false;
    const charts = waitForCharts(page, 30000).then(() => { drawn = true; });
    charts.catch(() => {});
    for (let i = 0; i < 150 && !drawn; i++) {
      await page.mouse.wheel(0, 40);
      await page.waitForTimeout(40);
    }
    await charts;
    // Two frames after the last chart is drawn, so its layout has been measured.
    const shift = await page.evaluate(() => new Promise((done) =>
      requestAnimationFrame(() => requestAnimationFrame(() => done(window.qshLayoutShift)))));

    t.diagnostic(`cumulative layout shift ${shift.toFixed(4)}, ${await page.evaluate(() => window.qshShifts.length)} shifts, scrolled to ${await page.evaluate(() => scrollY)} px`);
    assert.equal(fetches(server, WASM), 1, 'the wasm was fetched exactly once');
    assert.equal(fetches(server, GLUE), 1, 'the glue was fetched exactly once');
    assert.deepEqual(await drawnCharts(page), chartIds, 'every chart of the report drawn');
    assert.ok(shift <= 0.01, `cumulative layout shift ${shift.toFixed(4)}: ${JSON.stringify(await page.evaluate(() => window.qshShifts))}`);
    assert.deepEqual(problems, [], 'no console error or warning');
  } finally {
    await context.close();
    await server.close();
  }
});

test('a widget in view at load (dist/index.html) starts without scrolling (Chromium only: the loader\'s code is the same in every engine)', chromiumOnly, async () => {
  const server = await serve();
  const { page, context, problems } = await openPage(browser, { viewport: VIEWPORT });
  try {
    await page.goto(server.url);
    await waitForCharts(page);
    assert.equal(await page.evaluate(() => scrollY), 0, 'not scrolled');
    assert.equal(fetches(server, WASM), 1, 'the wasm was fetched once');
    assert.deepEqual(await drawnCharts(page), chartIds, 'every chart of the report drawn');
    assert.deepEqual(problems, [], 'no console error or warning');
  } finally {
    await context.close();
    await server.close();
  }
});

test('the reader reaching into the widget starts it before it comes near the screen: focus, a tap, Tab (Chromium only: the loader\'s code is the same in every engine)', chromiumOnly, async () => {
  // Without scrolling: only the loader's focusin and pointerdown listeners can start the widget.
  const reaches = {
    'focus (a host page focusing the widget, without scrolling)': () => {
      const host = document.querySelector('[data-report-infographic]');
      host.tabIndex = -1;
      host.focus({ preventScroll: true });
    },
    'pointerdown on a static chart': () => document.querySelector('[data-report-infographic] svg.qsh-chart__svg')
      .dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true, pointerType: 'touch' })),
  };
  for (const [what, reach] of Object.entries(reaches)) {
    const server = await serve(folder);
    const { page, context, problems } = await openLong(server);
    try {
      assert.equal(fetches(server, WASM), 0, `${what}: nothing fetched before`);
      await page.evaluate(reach);
      await waitForCharts(page, 30000);
      assert.equal(await page.evaluate(() => scrollY), 0, `${what}: the page did not scroll`);
      assert.ok(await hostViewports(page) >= 2.5, `${what}: the widget is still far below the screen`);
      assert.equal(fetches(server, WASM), 1, `${what}: the wasm was fetched once`);
      assert.deepEqual(await drawnCharts(page), chartIds, `${what}: every chart of the report drawn`);
      assert.deepEqual(problems, [], `${what}: no console error or warning`);
    } finally {
      await context.close();
      await server.close();
    }
  }
  // By keyboard: Tab until the focus is in the widget's <div>.
  const server = await serve(folder);
  const { page, context, problems } = await openLong(server, 'long-credit.html');
  try {
    assert.equal(fetches(server, WASM), 0, 'nothing fetched before the focus');
    let inHost = false;
    for (let i = 0; i < 20 && !inHost; i++) {
      await page.keyboard.press('Tab');
      inHost = await page.evaluate(() => Boolean(document.activeElement?.closest('[data-report-infographic]')));
    }
    assert.ok(inHost, 'Tab reached the widget');
    await waitForCharts(page, 30000);
    assert.equal(fetches(server, WASM), 1, 'the wasm was fetched once');
    assert.deepEqual(await drawnCharts(page), chartIds, 'every chart of the report drawn');
    assert.deepEqual(problems, [], 'no console error or warning');
  } finally {
    await context.close();
    await server.close();
  }
});

test('an iframe embed far below the fold starts as its page loads, so the iframe has its height before the reader scrolls to it (Chromium only: the loader\'s code is the same in every engine)', chromiumOnly, async () => {
  const server = await serve(folder);
  const { page, context, problems } = await openPage(browser, { viewport: VIEWPORT });
  try {
    await page.goto(`${server.url}framed.html`);
    await page.waitForFunction(() => {
      const iframe = document.querySelector('#framed');
      const inner = iframe.contentWindow?.qshAll;
      const canvases = inner ? inner('canvas.qsh-chart__canvas') : [];
      return canvases.length > 0 && inner('[data-rendering]').length === 0 && canvases.every((canvas) => canvas.hasAttribute('data-drawn-figures'))
        && Math.abs(iframe.getBoundingClientRect().height - iframe.contentDocument.body.getBoundingClientRect().height) <= 3;
    }, null, { timeout: 30000 });
    const state = await page.evaluate(() => ({
      scrollY,
      top: document.querySelector('#framed').getBoundingClientRect().top / innerHeight,
      height: document.querySelector('#framed').getBoundingClientRect().height,
    }));
    assert.equal(state.scrollY, 0, 'not scrolled');
    assert.ok(state.top >= 2.5, `the iframe is ${state.top.toFixed(2)} viewports down`);
    assert.ok(state.height > 1000, `the iframe fits its content (${state.height} px)`);
    assert.equal(fetches(server, WASM), 1, 'the wasm was fetched once');
    assert.deepEqual(problems, [], 'no console error or warning');
  } finally {
    await context.close();
    await server.close();
  }
});

test('a widget added later starts when it comes near the screen, not before (Chromium only: the loader\'s code is the same in every engine)', chromiumOnly, async () => {
  const server = await serve(folder);
  const { page, context, problems } = await openPage(browser, { viewport: VIEWPORT });
  try {
    await page.goto(`${server.url}later.html`);
    await settle(page);
    // Added at the end of the article, three viewports down: nothing to fetch yet.
    await page.evaluate(() => {
      const host = document.createElement('div');
      host.setAttribute('data-report-infographic', '');
      host.setAttribute('data-lang', 'en');
      host.innerHTML = '<p>Qingshanhu District 2023 in figures.</p>';
      document.querySelector('main').append(host);
    });
    await settle(page);
    assert.ok(await hostViewports(page) >= 2.5, 'the added widget is far below the screen');
    assert.equal(fetches(server, WASM), 0, 'no request for the wasm while the added widget is far away');
    assert.equal(fetches(server, GLUE), 0, 'no request for the glue while the added widget is far away');
    // Another one, inside a wrapper, near the top: the start.
    await page.evaluate(() => {
      const wrapper = document.createElement('section');
      wrapper.innerHTML = '<div data-report-infographic data-lang="en"><p>Qingshanhu District 2023 in figures.</p></div>';
      document.querySelector('h1').after(wrapper);
    });
    await waitForCharts(page, 30000);
    assert.equal(fetches(server, WASM), 1, 'the wasm was fetched once');
    const mounted = await page.evaluate(() => [...document.querySelectorAll('[data-report-infographic]')].map((host) => host.hasAttribute('data-report-mounted')));
    assert.deepEqual(mounted, [true, true], 'once started, the module mounts every widget of the page');
    assert.deepEqual(problems, [], 'no console error or warning');
  } finally {
    await context.close();
    await server.close();
  }
});

test('without IntersectionObserver the loader starts at once (Chromium only: needs an init script that runs before the page)', chromiumOnly, async () => {
  const server = await serve(folder);
  const { page, context, problems } = await openPage(browser, { viewport: VIEWPORT });
  try {
    await context.addInitScript(() => { delete window.IntersectionObserver; });
    await page.goto(`${server.url}long.html`);
    await waitForCharts(page, 30000);
    assert.equal(await page.evaluate(() => scrollY), 0, 'not scrolled');
    assert.equal(fetches(server, WASM), 1, 'the wasm was fetched once');
    assert.deepEqual(await drawnCharts(page), chartIds, 'every chart of the report drawn');
    assert.deepEqual(problems, [], 'no console error or warning');
  } finally {
    await context.close();
    await server.close();
  }
});
