// A news article around the widget, for the loader's tests (lazy.test.mjs): its text, and a
// host page with its own styles that loads the bundle (served under BUNDLE/) as a CMS does.

/** The dist folder's name beside the host pages: the URLs of a host that publishes it there. */
export const BUNDLE = 'report';

/** Paragraphs of a news article, about `count` × 150 px tall at 1280 px. */
export const articleText = (count, from = 0) => Array.from({ length: count }, (_, i) =>
  `<p>Paragraph ${from + i + 1}. The district's economy grew through the year as new factories opened along the ring road, `
  + 'the high-speed station began service, and the old industrial parks were rebuilt to hold more firms on the same land. '
  + 'Officials said retail sales and investment both rose, while air quality improved for a third year in a row; '
  + 'the figures below come from the district\'s own report, and each is drawn with its unit, its period and its status.</p>').join('\n');

/** A host page: its own styles, the article, and where `body` says the widget goes. */
export const hostPage = (title, body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><link rel="icon" href="data:,">
<style>body { margin: 0; font: 18px/1.6 Georgia, serif; } main { max-width: 720px; margin: 0 auto; padding: 16px; }</style>
<script type="module" src="${BUNDLE}/embed.js"></script>
</head><body><main><h1>${title}</h1>
${body}
</main></body></html>`;
