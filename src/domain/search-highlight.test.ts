import { describe, expect, it } from 'vitest';
import { matchRanges } from './search-highlight';
import { queryTerms } from './search-normalize';

const marked = (text: string, q: string) =>
  matchRanges(text, queryTerms(q)).map(([a, b]) => text.slice(a, b));

describe('matchRanges', () => {
  it('finds a term across spelling variants and returns the text as written', () => {
    expect(marked('إنسحاب القوات', 'انسحاب')).toEqual(['إنسحاب']);
    expect(marked('مدينةُ أربيل', 'مدينه اربيل')).toEqual(['مدينةُ', 'أربيل']);
  });

  it('marks a word whatever the article, and أميركي for أمريكي', () => {
    expect(marked('بدأ الانسحاب', 'الانسحاب')).toEqual(['انسحاب']);
    expect(marked('القوات الأميركية', 'امريكي')).toEqual(['أميركي']);
  });

  it('keeps diacritics and tatweel inside the marked span', () => {
    expect(marked('الكاظـمي', 'كاظمي')).toEqual(['كاظـمي']);
  });

  it('merges overlapping terms and marks English case-insensitively', () => {
    expect(marked('Kadhimi met Blinken', 'kadh adhimi')).toEqual(['Kadhimi']);
    expect(marked('Kadhimi met Blinken', 'BLINKEN')).toEqual(['Blinken']);
  });

  it('marks nothing without terms or matches', () => {
    expect(matchRanges('نص', [])).toEqual([]);
    expect(marked('نص', 'غائب')).toEqual([]);
  });
});
