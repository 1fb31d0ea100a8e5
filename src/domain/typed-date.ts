import { MONTHS_EN, monthFromName } from './fuzzy-date';
import { isRealDay } from './iso-day';
import type { IsoDay } from './types';

/**
 * A day typed into a date field, read the way the page writes dates — day first: «1 تموز 2021»,
 * «1 يوليو 2021», "1 July 2021", "July 1, 2021", 1/7/2021, 2021-07-01 — never month first, which
 * an Iraqi or British reader would misread. Arabic-Indic digits count as digits.
 */

const EASTERN = /[\u0660-\u0669\u06F0-\u06F9]/g;
const toLatin = (d: string) => {
  const code = d.charCodeAt(0);
  return String(code - (code >= 0x06f0 ? 0x06f0 : 0x0660));
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function isoOf(y: number, m: number, d: number): IsoDay | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  const iso = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
  return y >= 1000 && y <= 9999 && isRealDay(iso) ? iso : null;
}

/** The month named (Iraqi, Egyptian or English, full or three letters, any case). */
function monthOf(name: string): number | undefined {
  const trimmed = name.trim().replace(/[.,،]/g, '');
  const titled = trimmed.charAt(0).toUpperCase() + trimmed.slice(1).toLowerCase();
  const named = monthFromName(trimmed) ?? monthFromName(titled);
  if (named !== undefined) return named;
  const i = MONTHS_EN.findIndex((m) => titled.length >= 3 && m.startsWith(titled));
  return i < 0 ? undefined : i + 1;
}

/** The ISO day a typed text names, or null when it names none (empty text included). */
export function parseTypedDay(text: string): IsoDay | null {
  const s = text
    .replace(EASTERN, toLatin)
    .replace(/[\u200e\u200f\u061c]/g, '')
    .trim();
  if (s === '') return null;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\s*[/.\-\u060c]\s*(\d{1,2})\s*[/.\-\u060c]\s*(\d{4})$/.exec(s);
  if (m) return isoOf(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})\s+(.+?)\s+(\d{4})$/u.exec(s);
  if (m) {
    const month = monthOf(m[2] ?? '');
    return month ? isoOf(Number(m[3]), month, Number(m[1])) : null;
  }
  m = /^(.+?)\s+(\d{1,2}),?\s+(\d{4})$/u.exec(s);
  if (m) {
    const month = monthOf(m[1] ?? '');
    return month ? isoOf(Number(m[3]), month, Number(m[2])) : null;
  }
  return null;
}
