import { describe, expect, it } from 'vitest';
import type { KhattEvent } from '../../domain/types';
import {
  activationTarget,
  highlightsFor,
  paragraphsOf,
  segmentRange,
  type Highlight,
  type Segment,
} from './segments';

const h = (key: string, start: number, end: number, event = key): Highlight => ({
  key,
  event,
  start,
  end,
});

/** A compact picture of segments: [start, end, covering keys]. */
const shape = (segments: Segment[]) =>
  segments.map((s) => [s.start, s.end, s.highlights.map((x) => x.key).join('+')]);

function event(id: string, excerpts: KhattEvent['excerpts']): KhattEvent {
  const date = {
    start: '2021-07-26',
    end: '2021-07-26',
    precision: 'day' as const,
    basis: 'printed' as const,
    note: { ar: '', en: '' },
    edtf: '2021-07-26',
  };
  return {
    id,
    kind: 'diplomacy',
    status: 'occurred',
    title: { ar: id, en: id },
    summary: { ar: '', en: '' },
    date,
    actors: [],
    excerpts,
  };
}

describe('segmentRange', () => {
  it('returns the whole range as one plain segment when nothing is highlighted', () => {
    expect(shape(segmentRange([], 0, 10))).toEqual([[0, 10, '']]);
  });

  it('splits plain text around a highlight', () => {
    expect(shape(segmentRange([h('a', 3, 6)], 0, 10))).toEqual([
      [0, 3, ''],
      [3, 6, 'a'],
      [6, 10, ''],
    ]);
  });

  it('gives the overlap of two excerpts to both of them', () => {
    expect(shape(segmentRange([h('a', 2, 6), h('b', 4, 9)], 0, 10))).toEqual([
      [0, 2, ''],
      [2, 4, 'a'],
      [4, 6, 'a+b'],
      [6, 9, 'b'],
      [9, 10, ''],
    ]);
  });

  it('lists the innermost excerpt first when one contains another', () => {
    expect(shape(segmentRange([h('outer', 0, 10), h('inner', 3, 5)], 0, 10))).toEqual([
      [0, 3, 'outer'],
      [3, 5, 'inner+outer'],
      [5, 10, 'outer'],
    ]);
  });

  it('keeps adjacent excerpts apart without an empty segment between them', () => {
    expect(shape(segmentRange([h('a', 0, 4), h('b', 4, 8)], 0, 8))).toEqual([
      [0, 4, 'a'],
      [4, 8, 'b'],
    ]);
  });

  it('merges two excerpts with identical offsets into one segment', () => {
    expect(shape(segmentRange([h('b', 2, 5), h('a', 2, 5)], 0, 5))).toEqual([
      [0, 2, ''],
      [2, 5, 'a+b'],
    ]);
  });

  it('handles excerpts that start at 0 or end at the end of the text', () => {
    expect(shape(segmentRange([h('a', 0, 2), h('b', 7, 10)], 0, 10))).toEqual([
      [0, 2, 'a'],
      [2, 7, ''],
      [7, 10, 'b'],
    ]);
  });

  it('clips excerpts to the range and drops those outside it', () => {
    expect(shape(segmentRange([h('a', 0, 12), h('b', 20, 25), h('c', 8, 8)], 5, 15))).toEqual([
      [5, 12, 'a'],
      [12, 15, ''],
    ]);
  });

  it('tiles the range exactly for many random overlapping excerpts', () => {
    let seed = 7;
    const rand = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    const highlights = Array.from({ length: 40 }, (_, i) => {
      const start = rand(200);
      return h(`x${i}`, start, start + 1 + rand(30));
    });
    const segments = segmentRange(highlights, 0, 200);
    expect(segments[0]?.start).toBe(0);
    expect(segments.at(-1)?.end).toBe(200);
    for (let i = 1; i < segments.length; i++) {
      expect(segments[i]?.start).toBe(segments[i - 1]?.end);
    }
    for (const s of segments) {
      const expected = highlights.filter((x) => x.start <= s.start && x.end >= s.end);
      expect(s.highlights.map((x) => x.key).sort()).toEqual(expected.map((x) => x.key).sort());
    }
  });
});

describe('paragraphsOf', () => {
  const text = 'أول سطر\n\nالثاني هنا\r\nثالث\n   \nأخير';

  it('makes one paragraph per non-blank line, keeping offsets into the whole text', () => {
    const paragraphs = paragraphsOf(text, []);
    expect(paragraphs.map((p) => text.slice(p.start, p.end))).toEqual([
      'أول سطر',
      'الثاني هنا',
      'ثالث',
      'أخير',
    ]);
  });

  it('puts each segment at the offsets of the text it shows', () => {
    const start = text.indexOf('الثاني');
    const paragraphs = paragraphsOf(text, [h('a', start, start + 'الثاني'.length)]);
    const marked = paragraphs.flatMap((p) => p.segments).filter((s) => s.highlights.length);
    expect(marked.map((s) => text.slice(s.start, s.end))).toEqual(['الثاني']);
  });

  it('splits an excerpt that spans a line break into one piece per paragraph', () => {
    const start = text.indexOf('سطر');
    const end = text.indexOf('الثاني') + 'الثاني'.length;
    const pieces = paragraphsOf(text, [h('a', start, end)])
      .flatMap((p) => p.segments)
      .filter((s) => s.highlights.length)
      .map((s) => text.slice(s.start, s.end));
    expect(pieces).toEqual(['سطر', 'الثاني']);
  });

  it('reaches the very first and last characters of the text', () => {
    const paragraphs = paragraphsOf(text, [h('a', 0, 3), h('b', text.length - 4, text.length)]);
    expect(paragraphs[0]?.segments[0]).toMatchObject({ start: 0, end: 3 });
    expect(paragraphs.at(-1)?.segments.at(-1)).toMatchObject({
      start: text.length - 4,
      end: text.length,
    });
  });

  it('returns no paragraphs for an empty or blank text', () => {
    expect(paragraphsOf('', [])).toEqual([]);
    expect(paragraphsOf('\n \n', [])).toEqual([]);
  });
});

describe('highlightsFor', () => {
  const text = 'قال الكاظمي إن القوات ستنسحب. وقال بايدن إن القوات ستنسحب.';
  const quote = 'القوات ستنسحب';
  const first = text.indexOf(quote);
  const second = text.indexOf(quote, first + 1);

  it('takes every excerpt of the article from every event, keyed by event and index', () => {
    const events = [
      event('e1', [
        { source: 'other', quote: 'x', start: 0, end: 1 },
        { source: 's', quote, start: second, end: second + quote.length },
      ]),
      event('e2', [{ source: 's', quote, start: first, end: first + quote.length }]),
    ];
    expect(highlightsFor(events, 's', text)).toEqual({
      highlights: [
        { key: 'e1.2', event: 'e1', start: second, end: second + quote.length },
        { key: 'e2.1', event: 'e2', start: first, end: first + quote.length },
      ],
      missing: 0,
    });
  });

  it('re-anchors an excerpt whose offsets do not hold its quote', () => {
    const events = [event('e', [{ source: 's', quote, start: 0, end: quote.length }])];
    expect(highlightsFor(events, 's', text).highlights[0]).toMatchObject({
      start: first,
      end: first + quote.length,
    });
  });

  it('counts an excerpt whose quote is not in the text as missing', () => {
    const events = [event('e', [{ source: 's', quote: 'غير موجود', start: 0, end: 9 }])];
    expect(highlightsFor(events, 's', text)).toEqual({ highlights: [], missing: 1 });
  });
});

describe('activationTarget', () => {
  const shared: Segment = {
    start: 0,
    end: 5,
    highlights: [h('a#0', 0, 5, 'a'), h('b#0', 0, 9, 'b'), h('a#1', 0, 12, 'a')],
  };

  it('selects the innermost excerpt’s event when none of its events is selected', () => {
    expect(activationTarget(shared, null)).toBe('a');
    expect(activationTarget(shared, 'z')).toBe('a');
  });

  it('cycles to the next event quoting the same words when one is already selected', () => {
    expect(activationTarget(shared, 'a')).toBe('b');
    expect(activationTarget(shared, 'b')).toBe('a');
  });

  it('keeps the selection when the segment belongs to that event alone', () => {
    const only: Segment = { start: 0, end: 5, highlights: [h('a#0', 0, 5, 'a')] };
    expect(activationTarget(only, 'a')).toBe('a');
  });
});
