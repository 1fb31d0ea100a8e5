import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/types';
import { formatDayRange, formatNumber } from '../../i18n/format';
import { shownDays, type Span } from '../../timeline/time-window';

export interface AnnouncerProps {
  lang: Lang;
  /** The kept window (it changes once per commit, never per frame of a gesture). */
  span: Span;
  /** Events of the filtered set inside it. */
  count: number;
  /** Quiet time after the last change before it is said. */
  delayMs?: number;
}

const DELAY_MS = 700;

/**
 * Says the kept window politely (a live region): once per change, after the changes stop for
 * `delayMs`, so a run of key presses or a throttled gesture is one announcement; nothing on
 * first load, which the page itself presents.
 */
export function WindowAnnouncer({ lang, span, count, delayMs = DELAY_MS }: AnnouncerProps) {
  const { t } = useTranslation('timeline');
  const [text, setText] = useState('');
  const [first, last] = shownDays(span);
  const initial = useRef({ first, last });
  const message = t('windowAnnounce', {
    range: formatDayRange(lang, new Date(first), new Date(last)),
    inView: t('countInView', { count, n: formatNumber(lang, count) }),
  });
  const latest = useRef(message);
  useEffect(() => {
    latest.current = message;
  });

  useEffect(() => {
    if (initial.current.first === first && initial.current.last === last) return;
    initial.current = { first: NaN, last: NaN };
    const timer = setTimeout(() => setText(latest.current), delayMs);
    return () => clearTimeout(timer);
  }, [first, last, delayMs]);

  return (
    <p className="visually-hidden" role="status" aria-live="polite">
      {text}
    </p>
  );
}
