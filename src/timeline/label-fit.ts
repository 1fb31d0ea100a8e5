/** The width of a text in pixels, as the label font draws it. */
export type MeasureText = (text: string) => number;

/**
 * A deterministic stand-in for the browser's text measure: a fixed width per character. Unit
 * tests and server rendering use it; the browser measures with a canvas in the label font.
 */
export const charMeasure =
  (charWidth: number): MeasureText =>
  (text) =>
    text.length * charWidth;

const ELLIPSIS = '…';
/** Punctuation that must not be left dangling before an ellipsis (Latin and Arabic). */
const TRAILING = /[\s,;:.·–—\-،؛]+$/u;

/**
 * The longest leading run of whole words of `text` that fits `room` pixels, with an ellipsis
 * when words were dropped, or null when not even the first word fits. Never cuts inside a word:
 * a cut Arabic word changes its letter shapes, a cut English one reads as a different word.
 */
export function fitText(text: string, room: number, measure: MeasureText): string | null {
  if (measure(text) <= room) return text;
  const words = text.split(/\s+/u).filter(Boolean);
  // Binary search on the number of words kept: widths grow with the count.
  let lo = 0;
  let hi = words.length - 1;
  let best: string | null = null;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    const candidate = cut(words, mid);
    if (measure(candidate) <= room) {
      best = candidate;
      lo = mid;
    } else hi = mid - 1;
  }
  return best;
}

function cut(words: readonly string[], count: number): string {
  const kept = words.slice(0, count).join(' ').replace(TRAILING, '');
  return kept ? `${kept}${ELLIPSIS}` : ELLIPSIS;
}

/**
 * `text` broken at spaces into lines of at most `room` pixels, every word kept whole; a word
 * wider than the room stands on a line of its own rather than be cut.
 */
export function wrapText(text: string, room: number, measure: MeasureText): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > room) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
