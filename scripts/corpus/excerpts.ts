/** Anchoring a verbatim quote in its source text (UTF-16 offsets, `end` exclusive). */

export type Anchor =
  | { ok: true; start: number; end: number }
  | { ok: false; field: 'quote' | 'start'; message: string };

/** Every offset where `quote` occurs in `text`, overlaps included. */
export function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) found.push(i);
  return found;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Copying from a web page often turns no-break spaces and line breaks into plain spaces.
function looseOffset(text: string, quote: string): number | undefined {
  const pattern = quote.split(/\s+/).map(escape).join('\\s+');
  const i = text.search(new RegExp(pattern, 'u'));
  return i < 0 ? undefined : i;
}

/**
 * Anchors `quote` in `text`. A quote found more than once needs `start`; a given `start` must
 * point at the quote. `source` names the text in messages, e.g. `elaph-2021-12 (001_….txt)`.
 */
export function anchorQuote(
  text: string,
  quote: string,
  start: number | undefined,
  source: string,
): Anchor {
  const found = occurrences(text, quote);
  if (found.length === 0) {
    const near = looseOffset(text, quote);
    const hint = near === undefined ? '' : `; it occurs at ${near} with different whitespace`;
    return { ok: false, field: 'quote', message: `not found verbatim in source ${source}${hint}` };
  }
  if (start !== undefined) {
    if (found.includes(start)) return { ok: true, start, end: start + quote.length };
    return {
      ok: false,
      field: 'start',
      message: `${start} does not point at the quote (it occurs at ${found.join(', ')})`,
    };
  }
  const [only] = found;
  if (found.length > 1 || only === undefined) {
    return {
      ok: false,
      field: 'quote',
      message: `occurs ${found.length} times in source ${source} (at ${found.join(', ')}); add start to choose one`,
    };
  }
  return { ok: true, start: only, end: only + quote.length };
}
