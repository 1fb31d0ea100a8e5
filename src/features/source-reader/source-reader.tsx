import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef } from 'react';
import { excerptId, parseExcerptId } from '../../domain/excerpt-id';
import { formatNumber } from '../../i18n/format';
import { useTranslation } from 'react-i18next';
import { sourceTextQuery } from '../../api/corpus';
import { isUnnamedOutlet } from '../../domain/sources';
import type { Corpus } from '../../domain/types';
import { useView, viewActions } from '../../url-state/view-store';
import { activationTarget, eventsOf, highlightsFor, paragraphsOf, type Segment } from './segments';
import { looksLikeHtml, ReaderStatus } from './reader-status';
import './source-reader.css';
import { SourceText } from './source-text';
import { useReturnFocus } from '../../ui/use-return-focus';
import { ownsKeys } from '../../ui/owns-keys';
import { useDocumentKeys } from '../../ui/use-document-keys';
import { PublishedDate } from '../../ui/published-date';
import { stepKey } from '../../ui/step-key';
import { focusWasCovered, scrollToCurrent } from './reader-dom';
import { chosenPassage, passageSteps, type PassageStep } from './passages';
import { ReaderTip, useReaderTip } from './reader-tip';

interface Props {
  corpus: Corpus;
  /** The source id open in the reader. */
  article: string;
}

/**
 * The article reader, mounted by the shell while `article` is set: the full verbatim article
 * with every excerpt of it (from all events, filtered or not) highlighted. Highlights of the
 * selected event stand out; the chosen one (the linked excerpt, else the event's first here) is
 * outlined, flashed and scrolled into view, and N/P or the passage buttons step through the
 * event's passages (into another article when the event quotes two). Opening the reader
 * from a control it covers moves focus to its title; closing it returns focus there.
 */
export function SourceReader({ corpus, article }: Props) {
  const { t } = useTranslation(['reader', 'details']);
  const lang = useView((s) => s.lang);
  const selected = useView((s) => s.event);
  const linkedExcerpt = useView((s) => s.excerpt);
  const source = useMemo(
    () => corpus.sources.find((s) => s.id === article) ?? null,
    [corpus.sources, article],
  );
  const panel = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const currentRef = useRef<HTMLElement>(null);
  const justOpened = useRef(true);
  const headingId = useId();
  const text = useQuery({
    ...sourceTextQuery(article, source?.text_sha256),
    enabled: source !== null,
  });
  const body = text.data !== undefined && !looksLikeHtml(text.data) ? text.data : undefined;

  useReturnFocus(panel);

  // Opening from a control the reader now covers moves focus to its title.
  useLayoutEffect(() => {
    justOpened.current = true;
    if (focusWasCovered()) heading.current?.focus();
  }, [article]);

  const { highlights, missing } = useMemo(
    () =>
      body !== undefined
        ? highlightsFor(corpus.events, article, body)
        : { highlights: [], missing: 0 },
    [corpus.events, article, body],
  );
  const paragraphs = useMemo(
    () => (body !== undefined ? paragraphsOf(body, highlights) : []),
    [body, highlights],
  );

  const titles = useMemo(
    () => new Map(corpus.events.map((e) => [e.id, e.title[lang]])),
    [corpus.events, lang],
  );
  const quotesThis = selected !== null && highlights.some((h) => h.event === selected);
  const selectedEvent = useMemo(
    () => corpus.events.find((e) => e.id === selected) ?? null,
    [corpus.events, selected],
  );
  const chosenIndex = chosenPassage(selectedEvent, article, linkedExcerpt);
  const chosen = selected !== null && chosenIndex >= 0 ? excerptId(selected, chosenIndex) : null;
  const steps = selectedEvent
    ? passageSteps(selectedEvent, chosenIndex)
    : { previous: null, next: null };
  const total = selectedEvent?.excerpts.length ?? 0;

  const nameOf = useCallback(
    (events: string[]) => {
      const list = new Intl.ListFormat(lang, { type: 'conjunction' });
      return t('excerptOf', {
        count: events.length,
        titles: list.format(events.map((id) => titles.get(id) ?? id)),
      });
    },
    [lang, t, titles],
  );

  /** Its place among the selected event's passages, or how activating it opens its event(s). */
  const describe = useCallback(
    (segment: Segment) => {
      const own = segment.highlights.find((h) => h.event === selected);
      const place = own ? parseExcerptId(own.key) : null;
      if (place) {
        return t('passageOf', {
          index: formatNumber(lang, place.index + 1),
          total: formatNumber(lang, total),
        });
      }
      return new Set(segment.highlights.map((h) => h.event)).size > 1
        ? t('openEvents')
        : t('openEvent');
    },
    [selected, total, lang, t],
  );

  // Stable while the selection stands, so the memoised text is not re-rendered per render.
  const onActivate = useCallback(
    (segment: Segment) => {
      const target = activationTarget(segment, selected);
      const excerpt = segment.highlights.find((h) => h.event === target)?.key;
      if (target) viewActions.selectEvent(target, excerpt ? { excerpt } : {});
    },
    [selected],
  );

  // Bring the chosen excerpt into view when it changes or the text arrives.
  useEffect(() => {
    if (body === undefined) return;
    const mark = currentRef.current;
    if (mark && panel.current) scrollToCurrent(panel.current, mark, justOpened.current);
    justOpened.current = false;
  }, [body, selected, chosen, article]);

  const go = (step: PassageStep | null) => {
    if (step) viewActions.openArticle(step.article, { excerpt: step.excerpt });
  };

  useDocumentKeys((e) => {
    if (e.defaultPrevented || ownsKeys(e.target)) return;
    const command = stepKey(e);
    if (command) {
      // Letters act only with focus in the reader (or nowhere), never on another widget.
      const target = e.target instanceof Element ? e.target : null;
      if (target && target !== document.body && !panel.current?.contains(target)) return;
      e.preventDefault();
      go(command === 'next' ? steps.next : steps.previous);
      return;
    }
    if (e.key !== 'Escape' || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    viewActions.openArticle(null);
  });

  const segmentsByStart = useMemo(
    () => new Map(paragraphs.flatMap((p) => p.segments.map((s) => [s.start, s] as const))),
    [paragraphs],
  );
  const tipBox = useRef<HTMLDivElement>(null);
  const tip = useReaderTip(tipBox, segmentsByStart);

  const selectedTitle = selected ? titles.get(selected) : undefined;
  const unnamed = source !== null && isUnnamedOutlet(source);

  return (
    <section ref={panel} className="source-reader" aria-labelledby={headingId}>
      <div className="reader-bar">
        <h2 id={headingId} ref={heading} tabIndex={-1} className="reader-title">
          {!source
            ? t('unknownArticle')
            : unnamed
              ? t('headingUnnamed', { title: source.title[lang] })
              : t('heading', { outlet: source.outlet[lang], title: source.title[lang] })}
        </h2>
        <button
          type="button"
          className="reader-close"
          aria-label={t('close')}
          title={t('closeTitle')}
          aria-keyshortcuts="Escape"
          onClick={() => viewActions.openArticle(null)}
        >
          <span aria-hidden="true">✕</span>
        </button>
      </div>

      {source && (
        <div className="reader-meta">
          <p>
            <PublishedDate source={source} lang={lang} />
            {unnamed && ` · ${t('unnamedOutlet')}`}
            {body !== undefined && (
              <>
                {' · '}
                {t('highlighted', { count: highlights.length })}
              </>
            )}
          </p>
          {selectedTitle && (
            <p className="reader-selected">
              {quotesThis || body === undefined
                ? t('selected', { title: selectedTitle })
                : t('selectedNotQuoted', { title: selectedTitle })}
            </p>
          )}
          {chosenIndex >= 0 && (
            <div className="reader-passages" role="group" aria-label={t('passages')}>
              <button
                type="button"
                aria-label={t('previousPassage')}
                title={t('previousPassageTitle')}
                aria-keyshortcuts="P"
                aria-disabled={steps.previous ? undefined : true}
                onClick={() => go(steps.previous)}
              >
                <span aria-hidden="true">{t('details:previousArrow')}</span> {t('previousPassage')}
              </button>
              <p role="status">
                {t('passagePosition', {
                  index: formatNumber(lang, chosenIndex + 1),
                  total: formatNumber(lang, total),
                })}
              </p>
              <button
                type="button"
                aria-label={t('nextPassage')}
                title={t('nextPassageTitle')}
                aria-keyshortcuts="N"
                aria-disabled={steps.next ? undefined : true}
                onClick={() => go(steps.next)}
              >
                {t('nextPassage')} <span aria-hidden="true">{t('details:nextArrow')}</span>
              </button>
            </div>
          )}
          {highlights.length > 0 && <p className="reader-hint">{t('hint')}</p>}
          {missing > 0 && <p className="reader-missing">{t('missing', { count: missing })}</p>}
        </div>
      )}

      {source && <ReaderStatus query={text} />}

      {body !== undefined && (
        <div className="reader-body" ref={tipBox} {...tip.handlers}>
          <SourceText
            text={body}
            paragraphs={paragraphs}
            current={quotesThis ? selected : null}
            chosen={chosen}
            nameOf={nameOf}
            describe={describe}
            onActivate={onActivate}
            currentRef={currentRef}
          />
          {tip.shown && (
            <ReaderTip
              at={tip.shown}
              lines={[nameOf(eventsOf(tip.shown.segment)), describe(tip.shown.segment)]}
            />
          )}
        </div>
      )}
    </section>
  );
}
