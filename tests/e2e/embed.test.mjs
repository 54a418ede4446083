// Embedding, as a news page does it: the demo article served with a strict CSP, holding one
// iframe embed and two script embeds with different options; invalid options; and the
// single-file build opened from disk.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { mkdir } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { serve, launch, openPage, waitForCharts, DIST, OUTPUT } from './harness.mjs';

const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
let server;
let strictServer;
let browser;

before(async () => {
  server = await serve();
  strictServer = await serve(DIST, { 'content-security-policy': STRICT_CSP });
  browser = await launch();
  await mkdir(OUTPUT, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
  await strictServer?.close();
});

/** Records CSP violations in every frame. */
async function recordViolations(context) {
  await context.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber} ${event.sample}`);
    });
  });
}

/** The iframe's height and its content's height, in CSS pixels. */
async function frameHeights(page) {
  const frame = page.frameLocator('#qsh-frame');
  const outer = await page.locator('#qsh-frame').evaluate((iframe) => iframe.getBoundingClientRect().height);
  const inner = await frame.locator('body').evaluate((body) => body.getBoundingClientRect().height);
  return { outer, inner };
}

async function waitForFrameFit(page) {
  await page.waitForFunction(() => {
    const iframe = document.querySelector('#qsh-frame');
    const body = iframe?.contentDocument?.body;
    return body && Math.abs(iframe.getBoundingClientRect().height - body.getBoundingClientRect().height) <= 3;
  }, null, { timeout: 20000 });
}

for (const width of [1280, 375]) {
  test(`the demo article under a strict CSP at ${width}px: iframe sized to its content, both script embeds with their options`, async () => {
    const { page, context, problems } = await openPage(browser, { viewport: { width, height: 900 } });
    await recordViolations(context);
    await page.goto(`${strictServer.url}demo/`);
    await waitForCharts(page);
    const frame = page.frame({ url: /index\.html/ });
    await waitForCharts(frame);
    await waitForFrameFit(page);

    const { outer, inner } = await frameHeights(page);
    assert.ok(Math.abs(outer - inner) <= 3, `iframe ${outer}px fits its content ${inner}px`);
    assert.ok(outer > 1000, 'the framed widget is shown whole');

    const embeds = await page.evaluate(() =>
      [...document.querySelectorAll('div[data-qingshanhu-infographic]')].map((host) => {
        const root = host.shadowRoot.querySelector('.qsh');
        return {
          lang: root.getAttribute('lang'),
          dark: root.classList.contains('qsh--dark'),
          compact: root.hasAttribute('data-compact'),
          sections: [...root.querySelectorAll('[data-section]')].map((section) => section.dataset.section),
          tiles: root.querySelectorAll('.qsh-header [data-figure]').length,
          canvasFont: getComputedStyle(root.querySelector('.qsh-title')).letterSpacing,
        };
      }),
    );
    assert.deepEqual(embeds[0].sections, ['industry', 'environment'], 'sections subset in the given order');
    assert.equal(embeds[0].lang, 'en');
    assert.equal(embeds[0].dark, true);
    assert.equal(embeds[1].compact, true);
    assert.deepEqual(embeds[1].sections, [], 'compact shows the headline tiles only');
    assert.ok(embeds[1].tiles >= 5);
    assert.equal(embeds[1].lang, 'zh-CN');
    assert.equal(embeds[1].dark, false);
    assert.equal(embeds[0].canvasFont, 'normal', "the page's letter-spacing does not reach the widget");

    // The page's styles stay out of the widget and the widget's stay out of the page.
    const isolation = await page.evaluate(() => ({
      canvasBorder: getComputedStyle(document.querySelector('div[data-qingshanhu-infographic]').shadowRoot.querySelector('canvas')).borderTopStyle,
      articleTitle: getComputedStyle(document.querySelector('.story__headline')).fontFamily,
    }));
    assert.equal(isolation.canvasBorder, 'none');
    assert.match(isolation.articleTitle, /Georgia/);

    await page.screenshot({ path: join(OUTPUT, `demo-${width}.png`), fullPage: true });

    // A narrower page re-fits the iframe to its (taller) content.
    await page.setViewportSize({ width: width === 1280 ? 700 : 320, height: 900 });
    await waitForFrameFit(page);
    const after = await frameHeights(page);
    assert.ok(Math.abs(after.outer - after.inner) <= 3, `after resize: iframe ${after.outer}px, content ${after.inner}px`);
    assert.notEqual(Math.round(after.outer), Math.round(outer), 'the height followed the new width');

    const violations = [
      ...(await page.evaluate(() => window.cspViolations)),
      ...(await frame.evaluate(() => window.cspViolations)),
    ];
    assert.deepEqual(violations, [], 'no CSP violation');
    assert.deepEqual(problems, [], 'no console error or warning');
    await context.close();
  });
}

test('the framed widget posts its height in Datawrapper, pym.js and AMP formats', async () => {
  const { page, context } = await openPage(browser, { viewport: { width: 900, height: 900 } });
  await context.addInitScript(() => {
    window.heightMessages = [];
    window.addEventListener('message', (event) => window.heightMessages.push(event.data));
  });
  await page.goto(`${server.url}demo/`);
  await page.waitForFunction(() => {
    const m = window.heightMessages;
    return m.some((d) => d?.['datawrapper-height']?.['qsh-frame'] > 0)
      && m.some((d) => typeof d === 'string' && /^pymxPYMxqsh-framexPYMxheightxPYMx\d+$/.test(d))
      && m.some((d) => d?.sentinel === 'amp' && d.type === 'embed-size' && d.height > 0);
  }, null, { timeout: 20000 });
  await context.close();
});

test('an invalid option shows a notice, warns, and renders with the default', async () => {
  const { page, context, problems } = await openPage(browser, { viewport: { width: 1000, height: 900 } });
  const dialogs = [];
  page.on('dialog', (dialog) => { dialogs.push(dialog.message()); dialog.dismiss(); });
  const hostile = encodeURIComponent('<img src=x onerror=alert(1)>');
  await page.goto(`${server.url}?lang=fr&theme=${hostile}&sections=industry,sport`);
  await waitForCharts(page);
  const notices = await page.locator('.qsh-notice p').allTextContents();
  assert.equal(notices.length, 3, notices.join('\n'));
  assert.match(notices[0], /lang.*fr.*zh, en/);
  assert.match(notices[1], /<img src=x onerror=alert\(1\)>/, 'the value is shown as text');
  assert.match(notices[2], /sections/);
  assert.equal(await page.locator('.qsh img').count(), 0, 'no element was made from the value');
  assert.equal(await page.locator('.qsh').getAttribute('lang'), 'zh-CN', 'the default language');
  assert.deepEqual(await page.evaluate(() => qshAll('[data-section]').map((s) => s.dataset.section)), ['industry']);
  assert.equal(problems.filter((p) => p.startsWith('warning: qingshanhu-infographic: ignored')).length, 3);
  assert.deepEqual(problems.filter((p) => !p.startsWith('warning: qingshanhu-infographic: ignored')), []);
  assert.deepEqual(dialogs, [], 'nothing was executed');
  await context.close();
});

test('dist/standalone.html works from file:// with every chart drawn', async () => {
  const { page: served, context: servedContext } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  await served.goto(server.url);
  await waitForCharts(served);
  const expected = await served.evaluate(() => qshAll('canvas.qsh-chart__canvas').length);
  await servedContext.close();

  const { page, context, problems } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(pathToFileURL(join(DIST, 'standalone.html')).href);
  await waitForCharts(page);
  const drawn = await page.evaluate(() => qshAll('canvas[data-drawn-figures]').length);
  assert.equal(drawn, expected, 'every chart is drawn');
  assert.deepEqual(requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:')), [], 'nothing fetched from a server');
  assert.deepEqual(problems, []);
  await context.close();
});
