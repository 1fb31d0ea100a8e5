/**
 * Search normalisation: Arabic spelling variants and English case/accents fold to one form, so
 * "إنسحاب" finds "انسحاب", "مدينة" finds "مدينه", and "Kadhimi" finds "KADHIMÎ".
 */

// Alef forms (hamza above/below, madda, wasla) → bare alef; the other hamza seats → their letter;
// ta marbuta → ha; alef maqsura and Persian yeh → yeh; Persian kaf → kaf.
const LETTER_FOLDS: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ة: 'ه',
  ى: 'ي',
  ی: 'ي',
  ؤ: 'و',
  ئ: 'ي',
  ک: 'ك',
};
const LETTERS = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');

// Arabic-Indic (U+0660–0669) and Extended Arabic-Indic (U+06F0–06F9) digits.
const EASTERN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;
const easternDigitToLatin = (d: string) => {
  const code = d.charCodeAt(0);
  return String(code - (code >= 0x06f0 ? 0x06f0 : 0x0660));
};

// After NFKD: every combining mark (Arabic harakat U+064B–065F and superscript alef U+0670 are
// marks too), tatweel, and invisible format characters (ZWJ, ZWNJ, bidi controls, soft hyphen).
const MARKS = /[\p{M}\u0640\p{Cf}]/gu;

// Punctuation and symbols separate words just as spaces do («الكاظمي»، → الكاظمي).
const SEPARATORS = /[\p{P}\p{S}\p{Z}\s\p{Cc}]+/gu;

const fold = (c: string) => LETTER_FOLDS[c] ?? c;

/** The definition: Unicode property classes throughout. Used for text beyond U+206F. */
function normalizeSlowly(decomposed: string): string {
  return decomposed
    .replace(MARKS, '')
    .replace(LETTERS, fold)
    .replace(EASTERN_DIGITS, easternDigitToLatin)
    .replace(SEPARATORS, ' ')
    .trim();
}

// Property classes are slow in V8 (0.4 s per 100,000 events), so text below U+2070 — Latin,
// Arabic and general punctuation — goes through a table derived from the definition above:
// 0 drops a code unit, 0x20 separates words, anything else is the code unit to write.
// The table is built on the first search, not when the module loads: it is 8,000 code units
// through four property-class regexes, on the first view's critical path for nothing.
const FAST_LIMIT = 0x2070;
const COMPLEX = /[\u2070-\uffff]/;
let table: Uint16Array | null = null;

function buildTable(): Uint16Array {
  const out = new Uint16Array(FAST_LIMIT);
  const mark = new RegExp(MARKS.source, 'u');
  const separator = new RegExp(SEPARATORS.source, 'u');
  for (let c = 0; c < FAST_LIMIT; c++) {
    const char = String.fromCharCode(c);
    out[c] = mark.test(char)
      ? 0
      : separator.test(char)
        ? 0x20
        : normalizeSlowly(char).charCodeAt(0);
  }
  return out;
}
let buffer = new Uint16Array(256);

function normalizeFast(decomposed: string): string {
  const codes = (table ??= buildTable());
  if (buffer.length < decomposed.length) buffer = new Uint16Array(decomposed.length * 2);
  let n = 0;
  let space = false;
  for (let i = 0; i < decomposed.length; i++) {
    const out = codes[decomposed.charCodeAt(i)] ?? 0;
    if (out === 0) continue;
    if (out === 0x20) {
      space = n > 0;
      continue;
    }
    if (space) {
      buffer[n++] = 0x20;
      space = false;
    }
    buffer[n++] = out;
  }
  let text = '';
  // fromCharCode takes its code units as arguments; keep each call well under engine limits.
  for (let at = 0; at < n; at += 8192) {
    text += String.fromCharCode.apply(
      null,
      buffer.subarray(at, Math.min(n, at + 8192)) as unknown as number[],
    );
  }
  return text;
}

/** The searchable form of a text: folded Arabic letters, Latin digits, lower case, single spaces. */
export function normalizeForSearch(text: string): string {
  // NFKD splits hamza and madda off their seats (أ → ا + U+0654) and expands presentation
  // forms and ligatures (ﻻ → لا), so stripping the marks afterwards does most of the folding.
  const decomposed = text.normalize('NFKD').toLowerCase();
  return COMPLEX.test(decomposed) ? normalizeSlowly(decomposed) : normalizeFast(decomposed);
}

/**
 * Word-level spellings that differ more than letter by letter, folded to one form after
 * normalizeForSearch: أميركي/أمريكي (both spellings are standard), and the month names —
 * Egyptian (فبراير) and English (February) to the Iraqi name the interface writes (شباط).
 */
const MONTHS_IRAQI = [
  'كانون الثاني',
  'شباط',
  'اذار',
  'نيسان',
  'ايار',
  'حزيران',
  'تموز',
  'اب',
  'ايلول',
  'تشرين الاول',
  'تشرين الثاني',
  'كانون الاول',
];
const MONTH_ALIASES: readonly (readonly string[])[] = [
  ['يناير', 'january'],
  ['فبراير', 'february'],
  ['مارس', 'march'],
  ['ابريل', 'april'],
  ['مايو', 'may'],
  ['يونيو', 'يونيه', 'june'],
  ['يوليو', 'يوليه', 'july'],
  ['اغسطس', 'august'],
  ['سبتمبر', 'september'],
  ['اكتوبر', 'october'],
  ['نوفمبر', 'november'],
  ['ديسمبر', 'december'],
];
const MONTH_OF = new Map(
  MONTH_ALIASES.flatMap((aliases, i) => aliases.map((a) => [a, MONTHS_IRAQI[i] ?? a] as const)),
);
const MONTH_WORD = new RegExp(`(?<=^| )(?:${[...MONTH_OF.keys()].join('|')})(?= |$)`, 'g');
const AMERICAN = /اميرك/g;

/** Folds the word-level variants of an already-normalised text (see MONTH_ALIASES). */
export function foldWords(normalized: string): string {
  return normalized.replace(AMERICAN, 'امريك').replace(MONTH_WORD, (m) => MONTH_OF.get(m) ?? m);
}

/** The form every searched text and every query is compared in. */
export function searchForm(text: string): string {
  return foldWords(normalizeForSearch(text));
}

/** The month (1–12) as the search form writes it: the Iraqi name, normalised. */
export function monthWord(month: number): string {
  return MONTHS_IRAQI[month - 1] ?? '';
}

// The definite article is optional: «الانسحاب» finds «انسحاب» as «انسحاب» finds «الانسحاب».
// Only before three letters or more, so short words (الله، التي) keep their first letters.
const ARTICLE = /^ال(?=[ء-ي]{3})/;

/** The distinct search terms of a query; empty when the query has nothing to search for. */
export function queryTerms(query: string): string[] {
  const normalized = searchForm(query);
  return normalized ? [...new Set(normalized.split(' ').map((t) => t.replace(ARTICLE, '')))] : [];
}

/** Whether every term occurs in an already-normalised haystack. */
export function matchesAllTerms(normalizedHaystack: string, terms: readonly string[]): boolean {
  return terms.every((term) => normalizedHaystack.includes(term));
}
