// What a link to a page shows in a feed or a chat, and how search engines pair the languages:
// the tags scripts/post-build.mjs writes into each page's <head>. Pure, for tests/e2e/share.test.mjs.

export const attribute = (text) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/**
 * The description, Open Graph and Twitter tags of a page; with `publicUrl` (where dist/ is
 * published, PUBLIC_URL) also og:url, canonical and hreflang links, which need absolute URLs.
 * `at` is the page's path under dist/ per language ('' and 'en/' for the whole page), `image`
 * its share image's path under dist/.
 */
export function socialTags({ lang, title, description, at, image, publicUrl = null }) {
  // Relative to the page itself, as a crawler resolves it (the pages' <base> is the browser's).
  const up = '../'.repeat(at[lang].split('/').length - 1);
  const url = (path) => new URL(path, publicUrl).href;
  const tags = [
    `<meta name="description" content="${attribute(description)}">`,
    '<meta property="og:type" content="website">',
    `<meta property="og:locale" content="${lang === 'zh' ? 'zh_CN' : 'en_GB'}">`,
    `<meta property="og:title" content="${attribute(title)}">`,
    `<meta property="og:description" content="${attribute(description)}">`,
    `<meta property="og:image" content="${publicUrl ? url(image) : up + image}">`,
    '<meta property="og:image:width" content="1200">',
    '<meta property="og:image:height" content="630">',
    `<meta property="og:image:alt" content="${attribute(title)}">`,
    '<meta name="twitter:card" content="summary_large_image">',
  ];
  if (publicUrl) {
    tags.push(
      `<meta property="og:url" content="${url(at[lang])}">`,
      `<link rel="canonical" href="${url(at[lang])}">`,
      `<link rel="alternate" hreflang="zh-CN" href="${url(at.zh)}">`,
      `<link rel="alternate" hreflang="en" href="${url(at.en)}">`,
      `<link rel="alternate" hreflang="x-default" href="${url(at.zh)}">`,
    );
  }
  return tags.join('\n');
}

/** PUBLIC_URL as a URL ending in a slash, or null when it is not set; a bad one is an error. */
export function publicUrlOf(value) {
  if (!value) return null;
  const url = new URL(value.replace(/\/*$/, '/'));
  if (!['http:', 'https:'].includes(url.protocol)) throw new Error(`PUBLIC_URL must be an http(s) URL: ${value}`);
  return url;
}
