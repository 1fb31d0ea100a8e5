import { normalizeForSearch } from './search-normalize';

/**
 * Where a search's terms occur in a text as written, so the list and the details can mark them.
 * The text is folded code point by code point exactly as the search folds it, with each folded
 * letter remembering where it came from; terms are found in the folded text and mapped back.
 */

const SEPARATOR = /[\p{P}\p{S}\p{Z}\s\p{Cc}]/u;

/** The spellings a folded term may have in the text itself (see foldWords). */
function surfaceForms(term: string): string[] {
  const forms = [term];
  if (term.includes('امريك')) forms.push(term.replace('امريك', 'اميرك'));
  return forms;
}

/** [start, end) ranges of `text` (UTF-16 offsets) where any of the terms occur, merged and sorted. */
export function matchRanges(text: string, terms: readonly string[]): [number, number][] {
  if (terms.length === 0 || text === '') return [];
  let folded = '';
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    const char = text.slice(i, i + width);
    const out = normalizeForSearch(char) || (SEPARATOR.test(char) ? ' ' : '');
    // A haraka or tatweel belongs to the letter before it: a mark ends with it.
    if (out === '' && to.length > 0) to[to.length - 1] = i + width;
    for (const c of out) {
      folded += c;
      from.push(i);
      to.push(i + width);
    }
    i += width;
  }
  const ranges: [number, number][] = [];
  for (const term of terms) {
    for (const form of surfaceForms(term)) {
      for (let at = folded.indexOf(form); at >= 0; at = folded.indexOf(form, at + 1)) {
        const start = from[at];
        const end = to[at + form.length - 1];
        if (start !== undefined && end !== undefined) ranges.push([start, end]);
      }
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}
