import { useCallback, useMemo } from 'react';
import type { KhattEvent, Lang } from '../../domain/types';
import { dateFormat } from '../../i18n/format';
import { densityBins } from '../../timeline/density';
import { layoutLanes } from '../../timeline/lanes';
import { timeTicks, type DateFormatter, type Tick } from '../../timeline/ticks';
import { createTimeScale, type Direction, type TimeScale } from '../../timeline/time-scale';
import { spanWidth, type Span } from '../../timeline/time-window';
import { queryWindow, type TimeIndex } from '../../timeline/window-query';
import { CHAR_W, INSET, LANE_KINDS, LOD_LIMIT, MARK, MAX_LABEL_W } from './geometry';
import { useLabelMeasure } from './label-measure';
import { idsOf, type TimelineNode } from './timeline-node';
import type { PlotNavItem } from './use-roving-focus';

export interface PlotModel {
  scale: TimeScale;
  ticks: Tick[];
  /** The plot's horizontal bounds in pixels. */
  plot: readonly [number, number];
  /** Too many events in the window to draw one by one: density bars instead. */
  lod: boolean;
  /** Every drawn item, per lane. */
  lanes: TimelineNode[][];
  /** The items on screen, the ones the keyboard moves between. */
  nav: PlotNavItem[];
}

/** The view's memoised, locale-bound label formatters for the pure tick maths. */
export function useDateFormatter(lang: Lang): DateFormatter {
  return useCallback((options: Intl.DateTimeFormatOptions) => dateFormat(lang, options), [lang]);
}

/**
 * What the plot draws for a window, as plain data: the scale, the axis ticks, the lanes (marks,
 * clusters, or density bars when the window is crowded) and the keyboard's items. Memos over
 * src/timeline; it draws nothing and touches no DOM, so a test can call the maths it wraps.
 */
export function usePlotModel(o: {
  span: Span;
  width: number;
  dir: Direction;
  lang: Lang;
  index: TimeIndex;
  /** The selected event: never hidden inside a cluster. */
  keep?: string | null;
}): PlotModel {
  const { span, width, dir, lang, index, keep = null } = o;
  const scale = useMemo(() => createTimeScale(span, width, dir, INSET), [span, width, dir]);
  const format = useDateFormatter(lang);
  const ticks = useMemo(() => timeTicks(scale, format, { charWidth: CHAR_W }), [scale, format]);
  const plot = useMemo(() => [INSET, Math.max(INSET, width - INSET)] as const, [width]);

  // Query a little beyond the window, so marks and labels entering from its edges are drawn.
  const margin = ((MARK + MAX_LABEL_W) / Math.max(1, width - 2 * INSET)) * spanWidth(span);
  const inView = useMemo(
    () => queryWindow(index, [span[0] - margin, span[1] + margin]),
    [index, span, margin],
  );
  const lod = useMemo(() => queryWindow(index, span).length > LOD_LIMIT, [index, span]);
  const label = useCallback((e: KhattEvent) => e.title[lang], [lang]);
  const measure = useLabelMeasure(lang);
  const lanes: TimelineNode[][] = useMemo(() => {
    if (width <= 0) return LANE_KINDS.map(() => []);
    if (lod) {
      return densityBins(inView, scale, LANE_KINDS, 6).map((lane) =>
        lane.bins.map((bin) => ({ ...bin, type: 'bin' as const, max: lane.max })),
      );
    }
    return layoutLanes(inView, scale, {
      kinds: LANE_KINDS,
      rows: 3,
      markSize: MARK,
      gap: 8,
      label,
      measure,
      maxLabelWidth: MAX_LABEL_W,
      keep,
    }).map((lane) => lane.items);
  }, [width, lod, inView, scale, label, measure, keep]);

  const nav = useMemo(
    () =>
      lanes.flatMap((nodes, lane) =>
        nodes
          .filter((n) => n.x1 >= plot[0] && n.x0 <= plot[1])
          .map((n) => ({
            key: n.key,
            x: n.type === 'bin' ? (n.x0 + n.x1) / 2 : n.x,
            lane,
            start: n.start,
            ids: idsOf(n),
          })),
      ),
    [lanes, plot],
  );

  return { scale, ticks, plot, lod, lanes, nav };
}
