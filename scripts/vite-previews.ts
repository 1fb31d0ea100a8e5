import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { formatFuzzyDate } from '../src/domain/date-format';
import { eventPagePath } from '../src/domain/entry-paths';
import { isApproximate } from '../src/domain/fuzzy-date';
import type { Corpus, KhattEvent, Lang } from '../src/domain/types';
import { IMAGE_HEIGHT, IMAGE_WIDTH, renderPreview, type PreviewCard } from './preview-image';
import {
  assertCspClean,
  baseFor,
  escapeHtml,
  localeStrings,
  readJson,
  type Strings,
} from './vite-noscript';

/**
 * Build-time plugin for link previews: after Vite has written dist/index.html, it writes one
 * static entry per event and language (`e/<id>/`, `en/e/<id>/`) — the same app page with its
 * asset paths made relative to the deeper folder, and Open Graph and Twitter card tags — plus a
 * preview image for each (`og/<id>.<lang>.png`), tags and an image for the home page, and
 * `sitemap.xml` and `robots.txt`. Scrapers ignore relative image addresses, so every tag is
 * absolute under the site's origin: KHATT_SITE_URL, or a placeholder that says it is one.
 */

export const PLACEHOLDER_SITE = 'https://khatt.example/';

/** The site's absolute root (ending in `/`), from KHATT_SITE_URL or the placeholder. */
export function siteRoot(value: string | undefined): string {
  const url = new URL(value?.trim() || PLACEHOLDER_SITE);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`khatt-previews: KHATT_SITE_URL must be an http(s) address, not ${value}`);
  }
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

const OG_LOCALE: Record<Lang, string> = { ar: 'ar_IQ', en: 'en_GB' };
const OTHER: Record<Lang, Lang> = { ar: 'en', en: 'ar' };
const BRAND = 'خط · Khatt';
const SHORT_BRAND: Record<Lang, string> = { ar: 'خط', en: 'Khatt' };

/** What one entry page says about itself. */
export interface PageMeta {
  lang: Lang;
  type: 'website' | 'article';
  title: string;
  /** The document title (the page tab). */
  documentTitle: string;
  description: string;
  url: string;
  image: string;
  imageAlt: string;
  /** The same page in each language, for hreflang. */
  alternates: Partial<Record<Lang, string>>;
}

/** The <head> tags of an entry: canonical, hreflang, Open Graph and Twitter card. */
export function headTags(meta: PageMeta): string {
  const property = (name: string, content: string) =>
    `<meta property="${name}" content="${escapeHtml(content)}" />`;
  const named = (name: string, content: string) =>
    `<meta name="${name}" content="${escapeHtml(content)}" />`;
  const tags = [
    `<link rel="canonical" href="${escapeHtml(meta.url)}" />`,
    ...Object.entries(meta.alternates).map(
      ([lang, href]) => `<link rel="alternate" hreflang="${lang}" href="${escapeHtml(href)}" />`,
    ),
    property('og:type', meta.type),
    property('og:site_name', BRAND),
    property('og:title', meta.title),
    property('og:description', meta.description),
    property('og:url', meta.url),
    property('og:image', meta.image),
    property('og:image:type', 'image/png'),
    property('og:image:width', String(IMAGE_WIDTH)),
    property('og:image:height', String(IMAGE_HEIGHT)),
    property('og:image:alt', meta.imageAlt),
    property('og:locale', OG_LOCALE[meta.lang]),
    property('og:locale:alternate', OG_LOCALE[OTHER[meta.lang]]),
    named('twitter:card', 'summary_large_image'),
    named('twitter:title', meta.title),
    named('twitter:description', meta.description),
    named('twitter:image', meta.image),
    named('twitter:image:alt', meta.imageAlt),
  ];
  return tags.map((tag) => `    ${tag}\n`).join('');
}

const DESCRIPTION = /<meta\s+name="description"[^>]*>\s*/;

/**
 * An entry page from the built index.html: its relative asset and link paths rebased for a page
 * `base` below the root, its language, title and description set, and the preview tags added.
 */
export function entryPage(
  template: string,
  meta: PageMeta,
  base: string,
  keepDescription = false,
): string {
  let html = template.replace(/(\s(?:src|href)=")\.\//g, `$1${base}`);
  html = html.replace(
    /<html[^>]*>/,
    `<html lang="${meta.lang}" dir="${meta.lang === 'ar' ? 'rtl' : 'ltr'}">`,
  );
  html = html.replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(meta.documentTitle)}</title>`);
  if (!keepDescription) {
    html = html.replace(
      DESCRIPTION,
      `<meta name="description" content="${escapeHtml(meta.description)}" />\n    `,
    );
  }
  return html.replace(/\s*<\/head>/, `\n${headTags(meta)}  </head>`);
}

/** The kind (and status, unless the event happened) as the preview's label says it. */
function kindLabel(event: KhattEvent, strings: Strings): string {
  const kind = strings.kinds[event.kind] ?? event.kind;
  return event.status === 'occurred' ? kind : `${kind} · ${strings.status[event.status] ?? ''}`;
}

/** The date as the app writes it, with "about" for an approximate one. */
function dateText(event: KhattEvent, lang: Lang, strings: Strings): string {
  const when = formatFuzzyDate(lang, event.date);
  return isApproximate(event.date) ? strings.approximate.replace('{{date}}', when) : when;
}

/** The <urlset> listing every page in both languages, each with its alternates. */
export function sitemapXml(pages: { url: string; alternates: Partial<Record<Lang, string>> }[]) {
  const entries = pages.map(({ url, alternates }) => {
    const links = Object.entries(alternates).map(
      ([lang, href]) =>
        `\n    <xhtml:link rel="alternate" hreflang="${lang}" href="${escapeHtml(href)}"/>`,
    );
    return `  <url>\n    <loc>${escapeHtml(url)}</loc>${links.join('')}\n  </url>\n`;
  });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" ' +
    'xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
    `${entries.join('')}</urlset>\n`
  );
}

/** robots.txt: everything may be crawled but the embed (a copy of the same content). */
export function robotsTxt(site: string): string {
  const path = new URL(site).pathname;
  return `User-agent: *\nAllow: ${path}\nDisallow: ${path}embed/\nSitemap: ${site}sitemap.xml\n`;
}

function write(file: string, content: string | Buffer): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}

/**
 * Renders a card, or takes it from the cache: drawing 97 cards takes seconds, and a card is a
 * pure function of its text and of the renderer (its source and the installed font packages).
 */
async function cachedPreview(cacheDir: string, card: PreviewCard): Promise<Buffer> {
  const renderer = readFileSync(fileURLToPath(new URL('./preview-image.ts', import.meta.url)));
  const fonts = ['@fontsource/noto-naskh-arabic', '@fontsource/noto-sans', '@napi-rs/canvas'].map(
    (pkg) => {
      const file = resolve(cacheDir, '../../', pkg, 'package.json');
      return existsSync(file)
        ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version
        : '';
    },
  );
  const key = createHash('sha256')
    .update(renderer)
    .update(JSON.stringify([fonts, card]))
    .digest('hex');
  const file = resolve(cacheDir, `${key}.png`);
  if (existsSync(file)) return readFileSync(file);
  const png = await renderPreview(card);
  write(file, png);
  return png;
}

/** The Vite plugin; runs once the bundle and index.html are written. */
export function linkPreviews(options: { corpus?: string; site?: string } = {}): Plugin {
  let root = process.cwd();
  return {
    name: 'khatt-previews',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    async writeBundle(output) {
      const dir = output.dir ?? resolve(root, 'dist');
      const site = siteRoot(options.site ?? process.env['KHATT_SITE_URL']);
      const corpus = readJson(resolve(root, options.corpus ?? 'public/data/corpus.json')) as Corpus;
      const strings = { ar: localeStrings(root, 'ar'), en: localeStrings(root, 'en') };
      const template = readFileSync(resolve(dir, 'index.html'), 'utf8');
      const host = new URL(site).host;
      const cacheDir = resolve(root, 'node_modules/.cache/khatt-previews');
      const images: Promise<void>[] = [];
      const image = (name: string, card: PreviewCard) => {
        images.push(
          cachedPreview(cacheDir, card).then((png) => write(resolve(dir, 'og', name), png)),
        );
        return `${site}og/${name}`;
      };
      const sitemap: { url: string; alternates: Partial<Record<Lang, string>> }[] = [];

      // The home entry: the whole timeline, in Arabic with English as the alternate.
      const years = corpus.events.map((e) => e.date.start.slice(0, 4)).sort();
      const span = `${years[0] ?? ''}–${years.at(-1) ?? ''}`;
      const home: PageMeta = {
        lang: 'ar',
        type: 'website',
        title: BRAND,
        documentTitle: BRAND,
        description: `${strings.ar.tagline} (${span}). ${strings.en.tagline}.`,
        url: site,
        image: image('home.png', {
          lang: 'ar',
          kind: null,
          label: 'Khatt',
          title: 'خط',
          subtitle: `${strings.ar.tagline} · ${span}`,
          footer: host,
        }),
        imageAlt: `${BRAND}: ${strings.ar.tagline}`,
        alternates: {},
      };
      const homeHtml = entryPage(template, home, './', true);
      assertCspClean(homeHtml, 'index.html');
      write(resolve(dir, 'index.html'), homeHtml);
      sitemap.push({ url: site, alternates: {} });

      for (const event of corpus.events) {
        const urls = {
          ar: site + eventPagePath(event.id, 'ar'),
          en: site + eventPagePath(event.id, 'en'),
        };
        for (const lang of ['ar', 'en'] as const) {
          const s = strings[lang];
          const title = event.title[lang];
          const date = dateText(event, lang, s);
          const label = kindLabel(event, s);
          const meta: PageMeta = {
            lang,
            type: 'article',
            title,
            documentTitle: `${title} · ${SHORT_BRAND[lang]}`,
            description: `${date} · ${label} — ${event.summary[lang]}`,
            url: urls[lang],
            image: image(`${event.id}.${lang}.png`, {
              lang,
              kind: event.kind,
              label,
              title,
              subtitle: date,
              footer: `${BRAND} · ${host}`,
            }),
            imageAlt: `${title} — ${date} (${label})`,
            alternates: urls,
          };
          const path = eventPagePath(event.id, lang);
          const html = entryPage(template, meta, baseFor(`/${path}index.html`));
          assertCspClean(html, `${path}index.html`);
          write(resolve(dir, path, 'index.html'), html);
          sitemap.push({ url: urls[lang], alternates: urls });
        }
      }
      write(resolve(dir, 'sitemap.xml'), sitemapXml(sitemap));
      write(resolve(dir, 'robots.txt'), robotsTxt(site));
      await Promise.all(images);
    },
  };
}
