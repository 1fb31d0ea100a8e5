import type { Corpus } from '../../src/domain/types';

/** RFC 4180 CSV: fields quoted when they hold a quote, comma or line break; CRLF after each record. */

const BOM = '\uFEFF';

/** One field, quoted and with inner quotes doubled when needed. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows as CSV text, each record ended by CRLF. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/** Parses RFC 4180 CSV (the inverse of toCsv, used to verify exports); a leading BOM is skipped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const s = text.startsWith(BOM) ? text.slice(1) : text;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted && c === '"' && s[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted) {
      field += c;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && s[i + 1] === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

export const EVENT_COLUMNS = [
  'id',
  'kind',
  'subtype',
  'status',
  'start',
  'end',
  'precision',
  'basis',
  'edtf',
  'title_ar',
  'title_en',
  'summary_ar',
  'summary_en',
  'place_ar',
  'place_en',
  'actors',
  'sources',
  'excerpts',
] as const;

/** The corpus events as CSV for spreadsheets: UTF-8 BOM (so Excel reads Arabic), one row per event. */
export function eventsCsv(corpus: Corpus): string {
  const rows = corpus.events.map((e) => [
    e.id,
    e.kind,
    e.subtype ?? '',
    e.status,
    e.date.start,
    e.date.end,
    e.date.precision,
    e.date.basis,
    e.date.edtf,
    e.title.ar,
    e.title.en,
    e.summary.ar,
    e.summary.en,
    e.place?.ar ?? '',
    e.place?.en ?? '',
    e.actors.map((a) => `${a.id}:${a.role}`).join(';'),
    [...new Set(e.excerpts.map((x) => x.source))].join(';'),
    e.excerpts.map((x) => x.quote).join(' | '),
  ]);
  return BOM + toCsv([[...EVENT_COLUMNS], ...rows]);
}
