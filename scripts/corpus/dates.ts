import {
  deriveEnd,
  foldAlef,
  MONTHS_AR_EGYPTIAN,
  MONTHS_AR_IRAQI,
  MONTHS_EN,
  monthFromName,
  precisionFits,
  toEdtf,
  weekdayFromName,
  WEEKDAYS_AR,
  WEEKDAYS_EN,
} from '../../src/domain/fuzzy-date';
import { isRealDay, weekdayOf } from '../../src/domain/iso-day';
import type { FuzzyDate } from '../../src/domain/types';
import type { Complain, Path } from './problems';
import { dateShape, parseShape } from './shapes';

/** A weekday written beside a calendar date in a note, e.g. "Sunday 25 July 2021". */
export interface WeekdayClaim {
  text: string;
  weekday: number;
  day: number;
  month: number;
  year: number;
}

// Alternations matching any hamza spelling, longest first so "تشرين الأول" wins over a prefix.
const alternation = (names: readonly string[]): string =>
  [...names]
    .sort((a, b) => b.length - a.length)
    .map((n) => foldAlef(n).replace(/ا/g, '[اأإآ]').replace(/ /g, '\\s+'))
    .join('|');

const DIGITS = '[0-9\u0660-\u0669\u06F0-\u06F9]';
const EN_CLAIM = new RegExp(
  `\\b(${WEEKDAYS_EN.join('|')}),?\\s+(\\d{1,2})\\s+(${MONTHS_EN.join('|')}),?\\s+(\\d{4})\\b`,
  'g',
);
const AR_MONTH = alternation([...MONTHS_AR_IRAQI, ...MONTHS_AR_EGYPTIAN]);
// Arabic papers often pair both month names: "25 تموز/يوليو 2021".
const AR_CLAIM = new RegExp(
  `(${alternation(WEEKDAYS_AR)})\\s*[،,]?\\s*(${DIGITS}{1,2})\\s+(${AR_MONTH})(?:\\s*/\\s*(?:${AR_MONTH}))?\\s+(${DIGITS}{4})`,
  'gu',
);
const EN_WEEKDAY = new RegExp(`\\b(${WEEKDAYS_EN.join('|')})\\b`, 'g');

// Arabic-Indic (U+066x) and Persian (U+06Fx) digits carry their value in the low nibble.
const westernDigits = (s: string): number =>
  Number(s.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) & 0xf)));

/** Every "<weekday> <day> <month> <year>" written in an English or Arabic note. */
export function weekdayClaims(note: string): WeekdayClaim[] {
  const claims: WeekdayClaim[] = [];
  for (const re of [EN_CLAIM, AR_CLAIM]) {
    for (const m of note.matchAll(re)) {
      const [text, wd = '', day = '', month = '', year = ''] = m;
      const weekday = weekdayFromName(wd);
      const monthNo = monthFromName(month);
      if (weekday === undefined || monthNo === undefined) continue;
      claims.push({
        text,
        weekday,
        day: westernDigits(day),
        month: monthNo,
        year: westernDigits(year),
      });
    }
  }
  return claims;
}

/** The weekdays (0 = Sunday) an English note names anywhere. */
export function weekdaysNamed(noteEn: string): number[] {
  const found = new Set<number>();
  for (const m of noteEn.matchAll(EN_WEEKDAY)) found.add(WEEKDAYS_EN.indexOf(m[1] as 'Sunday'));
  return [...found].sort((a, b) => a - b);
}

const isoOf = (c: WeekdayClaim): string =>
  `${String(c.year).padStart(4, '0')}-${String(c.month).padStart(2, '0')}-${String(c.day).padStart(2, '0')}`;

function checkNote(date: FuzzyDate, at: Path, complain: Complain): void {
  for (const lang of ['en', 'ar'] as const) {
    for (const claim of weekdayClaims(date.note[lang])) {
      const iso = isoOf(claim);
      const where = [...at, 'note', lang];
      if (!isRealDay(iso)) {
        complain(where, `"${claim.text}": ${iso} is not a real calendar day`);
      } else if (weekdayOf(iso) !== claim.weekday) {
        complain(
          where,
          `"${claim.text}": ${iso} is a ${WEEKDAYS_EN[weekdayOf(iso)]}, not a ${WEEKDAYS_EN[claim.weekday]}`,
        );
      }
    }
  }
  const named = weekdaysNamed(date.note.en);
  if (date.precision === 'day' && named.length > 0 && !named.includes(weekdayOf(date.start))) {
    const names = named.map((d) => WEEKDAYS_EN[d]).join(', ');
    complain(
      [...at, 'start'],
      `${date.start} is a ${WEEKDAYS_EN[weekdayOf(date.start)]}, but the English note names only ${names}`,
    );
  }
}

/** Why start/end do not fit the precision, as [field, message], or undefined when they fit. */
function misfit(d: FuzzyDate): [string, string] | undefined {
  if (precisionFits(d.start, d.end, d.precision)) return undefined;
  switch (d.precision) {
    case 'day':
      return ['end', `must equal start (${d.start}) for day precision`];
    case 'month':
      return d.start.endsWith('-01')
        ? [
            'end',
            `must be ${deriveEnd(d.start, 'month')}, the last day of the month, for month precision`,
          ]
        : ['start', `must be the 1st of a month for month precision (got ${d.start})`];
    case 'year':
      return d.start.endsWith('-01-01')
        ? ['end', `must be ${deriveEnd(d.start, 'year')} for year precision`]
        : ['start', `must be 1 January for year precision (got ${d.start})`];
    case 'range':
      return ['end', 'a range must end after its start; use day precision for a single day'];
  }
}

/** Validates a curated date at `at` and compiles it (end derived, EDTF computed); undefined when wrong. */
export function compileDate(raw: unknown, at: Path, complain: Complain): FuzzyDate | undefined {
  const d = parseShape(dateShape, raw, at, complain);
  if (!d) return undefined;
  const end = d.end ?? (d.precision === 'range' ? undefined : deriveEnd(d.start, d.precision));
  if (end === undefined) {
    complain([...at, 'end'], 'required when precision is range');
    return undefined;
  }
  const date: FuzzyDate = {
    start: d.start,
    end,
    precision: d.precision,
    basis: d.basis,
    note: { ar: d.note.ar, en: d.note.en },
    edtf: toEdtf(d.start, end, d.precision, d.approximate ?? false),
  };
  let ok = true;
  const flag: Complain = (path, message) => {
    ok = false;
    complain(path, message);
  };
  if (d.basis === 'external') {
    if (d.outside) date.outside = { ar: d.outside.ar, en: d.outside.en };
    else flag([...at, 'outside'], 'required when basis is external: name the outside record');
    if (!d.fallback) {
      flag([...at, 'fallback'], 'required when basis is external: the range the texts support');
    } else if (d.fallback.end < d.fallback.start) {
      flag([...at, 'fallback', 'end'], `${d.fallback.end} is before start ${d.fallback.start}`);
    } else date.fallback = { start: d.fallback.start, end: d.fallback.end };
  } else {
    for (const field of ['outside', 'fallback'] as const) {
      if (d[field] !== undefined) flag([...at, field], 'only for basis external');
    }
  }
  const problem =
    end < d.start ? (['end', `${end} is before start ${d.start}`] as const) : misfit(date);
  if (problem) flag([...at, problem[0]], problem[1]);
  checkNote(date, at, flag);
  return ok ? date : undefined;
}
