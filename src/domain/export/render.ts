import type { Corpus, KhattEvent, Lang } from '../types';
import { acledCsv } from './acled';
import { eventsCsv } from './csv';
import type { ExportFormat } from './file-name';
import { icsCalendar } from './ics';
import { khattJson } from './khatt-json';
import { timelineJson } from './timelinejs';

/** What an export is made from: the loaded corpus, the events in view, the language, the time. */
export interface ExportInput {
  corpus: Corpus;
  events: readonly KhattEvent[];
  lang: Lang;
  /** The iCalendar DTSTAMP. */
  now: Date;
}

/** The media type each format is served as. */
export const MEDIA_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  ics: 'text/calendar;charset=utf-8',
  timelinejs: 'application/json',
  acled: 'text/csv;charset=utf-8',
};

/** One export as text: the one entry point the command line and the Download menu share. */
export function renderExport(format: ExportFormat, { corpus, events, lang, now }: ExportInput) {
  switch (format) {
    case 'csv':
      return eventsCsv(corpus, events, lang);
    case 'json':
      return khattJson(corpus, events);
    case 'ics':
      return icsCalendar(corpus, events, lang, now);
    case 'timelinejs':
      return timelineJson(corpus, events, lang);
    case 'acled':
      return acledCsv(corpus, events, lang);
  }
}
