import { useEffect, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import type { KhattEvent, Lang } from '../../domain/types';
import type { ClusterItem } from '../../timeline/lanes';
import { PLOT_H, rowY } from './geometry';

const GAP = 14;
const MAX_W = 340;

export interface ClusterPopoverProps {
  cluster: ClusterItem;
  lane: number;
  lang: Lang;
  /** The plot's width: the list stays inside it. */
  width: number;
  /** The cluster's own accessible name, which names the list too. */
  name: string;
  /** Each event's accessible name, as its mark has it (title, date, kind). */
  eventName: (event: KhattEvent) => string;
  /** Each event's second line (date · kind). */
  facts: (event: KhattEvent) => string;
  onPick: (event: KhattEvent) => void;
  /** Closed by Escape or a click outside: focus goes back to the cluster. */
  onClose: () => void;
}

/**
 * The members of a cluster that zooming cannot separate (they overlap even at the closest
 * zoom), as a list of real buttons beside the cluster: one per event, named as its mark would
 * be, that selects it. Positioned from the plot's pixels through the CSSOM (the CSP forbids
 * inline style attributes); its text runs in the page's direction.
 */
export function ClusterPopover(props: ClusterPopoverProps) {
  const { cluster, lane, width, onClose } = props;
  const box = useRef<HTMLDivElement>(null);

  // Anchored to the cluster's badge: its inline-start edge lines up with the badge's, above the
  // cluster in the lower half of the plot and below it in the upper half, kept inside the plot.
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const w = Math.min(MAX_W, width - 16);
    const rtl = getComputedStyle(el).direction === 'rtl';
    const start = rtl ? cluster.x + 14 - w : cluster.x - 14;
    el.style.width = `${w}px`;
    el.style.left = `${Math.min(Math.max(start, 8), width - w - 8)}px`;
    const y = rowY(lane, cluster.row);
    const above = y > PLOT_H / 2;
    el.style.maxHeight = `${(above ? y - GAP : PLOT_H - y - GAP) - 8}px`;
    el.style.top = `${above ? y - GAP - el.offsetHeight : y + GAP}px`;
  }, [cluster, lane, width]);

  useEffect(() => {
    box.current?.querySelector('button')?.focus({ preventScroll: true });
  }, []);

  // A press anywhere outside closes the list (the cluster itself toggles it on its own).
  useEffect(() => {
    const onDown = (event: PointerEvent) => {
      if (!box.current?.contains(event.target as Node | null)) onClose();
    };
    document.addEventListener('pointerdown', onDown, true);
    return () => document.removeEventListener('pointerdown', onDown, true);
  }, [onClose]);

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const buttons = [...(box.current?.querySelectorAll('button') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next =
      buttons[(at + (event.key === 'ArrowDown' ? 1 : -1) + buttons.length) % buttons.length];
    event.preventDefault();
    next?.focus();
  };

  return (
    <div ref={box} className="tl-pop" role="dialog" aria-label={props.name}>
      <ul>
        {cluster.events.map((event) => (
          <li key={event.id}>
            <button
              type="button"
              aria-label={props.eventName(event)}
              onKeyDown={onKeyDown}
              onClick={() => props.onPick(event)}
            >
              <span className="tl-pop-title">{event.title[props.lang]}</span>
              <span className="tl-pop-facts">{props.facts(event)}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
