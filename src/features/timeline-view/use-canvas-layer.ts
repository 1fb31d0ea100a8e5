import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { Lang } from '../../domain/types';
import { formatNumber } from '../../i18n/format';
import { createHitIndex, hitTest, type HitIndex } from '../../timeline/hit-test';
import type { DateFormatter } from '../../timeline/ticks';
import type { Direction } from '../../timeline/time-scale';
import type { Span } from '../../timeline/time-window';
import type { TimeIndex } from '../../timeline/window-query';
import { paintScene, readPalette, type Palette } from './canvas-layer';
import { AXIS_H, LANE_H, LANE_HEAD, LANE_KINDS, PLOT_H, ROW_H } from './geometry';
import type { MeasureText } from '../../timeline/label-fit';
import type { QuietWarp } from '../../timeline/quiet-warp';
import { sharedPlotModel, type PlotModel } from './plot-model';
import type { TimelineNode } from './timeline-node';
import type { Viewport } from './viewport';
import { markDrawn } from '../../ui/first-draw';

export interface CanvasInput {
  width: number;
  dir: Direction;
  lang: Lang;
  index: TimeIndex;
  format: DateFormatter;
  measure: MeasureText;
  /** The broken axis (see plotModel). */
  warp: QuietWarp;
  selectedId: string | null;
  hoverKey: string | null;
  /** The model React rendered (the twin's), with its window: reused when that is on screen. */
  rendered: { span: Span; model: PlotModel };
}

/**
 * The bundled faces the canvas measures its labels in: the first paint waits for them, so
 * Arabic is shaped and measured right (the page preloads them: scripts/vite-preload-view.ts).
 */
const LABEL_FACES = ['400 14px "Noto Sans Arabic"', '400 14px "Noto Sans"'];
/** Bold faces for counts and year ticks: never measured, so they are painted again on arrival. */
const BOLD_FACES = ['700 14px "Noto Sans Arabic"', '700 14px "Noto Sans"'];

const loadAll = (faces: readonly string[]) =>
  Promise.all(faces.map((face) => document.fonts.load(face))).catch(() => null);
let labelFaces: Promise<unknown> | null = null;
let boldFaces: Promise<unknown> | null = null;
const loadLabelFaces = () => (labelFaces ??= loadAll(LABEL_FACES));
const loadBoldFaces = () => (boldFaces ??= loadAll(BOLD_FACES));

/**
 * The canvas's frame loop, outside React: it follows the viewport's window (one paint per
 * animation frame however many steps arrive), computes the model with `sharedPlotModel` and
 * paints it. React gives it the rest of its input on each render. Sets `khatt:drawn` when a window's marks
 * are on screen. Returns the item at a point of the plot (hit-testing over the painted frame).
 */
export function useCanvasLayer(
  canvas: RefObject<HTMLCanvasElement | null>,
  viewport: Viewport,
  input: CanvasInput,
  enabled: boolean,
) {
  const latest = useRef(input);
  const loop = useRef<{
    paintNow: () => void;
    hitAt: (x: number, y: number) => TimelineNode | null;
  } | null>(null);

  useEffect(() => {
    const element = canvas.current;
    const ctx = enabled ? element?.getContext('2d') : null;
    if (!element || !ctx) {
      loop.current = null;
      return;
    }
    let frame = 0;
    let ready = false;
    let stopped = false;
    let painted: { span: Span; input: CanvasInput; model: PlotModel } | null = null;
    let hits: HitIndex<TimelineNode> | null = null;
    let colours: { palette: Palette; font: string } | null = null;
    const dark = matchMedia('(prefers-color-scheme: dark)');
    const onScheme = () => {
      colours = null;
      painted = null;
      schedule();
    };

    let moving = false;
    const paint = () => {
      frame = 0;
      if (!ready || stopped) return;
      const now = latest.current;
      const span = viewport.getSpan();
      if (now.width <= 0) return;
      // The twin's focus ring and card stand where React last rendered: hidden while the painted
      // window is another (a gesture), shown again once React has caught up with it.
      if (moving !== (now.rendered.span !== span)) {
        moving = !moving;
        element.parentElement?.toggleAttribute('data-moving', moving);
      }
      const last = painted;
      const same =
        last?.span === span &&
        last.input.width === now.width &&
        last.input.dir === now.dir &&
        last.input.lang === now.lang &&
        last.input.index === now.index &&
        last.input.measure === now.measure &&
        last.input.warp === now.warp &&
        last.input.selectedId === now.selectedId;
      if (same && last.input.hoverKey === now.hoverKey) return;
      // On a commit React has just laid out this very window for the twin: no second layout.
      const model = same
        ? last.model
        : now.rendered.span === span
          ? now.rendered.model
          : sharedPlotModel({
              span,
              width: now.width,
              dir: now.dir,
              lang: now.lang,
              index: now.index,
              format: now.format,
              measure: now.measure,
              keep: now.selectedId,
              warp: now.warp,
            });
      const dpr = window.devicePixelRatio || 1;
      const w = Math.round(now.width * dpr);
      const h = Math.round(PLOT_H * dpr);
      if (element.width !== w) element.width = w;
      if (element.height !== h) element.height = h;
      colours ??= readPalette(getComputedStyle(element));
      paintScene(ctx, {
        lanes: model.lanes,
        ticks: model.ticks,
        breaks: model.breaks,
        plot: model.plot,
        width: now.width,
        dpr,
        dir: now.dir,
        selectedId: now.selectedId,
        hoverKey: now.hoverKey,
        countText: (n) => formatNumber(now.lang, n),
        ...colours,
      });
      if (!same) {
        hits = null;
        markDrawn();
      }
      painted = { span, input: now, model };
    };
    // A gesture's steps coalesce into one paint per animation frame; anything else (the fonts
    // arriving, a React commit) paints at once, so a page whose frames are not running yet (a
    // background tab, a headless screenshot) still shows its marks.
    const schedule = () => {
      frame ||= requestAnimationFrame(paint);
    };
    const paintNow = () => {
      if (frame) cancelAnimationFrame(frame);
      paint();
    };

    void loadLabelFaces().then(() => {
      ready = true;
      paintNow();
      void loadBoldFaces().then(() => {
        painted = null;
        paintNow();
      });
    });
    const stopSpan = viewport.subscribe(schedule);
    dark.addEventListener('change', onScheme);
    loop.current = {
      paintNow,
      hitAt(x, y) {
        if (!painted) return null;
        hits ??= createHitIndex(painted.model.lanes);
        const lane = Math.floor((y - AXIS_H) / LANE_H);
        if (lane < 0 || lane >= LANE_KINDS.length) return null;
        const row = Math.floor((y - AXIS_H - lane * LANE_H - LANE_HEAD) / ROW_H);
        return hitTest(hits, lane, row, x, 3);
      },
    };
    paintNow();
    return () => {
      stopped = true;
      cancelAnimationFrame(frame);
      stopSpan();
      dark.removeEventListener('change', onScheme);
      loop.current = null;
    };
  }, [canvas, viewport, enabled]);

  useLayoutEffect(() => {
    latest.current = input;
    loop.current?.paintNow();
  });

  return {
    hitAt: (x: number, y: number) => loop.current?.hitAt(x, y) ?? null,
  };
}
