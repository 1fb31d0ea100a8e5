import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { KhattEvent } from '../../domain/types';
import type { ViewState } from '../../domain/view-state';
import {
  clampWindow,
  corpusExtent,
  defaultWindow,
  spanFromView,
  viewFromSpan,
  type Span,
} from '../../timeline/time-window';
import { getSnapshot, navigate } from '../../url-state/url-store';

export interface TimelineWindow {
  /** The whole corpus with a margin: the zoom's limits. */
  extent: Span;
  /** The default first view (the URL has no window). */
  first: Span;
  /** The window on screen now. */
  span: Span;
  /** A gesture step: draw this window without touching the URL. */
  preview: (span: Span) => void;
  /** Keep this window: the URL gets it in whole days (replaceState); null means the first view. */
  show: (span: Span | null) => void;
}

const keyOf = (window: ViewState['window']) => (window ? `${window.start}..${window.end}` : '');

/**
 * The zoom window has one owner, the URL. While a gesture runs, or after one ends, the exact
 * window is held as transient state tagged with the URL key it belongs to; the moment the URL
 * says something else (Back, a deep link) the tag no longer matches and the URL wins. This keeps
 * sub-day precision on screen without a jump when the URL rounds to whole days.
 */
export function useTimelineWindow(
  corpusEvents: readonly KhattEvent[],
  window: ViewState['window'],
): TimelineWindow {
  const extent = useMemo(() => corpusExtent(corpusEvents), [corpusEvents]);
  const first = useMemo(() => defaultWindow(corpusEvents, extent), [corpusEvents, extent]);
  const urlKey = keyOf(window);
  const start = window?.start;
  const end = window?.end;
  const urlSpan = useMemo(
    () => (start && end ? clampWindow(spanFromView({ start, end }), extent) : first),
    [start, end, extent, first],
  );

  const [live, setLive] = useState<{ span: Span; key: string } | null>(null);
  const expected = useRef(urlKey);
  useLayoutEffect(() => {
    expected.current = urlKey;
  }, [urlKey]);

  const preview = useCallback(
    (span: Span) => setLive({ span: clampWindow(span, extent), key: expected.current }),
    [extent],
  );
  const show = useCallback(
    (span: Span | null) => {
      const clamped = span && clampWindow(span, extent);
      const view = clamped && viewFromSpan(clamped);
      expected.current = keyOf(view);
      setLive(clamped && { span: clamped, key: expected.current });
      navigate({ ...getSnapshot().state, window: view }, { replace: true });
    },
    [extent],
  );

  const span = live && live.key === urlKey ? live.span : urlSpan;
  return { extent, first, span, preview, show };
}
