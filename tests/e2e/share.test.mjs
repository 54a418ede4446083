// Share images and links: every page of the bundle (the whole page and each chart's, zh and en)
// names a 1200 × 630 PNG that the build wrote, in og:image with og:title, og:description and
// twitter:card; with PUBLIC_URL the URLs are absolute and canonical and hreflang links pair the
// languages. Reads the built files: no browser. The second test is the tags' own function.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { PNG } from 'pngjs';
import { reportManifest, DIST } from './harness.mjs';
import { publicUrlOf, socialTags } from '../../scripts/social-tags.mjs';

// make test builds without PUBLIC_URL, but a desk may set it (README).
const publicUrl = publicUrlOf(process.env.PUBLIC_URL);
const decode = (text) => text.replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&amp;', '&');
const metaOf = (html, key) => {
  const tag = html.match(new RegExp(`<meta (?:property|name)="?${key.replaceAll(':', '\\:')}"?[^>]*>`))?.[0];
  const content = tag?.match(/content="([^"]*)"/)?.[1];
  return content === undefined ? undefined : decode(content);
};

/** Every page of the bundle: its path under dist/, language, and the title its card has. */
async function pages() {
  const manifest = await reportManifest();
  return [
    { path: 'index.html', lang: 'zh', title: manifest.zh.title },
    { path: 'en/index.html', lang: 'en', title: manifest.en.title },
    ...manifest.cards.flatMap((card) => [
      { path: `charts/${card.id}.html`, lang: 'zh', title: card.zh },
      { path: `en/charts/${card.id}.html`, lang: 'en', title: card.en },
    ]),
  ];
}

test('every page names its own share image, a 1200 × 630 PNG written by the build, with its title and description', async () => {
  const seen = new Set();
  for (const { path, lang, title } of await pages()) {
    const html = await readFile(join(DIST, path), 'utf8');
    const image = metaOf(html, 'og:image');
    assert.ok(image, `${path}: og:image`);
    // A crawler resolves it against the page's own URL.
    const file = publicUrl
      ? image.slice(publicUrl.href.length)
      : posix.normalize(posix.join(posix.dirname(path), image));
    if (publicUrl) assert.ok(image.startsWith(publicUrl.href), `${path}: ${image} is under PUBLIC_URL`);
    assert.ok(!seen.has(file), `${path}: an image of its own (${file})`);
    seen.add(file);
    const png = PNG.sync.read(await readFile(join(DIST, file)));
    assert.deepEqual([png.width, png.height], [1200, 630], file);
    assert.deepEqual([metaOf(html, 'og:image:width'), metaOf(html, 'og:image:height')], ['1200', '630']);
    const pageTitle = decode(html.match(/<title>([^<]*)<\/title>/)[1]);
    assert.ok(pageTitle.includes(title), `${path}: the title names the page's card`);
    assert.equal(metaOf(html, 'og:title'), pageTitle, `${path}: og:title`);
    assert.equal(metaOf(html, 'og:description'), metaOf(html, 'description'), `${path}: og:description`);
    assert.ok(metaOf(html, 'description').trim().length > 0, `${path}: a description`);
    assert.equal(metaOf(html, 'twitter:card'), 'summary_large_image');
    assert.equal(metaOf(html, 'og:locale'), lang === 'zh' ? 'zh_CN' : 'en_GB');
    if (publicUrl) {
      const canonical = new URL(html.match(/<link rel="canonical" href="([^"]*)">/)?.[1]);
      assert.equal(canonical.href, new URL(path.replace(/index\.html$/, ''), publicUrl).href, `${path}: canonical`);
      assert.equal(html.match(/<link rel="alternate" hreflang="(zh-CN|en|x-default)"/g)?.length, 3, `${path}: hreflang links`);
    } else {
      assert.doesNotMatch(html, /rel="?(canonical|alternate)/, `${path}: no canonical without PUBLIC_URL`);
    }
  }
  // Pixels, not just a header: the card has its dark title text and its blue accent.
  const png = PNG.sync.read(await readFile(join(DIST, 'share/page.zh.png')));
  const at = (x, y) => Array.from(png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 3));
  assert.deepEqual(at(600, 4), [0, 114, 178], 'the accent band');
  const dark = Array.from({ length: 600 }, (_, x) => at(48 + x, 140)).filter(([r, g, b]) => r + g + b < 200).length;
  assert.ok(dark > 50, `the title is drawn in dark text (${dark} dark pixels on its line)`);
});

test('with PUBLIC_URL the share tags are absolute, and canonical and hreflang links pair the languages', () => {
  const publicUrl = publicUrlOf('https://news.example.com/graphics/qsh');
  assert.equal(publicUrl.href, 'https://news.example.com/graphics/qsh/');
  const tags = socialTags({
    lang: 'en',
    title: 'Title "quoted" & more',
    description: 'd',
    at: { zh: 'charts/police-incidents.html', en: 'en/charts/police-incidents.html' },
    image: 'share/charts/police-incidents.en.png',
    publicUrl,
  });
  assert.match(tags, /<meta property="og:image" content="https:\/\/news\.example\.com\/graphics\/qsh\/share\/charts\/police-incidents\.en\.png">/);
  assert.match(tags, /<link rel="canonical" href="https:\/\/news\.example\.com\/graphics\/qsh\/en\/charts\/police-incidents\.html">/);
  assert.match(tags, /<link rel="alternate" hreflang="zh-CN" href="https:\/\/news\.example\.com\/graphics\/qsh\/charts\/police-incidents\.html">/);
  assert.match(tags, /<link rel="alternate" hreflang="en" href="[^"]*\/en\/charts\/police-incidents\.html">/);
  assert.match(tags, /<meta property="og:url" content="[^"]*\/en\/charts\/police-incidents\.html">/);
  assert.match(tags, /content="Title &quot;quoted&quot; &amp; more"/);
  const relative = socialTags({ lang: 'en', title: 't', description: 'd', at: { zh: '', en: 'en/' }, image: 'share/page.en.png' });
  assert.match(relative, /og:image" content="\.\.\/share\/page\.en\.png"/);
  assert.doesNotMatch(relative, /canonical|hreflang|og:url/);
  assert.throws(() => publicUrlOf('ftp://example.com/'), /PUBLIC_URL must be an http\(s\) URL/);
  assert.throws(() => publicUrlOf('not a url'));
});
