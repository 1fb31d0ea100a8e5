import { useQuery } from '@tanstack/react-query';
import {
  useCallback,
  useEffect,
  useEffectEvent,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
} from 'react';
import { useTranslation } from 'react-i18next';
import { sourceTextQuery } from '../../api/corpus';
import { isUnnamedOutlet } from '../../domain/sources';
import type { Corpus } from '../../domain/types';
import { useView, viewActions } from '../../url-state/view-store';
import { activationTarget, highlightsFor, paragraphsOf, type Segment } from './segments';
import { looksLikeHtml, ReaderStatus } from './reader-status';
import './source-reader.css';
import { SourceText } from './source-text';
import { useReturnFocus } from '../../ui/use-return-focus';
import { ownsKeys } from '../../ui/owns-keys';
import { PublishedDate } from '../../ui/published-date';
import { focusWasCovered, scrollToCurrent } from './reader-dom';

interface Props {
  corpus: Corpus;
  /** The source id open in the reader. */
  article: string;
}

/**
 * The article reader, mounted by the shell while `article` is set: the full verbatim article
 * with every excerpt of it (from all events, filtered or not) highlighted. Highlights of the
 * selected event are current: marked distinctly and scrolled into view. Opening the reader
 * from a control it covers moves focus to its title; closing it returns focus there.
 */
export function SourceReader({ corpus, article }: Props) {
  const { t } = useTranslation('reader');
  const lang = useView((s) => s.lang);
  const selected = useView((s) => s.event);
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

  // Stable while the selection stands, so the memoised text is not re-rendered per render.
  const onActivate = useCallback(
    (segment: Segment) => {
      const target = activationTarget(segment, selected);
      if (target) viewActions.selectEvent(target);
    },
    [selected],
  );

  // Bring the current excerpt into view when it changes or the text arrives.
  useEffect(() => {
    if (body === undefined) return;
    const mark = currentRef.current;
    if (mark && panel.current) scrollToCurrent(panel.current, mark, justOpened.current);
    justOpened.current = false;
  }, [body, selected, article]);

  const onKeyDown = useEffectEvent((e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    if (ownsKeys(e.target)) return;
    e.preventDefault();
    viewActions.openArticle(null);
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKeyDown(e);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

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
          {highlights.length > 0 && <p className="reader-hint">{t('hint')}</p>}
          {missing > 0 && <p className="reader-missing">{t('missing', { count: missing })}</p>}
        </div>
      )}

      {source && <ReaderStatus query={text} />}

      {body !== undefined && (
        <SourceText
          text={body}
          paragraphs={paragraphs}
          current={quotesThis ? selected : null}
          nameOf={nameOf}
          onActivate={onActivate}
          currentRef={currentRef}
        />
      )}
    </section>
  );
}
