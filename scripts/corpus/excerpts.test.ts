import { describe, expect, it } from 'vitest';
import { anchorQuote, occurrences } from './excerpts';

const TEXT = 'قال الوزير إن القوات ستبقى.\nقال الوزير إن القوات ستبقى.\u00a0ثم غادر.';
const QUOTE = 'قال الوزير إن القوات ستبقى.';

describe('occurrences', () => {
  it('finds every offset, overlapping ones included', () => {
    expect(occurrences('aaaa', 'aa')).toEqual([0, 1, 2]);
    expect(occurrences(TEXT, QUOTE)).toEqual([0, 28]);
  });
});

describe('anchorQuote', () => {
  it('anchors a unique quote with an exclusive UTF-16 end', () => {
    const a = anchorQuote(TEXT, 'ستبقى.\u00a0ثم غادر', undefined, 's (f.txt)');
    expect(a).toEqual({ ok: true, start: 49, end: 63 });
    if (a.ok) expect(TEXT.slice(a.start, a.end)).toBe('ستبقى.\u00a0ثم غادر');
  });

  it('accepts a start that points at one of several occurrences', () => {
    expect(anchorQuote(TEXT, QUOTE, 28, 's (f.txt)')).toEqual({ ok: true, start: 28, end: 55 });
  });

  it('hints when a quote matches only with different whitespace, such as a no-break space', () => {
    expect(anchorQuote(TEXT, 'ستبقى. ثم غادر', undefined, 's (f.txt)')).toEqual({
      ok: false,
      field: 'quote',
      message: 'not found verbatim in source s (f.txt); it occurs at 49 with different whitespace',
    });
  });
});
