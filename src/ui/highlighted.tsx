import { Fragment, useMemo } from 'react';
import { matchRanges } from '../domain/search-highlight';

/** A text with the search's matches marked (`<mark>`), rendered as text nodes only. */
export function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  const ranges = useMemo(() => matchRanges(text, terms), [text, terms]);
  if (ranges.length === 0) return text;
  const parts = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(<Fragment key={`t${at}`}>{text.slice(at, start)}</Fragment>);
    parts.push(
      <mark key={`m${start}`} className="search-match">
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  if (at < text.length) parts.push(<Fragment key={`t${at}`}>{text.slice(at)}</Fragment>);
  return parts;
}
