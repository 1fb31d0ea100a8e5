import { useCallback, useEffect, useMemo, useRef, useState, type FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { KhattEvent, Lang } from '../../domain/types';
import { useDateText, useEventLabel } from '../../i18n/event-label';
import { densityBins } from '../../timeline/density';
import { layoutLanes } from '../../timeline/lanes';
import { timeTicks } from '../../timeline/ticks';
import { createTimeScale, orientation, type Direction } from '../../timeline/time-scale';
import { MIN_SPAN, spanWidth } from '../../timeline/time-window';
import { useZoom } from '../../timeline/use-zoom';
import { queryWindow, type TimeIndex } from '../../timeline/window-query';
import { maxZoom } from '../../timeline/zoom-transform';
import {
  CHAR_W,
  INSET,
  LANE_H,
  LANE_HEAD,
  LANE_KINDS,
  MARK,
  MAX_LABEL_CHARS,
  PLOT_H,
  laneY,
  rowY,
} from './geometry';
import { KindShape } from './kind-shape';
import { cachedPerEvent, describedBy, groupName, type LegendIds } from './names';
import { TimelineAxis } from './timeline-axis';
import { TimelineItem, type TimelineNode } from './timeline-item';
import { TimelineTip } from './timeline-tip';
import { useRovingFocus } from './use-roving-focus';
import type { TimelineWindow } from './use-timeline-window';

export interface PlotProps {
  width: number;
  dir: Direction;
  lang: Lang;
  index: TimeIndex;
  win: TimelineWindow;
  /** Too many events in the window to draw one by one: draw density bars instead. */
  lod: boolean;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Zoom by a factor (> 1 in) keeping the instant `at` in place. */
  onZoom: (factor: number, at?: number) => void;
  /** Legend entries: the keyboard help and the descriptions of planned/reported/approximate. */
  ids: LegendIds;
  /** Zoom by wheel only with Ctrl/⌘ held. */
  wheelNeedsModifier: boolean;
}

const idsOf = (node: TimelineNode): readonly string[] =>
  node.type === 'cluster'
    ? node.events.map((e) => e.id)
    : node.type === 'bin'
      ? []
      : [node.event.id];

/** The main plot: axis, one lane per kind, the marks of the window, zoom gestures and the keyboard. */
export function TimelinePlot({
  width,
  dir,
  lang,
  index,
  win,
  lod,
  selectedId,
  onSelect,
  onZoom,
  ids,
  wheelNeedsModifier,
}: PlotProps) {
  const { t } = useTranslation('timeline');
  const { span, extent, show, preview } = win;
  const target = useRef<SVGSVGElement>(null);
  const scale = useMemo(() => createTimeScale(span, width, dir, INSET), [span, width, dir]);
  const base = useMemo(() => createTimeScale(extent, width, dir, INSET), [extent, width, dir]);
  useZoom({
    target,
    base,
    height: PLOT_H,
    maxScale: maxZoom(extent, MIN_SPAN),
    span,
    onPreview: preview,
    onCommit: show,
    wheelNeedsModifier,
  });

  const ticks = useMemo(() => timeTicks(scale, lang, { charWidth: CHAR_W }), [scale, lang]);
  const plot = useMemo(() => [INSET, Math.max(INSET, width - INSET)] as const, [width]);
  const { startX, sign } = orientation(scale);

  // Query a little beyond the window, so marks and labels entering from its edges are drawn.
  const margin =
    ((MARK + MAX_LABEL_CHARS * CHAR_W) / Math.max(1, width - 2 * INSET)) * spanWidth(span);
  const inView = useMemo(
    () => queryWindow(index, [span[0] - margin, span[1] + margin]),
    [index, span, margin],
  );
  const label = useCallback((e: KhattEvent) => e.title[lang], [lang]);
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
      charWidth: CHAR_W,
      maxLabelChars: MAX_LABEL_CHARS,
    }).map((lane) => lane.items);
  }, [width, lod, inView, scale, label]);

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

  useEffect(() => {
    if (width > 0) performance.mark('khatt:drawn');
  }, [width, lanes]);

  const { active, register, activate, onKey, onFocusItem } = useRovingFocus({
    target,
    lanes,
    nav,
    index,
    span,
    scale,
    selectedId,
    show,
    onSelect,
    onZoom,
  });

  // The card shows for the item under the pointer, else for the focused one.
  const [hover, setHover] = useState<string | null>(null);
  const [focusInside, setFocusInside] = useState(false);
  const onBlur = (event: FocusEvent<SVGSVGElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocusInside(false);
  };
  const tipKey = hover ?? (focusInside ? active : null);
  const tipNode = tipKey ? lanes.flat().find((n) => n.key === tipKey) : undefined;
  const tipLane = tipNode ? LANE_KINDS.indexOf(tipNode.kind) : -1;

  // One accessible name per event across the app ("title, date, kind"), cached per event
  // because layout re-renders every item on every frame of a zoom.
  const eventLabel = useEventLabel();
  const dateText = useDateText();
  const eventName = useMemo(() => cachedPerEvent(eventLabel), [eventLabel]);

  const names = (node: TimelineNode): [string, string | undefined] => {
    if (node.type === 'cluster' || node.type === 'bin') {
      const count = node.type === 'bin' ? node.count : node.events.length;
      return [groupName(t, lang, node.kind, count, [node.start, node.end]), undefined];
    }
    return [eventName(node.event), describedBy(ids, node.event)];
  };

  const tipLines = (node: TimelineNode): string[] => {
    if (node.type === 'cluster' || node.type === 'bin') return [names(node)[0]];
    const { event } = node;
    const facts = [dateText(event.date), t(`kind.${event.kind}`)];
    if (event.status !== 'occurred') facts.push(t(`legend.${event.status}`));
    return [event.title[lang], facts.join(' · ')];
  };

  return (
    <svg
      ref={target}
      className="tl-svg"
      width={width}
      height={PLOT_H}
      role="group"
      aria-label={t('plot')}
      aria-describedby={ids.keys}
      onFocus={() => setFocusInside(true)}
      onBlur={onBlur}
      onPointerLeave={() => setHover(null)}
    >
      <g aria-hidden="true">
        {LANE_KINDS.map((kind, lane) => (
          <g key={kind} className={`tl-lane tl-kind-${kind}`}>
            <rect className="tl-lane-bg" x={0} y={laneY(lane)} width={width} height={LANE_H} />
            <g transform={`translate(${startX + sign * 6} ${laneY(lane) + LANE_HEAD / 2 + 2})`}>
              <KindShape kind={kind} size={10} />
            </g>
            <text
              className="tl-lane-label"
              x={startX + sign * 16}
              y={laneY(lane) + LANE_HEAD / 2 + 2}
              textAnchor="start"
              dominantBaseline="central"
            >
              {t(`lane.${kind}`)}
            </text>
          </g>
        ))}
      </g>
      <TimelineAxis ticks={ticks} />
      {nav.length === 0 && (
        <g
          className="tl-item tl-empty"
          role="button"
          tabIndex={0}
          aria-label={index.events.length ? t('noEventsHere') : t('noEvents')}
          onKeyDown={(event) => onKey(event, null)}
        >
          <text x={width / 2} y={PLOT_H / 2} textAnchor="middle" dominantBaseline="central">
            {index.events.length ? t('noEventsHere') : t('noEvents')}
          </text>
        </g>
      )}
      {lanes.map((nodes, lane) => (
        <g
          key={LANE_KINDS[lane]}
          role="group"
          aria-label={t(`lane.${LANE_KINDS[lane] ?? 'attack'}`)}
        >
          {nodes.map((node) => {
            const [name, described] = names(node);
            return (
              <TimelineItem
                key={node.key}
                node={node}
                lane={lane}
                lang={lang}
                selected={idsOf(node).includes(selectedId ?? '')}
                tabbable={node.key === active}
                name={name}
                describedBy={described}
                plot={plot}
                onActivate={activate}
                onKey={onKey}
                onFocusItem={onFocusItem}
                onHover={setHover}
                register={register}
              />
            );
          })}
        </g>
      ))}
      {tipNode && (
        <TimelineTip
          lines={tipLines(tipNode)}
          x={tipNode.type === 'bin' ? (tipNode.x0 + tipNode.x1) / 2 : tipNode.x}
          y={tipNode.type === 'bin' ? laneY(tipLane) + LANE_HEAD : rowY(tipLane, tipNode.row)}
          width={width}
        />
      )}
    </svg>
  );
}
