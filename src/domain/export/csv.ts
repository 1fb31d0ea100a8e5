import type { Corpus, KhattEvent, Lang } from '../types';
import { lookup, sourceLine } from './fields';

/** RFC 4180 CSV: fields quoted when they hold a quote, comma or line break; CRLF after each record. */

const BOM = '\uFEFF';

/**
 * A spreadsheet runs a cell that starts with one of these as a formula (CSV injection, OWASP):
 * such a field gets a leading apostrophe, which spreadsheets take as "text" and do not display.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: defused when it would read as a formula; quoted, inner quotes doubled, when needed. */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows as CSV text with a UTF-8 byte-order mark (so Excel reads Arabic), each record ended by CRLF. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

export const EVENT_COLUMNS = [
  'id',
  'kind',
  'subtype',
  'status',
  'title',
  'summary',
  'date_start',
  'date_end',
  'date_precision',
  'date_basis',
  'date_edtf',
  'date_note',
  'actors',
  'actor_ids',
  'place',
  'excerpt',
  'excerpt_source_id',
  'excerpt_source',
  'excerpt_count',
] as const;

/** One row per event, human-readable fields in `lang`; dates, codes and ids as the corpus has them. */
export function eventsCsv(corpus: Corpus, events: readonly KhattEvent[], lang: Lang): string {
  const { actorName, source } = lookup(corpus);
  const sep = lang === 'ar' ? '؛ ' : '; ';
  const rows = events.map((e) => {
    const first = e.excerpts[0];
    return [
      e.id,
      e.kind,
      e.subtype ?? '',
      e.status,
      e.title[lang],
      e.summary[lang],
      e.date.start,
      e.date.end,
      e.date.precision,
      e.date.basis,
      e.date.edtf,
      e.date.note[lang],
      e.actors.map((a) => `${actorName(a.id, lang)} (${a.role})`).join(sep),
      e.actors.map((a) => `${a.id}:${a.role}`).join(';'),
      e.place?.[lang] ?? '',
      first?.quote ?? '',
      first?.source ?? '',
      first ? sourceLine(source(first.source), first, lang) : '',
      String(e.excerpts.length),
    ];
  });
  return toCsv([[...EVENT_COLUMNS], ...rows]);
}
