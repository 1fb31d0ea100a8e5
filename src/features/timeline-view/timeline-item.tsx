import { memo, type KeyboardEvent } from 'react';
import type { Lang } from '../../domain/types';
import { formatNumber } from '../../i18n/format';
import type { Bin } from '../../timeline/density';
import { badgeWidth, type ClusterItem, type LaneItem } from '../../timeline/lanes';
import { LANE_HEAD, MARK, ROW_H, ROWS, laneY, rowY } from './geometry';
import { KindShape } from './kind-shape';
import { isSoftDate } from './names';

/** A density bar, with its lane's busiest count to scale against. */
export type BinNode = Bin & { type: 'bin'; max: number };
export type TimelineNode = LaneItem | BinNode;

export interface ItemProps {
  node: TimelineNode;
  lane: number;
  lang: Lang;
  selected: boolean;
  tabbable: boolean;
  name: string;
  /** Ids of the legend entries that describe this mark. */
  describedBy: string | undefined;
  /** The plot's horizontal bounds; long bars are cut to them. */
  plot: readonly [number, number];
  onActivate: (key: string) => void;
  onKey: (event: KeyboardEvent<SVGGElement>, key: string) => void;
  onFocusItem: (key: string) => void;
  onHover: (key: string | null) => void;
  register: (key: string, element: SVGGElement | null) => void;
}

const classes = (node: TimelineNode, selected: boolean) => {
  const list = ['tl-item', `tl-${node.type}`, `tl-kind-${node.kind}`];
  if (selected) list.push('is-selected');
  if (node.type === 'mark' || node.type === 'span') {
    if (isSoftDate(node.event)) list.push('is-soft');
    if (node.event.status !== 'occurred') list.push(`is-${node.event.status}`);
  }
  return list.join(' ');
};

/** One focusable thing on the timeline: an event (mark or span), a cluster or a density bar. */
export const TimelineItem = memo(function TimelineItem(props: ItemProps) {
  const { node, lane, selected, tabbable, name, describedBy, plot } = props;
  const { key } = node;
  // Long bars are cut a little beyond the plot, so their ends never show and widths stay sane.
  const clamp = (x: number) => Math.min(Math.max(x, plot[0] - 40), plot[1] + 40);
  const x0 = clamp(node.x0);
  const x1 = clamp(node.x1);
  return (
    <g
      ref={(element) => {
        props.register(key, element);
        return () => props.register(key, null);
      }}
      className={classes(node, selected)}
      role="button"
      tabIndex={tabbable ? 0 : -1}
      aria-label={name}
      aria-describedby={describedBy}
      aria-current={selected || undefined}
      onClick={() => props.onActivate(key)}
      onKeyDown={(event) => props.onKey(event, key)}
      onFocus={() => props.onFocusItem(key)}
      onPointerEnter={() => props.onHover(key)}
      onPointerLeave={() => props.onHover(null)}
    >
      {node.type === 'bin' ? (
        <BinBar node={node} lane={lane} x0={x0} x1={x1} />
      ) : node.type === 'cluster' ? (
        <Cluster lang={props.lang} node={node} y={rowY(lane, node.row)} x0={x0} x1={x1} />
      ) : (
        <EventShape node={node} y={rowY(lane, node.row)} x0={x0} x1={x1} />
      )}
    </g>
  );
});

function EventShape({
  node,
  y,
  x0,
  x1,
}: {
  node: Extract<TimelineNode, { type: 'mark' | 'span' }>;
  y: number;
  x0: number;
  x1: number;
}) {
  const half = MARK / 2 + 4;
  const ring =
    node.type === 'span'
      ? { x: x0 - 3, width: x1 - x0 + 6 }
      : { x: node.x - half, width: 2 * half };
  return (
    <>
      <rect
        className="tl-ring"
        x={ring.x}
        y={y - half}
        width={ring.width}
        height={2 * half}
        rx={4}
      />
      {node.type === 'span' && (
        <rect className="tl-bar" x={x0} y={y - 8} width={Math.max(0, x1 - x0)} height={16} rx={3} />
      )}
      <g transform={`translate(${node.x} ${y})`}>
        <circle className="tl-halo" r={MARK * 0.95} />
        {node.event.status === 'reported' && <circle className="tl-reported" r={MARK * 0.8} />}
        <KindShape kind={node.kind} size={MARK} />
      </g>
      {node.label && (
        <text
          className="tl-label"
          x={node.labelX}
          y={y}
          textAnchor="start"
          dominantBaseline="central"
        >
          {node.label}
        </text>
      )}
    </>
  );
}

function Cluster({
  lang,
  node,
  y,
  x0,
  x1,
}: {
  lang: Lang;
  node: ClusterItem;
  y: number;
  x0: number;
  x1: number;
}) {
  const badge = badgeWidth(node.events.length);
  return (
    <>
      <rect className="tl-ring" x={x0 - 3} y={y - 13} width={x1 - x0 + 6} height={26} rx={13} />
      <rect className="tl-band" x={x0} y={y - 8} width={Math.max(0, x1 - x0)} height={16} rx={8} />
      <rect
        className="tl-pill"
        x={node.x - badge / 2}
        y={y - 10}
        width={badge}
        height={20}
        rx={10}
      />
      <text className="tl-count" x={node.x} y={y} textAnchor="middle" dominantBaseline="central">
        {formatNumber(lang, node.events.length)}
      </text>
    </>
  );
}

function BinBar({ node, lane, x0, x1 }: { node: BinNode; lane: number; x0: number; x1: number }) {
  const room = ROWS * ROW_H;
  const bottom = laneY(lane) + LANE_HEAD + room;
  const height = Math.max(3, (node.count / Math.max(1, node.max)) * room);
  return (
    <>
      <rect
        className="tl-ring"
        x={x0 - 2}
        y={bottom - height - 2}
        width={x1 - x0 + 4}
        height={height + 4}
      />
      <rect
        className="tl-bin-bar"
        x={x0 + 0.5}
        y={bottom - height}
        width={Math.max(1, x1 - x0 - 1)}
        height={height}
      />
    </>
  );
}
