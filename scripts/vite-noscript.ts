import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { formatFuzzyDate as formatDate } from '../src/domain/date-format';
import type { Corpus, FuzzyDate, KhattEvent, Lang } from '../src/domain/types';
import { isApproximate } from '../src/domain/fuzzy-date.js';

/**
 * Build-time plugin: writes into index.html a <noscript> block, in Arabic and English, saying
 * what Khatt is and listing every event of the compiled corpus with its date and kind, so a
 * reader without JavaScript (or a crawler) gets the content instead of a blank page. It also
 * fails the build if the final index.html carries an inline script or style, which the
 * Content Security Policy would block. The corpus was validated by the compiler that wrote it;
 * dates are written by the app's own formatter (src/domain/date-format.ts).
 */

const ROOT = '<div id="root"></div>';

/** Sentences that exist only here: the app itself never shows them. */
const INTRO: Record<Lang, { heading: string; needsJs: string; events: string }> = {
  ar: {
    heading: 'خط',
    needsJs:
      'يعرض خط الأحداث على خط زمني تفاعلي، كل حدث فيه مربوط بالمقاطع الحرفية من المقالات الإخبارية التي يستند إليها. يحتاج الخط الزمني إلى جافاسكربت؛ وهذه قائمة الأحداث كلها بتواريخها.',
    events: 'الأحداث',
  },
  en: {
    heading: 'Khatt',
    needsJs:
      'Khatt draws news events on an interactive timeline, each linked to the verbatim passages of the articles it rests on. The timeline needs JavaScript; here is the full list of events with their dates.',
    events: 'Events',
  },
};

export interface Strings {
  tagline: string;
  kinds: Record<string, string>;
  status: Record<string, string>;
  approximate: string;
}

/** Escapes text for an HTML text node or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/** Whether the text supports only an "about" date (EDTF `~`, `?` or `%`), as in fuzzy-date.ts. */

/** The machine-readable form of a date for <time datetime>, or null for a range. */
function datetime(date: FuzzyDate): string | null {
  if (date.precision === 'day') return date.start;
  if (date.precision === 'month') return date.start.slice(0, 7);
  if (date.precision === 'year') return date.start.slice(0, 4);
  return null;
}

/** One list item: date, title (linking to the event's own entry), kind (and status). */
function eventItem(event: KhattEvent, lang: Lang, strings: Strings, base: string): string {
  const when = formatDate(lang, event.date);
  const text = isApproximate(event.date) ? strings.approximate.replace('{{date}}', when) : when;
  const machine = datetime(event.date);
  const date = machine
    ? `<time datetime="${escapeHtml(machine)}">${escapeHtml(text)}</time>`
    : escapeHtml(text);
  const kind = strings.kinds[event.kind] ?? event.kind;
  const status = event.status === 'occurred' ? '' : ` · ${strings.status[event.status] ?? ''}`;
  const href = `${base}${lang === 'en' ? 'en/' : ''}e/${encodeURIComponent(event.id)}/`;
  const title = `<a href="${escapeHtml(href)}">${escapeHtml(event.title[lang])}</a>`;
  return `<li>${date} — ${title} (${escapeHtml(kind + status)})</li>`;
}

/**
 * The <noscript> markup for a corpus; every piece of corpus or locale text is escaped. `base`
 * leads from the page to the app root (`./`, or `../` from the embed) for the event links.
 */
export function noscriptHtml(corpus: Corpus, strings: Record<Lang, Strings>, base = './'): string {
  const events = [...corpus.events].sort(
    (a, b) =>
      a.date.start.localeCompare(b.date.start) ||
      a.date.end.localeCompare(b.date.end) ||
      a.id.localeCompare(b.id),
  );
  const section = (lang: Lang) => {
    const intro = INTRO[lang];
    const s = strings[lang];
    const items = events.map((e) => `\n${eventItem(e, lang, s, base)}`).join('');
    return (
      `<section lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">` +
      `<h2>${escapeHtml(intro.heading)}: ${escapeHtml(s.tagline)}</h2>` +
      `<p>${escapeHtml(intro.needsJs)}</p>` +
      `<h3>${escapeHtml(intro.events)}</h3>` +
      `<ol>${items}\n</ol></section>\n`
    );
  };
  return `<noscript><main><h1>خط · Khatt</h1>\n${section('ar')}${section('en')}</main></noscript>`;
}

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

export function localeStrings(root: string, lang: Lang): Strings {
  const dir = resolve(root, 'src/i18n/locales', lang);
  const common = readJson(resolve(dir, 'common.json')) as { tagline: string };
  const kinds = readJson(resolve(dir, 'kinds.json')) as Record<string, unknown> & {
    status: Record<string, string>;
    approximate: string;
  };
  const kindNames = Object.fromEntries(
    Object.entries(kinds).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
  return {
    tagline: common.tagline,
    kinds: kindNames,
    status: kinds.status,
    approximate: kinds.approximate,
  };
}

/** Inline <script> (no src) or <style>, or a style attribute: what the CSP would block. */
const INLINE = /<script(?![^>]*\bsrc=)[^>]*>|<style[\s>]|\sstyle\s*=/i;

/** Throws if a built page carries inline code the Content Security Policy would block. */
export function assertCspClean(html: string, page: string): void {
  const inline = INLINE.exec(html);
  if (inline) throw new Error(`khatt: inline code in ${page} breaks the CSP: ${inline[0]}`);
}

/** The relative path from a page (`/embed/index.html`) up to the app root: `./`, `../` … */
export function baseFor(pagePath: string): string {
  const depth = pagePath.split('/').filter(Boolean).length - 1;
  return depth > 0 ? '../'.repeat(depth) : './';
}

/** The Vite plugin: injects the <noscript> block at build time and guards against inline code. */
export function noscriptEvents(options: { corpus?: string } = {}): Plugin {
  let root = process.cwd();
  return {
    name: 'khatt-noscript',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const corpusPath = resolve(root, options.corpus ?? 'public/data/corpus.json');
        let corpus: Corpus;
        try {
          corpus = readJson(corpusPath) as Corpus;
          if (!Array.isArray(corpus.events)) throw new Error('no events array');
        } catch (error) {
          throw new Error(
            `khatt-noscript: cannot read ${corpusPath} (run \`npm run data\` first): ${String(error)}`,
          );
        }
        if (!html.includes(ROOT)) throw new Error(`khatt-noscript: ${context.path} lacks ${ROOT}`);
        const block = noscriptHtml(
          corpus,
          { ar: localeStrings(root, 'ar'), en: localeStrings(root, 'en') },
          baseFor(context.path),
        );
        const out = html.replace(ROOT, () => `${block}\n    ${ROOT}`);
        assertCspClean(out, context.path);
        return out;
      },
    },
  };
}
