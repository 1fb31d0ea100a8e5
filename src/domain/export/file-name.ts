import { deriveEnd } from '../fuzzy-date';
import type { FilterState } from '../filter';

/** Download file names that say what they hold: `khatt-events-kadhimi-2021-02.csv`. */

export const EXPORT_FORMATS = ['csv', 'json', 'ics', 'timelinejs', 'acled'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const EXTENSION: Record<ExportFormat, string> = {
  csv: 'csv',
  json: 'json',
  ics: 'ics',
  timelinejs: 'timeline.json',
  acled: 'acled.csv',
};

/** The longest name part the filters may take, in code points (file systems allow 255 bytes). */
const MAX_PART = 80;

/** Letters (Arabic too) and digits kept, every other run of characters one hyphen. */
function slug(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** A from/to filter as briefly as it can be said: `2021-02`, `2021`, `2021-02-15-to-2021-03-01`. */
function datePart(from: string | null, to: string | null): string {
  if (from && to) {
    if (from.endsWith('-01-01') && to === deriveEnd(from, 'year')) return from.slice(0, 4);
    if (from.endsWith('-01') && to === deriveEnd(from, 'month')) return from.slice(0, 7);
    return from === to ? from : `${from}-to-${to}`;
  }
  if (from) return `from-${from}`;
  if (to) return `until-${to}`;
  return '';
}

/** The file name for an export of the events the filters let through. */
export function exportFileName(filters: FilterState, format: ExportFormat): string {
  const parts = [
    filters.actors.join(filters.match === 'all' ? '-and-' : '-'),
    filters.kinds.join('-'),
    datePart(filters.from, filters.to),
    slug(filters.q),
  ].filter(Boolean);
  const body = [...parts.join('-')].slice(0, MAX_PART).join('').replace(/-+$/, '');
  return `khatt-events-${body || 'all'}.${EXTENSION[format]}`;
}
