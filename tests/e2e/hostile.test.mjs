// Hostile conditions, in headless Chromium only (each test's name says why): instances removed
// and added again, hostile option values, no WebAssembly, and a panic. None may blank the page
// or break the host.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, waitForCharts, wasmMemoryBytes, reportManifest, figures, FAULTS_DIST, CHROMIUM_SELECTED, chromiumOnly } from './harness.mjs';

let server;
let faultServer;
let browser;

before(async () => {
  if (!CHROMIUM_SELECTED) return;
  server = await serve();
  faultServer = await serve(FAULTS_DIST);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await faultServer?.close();
});

test('an instance removed from the page is destroyed, and mounts again when added back; memory stays flat (Chromium only: a wasm memory measurement)', chromiumOnly, async () => {
  const { page, context, problems } = await openPage(browser, { viewport: { width: 1000, height: 900 } });
  await page.goto(`${server.url}demo/`);
  await waitForCharts(page);
  const cycle = async () => {
    await page.evaluate(() => {
      const embed = document.querySelector('[data-id="qsh-en"]');
      window.removedEmbed = embed;
      window.removedFrom = embed.parentNode;
      window.removedBefore = embed.nextSibling;
      embed.remove();
    });
    // Destroyed: Yew removed what it rendered, and with it the observers and listeners.
    await page.waitForFunction(() => !window.removedEmbed.shadowRoot.querySelector('.qsh'));
    await page.evaluate(() => window.removedFrom.insertBefore(window.removedEmbed, window.removedBefore));
    await page.waitForFunction(() => {
      const shadow = document.querySelector('[data-id="qsh-en"]').shadowRoot;
      const canvases = [...shadow.querySelectorAll('canvas')];
      return canvases.length > 0 && !shadow.querySelector('[data-rendering]')
        && canvases.every((canvas) => canvas.hasAttribute('data-drawn-figures'));
    });
  };
  await cycle();
  const before = await wasmMemoryBytes(page);
  for (let i = 0; i < 10; i++) await cycle();
  const growth = (await wasmMemoryBytes(page)) - before;
  assert.ok(growth <= 128 * 1024, `ten add/remove cycles grew wasm memory by ${growth} bytes`);
  const instances = await page.evaluate(() => document.querySelectorAll('[data-report-infographic]').length);
  const rendered = await page.evaluate(() =>
    [...document.querySelectorAll('[data-report-infographic]')].filter((host) => host.shadowRoot.querySelectorAll('.qsh').length === 1).length);
  assert.equal(rendered, instances, 'every instance renders exactly once');
  assert.deepEqual(problems, []);
  await context.close();
});

test('hostile option values are shown back as text, never executed, never a blank widget (Chromium only: option parsing is the same wasm in every engine)', chromiumOnly, async () => {
  const { page, context, problems } = await openPage(browser, { viewport: { width: 900, height: 900 } });
  const dialogs = [];
  page.on('dialog', (dialog) => { dialogs.push(dialog.message()); dialog.dismiss(); });
  await page.goto(`${server.url}demo/`);
  await waitForCharts(page);
  const values = ['', 'unknown', 'x'.repeat(10 * 1024), '<img src=x onerror=alert(1)>', '"><script>alert(2)</script>'];
  // Two of the report's sections, one capitalised and one in capitals.
  const [first, second] = (await reportManifest()).sections.map((section) => section.id);
  const sections = `${first[0].toUpperCase()}${first.slice(1)},${(second ?? first).toUpperCase()}`;
  const mixedCase = { lang: 'EN', theme: 'Dark', sections, compact: 'TRUE', id: 'Qsh-Mixed_1' };
  const cases = await page.evaluate(({ values, mixedCase }) => {
    const made = [];
    for (const option of ['lang', 'theme', 'sections', 'compact', 'id']) {
      for (const value of [...values, mixedCase[option]]) {
        const div = document.createElement('div');
        div.setAttribute('data-report-infographic', '');
        if (option !== 'compact') div.setAttribute('data-compact', 'true');
        div.setAttribute(`data-${option}`, value);
        div.className = 'hostile-case';
        document.body.append(div);
        made.push({ option, value: value.length > 40 ? `${value.slice(0, 10)}… (${value.length})` : value });
      }
    }
    return made;
  }, { values, mixedCase });
  await page.waitForFunction((count) =>
    [...document.querySelectorAll('.hostile-case')].filter((host) => host.shadowRoot?.querySelector('.qsh-header')).length === count, cases.length);
  const results = await page.evaluate(() => [...document.querySelectorAll('.hostile-case')].map((host) => ({
    notices: [...host.shadowRoot.querySelectorAll('.qsh-notice p')].map((p) => p.textContent),
    title: host.shadowRoot.querySelector('.qsh-title').textContent,
    injected: host.shadowRoot.querySelectorAll('img, script').length,
    lang: host.shadowRoot.querySelector('.qsh').getAttribute('lang'),
  })));
  results.forEach((result, index) => {
    const { option, value } = cases[index];
    const label = `${option}=${JSON.stringify(value)}`;
    assert.ok(result.title.length > 0, `${label}: the widget rendered`);
    assert.equal(result.injected, 0, `${label}: nothing was made from the value`);
    // Valid: the mixed-case spellings, a bare (empty) compact or sections, and "unknown" as an id.
    const valid = value === mixedCase[option]
      || (value === '' && (option === 'compact' || option === 'sections'))
      || (value === 'unknown' && option === 'id');
    assert.equal(result.notices.length, valid ? 0 : 1, `${label}: ${result.notices.join(' | ')}`);
    if (!valid) {
      assert.match(result.notices[0], new RegExp(option), `${label}: the notice names the option`);
      if (value.startsWith('<img')) assert.ok(result.notices[0].includes('<img src=x onerror=alert(1)>'), 'shown as text');
      assert.ok(result.notices[0].length < 400, `${label}: a long value is shortened`);
    }
  });
  assert.equal(results.find((_, i) => cases[i].option === 'lang' && cases[i].value === 'EN').lang, 'en', 'mixed case accepted');
  assert.deepEqual(dialogs, [], 'no script ran');
  assert.deepEqual(problems.filter((p) => !p.startsWith('warning: report-infographic: ignored')), []);
  await context.close();
});

test('without WebAssembly the static first paint stays, whole (Chromium only: needs an init script that runs before the page, which WebKitWebDriver cannot add)', chromiumOnly, async () => {
  const { page, context, problems } = await openPage(browser, { viewport: { width: 800, height: 900 } });
  await context.addInitScript(() => { delete globalThis.WebAssembly; });
  const logged = page.waitForEvent('console', (message) => message.text().includes('could not start'));
  await page.goto(server.url);
  await logged;
  const fallback = await page.evaluate(() => {
    const section = document.querySelector('.qsh--static');
    return { height: section.getBoundingClientRect().height, text: section.textContent, shadow: !!document.querySelector('[data-report-infographic]').shadowRoot };
  });
  assert.ok(fallback.height > 1000, 'the whole first paint is shown');
  // Every figure's value, as the first paint prints it (whitespace aside).
  const text = fallback.text.replace(/\s+/g, '');
  const missing = [...(await figures()).values()].filter((figure) => !text.includes(figure.value_zh.replace(/\s+/g, '')));
  assert.deepEqual(missing.map((figure) => `${figure.id} ${figure.value_zh}`), [], 'figures missing from the first paint');
  assert.equal(fallback.shadow, false, 'nothing replaced it');
  assert.ok(problems.some((p) => p.includes('could not start')), `the failure is logged: ${problems.join(' | ')}`);
  await context.close();
});

test('a panic shows a short error panel with the fallback, and the host page keeps working (Chromium only: the fault-injection build)', chromiumOnly, async () => {
  const { page, context, problems } = await openPage(browser, { viewport: { width: 900, height: 900 } });
  await page.goto(`${faultServer.url}?fault=panic`);
  await waitForCharts(page, 60000);
  await page.waitForSelector('.qsh-failure', { timeout: 20000 });
  const state = await page.evaluate(() => {
    const shadow = document.querySelector('[data-report-infographic]').shadowRoot;
    return {
      notice: shadow.querySelector('.qsh-failure').textContent,
      role: shadow.querySelector('.qsh-failure').getAttribute('role'),
      appHidden: shadow.querySelector('.qsh-host').hidden,
      fallbackHeight: document.querySelector('.qsh--static').getBoundingClientRect().height,
    };
  });
  assert.match(state.notice, /reload the page/);
  assert.equal(state.role, 'alert');
  assert.equal(state.appHidden, true, 'the frozen widget is hidden');
  assert.ok(state.fallbackHeight > 1000, 'the static first paint is shown instead');
  // The release build aborts at the panic: what reaches the console is the trap.
  assert.ok(problems.some((p) => /RuntimeError|unreachable/.test(p)), `the failure is logged: ${problems.join(' | ')}`);
  // The host page's own scripts and DOM still work.
  const hostWorks = await page.evaluate(() => {
    const marker = document.createElement('p');
    marker.id = 'host-marker';
    document.body.append(marker);
    return document.getElementById('host-marker') !== null;
  });
  assert.ok(hostWorks);
  await context.close();
});

test("a trap in another WebAssembly module of the host page leaves the widget alone (Chromium only: the loader's code is the same in every engine)", chromiumOnly, async () => {
  const { page, context } = await openPage(browser, { viewport: { width: 900, height: 900 } });
  await page.goto(server.url);
  await waitForCharts(page);
  const panels = await page.evaluate(() => new Promise((done) => {
    // (func (export "f") unreachable): the host page's own module, trapping in a timer.
    const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 7, 5, 1, 1, 102, 0, 0, 10, 5, 1, 3, 0, 0, 11]);
    const { exports } = new WebAssembly.Instance(new WebAssembly.Module(bytes));
    // The loader's listener was added first, so it has seen the error when this one runs.
    addEventListener('error', (event) => done({ trap: event.error instanceof WebAssembly.RuntimeError, panels: qshAll('.qsh-failure').length }), { once: true });
    setTimeout(() => exports.f());
  }));
  assert.deepEqual(panels, { trap: true, panels: 0 }, 'no failure panel for a trap that is not the widget\'s');
  assert.equal(await page.evaluate(() => qshAll('.qsh-host[hidden]').length), 0, 'the widget still shows');
  await context.close();
});
