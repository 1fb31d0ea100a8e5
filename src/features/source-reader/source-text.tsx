import { Fragment, memo, useId, type KeyboardEvent, type RefObject } from 'react';
import { eventsOf, type Paragraph, type Segment } from './segments';

interface Props {
  text: string;
  paragraphs: Paragraph[];
  /** Ids of the excerpts' events that count as current (the selected event). */
  current: string | null;
  /** The accessible name of a highlight belonging to these events, in the UI language. */
  nameOf: (events: string[]) => string;
  onActivate: (segment: Segment) => void;
  /** Receives the first current highlight, to scroll it into view. */
  currentRef: RefObject<HTMLElement | null>;
}

/**
 * The verbatim article as React text nodes, one paragraph per line, with every excerpt a
 * highlight: a <mark> holding a button-role span named "Excerpt of: <event>" followed by its
 * own words, so a screen reader still reads the article's text.
 */
export const SourceText = memo(function SourceText({
  text,
  paragraphs,
  current,
  nameOf,
  onActivate,
  currentRef,
}: Props) {
  const idPrefix = useId();
  const labels = new Map<string, { id: string; text: string }>();
  const labelOf = (events: string[]) => {
    const key = events.join(' ');
    let label = labels.get(key);
    if (!label) {
      label = { id: `${idPrefix}l${labels.size}`, text: nameOf(events) };
      labels.set(key, label);
    }
    return label.id;
  };
  let currentSeen = false;

  const onKeyDown = (e: KeyboardEvent, segment: Segment) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    onActivate(segment);
  };

  const body = paragraphs.map((paragraph) => (
    <p key={paragraph.start}>
      {paragraph.segments.map((segment) => {
        const words = text.slice(segment.start, segment.end);
        if (segment.highlights.length === 0) {
          return <Fragment key={segment.start}>{words}</Fragment>;
        }
        const events = eventsOf(segment);
        const isCurrent = current !== null && events.includes(current);
        const first = isCurrent && !currentSeen;
        if (isCurrent) currentSeen = true;
        const id = `${idPrefix}m${segment.start}`;
        const className = [
          'reader-mark',
          isCurrent && 'reader-mark--current',
          events.length > 1 && 'reader-mark--shared',
        ]
          .filter(Boolean)
          .join(' ');
        // The <mark> keeps its "highlight" meaning; the button inside it is what activates.
        return (
          <mark key={segment.start} className={className}>
            <span
              id={id}
              ref={first ? currentRef : undefined}
              className="reader-hit"
              role="button"
              tabIndex={0}
              aria-current={isCurrent ? 'true' : undefined}
              aria-labelledby={`${labelOf(events)} ${id}`}
              onClick={() => onActivate(segment)}
              onKeyDown={(e) => onKeyDown(e, segment)}
            >
              {words}
            </span>
          </mark>
        );
      })}
    </p>
  ));

  return (
    <>
      <div className="reader-text" lang="ar" dir="rtl">
        {body}
      </div>
      <div hidden>
        {[...labels.values()].map((label) => (
          <span key={label.id} id={label.id}>
            {label.text}
          </span>
        ))}
      </div>
    </>
  );
});
