import type { D3ZoomEvent, ZoomBehavior, ZoomTransform } from 'd3-zoom';
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { throttle } from '../../timeline/throttle';
import type { TimeScale } from '../../timeline/time-scale';
import { clampWindow, type Span } from '../../timeline/time-window';
import { transformForWindow, windowForTransform } from '../../timeline/zoom-transform';
import { deferredModule } from '../../ui/deferred';
import { useDeferredModule } from '../../ui/use-deferred-module';

/**
 * d3-zoom and d3-selection load beside the first draw, not before it: nothing can be zoomed
 * before the marks are on screen, and they are a sixth of the first view's script.
 */
const loadZoom = deferredModule(async () => {
  const [{ select }, { zoom, zoomIdentity, zoomTransform }] = await Promise.all([
    import('d3-selection'),
    import('d3-zoom'),
  ]);
  return { select, zoom, zoomIdentity, zoomTransform };
});

export interface ZoomOptions {
  /** The element that takes the gestures (the plot's <svg>). */
  target: RefObject<SVGSVGElement | null>;
  /** The whole extent mapped onto the plot: at k = 1 the window is the extent. */
  base: TimeScale;
  height: number;
  /** How far in a gesture may zoom (k). */
  maxScale: number;
  /** The window on screen now (the viewport's), and its changes: the behaviour follows them. */
  span: () => Span;
  subscribeSpan: (listener: () => void) => () => void;
  /** Every step of a gesture: the window to draw (transient). */
  onPreview: (span: Span) => void;
  /** A gesture's end: the window to keep (the URL); at most once per 250 ms. */
  onCommit: (span: Span) => void;
  /**
   * Zoom and pan by wheel only with Ctrl/⌘ held (a pinch sends ctrl+wheel too), so a plain wheel
   * scrolls the page around an embedded timeline instead of being taken.
   */
  wheelNeedsModifier?: boolean;
}

/** Whether a wheel event may move the timeline under the options. */
const wheelAllowed = (options: ZoomOptions, event: WheelEvent) =>
  !options.wheelNeedsModifier || event.ctrlKey || event.metaKey;

type Event = D3ZoomEvent<SVGSVGElement, unknown>;

const COMMIT_MS = 250;

/**
 * d3-zoom as an input device (the only module that imports it). Wheel, trackpad pinch
 * (ctrl+wheel), drag and touch report windows through `onPreview` and, at their end,
 * `onCommit`; a horizontal wheel or trackpad swipe pans. When the window changes from outside
 * (Back, a deep link, the brush, the buttons) the behaviour is moved with `zoom.transform` at
 * once, not on React's next render, so a gesture right after starts from the window on screen;
 * those events carry no `sourceEvent` and are ignored, so the URL and the zoom never loop.
 * The gesture in flight lives in a ref, never in React state or on the DOM as a second truth.
 */
export function useZoom(options: ZoomOptions): void {
  const latest = useRef(options);
  useLayoutEffect(() => {
    latest.current = options;
  });
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  /** The gesture in flight and what the behaviour was last moved to. */
  const gesture = useRef<{ span: Span | null; shown: Span | null; base: TimeScale | null }>({
    span: null,
    shown: null,
    base: null,
  });
  const { target } = options;
  const d3 = useDeferredModule(loadZoom);

  useEffect(() => {
    const element = target.current;
    if (!element || !d3) return;
    const { select, zoom, zoomIdentity, zoomTransform } = d3;
    const commit = throttle((span: Span) => latest.current.onCommit(span), COMMIT_MS);
    const spanOf = (t: ZoomTransform) => windowForTransform(latest.current.base, t);
    const report = (span: Span) => {
      gesture.current.span = span;
      gesture.current.shown = span;
      latest.current.onPreview(span);
    };
    const settle = () => {
      const span = gesture.current.span;
      gesture.current.span = null;
      if (span) commit.call(span);
    };

    const behave = zoom<SVGSVGElement, unknown>()
      .filter((event: WheelEvent | MouseEvent | TouchEvent) =>
        'deltaY' in event
          ? wheelAllowed(latest.current, event) && Math.abs(event.deltaY) >= Math.abs(event.deltaX)
          : !event.ctrlKey && !('button' in event && event.button),
      )
      .on('zoom', (event: Event) => {
        if (event.sourceEvent) report(spanOf(event.transform));
      })
      .on('end', (event: Event) => {
        if (event.sourceEvent) settle();
      });
    behaviour.current = behave;
    const selection = select(element);
    selection.call(behave).on('dblclick.zoom', null);
    // Gestures are taken from here on (the e2e tests wait for this before a wheel or a drag).
    performance.mark('khatt:zoom-ready');

    // d3-zoom only zooms on the wheel; a sideways wheel or two-finger swipe pans instead.
    const onWheel = (event: WheelEvent) => {
      if (Math.abs(event.deltaX) <= Math.abs(event.deltaY)) return;
      if (!wheelAllowed(latest.current, event)) return;
      event.preventDefault();
      const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? element.clientWidth : 1;
      const { base } = latest.current;
      const now = zoomTransform(element);
      const moved = now.translate((-event.deltaX * unit) / now.k, 0);
      const domain = base.domain().map(Number) as [number, number];
      const span = clampWindow(spanOf(moved), domain, 0);
      const { k, x } = transformForWindow(base, span);
      selection.call(behave.transform, zoomIdentity.translate(x, 0).scale(k));
      report(span);
      settle();
    };
    element.addEventListener('wheel', onWheel, { passive: false });

    return () => {
      element.removeEventListener('wheel', onWheel);
      selection.on('.zoom', null);
      commit.flush();
      behaviour.current = null;
      gesture.current = { span: null, shown: null, base: null };
    };
  }, [target, d3]);

  const { base, height, maxScale, subscribeSpan } = options;
  useEffect(() => {
    const element = target.current;
    const behave = behaviour.current;
    if (!element || !behave || !d3) return;
    const { select, zoomIdentity } = d3;
    const [r0 = 0, r1 = 0] = base.range();
    const box: [[number, number], [number, number]] = [
      [Math.min(r0, r1), 0],
      [Math.max(r0, r1), height],
    ];
    behave.extent(box).translateExtent(box).scaleExtent([1, maxScale]);
    const follow = () => {
      const [s0, s1] = latest.current.span();
      const g = gesture.current;
      if (g.base === base && g.shown?.[0] === s0 && g.shown[1] === s1) return;
      // Mid-gesture the behaviour leads: the gesture's end commits once and re-syncs then.
      if (g.base === base && g.span !== null) return;
      g.base = base;
      g.shown = [s0, s1];
      const { k, x } = transformForWindow(base, [s0, s1]);
      select(element).call(behave.transform, zoomIdentity.translate(x, 0).scale(k));
    };
    follow();
    return subscribeSpan(follow);
  }, [target, d3, base, height, maxScale, subscribeSpan]);
}
