import type { BrushBehavior, D3BrushEvent } from 'd3-brush';
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { brushSpan, yearAt } from '../../timeline/overview-scale';
import type { TimeScale } from '../../timeline/time-scale';
import type { Span } from '../../timeline/time-window';
import { deferredModule } from '../../ui/deferred';
import { useDeferredModule } from '../../ui/use-deferred-module';

/** d3-brush and d3-selection load beside the first draw, not before it (as use-zoom.ts's). */
const loadBrush = deferredModule(async () => {
  const [{ brushX }, { pointer, select }] = await Promise.all([
    import('d3-brush'),
    import('d3-selection'),
  ]);
  return { brushX, pointer, select };
});

export interface BrushOptions {
  /**
   * The brush's <g>, rendered by React with four children: `rect.overlay`, `rect.selection`,
   * `rect.handle.handle--w` and `rect.handle.handle--e`.
   */
  target: RefObject<SVGGElement | null>;
  /** The overview scale (may be piecewise). */
  scale: TimeScale;
  height: number;
  /** The window on screen now; the brush shows it. */
  span: Span;
  /** The zoom's limits: a clicked year stays inside them. */
  extent: Span;
  onPreview: (span: Span) => void;
  onCommit: (span: Span) => void;
}

type Event = D3BrushEvent<unknown>;

/** The datum d3-brush gives each of its rects; it finds them by it. */
const PARTS = [
  ['.overlay', 'overlay'],
  ['.selection', 'selection'],
  ['.handle--w', 'w'],
  ['.handle--e', 'e'],
] as const;

/**
 * d3-brush as an input device for the overview strip (the only module that imports it).
 * React renders the brush's rects; we give each the datum d3-brush joins on, so its data join
 * finds them and appends nothing. Dragging reports windows (`onPreview`, then `onCommit` at the
 * end); a click without a drag shows the whole year under it. When `span` changes from outside
 * (zooming the main view, Back) the brush is moved with `brush.move`, whose events carry no
 * `sourceEvent` and are ignored, so the two never loop.
 */
export function useBrush(options: BrushOptions): void {
  const latest = useRef(options);
  useLayoutEffect(() => {
    latest.current = options;
  });
  const behaviour = useRef<BrushBehavior<unknown> | null>(null);
  const shown = useRef<{ span: Span | null; scale: TimeScale | null; height: number }>({
    span: null,
    scale: null,
    height: 0,
  });
  const { target } = options;
  const d3 = useDeferredModule(loadBrush);

  useEffect(() => {
    const element = target.current;
    if (!element || !d3) return;
    const { brushX, pointer, select } = d3;
    const group = select<SVGGElement, unknown>(element);
    for (const [selector, type] of PARTS) group.select(selector).datum({ type });

    // The window is what the selection covers, so it stays under the pointer as drawn.
    const spanOf = (event: Event): Span =>
      brushSpan(latest.current.scale, event.selection as [number, number]);
    const behave = brushX<unknown>()
      .handleSize(12)
      .on('brush', (event: Event) => {
        if (!event.sourceEvent || !event.selection) return;
        const span = spanOf(event);
        shown.current.span = span;
        latest.current.onPreview(span);
      })
      .on('end', (event: Event) => {
        if (!event.sourceEvent) return;
        if (event.selection) {
          const span = spanOf(event);
          // Fit the selection to the window it now stands for (a pan may change its pixels).
          group.call(behave.move, pixels(latest.current.scale, span));
          shown.current.span = span;
          latest.current.onCommit(span);
          return;
        }
        // A click without a drag cleared the selection: put it back, show that year.
        const { scale, span, extent } = latest.current;
        group.call(behave.move, pixels(scale, span));
        const [px] = pointer(event.sourceEvent, element);
        latest.current.onCommit(yearAt(scale, px, extent));
      });
    behaviour.current = behave;
    group.call(behave);
    performance.mark('khatt:brush-ready');
    return () => {
      group.on('.brush', null);
      behaviour.current = null;
      shown.current = { span: null, scale: null, height: 0 };
    };
  }, [target, d3]);

  const { scale, height } = options;
  const [s0, s1] = options.span;
  useEffect(() => {
    const element = target.current;
    const behave = behaviour.current;
    if (!element || !behave || !d3) return;
    const group = d3.select<SVGGElement, unknown>(element);
    const changed = shown.current.scale !== scale || shown.current.height !== height;
    if (changed) {
      const range = scale.range();
      behave.extent([
        [Math.min(...range), 0],
        [Math.max(...range), height],
      ]);
      group.call(behave);
    }
    if (!changed && shown.current.span?.[0] === s0 && shown.current.span[1] === s1) return;
    shown.current = { span: [s0, s1], scale, height };
    group.call(behave.move, pixels(scale, [s0, s1]));
  }, [target, d3, scale, height, s0, s1]);
}

function pixels(scale: TimeScale, span: Span): [number, number] {
  const a = scale(span[0]);
  const b = scale(span[1]);
  return [Math.min(a, b), Math.max(a, b)];
}
