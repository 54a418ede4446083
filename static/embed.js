// Starts the report's infographic in every <div data-report-infographic> of the page that names
// this report (or none),
// now and whenever one is added. The widget's own page (index.html) loads it, and so does a
// host page with <script type="module" src=".../embed.js"></script>: no inline script, so a
// strict Content-Security-Policy allows it. The module's main() finds style.css beside this file.
//
// The wasm is fetched first and the glue imported while it downloads: the two load side by
// side on any page, with no preload (WebKit fetches a preloaded wasm a second time).
// (scripts/post-build.mjs turns this file into standalone.html's inline loader: keep these
// two loading lines as they are.)
const wasmSource = fetch(new URL('report-infographic_bg.wasm', import.meta.url));

// A panic stops the module for good: the release build aborts at once (a WebAssembly trap,
// without running any Rust after it), other builds after logging the panic. So the failure
// panel is drawn here, by the loader: in every mounted widget the frozen app is hidden, the
// host's content (the static first paint, or the host's own fallback) comes back, and a short
// notice says what happened. The host page keeps working.
// The report this bundle holds (scripts/post-build.mjs writes its slug here): a page may hold
// two reports' widgets, and a panel shows only in this one's.
const REPORT_SLUG = '%REPORT_SLUG%';
const showFailure = () => {
  for (const host of document.querySelectorAll(`[data-report-mounted="${REPORT_SLUG}"]`)) {
    const shadow = host.shadowRoot;
    if (!shadow || shadow.querySelector('.qsh-failure')) continue;
    const kept = shadow.querySelector('template[data-host-content]');
    if (kept) {
      host.append(kept.content);
      kept.remove();
    }
    shadow.querySelector('.qsh-host')?.setAttribute('hidden', '');
    shadow.querySelector('slot')?.removeAttribute('hidden');
    const notice = document.createElement('p');
    notice.className = 'qsh-failure';
    notice.setAttribute('role', 'alert');
    notice.textContent = '图表出错，已停止运行，请刷新页面重试。The graphic hit an error and stopped; reload the page to try again.';
    shadow.prepend(notice);
  }
};
const isTrap = (error) => typeof WebAssembly === 'object' && error instanceof WebAssembly.RuntimeError;
// Only this widget's traps, not those of another module on the host page: every call into its
// wasm goes through its glue, so the glue's URL is on the trap's stack (standalone.html has
// the glue inline: there it is the page's own URL).
const glueUrls = [new URL('report-infographic.js', import.meta.url).href, import.meta.url];
const isOurTrap = (error) => isTrap(error) && glueUrls.some((url) => String(error.stack).includes(url));
addEventListener('error', (event) => isOurTrap(event.error) && showFailure());
addEventListener('unhandledrejection', (event) => isOurTrap(event.reason) && showFailure());

try {
  const { default: init } = await import('./report-infographic.js');
  await init({ module_or_path: wasmSource });
} catch (error) {
  // Without WebAssembly the static first paint (or the host's fallback) stays as it is.
  console.error('report-infographic: could not start', error);
  if (isTrap(error)) showFailure();
}
