// The three engines readers use, behind one page API, so that each reader-facing test is
// written once and run in each:
// - Chromium: playwright-core, /usr/bin/chromium (CHROMIUM);
// - Firefox: puppeteer-core over WebDriver BiDi, /usr/bin/firefox-esr (FIREFOX);
// - WebKit: WebKitGTK's MiniBrowser (Safari's engine) through WebKitWebDriver over classic W3C
//   WebDriver (selenium-webdriver), in an Xvfb display of its own (WEBKIT_DRIVER, WEBKIT_BROWSER).
// E2E_ENGINES=chromium,webkit limits the run to some engines (all three by default).
//
// Every page is fresh (a new browser context, or a new WebDriver session with an ephemeral
// profile), reaches nothing but 127.0.0.1, and gets the probe (probe.js) from the test server,
// which is where WebKit's console errors come from: classic WebDriver reports none.
//
// page.evaluate(fn, ...args) runs `fn`'s source in the page (so it cannot use variables of the
// test: pass them as JSON arguments) and returns its (awaited) JSON result.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { PNG } from 'pngjs';
import { Builder, By, Key } from 'selenium-webdriver';
import { CHROMIUM_ARGS } from './harness.mjs';

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** The source of a call of `fn` with JSON arguments, as an expression. */
const call = (fn, args) => `(${fn})(...${JSON.stringify(args)})`;

function locateInPage(find, args, offset) {
  const element = find(...args);
  if (!element) return null;
  element.scrollIntoView({ block: 'center', inline: 'nearest' });
  const rect = element.getBoundingClientRect();
  return offset
    ? { x: rect.left + offset.x, y: rect.top + offset.y }
    : { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}

/**
 * The engine's own console errors and uncaught exceptions (`seen`), and the error events that
 * the probe saw in the page's documents but the engine did not log (a ResizeObserver loop
 * notice is an error event at the window that Chromium and Firefox keep out of the console,
 * and that a news site's error monitoring reports all the same).
 */
async function withProbeErrors(page, seen) {
  const events = await page.evaluate(() => {
    const all = [];
    const visit = (win) => {
      try {
        all.push(...(win.__e2e?.problems ?? []).filter((problem) => problem.startsWith('pageerror: ')));
      } catch {
        return; // another origin
      }
      for (let i = 0; i < win.frames.length; i++) visit(win.frames[i]);
    };
    visit(window);
    return all;
  }).catch(() => []);
  const unlogged = events.filter((event) => !seen.includes(event));
  return [...seen, ...unlogged];
}

class Page {
  /** @param {string} engine */
  constructor(engine, width, height) {
    this.engine = engine;
    this.viewport = { width, height };
  }

  /** Polls `fn` in the page until it returns a truthy value, which it returns. */
  async waitFor(fn, args = [], { timeout = 15000, interval = 50, what = String(fn).slice(0, 160) } = {}) {
    const deadline = Date.now() + timeout;
    let last;
    for (;;) {
      try {
        last = await this.evaluate(fn, ...args);
        if (last) return last;
      } catch (error) {
        // A page between two documents (a navigation, a reload) cannot run scripts for a moment.
        last = error;
      }
      if (Date.now() > deadline) throw new Error(`${this.engine}: still not true after ${timeout} ms: ${what} (last: ${last?.message ?? JSON.stringify(last)})`);
      await sleep(interval);
    }
  }

  /**
   * Scrolls the element that `find` returns into view and gives the viewport point at `offset`
   * (CSS px from its top-left corner; its centre without one).
   */
  async locate(find, args = [], offset = null) {
    // `find` is called in the page by its source, not through eval, which a strict CSP forbids.
    const point = await this.run(`(${locateInPage})(${find}, ${JSON.stringify(args)}, ${JSON.stringify(offset)})`);
    if (!point) throw new Error(`${this.engine}: no element for ${find}`);
    return point;
  }

  /** Runs `fn` (its source) in the page with JSON arguments; returns its awaited JSON result. */
  evaluate(fn, ...args) {
    return this.run(call(fn, args));
  }

  /**
   * Where the element that `find` returns stands once it has stopped moving (as Playwright's
   * "stable" check): a redraw still under way when the test acts may move it after `locate`.
   */
  async settledPoint(find, args, offset) {
    let point = await this.locate(find, args, offset);
    for (let i = 0; i < 20; i++) {
      await new Promise((done) => setTimeout(done, 50));
      const again = await this.locate(find, args, offset);
      if (again.x === point.x && again.y === point.y) break;
      point = again;
    }
    return point;
  }

  /** A mouse click on the element that `find` returns (see `locate`), once it stands still. */
  async click(find, args = [], offset = null) {
    const { x, y } = await this.settledPoint(find, args, offset);
    await this.clickAt(x, y);
  }

  /** A touch tap on the element that `find` returns, once it stands still; only where `touch` is true. */
  async tap(find, args = [], offset = null) {
    const { x, y } = await this.settledPoint(find, args, offset);
    await this.tapAt(x, y);
  }
}

// ---------------------------------------------------------------------------------------------
// Chromium: playwright-core.

class ChromiumPage extends Page {
  constructor(context, page, width, height) {
    super('chromium', width, height);
    this.context = context;
    this.page = page;
    this.seen = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') this.seen.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => this.seen.push(`pageerror: ${error.message}`));
  }

  goto(url) { return this.page.goto(url); }
  run(expression) { return this.page.evaluate(expression); }
  clickAt(x, y) { return this.page.mouse.click(x, y); }
  tapAt(x, y) { return this.page.touchscreen.tap(x, y); }
  press(key) { return this.page.keyboard.press(key); }
  async setViewport(width, height) {
    this.viewport = { width, height };
    await this.page.setViewportSize({ width, height });
  }
  async screenshot(path) { await this.page.screenshot({ path, fullPage: true }); }
  problems() { return withProbeErrors(this, this.seen); }
  close() { return this.context.close(); }
}

async function launchChromium() {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  return {
    version: browser.version(),
    async newPage({ width = 1280, height = 900, touch = false } = {}) {
      const context = await browser.newContext({ viewport: { width, height }, hasTouch: touch });
      return new ChromiumPage(context, await context.newPage(), width, height);
    },
    close: () => browser.close(),
  };
}

// ---------------------------------------------------------------------------------------------
// Firefox: puppeteer-core over WebDriver BiDi.

class FirefoxPage extends Page {
  constructor(context, page, width, height) {
    super('firefox', width, height);
    this.context = context;
    this.page = page;
    this.seen = [];
    page.on('console', (message) => {
      const type = message.type() === 'warn' ? 'warning' : message.type();
      if (type === 'error' || type === 'warning') this.seen.push(`${type}: ${message.text()}`);
    });
    page.on('pageerror', (error) => this.seen.push(`pageerror: ${error.message}`));
  }

  goto(url) { return this.page.goto(url); }
  run(expression) { return this.page.evaluate(expression); }
  clickAt(x, y) { return this.page.mouse.click(x, y); }
  tapAt(x, y) { return this.page.touchscreen.tap(x, y); }
  press(key) { return this.page.keyboard.press(key); }
  async setViewport(width, height) {
    this.viewport = { width, height };
    await this.page.setViewport({ width, height });
  }
  async screenshot(path) { await this.page.screenshot({ path, fullPage: true }); }
  problems() { return withProbeErrors(this, this.seen); }
  close() { return this.context.close(); }
}

// Everything but 127.0.0.1 goes to a proxy that is not there; no update, telemetry or
// connectivity checks.
const FIREFOX_PREFS = {
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.no_proxies_on': '127.0.0.1,localhost',
  'network.proxy.allow_hijacking_localhost': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'app.update.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'toolkit.telemetry.enabled': false,
};

async function launchFirefox() {
  // A fresh profile for the browser (puppeteer makes one); a fresh browser context per page.
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
    headless: true,
    extraPrefsFirefox: FIREFOX_PREFS,
  });
  return {
    version: await browser.version(),
    async newPage({ width = 1280, height = 900 } = {}) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width, height });
      return new FirefoxPage(context, page, width, height);
    },
    close: () => browser.close(),
  };
}

// ---------------------------------------------------------------------------------------------
// WebKit: WebKitGTK's MiniBrowser through WebKitWebDriver (selenium-webdriver), under Xvfb.

/** MiniBrowser's window cannot be narrower than about 450 px: narrower viewports are iframes. */
export const WEBKIT_MIN_WIDTH = 480;
/** The tallest window a WebKit screenshot is taken of (one of 19,000 px came out black). */
const SLICE = 8000;

const WEBDRIVER_KEYS = {
  Tab: Key.TAB,
  Enter: Key.ENTER,
  Escape: Key.ESCAPE,
  Home: Key.HOME,
  End: Key.END,
  ArrowLeft: Key.ARROW_LEFT,
  ArrowRight: Key.ARROW_RIGHT,
  ArrowUp: Key.ARROW_UP,
  ArrowDown: Key.ARROW_DOWN,
};

function miniBrowser() {
  if (process.env.WEBKIT_BROWSER) return process.env.WEBKIT_BROWSER;
  const found = readdirSync('/usr/lib')
    .map((dir) => `/usr/lib/${dir}/webkit2gtk-4.1/MiniBrowser`)
    .find((path) => existsSync(path));
  if (!found) throw new Error('MiniBrowser not found: install webkit2gtk-driver (it brings libwebkit2gtk-4.1-0)');
  return found;
}

class WebKitPage extends Page {
  constructor(driver, width, height, chrome) {
    super('webkit', width, height);
    this.driver = driver;
    /** The height of the window's own bar above the viewport. */
    this.chrome = chrome;
    /** Whether the page under test is in the frame page's iframe (a viewport under WEBKIT_MIN_WIDTH). */
    this.framed = false;
    this.seen = [];
  }

  async enterFrame() {
    if (this.framed) await this.driver.switchTo().frame(0);
  }

  /** Runs a script in the top-level document, even when the page under test is framed. */
  async top(fn, ...args) {
    if (this.framed) await this.driver.switchTo().defaultContent();
    try {
      return await this.driver.executeScript(`return ${call(fn, args)}`);
    } finally {
      await this.enterFrame();
    }
  }

  /** Sizes the window's viewport (at least WEBKIT_MIN_WIDTH wide) and waits until it has that size. */
  async resizeWindow(width, height) {
    const wide = Math.max(width, WEBKIT_MIN_WIDTH);
    await this.driver.manage().window().setRect({ width: wide, height: height + this.chrome });
    // The X server, which has no window manager, applies the new size a moment later.
    const deadline = Date.now() + 5000;
    for (;;) {
      const [w, h] = await this.top(() => [innerWidth, innerHeight]);
      if (w === wide && h === height) return;
      if (Date.now() > deadline) throw new Error(`webkit: the window's viewport is ${w}×${h}, not ${wide}×${height}`);
      await sleep(20);
    }
  }

  /** Gathers the probe's new problems from every same-origin document of the window. */
  async harvest() {
    const found = await this.top(() => {
      const all = [];
      const visit = (win) => {
        try {
          const e2e = win.__e2e;
          if (e2e) {
            all.push(...e2e.problems.slice(e2e.harvested));
            e2e.harvested = e2e.problems.length;
          }
        } catch {
          return; // another origin
        }
        for (let i = 0; i < win.frames.length; i++) visit(win.frames[i]);
      };
      visit(window);
      return all;
    }).catch(() => []);
    this.seen.push(...found);
  }

  async goto(url) {
    await this.harvest();
    const { width, height } = this.viewport;
    this.framed = width < WEBKIT_MIN_WIDTH;
    if (this.framed) {
      const origin = new URL(url).origin;
      if (!origin.startsWith('http')) throw new Error(`webkit: a ${width}px viewport is an iframe, which a ${url} cannot be in`);
      await this.driver.get(`${origin}/__e2e__/frame.html?w=${width}&h=${height}&src=${encodeURIComponent(url)}`);
      await this.driver.switchTo().frame(0);
    } else {
      await this.driver.get(url);
    }
  }

  run(expression) { return this.driver.executeScript(`return ${expression}`); }

  // The frame page's iframe is at the window's top-left corner: its viewport coordinates are
  // the window's.
  clickAt(x, y) {
    return this.driver.actions().move({ x: Math.round(x), y: Math.round(y), origin: 'viewport' }).press().release().perform();
  }

  async tapAt() {
    throw new Error('webkit: WebKitWebDriver sends touch actions as mouse events: no touch');
  }

  press(key) {
    const code = WEBDRIVER_KEYS[key] ?? key;
    return this.driver.actions().keyDown(code).keyUp(code).perform();
  }

  async setViewport(width, height) {
    this.viewport = { width, height };
    if (this.framed) {
      await this.top((width, height) => {
        const frame = document.getElementById('e2e-frame');
        frame.width = width;
        frame.height = height;
      }, width, height);
    } else if (width < WEBKIT_MIN_WIDTH) {
      throw new Error(`webkit: a ${width}px viewport must be asked for before goto (it is an iframe)`);
    }
    await this.resizeWindow(width, height);
    if (this.framed) {
      await this.waitFor((width, height) => innerWidth === width && innerHeight === height, [width, height], {
        timeout: 5000,
        what: `a ${width}×${height} frame`,
      });
    }
  }

  /**
   * The whole page. WebDriver's screenshots are of the viewport, so the window (and the frame)
   * grows to the page's height, in slices of at most SLICE px (a taller window comes out black),
   * each scrolled into view, and the slices are stitched together.
   */
  async screenshot(path) {
    const { width, height } = this.viewport;
    const full = await this.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    const slice = Math.min(Math.max(full, height), SLICE);
    const setFrameHeight = (h) => this.top((h) => { document.getElementById('e2e-frame').height = h; }, h);
    if (this.framed) await setFrameHeight(slice);
    await this.resizeWindow(width, slice);
    const image = new PNG({ width, height: full });
    try {
      for (let y = 0; y < full; y += slice) {
        const top = await this.evaluate((y) => {
          window.scrollTo(0, y);
          return Math.round(window.scrollY);
        }, y);
        let png;
        if (this.framed) {
          await this.driver.switchTo().defaultContent();
          png = await this.driver.findElement(By.id('e2e-frame')).takeScreenshot();
          await this.driver.switchTo().frame(0);
        } else {
          png = await this.driver.takeScreenshot();
        }
        const part = PNG.sync.read(Buffer.from(png, 'base64'));
        // The last slice is scrolled only as far as the page goes: take its rows from `y` on.
        const rows = Math.min(slice, full - y, part.height - (y - top));
        PNG.bitblt(part, image, 0, y - top, Math.min(width, part.width), rows, 0, y);
      }
    } finally {
      await this.evaluate(() => window.scrollTo(0, 0));
      if (this.framed) await setFrameHeight(height);
      await this.resizeWindow(width, height);
    }
    await writeFile(path, PNG.sync.write(image));
  }

  async problems() {
    await this.harvest();
    return [...this.seen];
  }

  close() { return this.driver.quit(); }
}

/** A free TCP port on 127.0.0.1. */
async function freePort() {
  const server = createServer();
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return port;
}

/** Starts Xvfb on a free display number; resolves to [process, ':N']. */
async function startXvfb() {
  // Its Unix socket and lock file stay: they are how the next Xvfb finds a display number free.
  // Room for the connections of browsers still closing while the next one opens.
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp', '-maxclients', '512'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let log = '';
  xvfb.stderr.on('data', (chunk) => { log += chunk; });
  xvfb.log = () => log;
  const display = await new Promise((ok, fail) => {
    xvfb.stdio[3].once('data', (data) => ok(`:${String(data).trim()}`));
    xvfb.once('exit', (code) => fail(new Error(`Xvfb exited (${code}): ${log}`)));
    xvfb.once('error', fail);
  });
  return [xvfb, display];
}

async function launchWebKit() {
  const [xvfb, display] = await startXvfb();
  let driver = null;
  let server = '';
  const startDriver = async () => {
    const port = await freePort();
    driver = spawn(process.env.WEBKIT_DRIVER ?? 'WebKitWebDriver', [`--port=${port}`, '--host=local'], {
      env: { ...process.env, DISPLAY: display },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    server = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 10000;
    for (;;) {
      try {
        if ((await fetch(`${server}/status`)).ok) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline || driver.exitCode !== null) throw new Error('WebKitWebDriver did not start');
      await sleep(50);
    }
  };
  const stop = () => {
    driver?.kill();
    xvfb.kill();
    process.off('exit', stop);
  };
  // At the end of a test file the display and the driver are gone before the next file starts.
  const exited = (child) => new Promise((ok) => (child.exitCode !== null || child.signalCode !== null ? ok() : child.once('exit', ok)));
  const stopAndWait = async () => {
    const gone = Promise.all([exited(driver), exited(xvfb)]);
    stop();
    await Promise.race([gone, sleep(5000)]);
  };
  // Also when the test process ends early (an uncaught error): no driver or display left behind.
  process.on('exit', stop);
  try {
    await startDriver();
  } catch (error) {
    stop();
    throw error;
  }
  const capabilities = {
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': {
      binary: miniBrowser(),
      // --automation: an ephemeral profile. Everything but 127.0.0.1 goes to a proxy that is not there.
      args: ['--automation', '--proxy=http://127.0.0.1:9', '--ignore-host=127.0.0.1'],
    },
  };
  let open = null;
  let version = '';
  return {
    get version() { return version; },
    async newPage({ width = 1280, height = 900 } = {}) {
      // One session at a time (WebKitWebDriver's rule): a page left open by a failed test goes.
      await open?.close().catch(() => {});
      // A MiniBrowser that cannot start leaves the new-session request unanswered.
      const newSession = (seconds) => {
        let timer;
        return Promise.race([
          new Builder().usingServer(server).withCapabilities(capabilities).build(),
          new Promise((_, fail) => {
            timer = setTimeout(() => {
              const xvfbState = xvfb.exitCode === null ? 'running' : `exited ${xvfb.exitCode}: ${xvfb.log().slice(-500)}`;
              fail(new Error(`webkit: no WebDriver session after ${seconds} s (display ${display}, Xvfb ${xvfbState})`));
            }, seconds * 1000);
          }),
        ]).finally(() => clearTimeout(timer));
      };
      let session;
      try {
        session = await newSession(20);
      } catch (error) {
        // Now and then (in two runs of the WebKit suite out of five here, one session each)
        // MiniBrowser cannot open the Xvfb display that served the session before, and
        // WebKitWebDriver waits for it forever: the driver starts again, once, and says so.
        console.error(`${error.message}: starting WebKitWebDriver again`);
        driver.kill();
        await startDriver();
        session = await newSession(60);
      }
      version = (await session.getCapabilities()).get('browserVersion');
      await session.manage().setTimeouts({ script: 30000, pageLoad: 30000 });
      const chrome = await session.executeScript('return outerHeight - innerHeight');
      const page = new WebKitPage(session, width, height, chrome);
      const close = page.close.bind(page);
      page.close = async () => {
        if (open === page) open = null;
        await close();
      };
      open = page;
      if (width >= WEBKIT_MIN_WIDTH) await page.setViewport(width, height);
      else await page.resizeWindow(width, height);
      return page;
    },
    async close() {
      await open?.close().catch(() => {});
      await stopAndWait();
    },
  };
}

// ---------------------------------------------------------------------------------------------

/**
 * `touch`: the engine's driver can send a real touch tap (WebKitWebDriver sends touch actions
 * as mouse events, so WebKit's tests click instead).
 */
export const ALL_ENGINES = [
  { name: 'chromium', touch: true, launch: launchChromium },
  { name: 'firefox', touch: true, launch: launchFirefox },
  { name: 'webkit', touch: false, launch: launchWebKit },
];

export const ENGINES = process.env.E2E_ENGINES
  ? ALL_ENGINES.filter((engine) => process.env.E2E_ENGINES.split(',').includes(engine.name))
  : ALL_ENGINES;

/** For a describe() block: launches the engine before its tests and closes it after them. */
export function useEngine(engine) {
  const shared = {};
  before(async () => {
    shared.browser = await engine.launch();
  });
  after(async () => {
    await shared.browser?.close();
  });
  return {
    newPage: (options) => shared.browser.newPage(options),
    get version() { return shared.browser?.version; },
  };
}

