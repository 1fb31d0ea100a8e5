import { memo, type KeyboardEvent } from 'react';
import type { Lang } from '../../domain/types';
import { formatNumber } from '../../i18n/format';
import { itemShapes } from './mark-geometry';
import { SvgShapes } from './svg-shape';
import type { TimelineNode } from './timeline-node';

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

/** Classes for focus and hover; the encoding itself (colour, dashes, halo) comes from the tokens. */
const classes = (node: TimelineNode, selected: boolean) => {
  const list = ['tl-item', `tl-${node.type}`];
  if (selected) list.push('is-selected');
  if (node.type !== 'bin' && node.type !== 'cluster' && node.event.status === 'planned') {
    list.push('is-planned');
  }
  return list.join(' ');
};

/** One focusable thing on the timeline: an event (mark or span), a cluster or a density bar. */
export const TimelineItem = memo(function TimelineItem(props: ItemProps) {
  const { node, lane, selected, tabbable, name, describedBy, plot } = props;
  const { key } = node;
  const countText =
    node.type === 'cluster' ? formatNumber(props.lang, node.events.length) : undefined;
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
      <SvgShapes shapes={itemShapes({ node, lane, selected, plot, countText })} />
    </g>
  );
});
