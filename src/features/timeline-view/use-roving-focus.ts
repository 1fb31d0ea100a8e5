import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import type { KhattEvent } from '../../domain/types';
import {
  moveFocus,
  resolveFocus,
  type FocusTarget,
  type NavItem,
  type NavKey,
} from '../../timeline/navigation';
import { standApart } from '../../timeline/lanes';
import type { QuietWarp } from '../../timeline/quiet-warp';
import { windowScale, type TimeScale } from '../../timeline/time-scale';
import { eventAnchor, padSpan, spanWidth, type Span } from '../../timeline/time-window';
import { firstFrom, lastBefore, queryWindow, type TimeIndex } from '../../timeline/window-query';
import { stepKey } from '../../ui/step-key';
import { MARK, ROWS } from './geometry';
import type { TimelineNode } from './timeline-node';
import type { Viewport } from './viewport';

export type PlotNavItem = NavItem & { start: number; ids: readonly string[] };

export interface RovingOptions {
  target: RefObject<SVGSVGElement | null>;
  /** Every drawn item, per lane. */
  lanes: readonly TimelineNode[][];
  /** The items on screen, the ones the keyboard moves between. */
  nav: readonly PlotNavItem[];
  index: TimeIndex;
  span: Span;
  scale: TimeScale;
  /** The broken axis the plot draws through: a zoom's outcome is judged on the same axis. */
  warp: QuietWarp;
  selectedId: string | null;
  /** Owns the window: the keyboard zooms it and brings what it reaches into view. */
  viewport: Viewport;
  onSelect: (id: string) => void;
  /** A cluster that zooming cannot separate opens as a list instead. */
  onOpenCluster: (key: string) => void;
}

const NAV_KEYS = new Set<string>([
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
]);
const ZOOM_KEYS: Record<string, number> = { '+': 2, '=': 2, '-': 0.5, _: 0.5 };

/**
 * The timeline is one tab stop: a roving tabindex over its items. Arrow keys move in visual
 * order (past the edge they pan to the next event in time), Home/End go to the first/last
 * event, Enter/Space select an event or open a cluster (zoom in, or list what zoom cannot part),
 * +/− zoom around the focused item.
 */
export function useRovingFocus(o: RovingOptions) {
  const { target, lanes, nav, index, span, scale, warp, selectedId, viewport } = o;
  const { onSelect, onOpenCluster } = o;
  const [focus, setFocus] = useState<FocusTarget | null>(null);
  const active = resolveFocus(nav, focus, selectedId);
  const moved = useRef(false);
  const elements = useRef(new Map<string, SVGGElement>());
  const register = useCallback((key: string, element: SVGGElement | null) => {
    if (element) elements.current.set(key, element);
    else elements.current.delete(key);
  }, []);

  // After a keyboard move (or a zoom that replaced the focused element), put DOM focus on the
  // item holding the tab stop — but never pull focus back from elsewhere on the page.
  useEffect(() => {
    if (!moved.current || !active) return;
    moved.current = false;
    const here = document.activeElement;
    if (here && here !== document.body && !target.current?.contains(here)) return;
    elements.current.get(active)?.focus({ preventScroll: true });
  });

  const goTo = useCallback(
    (event: KhattEvent | null) => {
      if (!event) return;
      const time = eventAnchor(event);
      viewport.bringIntoView(time);
      setFocus({ key: event.id, eventId: event.id, time });
      moved.current = true;
    },
    [viewport],
  );

  const activate = useCallback(
    (key: string) => {
      const node = lanes.flat().find((n) => n.key === key);
      if (!node) return;
      if (node.type === 'mark' || node.type === 'span') {
        setFocus({ key, eventId: node.event.id, time: node.start });
        onSelect(node.event.id);
        return;
      }
      // Zoom to where the cluster's events begin (a long span in it must not zoom out).
      const anchors =
        node.type === 'cluster' ? node.events.map(eventAnchor) : [node.start, node.end];
      const target = padSpan([Math.min(...anchors), Math.max(...anchors)], 0.25);
      const narrower = spanWidth(target) < spanWidth(span) * 0.8;
      if (node.type === 'cluster') {
        // Zoom in only when that draws each event as itself; else (events that overlap even
        // at the closest zoom) list them.
        // (with what else of its lane is in that window, which takes rows too).
        const closer = windowScale(target, scale.range(), warp);
        const lane = queryWindow(index, target).filter((e) => e.kind === node.kind);
        const ids = new Set(node.events.map((e) => e.id));
        const apart = () => standApart(lane, closer, { rows: ROWS, markSize: MARK, gap: 8 }, ids);
        if (!narrower || !apart()) {
          onOpenCluster(key);
          return;
        }
      }
      const first = node.type === 'cluster' ? (node.events[0]?.id ?? null) : null;
      setFocus({ key: first ?? key, eventId: first, time: node.start });
      moved.current = true;
      // A density bar no narrower than the window: just zoom in on it.
      if (narrower) viewport.show(target);
      else viewport.zoom(2, +scale.invert(node.type === 'bin' ? (node.x0 + node.x1) / 2 : node.x));
    },
    [lanes, onSelect, onOpenCluster, viewport, span, scale, index, warp],
  );

  const onKey = useCallback(
    (event: KeyboardEvent<SVGGElement>, key: string | null) => {
      const factor = ZOOM_KEYS[event.key];
      const command = stepKey(event);
      if (command) {
        const step = command === 'next' ? 1 : -1;
        // N/P, as the details advertise: the next/previous shown event after the selected one
        // (else the focused one), selected and focused.
        const from = selectedId ?? nav.find((n) => n.key === key)?.ids[0] ?? null;
        const at = index.events.findIndex((e) => e.id === from);
        const to = at < 0 ? null : index.events[at + step];
        if (!to) return;
        event.preventDefault();
        goTo(to);
        onSelect(to.id);
      } else if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        if (key) activate(key);
      } else if (factor) {
        event.preventDefault();
        moved.current = true;
        const here = nav.find((n) => n.key === key);
        viewport.zoom(factor, here ? +scale.invert(here.x) : undefined);
      } else if (NAV_KEYS.has(event.key)) {
        event.preventDefault();
        const move = moveFocus(nav, key, event.key as NavKey, scale);
        if (move.type === 'item') {
          const to = nav.find((n) => n.key === move.key);
          if (to) setFocus({ key: to.key, eventId: to.ids[0] ?? null, time: to.start });
          moved.current = true;
        } else if (move.type === 'beyond') {
          goTo(move.step > 0 ? firstFrom(index, span[1]) : lastBefore(index, span[0]));
        } else if (move.type === 'edge') {
          goTo(index.events[move.which === 'first' ? 0 : index.events.length - 1] ?? null);
        }
      }
    },
    [nav, activate, viewport, scale, goTo, index, span, selectedId, onSelect],
  );

  const onFocusItem = useCallback(
    (key: string) => {
      const item = nav.find((n) => n.key === key);
      if (!item) return;
      setFocus((f) =>
        f?.key === key ? f : { key, eventId: item.ids[0] ?? null, time: item.start },
      );
    },
    [nav],
  );

  /** Focus an item now (the cluster a closed list came from). */
  const focusItem = useCallback((key: string) => {
    elements.current.get(key)?.focus({ preventScroll: true });
  }, []);

  /** The event picked from a cluster's list: selected, and focus follows it to its own mark. */
  const pick = useCallback(
    (event: KhattEvent) => {
      setFocus({ key: event.id, eventId: event.id, time: eventAnchor(event) });
      moved.current = true;
      onSelect(event.id);
    },
    [onSelect],
  );

  return { active, register, activate, onKey, onFocusItem, focusItem, pick };
}
