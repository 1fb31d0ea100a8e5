import { excerptId } from '../../domain/excerpt-id';
import type { KhattEvent } from '../../domain/types';

/**
 * Pure text segmentation for the article reader: paragraphs, and within them runs of text
 * split at every excerpt boundary so that overlapping excerpts never break the markup.
 * All offsets are UTF-16 indices into the verbatim text, end exclusive.
 */

/** One excerpt of one event, as an interval of the article text. */
export interface Highlight {
  /** Unique per excerpt: its excerpt id, `<event id>.<1-based place>` (domain/excerpt-id.ts). */
  key: string;
  event: string;
  start: number;
  end: number;
}

/** A run of text; `highlights` are the excerpts covering all of it, innermost first. */
export interface Segment {
  start: number;
  end: number;
  highlights: Highlight[];
}

export interface Paragraph {
  start: number;
  end: number;
  segments: Segment[];
}

/** The key of an event's excerpt, shared by the reader's highlights, links and "current" logic. */
export const highlightKey = excerptId;

/**
 * The excerpts of every event that quote `source`, checked against the text: an excerpt whose
 * offsets do not hold its quote is re-anchored at the quote's first occurrence, or reported
 * as missing (a corpus and text that disagree must not highlight the wrong words).
 */
export function highlightsFor(
  events: readonly KhattEvent[],
  source: string,
  text: string,
): { highlights: Highlight[]; missing: number } {
  const highlights: Highlight[] = [];
  let missing = 0;
  for (const event of events) {
    event.excerpts.forEach((excerpt, index) => {
      if (excerpt.source !== source) return;
      let { start, end } = excerpt;
      if (text.slice(start, end) !== excerpt.quote) {
        start = excerpt.quote ? text.indexOf(excerpt.quote) : -1;
        end = start + excerpt.quote.length;
      }
      if (start < 0) missing += 1;
      else highlights.push({ key: highlightKey(event.id, index), event: event.id, start, end });
    });
  }
  return { highlights, missing };
}

/** Innermost first: shorter spans before longer ones, then by position, then by key. */
function byNesting(a: Highlight, b: Highlight): number {
  return a.end - a.start - (b.end - b.start) || a.start - b.start || (a.key < b.key ? -1 : 1);
}

/**
 * Splits `[from, to)` at every highlight boundary inside it. Consecutive segments tile the
 * range exactly; each lists every highlight that covers it (none for plain text).
 */
export function segmentRange(
  highlights: readonly Highlight[],
  from: number,
  to: number,
): Segment[] {
  const clipped = highlights
    .map((h) => ({ h, start: Math.max(h.start, from), end: Math.min(h.end, to) }))
    .filter((c) => c.start < c.end);
  const cuts = new Set<number>([from, to]);
  for (const c of clipped) cuts.add(c.start).add(c.end);
  const points = [...cuts].sort((a, b) => a - b);

  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const covering = clipped
      .filter((c) => c.start <= start && c.end >= end)
      .map((c) => c.h)
      .sort(byNesting);
    segments.push({ start, end, highlights: covering });
  }
  return segments;
}

/**
 * The text's paragraphs — its non-blank lines — each segmented by the highlights. Line breaks
 * and blank lines fall between paragraphs; offsets stay those of the whole text.
 */
export function paragraphsOf(text: string, highlights: readonly Highlight[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const line = /[^\r\n]+/g;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    if (!m[0].trim()) continue;
    const start = m.index;
    const end = start + m[0].length;
    paragraphs.push({ start, end, segments: segmentRange(highlights, start, end) });
  }
  return paragraphs;
}

/** The events a segment belongs to, innermost excerpt first, each once. */
export function eventsOf(segment: Segment): string[] {
  return [...new Set(segment.highlights.map((h) => h.event))];
}

/**
 * Which event activating a highlighted segment selects: its innermost excerpt's event, or —
 * when that one is already selected and others share the words — the next one, so repeated
 * activation cycles through every event quoting the passage.
 */
export function activationTarget(segment: Segment, selected: string | null): string | null {
  const events = eventsOf(segment);
  const at = selected === null ? -1 : events.indexOf(selected);
  if (at < 0) return events[0] ?? null;
  return events[(at + 1) % events.length] ?? null;
}
