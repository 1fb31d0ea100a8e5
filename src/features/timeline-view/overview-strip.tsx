import { memo, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/types';
import { formatDayRange } from '../../i18n/format';
import { indexDensity } from '../../timeline/density';
import { createOverviewScale } from '../../timeline/overview-scale';
import { yearTicks } from '../../timeline/ticks';
import type { Direction } from '../../timeline/time-scale';
import { anchorFrom, shownDays } from '../../timeline/time-window';
import type { TimeIndex } from '../../timeline/window-query';
import { CHAR_W, INSET, LANE_KINDS, OVERVIEW_H } from './geometry';
import { Hatch, useSvgId } from './hatch';
import { densityPaint, svgPaint } from './tokens';
import { useBrush } from './use-brush';
import { dateFormatterFor } from './use-plot-model';
import { useSettledSpan } from './use-viewport-span';
import type { Viewport } from './viewport';

export interface OverviewProps {
  width: number;
  dir: Direction;
  lang: Lang;
  /** Every event of the corpus, indexed: the strip's scale does not move when filters change. */
  corpus: TimeIndex;
  /** The filtered events, indexed, drawn as density. */
  shown: TimeIndex;
  /** The brush shows the kept window (not every frame of a gesture) and keeps what it draws. */
  viewport: Viewport;
}

const BAND = 11;
const TOP = 4;
const BRUSH_H = TOP + LANE_KINDS.length * BAND + 4;

/** The whole span with quiet years compressed, the events as density, and a brush for the window. */
export const OverviewStrip = memo(function OverviewStrip(props: OverviewProps) {
  const { t } = useTranslation('timeline');
  const { width, dir, lang, corpus, shown, viewport } = props;
  const { extent } = viewport;
  const span = useSettledSpan(viewport);
  // From the indexes' instants: no date is read again for the corpus's 100,000 anchors.
  const anchors = useMemo(() => corpus.starts.map(anchorFrom), [corpus]);
  const { scale, gaps } = useMemo(
    () => createOverviewScale(anchors, extent, width, dir, { inset: INSET }),
    [anchors, extent, width, dir],
  );
  const format = dateFormatterFor(lang);
  const ticks = useMemo(() => yearTicks(scale, format, { charWidth: CHAR_W }), [scale, format]);
  const density = useMemo(() => indexDensity(shown, scale, LANE_KINDS, 3), [shown, scale]);
  const brush = useRef<SVGGElement>(null);
  const hatch = useSvgId();
  useBrush({
    target: brush,
    scale,
    height: BRUSH_H,
    span,
    extent,
    onPreview: viewport.preview,
    onCommit: viewport.show,
  });

  const day = (ms: number) => new Date(ms);
  const label = t('overview', {
    extent: formatDayRange(lang, day(extent[0]), day(extent[1] - 1)),
    range: formatDayRange(lang, ...(shownDays(span).map(day) as [Date, Date])),
  });

  return (
    <svg
      className="tl-overview"
      width={width}
      height={OVERVIEW_H}
      direction={dir}
      role="img"
      aria-label={label}
    >
      <defs>
        <Hatch id={hatch} />
      </defs>
      {gaps.map(([a, b]) => {
        const [x0, x1] = [scale(a), scale(b)].sort((p, q) => p - q) as [number, number];
        return (
          <rect
            fill={`url(#${hatch})`}
            key={a}
            className="tl-gap"
            x={x0}
            y={TOP}
            width={x1 - x0}
            height={BRUSH_H - TOP}
          />
        );
      })}
      {density.map((lane, i) => (
        <g key={lane.kind} {...svgPaint(densityPaint(lane.kind))}>
          {lane.bins.map((bin) => {
            const h = Math.max(
              2,
              (Math.sqrt(bin.count) / Math.sqrt(Math.max(1, lane.max))) * (BAND - 2),
            );
            const bottom = TOP + (i + 1) * BAND;
            return (
              <rect
                key={bin.key}
                className="tl-density"
                x={bin.x0}
                y={bottom - h}
                width={bin.x1 - bin.x0}
                height={h}
              />
            );
          })}
        </g>
      ))}
      <g className="tl-overview-axis">
        {ticks.map((tick) => (
          <g key={+tick.value}>
            <line x1={tick.x} x2={tick.x} y1={BRUSH_H} y2={BRUSH_H + 18} />
            <text x={tick.x} y={BRUSH_H + 13} textAnchor="start" dominantBaseline="central">
              {tick.label}
            </text>
          </g>
        ))}
      </g>
      <g ref={brush} className="tl-brush">
        <rect className="overlay" />
        <rect className="selection" data-testid="overview-brush" />
        <rect className="handle handle--w" />
        <rect className="handle handle--e" />
      </g>
    </svg>
  );
});
