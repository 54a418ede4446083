// Starts the Qingshanhu infographic in every <div data-qingshanhu-infographic> of the page,
// now and whenever one is added. The widget's own page (index.html) loads it, and so does a
// host page with <script type="module" src=".../embed.js"></script>: no inline script, so a
// strict Content-Security-Policy allows it. The module's main() finds style.css beside this file.
import init from './qingshanhu-infographic.js';

try {
  await init({ module_or_path: new URL('qingshanhu-infographic_bg.wasm', import.meta.url) });
} catch (error) {
  // The static fallback inside each mount point stays readable.
  console.error('qingshanhu-infographic: could not start', error);
}
