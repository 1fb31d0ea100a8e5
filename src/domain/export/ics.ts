import { isApproximate } from '../fuzzy-date';
import { dayNumber, isoFromDayNumber } from '../iso-day';
import type { Corpus, KhattEvent, Lang } from '../types';
import { humanDate, lookup, sourceLine, WORDS } from './fields';

/**
 * iCalendar (RFC 5545): one all-day VEVENT per event, ranges as multi-day events (DTEND is the
 * exclusive day after the last one), planned and reported events TENTATIVE, the rest CONFIRMED.
 */

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();
const LINE_OCTETS = 75;

/**
 * Folds a content line into lines of at most 75 octets of UTF-8, each continuation starting with
 * a space (RFC 5545 §3.1). Splits only between code points, so no multi-byte character breaks.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > LINE_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

const basicDay = (iso: string) => iso.replace(/-/g, '');

/** A UTC instant as an iCalendar DATE-TIME, `20261201T201500Z`. */
function basicInstant(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function description(
  event: KhattEvent,
  lang: Lang,
  { actorName, source }: ReturnType<typeof lookup>,
): string {
  const lines = [event.summary[lang], ''];
  const date = humanDate(lang, event.date);
  lines.push(`${WORDS.date[lang]}: ${date} (${event.date.edtf})`);
  if (isApproximate(event.date)) lines.push(`${WORDS.approximate[lang]}: ${event.date.note[lang]}`);
  lines.push(`${WORDS.kind[event.kind][lang]} · ${WORDS.status[event.status][lang]}`);
  if (event.actors.length) {
    const sep = lang === 'ar' ? '، ' : ', ';
    lines.push(
      `${WORDS.actors[lang]}: ${event.actors.map((a) => actorName(a.id, lang)).join(sep)}`,
    );
  }
  lines.push('', `${WORDS.excerpts[lang]}:`);
  for (const excerpt of event.excerpts) {
    lines.push(`«${excerpt.quote}»`, `— ${sourceLine(source(excerpt.source), excerpt, lang)}`);
  }
  return lines.join('\n');
}

/** The events as an iCalendar file; `now` is the DTSTAMP (passed in, so the output is testable). */
export function icsCalendar(
  corpus: Corpus,
  events: readonly KhattEvent[],
  lang: Lang,
  now: Date,
): string {
  const look = lookup(corpus);
  const stamp = basicInstant(now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Khatt//Khatt timeline explorer//${lang.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(WORDS.timeline[lang])}`,
  ];
  for (const event of events) {
    const dayAfter = isoFromDayNumber(dayNumber(event.date.end) + 1);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.id}@khatt`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basicDay(event.date.start)}`,
      `DTEND;VALUE=DATE:${basicDay(dayAfter)}`,
      `SUMMARY;LANGUAGE=${lang}:${escapeText(event.title[lang])}`,
      `DESCRIPTION;LANGUAGE=${lang}:${escapeText(description(event, lang, look))}`,
      ...(event.place ? [`LOCATION;LANGUAGE=${lang}:${escapeText(event.place[lang])}`] : []),
      `CATEGORIES:${escapeText(WORDS.kind[event.kind][lang])}`,
      `STATUS:${event.status === 'occurred' ? 'CONFIRMED' : 'TENTATIVE'}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
