import type { Bin } from '../../timeline/density';
import type { LaneItem } from '../../timeline/lanes';

/** A density bar, with its lane's busiest count to scale against. */
export type BinNode = Bin & { type: 'bin'; max: number };

/** One focusable thing on the plot: an event (mark or span), a cluster or a density bar. */
export type TimelineNode = LaneItem | BinNode;

/** The events an item stands for (none for a density bar: it zooms in instead). */
export const idsOf = (node: TimelineNode): readonly string[] =>
  node.type === 'cluster'
    ? node.events.map((e) => e.id)
    : node.type === 'bin'
      ? []
      : [node.event.id];
