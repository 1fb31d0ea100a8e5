import { Fragment, memo, useId, type KeyboardEvent, type RefObject } from 'react';
import { eventsOf, type Paragraph, type Segment } from './segments';

interface Props {
  text: string;
  paragraphs: Paragraph[];
  /** The selected event, whose passages stand out (null: none of its passages is here). */
  current: string | null;
  /** The key of the one passage marked and scrolled to (an excerpt id), or null. */
  chosen: string | null;
  /** The accessible name of a highlight belonging to these events, in the UI language. */
  nameOf: (events: string[]) => string;
  /** What a highlight adds to its name (its place among the event's passages, or how to open it). */
  describe: (segment: Segment) => string;
  onActivate: (segment: Segment) => void;
  /** Receives the chosen passage's first highlight (else the current event's first), to scroll it into view. */
  currentRef: RefObject<HTMLElement | null>;
}

/**
 * The verbatim article as React text nodes, one paragraph per line, with every excerpt a
 * highlight: a <mark> holding a button-role span named "Excerpt of: <event>" followed by its
 * own words, so a screen reader still reads the article's text. The selected event's passages
 * stand out (a solid rule, a stronger fill); the chosen one is outlined and `aria-current`.
 */
export const SourceText = memo(function SourceText({
  text,
  paragraphs,
  current,
  chosen,
  nameOf,
  describe,
  onActivate,
  currentRef,
}: Props) {
  const idPrefix = useId();
  // Names and descriptions repeat across highlights: each text is one hidden element, referenced.
  const refs = new Map<string, string>();
  const refOf = (words: string) => {
    let id = refs.get(words);
    if (!id) {
      id = `${idPrefix}l${refs.size}`;
      refs.set(words, id);
    }
    return id;
  };
  const chosenHere =
    chosen !== null &&
    paragraphs.some((p) => p.segments.some((s) => s.highlights.some((h) => h.key === chosen)));
  let refSet = false;

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
        const isChosen = chosenHere && segment.highlights.some((h) => h.key === chosen);
        const first = !refSet && (chosenHere ? isChosen : isCurrent);
        if (first) refSet = true;
        const id = `${idPrefix}m${segment.start}`;
        const className = [
          'reader-mark',
          isCurrent && 'reader-mark--current',
          isChosen && 'reader-mark--chosen',
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
              aria-current={isChosen ? 'true' : undefined}
              aria-labelledby={`${refOf(nameOf(events))} ${id}`}
              aria-describedby={refOf(describe(segment))}
              data-start={segment.start}
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
        {[...refs].map(([words, id]) => (
          <span key={id} id={id}>
            {words}
          </span>
        ))}
      </div>
    </>
  );
});
