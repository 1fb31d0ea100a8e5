import { useDeferredValue, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { eventsInTimeOrder, filterEvents } from '../../domain/filter';
import type { Corpus, KhattEvent } from '../../domain/types';
import { dirOf } from '../../i18n/i18n';
import { MIN_SPAN, spanWidth } from '../../timeline/time-window';
import { countWindow, createTimeIndex, type TimeIndex } from '../../timeline/window-query';
import { useView } from '../../url-state/view-store';
import { LOD_LIMIT } from './geometry';
import { legendIds } from './names';
import { OverviewStrip } from './overview-strip';
import { TimelineLegend } from './timeline-legend';
import { TimelinePlot } from './timeline-plot';
import { TimelineToolbar } from './timeline-toolbar';
import { useSettledSpan } from './use-viewport-span';
import { useWidth } from './use-width';
import { WindowAnnouncer } from './window-announcer';
import { createViewport, type Viewport } from './viewport';
import './timeline-view.css';

export interface TimelineViewProps {
  corpus: Corpus;
  /** The filtered events, in time order. */
  events: readonly KhattEvent[];
  /** Zoom by wheel only with Ctrl/⌘ held (the embed: a plain wheel scrolls the host page). */
  wheelNeedsModifier?: boolean;
  /** A phone, above the list: a tighter toolbar (timeline-view.css). */
  compact?: boolean;
}

/**
 * The viewport for this corpus (`whole`: the time index of all its events), following the URL
 * while the timeline is mounted.
 */
function useViewport(corpus: Corpus, whole: TimeIndex, events: readonly KhattEvent[]): Viewport {
  const create = () => createViewport(whole, { filter: (state) => filterEvents(corpus, state) });
  const [viewport, setViewport] = useState(create);
  const [owner, setOwner] = useState(corpus);
  if (owner !== corpus) {
    // A new corpus (a refetch) has another extent and first view: start afresh.
    setOwner(corpus);
    setViewport(create());
  }
  useEffect(() => viewport.start(), [viewport]);
  useEffect(() => viewport.setEvents(events), [viewport, events]);
  return viewport;
}

/**
 * The timeline: zoom controls and the window in words, the plot (lanes per kind, axis, marks),
 * the overview strip with its brush, and the legend. React renders every node; d3 computes
 * (src/timeline) and listens to gestures (use-zoom, use-brush). The window has one owner, the
 * viewport: this component renders when the window is kept, never per frame of a gesture.
 */
export function TimelineView({
  corpus,
  events,
  wheelNeedsModifier = false,
  compact = false,
}: TimelineViewProps) {
  const { t } = useTranslation('timeline');
  const lang = useView((s) => s.lang);
  const dir = dirOf(lang);
  const reactId = useId();
  const ids = useMemo(() => legendIds(reactId), [reactId]);
  const [box, width] = useWidth<HTMLDivElement>();
  const whole = useMemo(() => createTimeIndex(eventsInTimeOrder(corpus)), [corpus]);
  const viewport = useViewport(corpus, whole, events);
  const span = useSettledSpan(viewport);
  const { extent } = viewport;
  const index = useMemo(() => createTimeIndex(events), [events]);
  const count = useMemo(() => countWindow(index, span), [index, span]);
  // The overview's density is a pass over every shown event: after the plot, in its own render.
  const overviewEvents = useDeferredValue(events);
  const overviewIndex = useMemo(() => createTimeIndex(overviewEvents), [overviewEvents]);

  return (
    <section className={compact ? 'tl tl--compact' : 'tl'} aria-label={t('region')}>
      <TimelineToolbar
        lang={lang}
        span={span}
        count={count}
        lod={count > LOD_LIMIT}
        canZoomIn={spanWidth(span) > MIN_SPAN * 1.01}
        canZoomOut={spanWidth(span) < spanWidth(extent) * 0.99}
        filtered={events.length < corpus.events.length}
        viewport={viewport}
      />
      <div ref={box} className="tl-box">
        <TimelinePlot
          width={width}
          dir={dir}
          lang={lang}
          index={index}
          viewport={viewport}
          ids={ids}
          wheelNeedsModifier={wheelNeedsModifier}
        />
        {/* Not drawn before the box is measured (its first layout effect, before any paint). */}
        {width > 0 && (
          <OverviewStrip
            width={width}
            dir={dir}
            lang={lang}
            corpus={whole}
            shown={overviewIndex}
            viewport={viewport}
          />
        )}
      </div>
      <TimelineLegend lang={lang} ids={ids} />
      <WindowAnnouncer lang={lang} span={span} count={count} />
    </section>
  );
}
