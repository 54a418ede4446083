// Starts the report's infographic in every <div data-report-infographic> of the page that names
// this report (or none),
// now and whenever one is added. The widget's own page (index.html) loads it, and so does a
// host page with <script type="module" src=".../embed.js"></script>: no inline script, so a
// strict Content-Security-Policy allows it. The module's main() finds style.css beside this file.
//
// A lazy start: until a widget comes within about a viewport of the screen (or the reader
// focuses, presses or taps in one), the reader sees the host's content (the static first
// paint) and nothing more is fetched. Then the wasm is fetched first and the glue imported
// while it downloads: the two load side by side on any page, with no preload (WebKit fetches a
// preloaded wasm a second time). A widget in view at load starts at once, as before.
// (scripts/post-build.mjs turns this file into standalone.html's inline loader: it replaces
// the two loading lines in start() by their shapes, `const wasmSource = fetch(…);` and
// `const { default: init } = await import(…);`; keep them so.)

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

// Fetches the wasm, imports the glue and runs the module, once.
let started = false;
const start = async () => {
  if (started) return;
  started = true;
  stopWatching();
  const wasmSource = fetch(new URL('report-infographic_bg.wasm', import.meta.url));
  try {
    const { default: init } = await import('./report-infographic.js');
    await init({ module_or_path: wasmSource });
  } catch (error) {
    // Without WebAssembly the static first paint (or the host's fallback) stays as it is.
    console.error('report-infographic: could not start', error);
    if (isTrap(error)) showFailure();
  }
};

// The mount points of this report, as the module decides (src/embed/mod.rs, is_ours): the
// element names this report or none, and no other report's widget holds it.
const HOST = '[data-report-infographic]';
const namesUs = (host) => ['', REPORT_SLUG].includes(host.getAttribute('data-report-infographic'));
const isOurs = (host) => namesUs(host) && [null, REPORT_SLUG].includes(host.getAttribute('data-report-mounted'));

// Within about a viewport above or below the screen. An observed element is reported once
// at first (in the next frame), so a widget already in view starts at once. The screen is this
// document's own viewport, in an iframe too: the iframe embed's page starts (and posts its
// height) as soon as it loads, so the iframe has its height before the reader gets there (the
// iframe's loading="lazy" defers that load), and a host page shown in a scrolling iframe gets
// its viewport of margin. (Without a document as root, the top-level viewport, margin and all
// for a same-origin frame.)
const nearScreen = (() => {
  if (typeof IntersectionObserver !== 'function') return null;
  const onEntries = (entries) => {
    if (entries.some((entry) => entry.isIntersecting && isOurs(entry.target))) start();
  };
  try {
    return new IntersectionObserver(onEntries, { root: document, rootMargin: '100% 0px' });
  } catch {
    return new IntersectionObserver(onEntries, { rootMargin: '100% 0px' });
  }
})();
const observe = (host) => namesUs(host) && nearScreen.observe(host);
// Mount points added later (the module follows the page's changes once started).
const added = typeof MutationObserver === 'function'
  ? new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        if (node.matches(HOST)) observe(node);
        for (const host of node.querySelectorAll(HOST)) observe(host);
      }
    }
  })
  : null;
// The reader reaching into a widget (the first paint's links, a tap, a key): start now.
const INTERACTIONS = ['focusin', 'pointerdown', 'keydown'];
const onInteraction = (event) => {
  const host = event.target instanceof Element ? event.target.closest(HOST) : null;
  if (host && isOurs(host)) start();
};
function stopWatching() {
  nearScreen?.disconnect();
  added?.disconnect();
  for (const type of INTERACTIONS) document.removeEventListener(type, onInteraction, true);
}

if (!nearScreen) {
  // No way to tell where the widget is: start as soon as the page loads it.
  start();
} else {
  for (const type of INTERACTIONS) document.addEventListener(type, onInteraction, { capture: true, passive: true });
  added?.observe(document, { childList: true, subtree: true });
  for (const host of document.querySelectorAll(HOST)) observe(host);
}
