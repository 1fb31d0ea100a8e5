import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  foldWords,
  matchesAllTerms,
  normalizeForSearch,
  queryTerms,
  searchForm,
} from './search-normalize';

describe('normalizeForSearch', () => {
  it('folds every alef form to a bare alef', () => {
    expect(normalizeForSearch('أإآٱا')).toBe('ااااا');
  });

  it('folds ta marbuta to ha, alef maqsura to ya, and hamza seats to their letters', () => {
    expect(normalizeForSearch('مدينة')).toBe('مدينه');
    expect(normalizeForSearch('مستشفى')).toBe('مستشفي');
    expect(normalizeForSearch('مؤتمر')).toBe('موتمر');
    expect(normalizeForSearch('رئيس')).toBe('رييس');
  });

  it('strips tatweel and every haraka, including superscript alef', () => {
    expect(normalizeForSearch('الكـــاظمي')).toBe('الكاظمي');
    expect(normalizeForSearch('مُصْطَفَى الكَاظِمِيّ')).toBe('مصطفي الكاظمي');
    expect(normalizeForSearch('هٰذا')).toBe('هذا');
    expect(normalizeForSearch('قوّاتٌ')).toBe('قوات');
  });

  it('turns Arabic-Indic and Persian digits into Latin digits', () => {
    expect(normalizeForSearch('٢٠٢١')).toBe('2021');
    expect(normalizeForSearch('۱۹۹۰')).toBe('1990');
  });

  it('lower-cases English and strips Latin accents', () => {
    expect(normalizeForSearch('Kadhimi KADHIMÎ Café')).toBe('kadhimi kadhimi cafe');
  });

  it('expands Arabic presentation forms and ligatures', () => {
    expect(normalizeForSearch('ﻻ')).toBe('لا');
    expect(normalizeForSearch('ﺓ')).toBe('ه');
  });

  it('treats punctuation, quotation marks and runs of whitespace as one space', () => {
    expect(normalizeForSearch('  «الكاظمي»،\n\t واشنطن؟  ')).toBe('الكاظمي واشنطن');
  });

  it('drops invisible joiners and bidi controls', () => {
    expect(normalizeForSearch('ال\u200cكاظمي\u202e')).toBe('الكاظمي');
  });
});

describe('queryTerms', () => {
  it('splits a query into distinct normalised terms', () => {
    expect(queryTerms(' إنسحاب  القوات انسحاب ')).toEqual(['انسحاب', 'قوات']);
  });

  it('makes the definite article optional, but not on short words', () => {
    expect(queryTerms('الانسحاب')).toEqual(['انسحاب']);
    expect(queryTerms('التي الله')).toEqual(['التي', 'الله']);
    expect(matchesAllTerms(searchForm('قرار انسحاب القوات'), queryTerms('الانسحاب'))).toBe(true);
    expect(matchesAllTerms(searchForm('قرار الانسحاب'), queryTerms('انسحاب'))).toBe(true);
  });

  it('folds أمريكي and أميركي, and their derived forms, to one spelling', () => {
    for (const text of ['الأميركية', 'أمريكا', 'الامريكي', 'أميركي']) {
      expect(matchesAllTerms(searchForm(text), queryTerms('امريك'))).toBe(true);
      expect(matchesAllTerms(searchForm(text), queryTerms('أميرك'))).toBe(true);
    }
    expect(searchForm('القوات الأميركية')).toBe(searchForm('القوات الأمريكية'));
  });

  it('reads Egyptian and English month names as the Iraqi name', () => {
    expect(searchForm('15 فبراير 2021')).toBe('15 شباط 2021');
    expect(searchForm('February')).toBe('شباط');
    expect(queryTerms('يناير')).toEqual(['كانون', 'ثاني']);
    // Only whole words: «مارست» (she practised) is not March.
    expect(searchForm('مارست')).toBe('مارست');
  });

  it('folds words idempotently', () => {
    for (const text of ['أميركا', 'فبراير', 'كانون الثاني', 'يوليه']) {
      expect(foldWords(searchForm(text))).toBe(searchForm(text));
    }
  });

  it('gives no terms for an empty or punctuation-only query', () => {
    expect(queryTerms('')).toEqual([]);
    expect(queryTerms(' ، . ')).toEqual([]);
  });
});

describe('matchesAllTerms', () => {
  const haystack = normalizeForSearch('أعلن رئيس الوزراء مصطفى الكاظمي انسحاب القوات القتالية');

  it('matches when every term appears, in any order and inside words', () => {
    expect(matchesAllTerms(haystack, queryTerms('القوات الكاظمي'))).toBe(true);
    expect(matchesAllTerms(haystack, queryTerms('كاظم'))).toBe(true);
  });

  it('matches across Arabic spelling variants', () => {
    expect(matchesAllTerms(haystack, queryTerms('إعلن مصطفي'))).toBe(true);
    expect(matchesAllTerms(haystack, queryTerms('رءيس'))).toBe(false);
    expect(matchesAllTerms(haystack, queryTerms('رئيس'))).toBe(true);
  });

  it('fails when any one term is missing', () => {
    expect(matchesAllTerms(haystack, queryTerms('الكاظمي بايدن'))).toBe(false);
  });

  it('matches everything with no terms', () => {
    expect(matchesAllTerms(haystack, [])).toBe(true);
  });
});

describe('normalizeForSearch, for any text', () => {
  // The definition the fast path must agree with: Unicode property classes throughout.
  const reference = (text: string) =>
    text
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[\p{M}\u0640\p{Cf}]/gu, '')
      .replace(/[أإآٱ]/g, 'ا')
      .replace(/ة/g, 'ه')
      .replace(/[ىیئ]/g, 'ي')
      .replace(/ؤ/g, 'و')
      .replace(/ک/g, 'ك')
      .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660))
      .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x6f0))
      .replace(/[\p{P}\p{S}\p{Z}\s\p{Cc}]+/gu, ' ')
      .trim();
  const latinArabic = fc.string({
    unit: fc
      .oneof(
        fc.integer({ min: 0, max: 0x24f }),
        fc.integer({ min: 0x600, max: 0x6ff }),
        fc.integer({ min: 0xfb50, max: 0xfeff }),
        fc.integer({ min: 0x2000, max: 0x2100 }),
      )
      .map((c) => String.fromCharCode(c)),
    maxLength: 40,
  });
  const anyText = fc.oneof(latinArabic, fc.string({ unit: 'binary', maxLength: 40 }));

  it('agrees with the Unicode-property definition', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(normalizeForSearch(text)).toBe(reference(text));
      }),
      { numRuns: 5000, seed: 20210726 },
    );
  });

  it('is idempotent and leaves no double, leading or trailing spaces', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = normalizeForSearch(text);
        expect(normalizeForSearch(once)).toBe(once);
        expect(once).not.toMatch(/^\s|\s$|\s\s/);
      }),
      { numRuns: 5000, seed: 20210726 },
    );
  });
});
