import { useCallback, useEffect, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Corpus, KhattEvent } from '../../domain/types';
import type { ViewState } from '../../domain/view-state';
import { MIN_SPAN, centreOn, eventAnchor, spanWidth, zoomWindow } from '../../timeline/time-window';
import { createTimeIndex, queryWindow } from '../../timeline/window-query';
import { getSnapshot, navigate } from '../../url-state/url-store';
import { LOD_LIMIT } from './geometry';
import { OverviewStrip } from './overview-strip';
import { TimelineLegend } from './timeline-legend';
import { legendIds } from './names';
import { TimelinePlot } from './timeline-plot';
import { TimelineToolbar } from './timeline-toolbar';
import { useTimelineWindow } from './use-timeline-window';
import { useWidth } from './use-width';
import './timeline-view.css';

export interface TimelineViewProps {
  corpus: Corpus;
  /** The filtered events, in time order. */
  events: KhattEvent[];
  state: ViewState;
  /** Zoom by wheel only with Ctrl/⌘ held (the embed: a plain wheel scrolls the host page). */
  wheelNeedsModifier?: boolean;
}

/**
 * The timeline: zoom controls and the window in words, the plot (lanes per kind, axis, marks),
 * the overview strip with its brush, and the legend. React renders every node; d3 computes
 * (src/timeline) and listens to gestures (use-zoom, use-brush). The window lives in the URL.
 */
export function TimelineView({
  corpus,
  events,
  state,
  wheelNeedsModifier = false,
}: TimelineViewProps) {
  const { t, i18n } = useTranslation('timeline');
  const lang = state.lang;
  const dir = i18n.dir(lang);
  const ids = legendIds(useId());
  const [box, width] = useWidth<HTMLDivElement>();
  const win = useTimelineWindow(corpus.events, state.window);
  const { span, extent, show } = win;
  const index = useMemo(() => createTimeIndex(events), [events]);
  const count = useMemo(() => queryWindow(index, span).length, [index, span]);
  const lod = count > LOD_LIMIT;

  const zoom = useCallback(
    (factor: number, at?: number) => show(zoomWindow(span, factor, at)),
    [show, span],
  );
  const select = useCallback((id: string) => navigate({ ...getSnapshot().state, event: id }), []);

  // When the selection changes from elsewhere (the list, the details panel) to an event
  // outside the window, bring it into view. Not on mount: a shared link keeps its window.
  const previous = useRef(state.event);
  useEffect(() => {
    if (previous.current === state.event) return;
    previous.current = state.event;
    const event = events.find((e) => e.id === state.event);
    if (!event) return;
    const at = eventAnchor(event);
    if (at < span[0] || at > span[1]) show(centreOn(span, at));
  }, [state.event, events, span, show]);

  return (
    <section className="tl" aria-label={t('region')}>
      <TimelineToolbar
        lang={lang}
        span={span}
        count={count}
        lod={lod}
        canZoomIn={spanWidth(span) > MIN_SPAN * 1.01}
        canZoomOut={spanWidth(span) < spanWidth(extent) * 0.99}
        onZoomIn={() => zoom(2)}
        onZoomOut={() => zoom(0.5)}
        onShowAll={() => show(extent)}
        onFirstView={() => show(null)}
      />
      <div ref={box} className="tl-box">
        <TimelinePlot
          width={width}
          dir={dir}
          lang={lang}
          index={index}
          win={win}
          lod={lod}
          selectedId={state.event}
          onSelect={select}
          onZoom={zoom}
          ids={ids}
          wheelNeedsModifier={wheelNeedsModifier}
        />
        <OverviewStrip
          width={width}
          dir={dir}
          lang={lang}
          extent={extent}
          corpusEvents={corpus.events}
          events={events}
          span={span}
          onPreview={win.preview}
          onCommit={show}
        />
      </div>
      <TimelineLegend lang={lang} ids={ids} />
    </section>
  );
}
