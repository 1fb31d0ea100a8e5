import type { Corpus, IsoDay, KhattEvent, Lang } from '../types';
import { humanDate, lookup, sourceLine, WORDS } from './fields';

/**
 * TimelineJS 3 JSON (https://timeline.knightlab.com/docs/json-format.html): one slide per event,
 * the date as precise as known, the app's date wording (with "about") in `display_date`, the
 * first excerpt quoted in the text and its source as the credit line below it. TimelineJS shows
 * `media.credit` only under a media item with a URL, and Khatt has none, so the credit is text.
 */

interface TimelineDate {
  year: number;
  month?: number;
  day?: number;
}

export interface TimelineSlide {
  unique_id: string;
  start_date: TimelineDate;
  end_date?: TimelineDate;
  display_date: string;
  text: { headline: string; text: string };
  group: string;
}

export interface TimelineJson {
  title: { text: { headline: string; text: string } };
  events: TimelineSlide[];
}

/** TimelineJS renders its text fields as HTML (sanitised); Khatt text is text, so escape it. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function timelineDate(iso: IsoDay, parts: 'year' | 'month' | 'day'): TimelineDate {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  if (parts === 'year') return { year };
  if (parts === 'month') return { year, month };
  return { year, month, day };
}

/** The events as a TimelineJS data object. */
export function timelineData(
  corpus: Corpus,
  events: readonly KhattEvent[],
  lang: Lang,
): TimelineJson {
  const { source } = lookup(corpus);
  const slides = events.map((event): TimelineSlide => {
    const { date } = event;
    const parts = date.precision === 'range' ? 'day' : date.precision;
    const first = event.excerpts[0];
    const text = [`<p>${escapeHtml(event.summary[lang])}</p>`];
    if (first) {
      text.push(
        `<blockquote>${escapeHtml(first.quote)}</blockquote>`,
        `<p><cite>${escapeHtml(sourceLine(source(first.source), first, lang))}</cite></p>`,
      );
    }
    return {
      unique_id: event.id,
      start_date: timelineDate(date.start, parts),
      ...(date.precision === 'range' ? { end_date: timelineDate(date.end, 'day') } : {}),
      display_date: humanDate(lang, date),
      text: { headline: escapeHtml(event.title[lang]), text: text.join('') },
      group: WORDS.kind[event.kind][lang],
    };
  });
  return { title: { text: { headline: WORDS.timeline[lang], text: '' } }, events: slides };
}

/** The TimelineJS data as JSON text. */
export function timelineJson(corpus: Corpus, events: readonly KhattEvent[], lang: Lang): string {
  return `${JSON.stringify(timelineData(corpus, events, lang), null, 2)}\n`;
}
