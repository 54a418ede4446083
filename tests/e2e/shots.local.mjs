// Ad-hoc screenshots (not a test): node shots.local.mjs [dist] [out]
import { serve, launch } from './harness.mjs';
const dist = process.argv[2] ?? '/work/main/dist';
const out = process.argv[3] ?? '/tmp/shots';
const server = await serve(dist);
const browser = await launch();
for (const lang of ['zh', 'en']) for (const width of [375, 1280]) for (const scheme of ['light', 'dark']) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') console.log('console error', m.text()); });
  await page.goto(`${server.url}index.html?lang=${lang}`);
  await page.waitForFunction(() => {
    const all = [...document.querySelectorAll('canvas'), ...[...document.querySelectorAll('[data-qingshanhu-infographic]')].flatMap(h => h.shadowRoot ? [...h.shadowRoot.querySelectorAll('canvas')] : [])];
    return all.length > 0 && all.every(c => c.hasAttribute('data-drawn-figures'));
  }, null, { timeout: 20000 });
  await page.screenshot({ path: `${out}/${lang}-${width}-${scheme}.png`, fullPage: true });
  await context.close();
}
await browser.close();
await server.close();
