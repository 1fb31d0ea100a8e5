import type { KhattEvent, Lang } from '../../domain/types';
import { indexDensity } from '../../timeline/density';
import type { QuietWarp } from '../../timeline/quiet-warp';
import { layoutLanes } from '../../timeline/lanes';
import { timeTicks, type DateFormatter, type Tick } from '../../timeline/ticks';
import { createTimeScale, type Direction, type TimeScale } from '../../timeline/time-scale';
import { spanWidth, type Span } from '../../timeline/time-window';
import { countWindow, queryWindow, type TimeIndex } from '../../timeline/window-query';
import type { MeasureText } from '../../timeline/label-fit';
import { CHAR_W, INSET, LANE_KINDS, LOD_LIMIT, MARK, MAX_LABEL_W } from './geometry';
import { idsOf, type TimelineNode } from './timeline-node';
import type { PlotNavItem } from './use-roving-focus';

export interface PlotModel {
  scale: TimeScale;
  ticks: Tick[];
  /** The plot's horizontal bounds in pixels. */
  plot: readonly [number, number];
  /** The broken axis's compressed stretches in the window, as pixel bands `[x0, x1]`, x0 < x1. */
  breaks: [number, number][];
  /** Too many events in the window to draw one by one: density bars instead. */
  lod: boolean;
  /** Every drawn item, per lane. */
  lanes: TimelineNode[][];
  /** The items on screen, the ones the keyboard moves between. */
  nav: PlotNavItem[];
}

export interface PlotInput {
  span: Span;
  width: number;
  dir: Direction;
  lang: Lang;
  index: TimeIndex;
  /** Label formatters for the axis, bound to `lang`. */
  format: DateFormatter;
  /** Label widths in pixels, in the label font (see label-measure.ts). */
  measure: MeasureText;
  /** The selected event: never hidden inside a cluster. */
  keep?: string | null;
  /** The broken axis over the shown events (quietWarp); none: linear. */
  warp?: QuietWarp | undefined;
}

/**
 * What the plot draws for a window, as plain data: the scale, the axis ticks, the lanes (marks,
 * clusters, or density bars when the window is crowded) and the keyboard's items. Pure and
 * DOM-free, so the canvas painter calls it every frame and the React hook memoises over it.
 */
export function plotModel({
  span,
  width,
  dir,
  lang,
  index,
  format,
  measure,
  keep = null,
  warp,
}: PlotInput): PlotModel {
  const scale = createTimeScale(span, width, dir, INSET, warp);
  const gaps = (warp?.gaps ?? []).filter(([a, b]) => b > span[0] && a < span[1]);
  const ticks = timeTicks(scale, format, { charWidth: CHAR_W, skip: gaps });
  const plot = [INSET, Math.max(INSET, width - INSET)] as const;
  const breaks = gaps.map(([a, b]): [number, number] => {
    const [x0, x1] = [scale(Math.max(a, span[0])), scale(Math.min(b, span[1]))];
    return [Math.min(x0, x1), Math.max(x0, x1)];
  });

  // Query a little beyond the window, so marks and labels entering from its edges are drawn.
  const margin = ((MARK + MAX_LABEL_W) / Math.max(1, width - 2 * INSET)) * spanWidth(span);
  const lod = countWindow(index, span) > LOD_LIMIT;
  const label = (e: KhattEvent) => e.title[lang];
  let lanes: TimelineNode[][];
  if (width <= 0) lanes = LANE_KINDS.map(() => []);
  else if (lod) {
    lanes = indexDensity(index, scale, LANE_KINDS, 6).map((lane) =>
      lane.bins.map((bin) => ({ ...bin, type: 'bin' as const, max: lane.max })),
    );
  } else {
    const inView = queryWindow(index, [span[0] - margin, span[1] + margin]);
    lanes = layoutLanes(inView, scale, {
      kinds: LANE_KINDS,
      rows: 3,
      markSize: MARK,
      gap: 8,
      label,
      measure,
      maxLabelWidth: MAX_LABEL_W,
      keep,
    }).map((lane) => lane.items);
  }

  const nav = lanes.flatMap((nodes, lane) =>
    nodes
      .filter((n) => n.x1 >= plot[0] && n.x0 <= plot[1])
      .map((n) => ({
        key: n.key,
        x: n.type === 'bin' ? (n.x0 + n.x1) / 2 : n.x,
        lane,
        start: n.start,
        ids: idsOf(n),
      })),
  );

  return { scale, ticks, plot, breaks, lod, lanes, nav };
}

const INPUT_KEYS = ['span', 'width', 'dir', 'lang', 'index', 'format', 'measure', 'warp'] as const;
let last: { input: PlotInput; model: PlotModel } | null = null;

/**
 * `plotModel`, remembering its last answer: asked again with the same input (every field the
 * same object or value), it returns the same model. The canvas painter and React's render of
 * the same window then share one layout, whichever of them comes first.
 */
export function sharedPlotModel(input: PlotInput): PlotModel {
  const before = last?.input;
  const same =
    before !== undefined &&
    (before.keep ?? null) === (input.keep ?? null) &&
    INPUT_KEYS.every((key) => before[key] === input[key]);
  if (same && last) return last.model;
  const model = plotModel(input);
  last = { input, model };
  return model;
}

/**
 * The accessible twin of a canvas-drawn window: at most `cap` of the items on screen, as real
 * DOM. The ones in `keep` (the selection, the tab stop) always, then the nearest to `centre`.
 */
export function twinLanes(
  model: Pick<PlotModel, 'lanes' | 'nav'>,
  keep: ReadonlySet<string>,
  centre: number,
  cap: number,
): TimelineNode[][] {
  // Few enough: the twin is every drawn item, as the SVG layer draws them.
  if (model.lanes.reduce((sum, nodes) => sum + nodes.length, 0) <= cap) return model.lanes;
  const onScreen = new Set(model.nav.map((n) => n.key));
  const chosen = new Set(
    [...model.nav]
      .sort(
        (a, b) =>
          Number(keep.has(b.key)) - Number(keep.has(a.key)) ||
          Math.abs(a.x - centre) - Math.abs(b.x - centre),
      )
      .slice(0, cap)
      .map((n) => n.key),
  );
  return model.lanes.map((nodes) =>
    nodes.filter((n) => chosen.has(n.key) || (keep.has(n.key) && !onScreen.has(n.key))),
  );
}
