import { memo, useMemo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { KhattEvent, Lang } from '../../domain/types';
import { useDateText, useEventLabel } from '../../i18n/event-label';
import { readingAxis, type TimeScale } from '../../timeline/time-scale';
import { AXIS_H, LANE_H, LANE_HEAD, LANE_KINDS, PLOT_H, laneY, rowY } from './geometry';
import { Hatch, useSvgId } from './hatch';
import { useLabelMeasure } from './label-measure';
import { kindShape } from './mark-geometry';
import { cachedPerEvent, describedBy, groupName, type LegendIds } from './names';
import { SvgShape } from './svg-shape';
import { TimelineItem } from './timeline-item';
import { idsOf, type TimelineNode } from './timeline-node';
import { TimelineTip } from './timeline-tip';
import { laneSurface, shapePaint } from './tokens';

/** The accessible names of items, and the lines of their hover card, in the UI language. */
export function usePlotNames(lang: Lang, ids: LegendIds) {
  const { t } = useTranslation('timeline');
  // One accessible name per event across the app ("title, date, kind"), cached per event
  // because layout re-renders every item on every frame of a zoom.
  const eventLabel = useEventLabel(lang);
  const dateText = useDateText(lang);
  return useMemo(() => {
    const eventName = cachedPerEvent(eventLabel);
    const names = (node: TimelineNode): [string, string | undefined] => {
      if (node.type === 'cluster' || node.type === 'bin') {
        const count = node.type === 'bin' ? node.count : node.events.length;
        return [groupName(t, lang, node.kind, count, [node.start, node.end]), undefined];
      }
      return [eventName(node.event), describedBy(ids, node.event)];
    };
    /** An event's date and kind (and status, unless it occurred), in one line. */
    const facts = (event: KhattEvent): string => {
      const parts = [dateText(event.date), t(`kind.${event.kind}`)];
      if (event.status !== 'occurred') parts.push(t(`legend.${event.status}`));
      return parts.join(' · ');
    };
    const tipLines = (node: TimelineNode): string[] => {
      if (node.type === 'cluster' || node.type === 'bin') return [names(node)[0]];
      return [node.event.title[lang], facts(node.event)];
    };
    return { names, tipLines, eventName, facts };
  }, [t, lang, ids, eventLabel, dateText]);
}

export type PlotNames = ReturnType<typeof usePlotNames>;

/** The broken axis's compressed stretches, hatched as the overview hatches its own. */
export const PlotBreaks = memo(function PlotBreaks({
  breaks,
}: {
  breaks: readonly (readonly [number, number])[];
}) {
  const hatch = useSvgId();
  if (breaks.length === 0) return null;
  return (
    <g className="tl-breaks" aria-hidden="true">
      <defs>
        <Hatch id={hatch} />
      </defs>
      {breaks.map(([x0, x1]) => (
        <rect
          key={x0}
          x={x0}
          y={AXIS_H}
          width={x1 - x0}
          height={PLOT_H - AXIS_H}
          fill={`url(#${hatch})`}
        />
      ))}
    </g>
  );
});

/** Lane backgrounds with each kind's shape and name at the reading start. Decorative. */
export const LaneHeads = memo(function LaneHeads({
  scale,
  width,
}: {
  scale: TimeScale;
  width: number;
}) {
  const { t } = useTranslation('timeline');
  const axis = readingAxis(scale);
  // A distance into the plot from its reading start, as a pixel.
  const from = (d: number) => axis.u(axis.u(axis.startX) + d);
  return (
    <g aria-hidden="true">
      {LANE_KINDS.map((kind, lane) => {
        const y = laneY(lane) + LANE_HEAD / 2 + 2;
        return (
          <g key={kind} className="tl-lane">
            <rect
              className="tl-lane-bg"
              x={0}
              y={laneY(lane)}
              width={width}
              height={LANE_H}
              fill={laneSurface(lane)}
            />
            <SvgShape
              shape={kindShape(
                kind,
                10,
                from(6),
                y,
                shapePaint(kind, { status: 'occurred', soft: false }),
              )}
            />
            <text
              className="tl-lane-label"
              x={from(16)}
              y={y}
              textAnchor="start"
              dominantBaseline="central"
            >
              {t(`lane.${kind}`)}
            </text>
          </g>
        );
      })}
    </g>
  );
});

export interface MarksProps {
  lanes: readonly TimelineNode[][];
  lang: Lang;
  plot: readonly [number, number];
  selectedId: string | null;
  /** The key of the item that holds the roving tab stop. */
  active: string | null;
  names: PlotNames['names'];
  onActivate: (key: string) => void;
  onKey: (event: KeyboardEvent<SVGGElement>, key: string) => void;
  onFocusItem: (key: string) => void;
  onHover: (key: string | null) => void;
  register: (key: string, element: SVGGElement | null) => void;
}

/** One labelled group per lane with its items: the marks and their accessible names. */
export function MarksLayer(props: MarksProps) {
  const { t } = useTranslation('timeline');
  const { lanes, selectedId, active, names } = props;
  return lanes.map((nodes, lane) => (
    <g key={LANE_KINDS[lane]} role="group" aria-label={t(`lane.${LANE_KINDS[lane] ?? 'attack'}`)}>
      {nodes.map((node) => {
        const [name, described] = names(node);
        return (
          <TimelineItem
            key={node.key}
            node={node}
            lane={lane}
            lang={props.lang}
            selected={idsOf(node).includes(selectedId ?? '')}
            tabbable={node.key === active}
            name={name}
            describedBy={described}
            plot={props.plot}
            onActivate={props.onActivate}
            onKey={props.onKey}
            onFocusItem={props.onFocusItem}
            onHover={props.onHover}
            register={props.register}
          />
        );
      })}
    </g>
  ));
}

/** The one tab stop when the window holds nothing: says so, and keeps the keyboard working. */
export function EmptyItem({
  label,
  width,
  onKey,
}: {
  label: string;
  width: number;
  onKey: (event: KeyboardEvent<SVGGElement>) => void;
}) {
  return (
    <g className="tl-item tl-empty" role="button" tabIndex={0} aria-label={label} onKeyDown={onKey}>
      <SvgShape
        shape={{
          type: 'text',
          part: 'label',
          x: width / 2,
          y: PLOT_H / 2,
          text: label,
          anchor: 'middle',
        }}
      />
    </g>
  );
}

/** The hover or focus card for an item. */
export function ItemTip({
  node,
  lines,
  width,
  lang,
}: {
  node: TimelineNode;
  lines: readonly string[];
  width: number;
  lang: Lang;
}) {
  const lane = LANE_KINDS.indexOf(node.kind);
  const measure = useLabelMeasure(lang);
  return (
    <TimelineTip
      measure={measure}
      lines={lines}
      x={node.type === 'bin' ? (node.x0 + node.x1) / 2 : node.x}
      y={node.type === 'bin' ? laneY(lane) + LANE_HEAD : rowY(lane, node.row)}
      width={width}
    />
  );
}
