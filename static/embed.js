// Starts the Qingshanhu infographic in every <div data-qingshanhu-infographic> of the page,
// now and whenever one is added. The widget's own page (index.html) loads it, and so does a
// host page with <script type="module" src=".../embed.js"></script>: no inline script, so a
// strict Content-Security-Policy allows it. The module's main() finds style.css beside this file.
//
// The wasm is fetched first and the glue imported while it downloads: the two load side by
// side on any page, with no preload (WebKit fetches a preloaded wasm a second time).
const wasm = fetch(new URL('qingshanhu-infographic_bg.wasm', import.meta.url));

try {
  const { default: init } = await import('./qingshanhu-infographic.js');
  await init({ module_or_path: wasm });
} catch (error) {
  // The static first paint (or the host's fallback) inside each mount point stays readable.
  console.error('qingshanhu-infographic: could not start', error);
}
