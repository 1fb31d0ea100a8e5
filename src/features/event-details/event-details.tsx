import { useId, useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Corpus, FuzzyDate, KhattEvent } from '../../domain/types';
import { useDateText } from '../../i18n/event-label';
import { formatNumber } from '../../i18n/format';
import { useSearchTerms, useView, viewActions } from '../../url-state/view-store';
import { Highlighted } from '../../ui/highlighted';
import { EventActors } from './event-actors';
import './event-details.css';
import { EventExcerpts } from './event-excerpts';
import { KindSwatch } from '../../ui/kind-swatch';
import { ownsKeys } from '../../ui/owns-keys';
import { useDocumentKeys } from '../../ui/use-document-keys';
import { panelCommand, SHORTCUTS } from './keys';
import { positionOf } from './step';
import { NARROW_SCREEN } from '../../ui/use-media-query';
import { useReturnFocus } from '../../ui/use-return-focus';

interface Props {
  corpus: Corpus;
  /** The selected event (it may be one the filters hide). */
  event: KhattEvent;
  /** The events the filters let through, in time order: what previous/next step through. */
  events: readonly KhattEvent[];
}

/** `<time dateTime>` accepts a day, a month or a year, not a range. */
function machineDate(date: FuzzyDate): string | undefined {
  if (date.precision === 'day') return date.start;
  if (date.precision === 'month') return date.start.slice(0, 7);
  if (date.precision === 'year') return date.start.slice(0, 4);
  return undefined;
}

/**
 * The selected event's details: a complementary panel at the inline end. Selecting an event
 * never moves focus here (keyboard users keep their place in the timeline or list); closing
 * the panel returns focus to where it was. While the article reader is open over it, the panel
 * is hidden, so focus can never sit unseen beneath the reader.
 */
export function EventDetails({ corpus, event, events }: Props) {
  const { t } = useTranslation(['details', 'kinds']);
  const lang = useView((s) => s.lang);
  const readerOpen = useView((s) => s.article !== null);
  const terms = useSearchTerms();
  const panel = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const refocus = useRef(false);
  const headingId = useId();
  const { index, previous, next } = useMemo(() => positionOf(events, event), [events, event]);
  const dateText = useDateText(lang);

  useReturnFocus(panel);

  const step = (to: KhattEvent | null) => {
    if (!to) return;
    refocus.current = panel.current?.contains(document.activeElement) ?? false;
    viewActions.selectEvent(to.id);
  };
  const close = () => viewActions.selectEvent(null);

  // A new event starts at the top; focus on a control the new event lacks moves to its title.
  useLayoutEffect(() => {
    panel.current?.scrollTo?.({ top: 0 });
    // On a phone the panel sits in the page flow: bring a newly selected event into view.
    const node = panel.current;
    if (node && window.matchMedia(NARROW_SCREEN).matches) {
      const { top, bottom } = node.getBoundingClientRect();
      if (top < 0 || bottom > window.innerHeight) node.scrollIntoView({ block: 'start' });
    }
    if (refocus.current && !panel.current?.contains(document.activeElement)) {
      heading.current?.focus();
    }
    refocus.current = false;
  }, [event.id]);

  useDocumentKeys((e) => {
    const command = panelCommand(e);
    if (!command || e.defaultPrevented || readerOpen) return;
    if (ownsKeys(e.target)) return;
    const target = e.target instanceof Element ? e.target : null;
    if (command === 'close') {
      e.preventDefault();
      close();
      return;
    }
    // Letter keys act only with focus in this panel (or nowhere), never on another widget.
    if (target && target !== document.body && !panel.current?.contains(target)) return;
    e.preventDefault();
    step(command === 'next' ? next : previous);
  });

  const note = event.date.note[lang].trim();

  return (
    <section ref={panel} className="event-details" aria-labelledby={headingId} hidden={readerOpen}>
      <div className="details-bar">
        <button
          type="button"
          className="details-step"
          aria-label={t('details:previous')}
          title={t('details:previousTitle')}
          aria-keyshortcuts={SHORTCUTS.previous}
          aria-disabled={previous ? undefined : true}
          onClick={() => step(previous)}
        >
          <span aria-hidden="true">{t('details:previousArrow')}</span>
          {t('details:previousShort')}
        </button>
        <p className="details-position">
          {index >= 0
            ? t('details:position', {
                index: formatNumber(lang, index + 1),
                total: formatNumber(lang, events.length),
              })
            : t('details:hiddenByFilters')}
        </p>
        <button
          type="button"
          className="details-step"
          aria-label={t('details:next')}
          title={t('details:nextTitle')}
          aria-keyshortcuts={SHORTCUTS.next}
          aria-disabled={next ? undefined : true}
          onClick={() => step(next)}
        >
          {t('details:nextShort')}
          <span aria-hidden="true">{t('details:nextArrow')}</span>
        </button>
        <button
          type="button"
          className="details-close"
          aria-label={t('details:close')}
          title={t('details:closeTitle')}
          aria-keyshortcuts={SHORTCUTS.close}
          onClick={close}
        >
          <span aria-hidden="true">✕</span>
        </button>
      </div>

      <h2 id={headingId} ref={heading} tabIndex={-1} className="details-title">
        <Highlighted text={event.title[lang]} terms={terms} />
      </h2>

      <dl className="details-facts">
        <div>
          <dt>{t('details:date')}</dt>
          <dd>
            <time className="details-date" dateTime={machineDate(event.date)}>
              {dateText(event.date)}
            </time>
            <span className="details-evidence">
              {t('details:evidence', {
                precision: t(`kinds:precision.${event.date.precision}`),
                basis: t(`kinds:basis.${event.date.basis}`),
              })}
            </span>
            {note && <span className="details-note">{note}</span>}
          </dd>
        </div>
        <div>
          <dt>{t('details:kind')}</dt>
          <dd className="details-kind">
            <KindSwatch kind={event.kind} />
            {t(`kinds:${event.kind}`)}
          </dd>
        </div>
        {event.subtype && (
          <div>
            <dt>{t('details:subtype')}</dt>
            <dd>{t(`kinds:subtype.${event.subtype}`)}</dd>
          </div>
        )}
        <div>
          <dt>{t('details:status')}</dt>
          <dd>
            <span className={`details-status details-status--${event.status}`}>
              {t(`kinds:status.${event.status}`)}
            </span>
          </dd>
        </div>
        {event.place && (
          <div>
            <dt>{t('details:place')}</dt>
            <dd>{event.place[lang]}</dd>
          </div>
        )}
      </dl>

      <p className="details-summary">
        <Highlighted text={event.summary[lang]} terms={terms} />
      </p>

      <EventActors corpus={corpus} event={event} lang={lang} />
      <EventExcerpts
        corpus={corpus}
        event={event}
        lang={lang}
        formatDate={dateText}
        terms={terms}
      />

      <p className="details-keys">{t('details:keys')}</p>
    </section>
  );
}
