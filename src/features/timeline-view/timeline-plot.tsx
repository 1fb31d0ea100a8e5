import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type MouseEvent,
  type PointerEvent,
  type FocusEvent,
  type KeyboardEvent,
  type ReactNode,
  type Ref,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/types';
import { quietWarp } from '../../timeline/quiet-warp';
import { createTimeScale, type Direction } from '../../timeline/time-scale';
import { MIN_SPAN } from '../../timeline/time-window';
import type { TimeIndex } from '../../timeline/window-query';
import { maxZoom } from '../../timeline/zoom-transform';
import { markDrawn } from '../../ui/first-draw';
import { useView, viewActions } from '../../url-state/view-store';
import { ClusterPopover } from './cluster-popover';
import { INSET, PLOT_H } from './geometry';
import { useLabelMeasure } from './label-measure';
import type { LegendIds } from './names';
import { EmptyItem, ItemTip, LaneHeads, MarksLayer, PlotBreaks, usePlotNames } from './plot-layers';
import { canvasWanted } from './canvas-mode';
import { twinLanes } from './plot-model';
import { TimelineAxis } from './timeline-axis';
import { useCanvasLayer } from './use-canvas-layer';
import { dateFormatterFor, usePlotModel, type PlotModel } from './use-plot-model';
import { useRovingFocus } from './use-roving-focus';
import { useZoom } from './use-zoom';
import { usePlotSpan } from './use-viewport-span';
import type { Viewport } from './viewport';

/** The most items the twin holds as DOM when the canvas draws them all. */
const TWIN_CAP = 200;

export interface PlotProps {
  width: number;
  dir: Direction;
  lang: Lang;
  index: TimeIndex;
  viewport: Viewport;
  /** Legend entries: the keyboard help and the descriptions of planned/reported/approximate. */
  ids: LegendIds;
  /** Zoom by wheel only with Ctrl/⌘ held. */
  wheelNeedsModifier: boolean;
}

/**
 * The main plot. With the canvas layer on, a painter outside React follows the window frame by
 * frame (useCanvasLayer) and React renders the SVG — lanes, axis text, the accessible twin of
 * the marks, the card — when the window rests, never during a gesture (usePlotSpan). Without it
 * (forced colours), React renders the SVG every frame. d3-zoom (useZoom) and the keyboard
 * (useRovingFocus) are its input devices.
 */
export function TimelinePlot({
  width,
  dir,
  lang,
  index,
  viewport,
  ids,
  wheelNeedsModifier,
}: PlotProps) {
  const { t } = useTranslation('timeline');
  const [canvasOn] = useState(canvasWanted);
  const target = useRef<SVGSVGElement>(null);
  const focused = useCallback(() => target.current?.contains(document.activeElement) ?? false, []);
  const span = usePlotSpan(viewport, !canvasOn, focused);
  const selectedId = useView((s) => s.event);
  const canvas = useRef<HTMLCanvasElement>(null);
  const measure = useLabelMeasure(lang);
  const { extent } = viewport;
  // Quiet years of the shown events are compressed, the same in every window (quiet-warp.ts).
  const warp = useMemo(() => quietWarp(index.starts, index.ends, extent), [index, extent]);
  const model = usePlotModel({ span, width, dir, lang, index, measure, keep: selectedId, warp });
  const base = useMemo(
    () => createTimeScale(extent, width, dir, INSET, warp),
    [extent, width, dir, warp],
  );
  useZoom({
    target,
    base,
    height: PLOT_H,
    maxScale: maxZoom(extent, MIN_SPAN, warp),
    span: viewport.getSpan,
    subscribeSpan: viewport.subscribe,
    onPreview: viewport.preview,
    onCommit: viewport.show,
    wheelNeedsModifier,
  });

  useEffect(() => {
    // With the canvas on, the painter says when a window's marks are on screen.
    if (width > 0 && !canvasOn) markDrawn();
  }, [width, model.lanes, canvasOn]);

  // The cluster whose members are listed (when zooming cannot part them).
  const [openKey, setOpenKey] = useState<string | null>(null);
  const { active, register, activate, onKey, onFocusItem, focusItem, pick } = useRovingFocus({
    target,
    lanes: model.lanes,
    nav: model.nav,
    index,
    span,
    scale: model.scale,
    warp,
    selectedId,
    viewport,
    onSelect: viewActions.selectEvent,
    onOpenCluster: setOpenKey,
  });
  const closeList = useCallback(() => {
    setOpenKey(null);
    if (!openKey) return;
    focusItem(openKey);
    // A click outside moves focus after its pointerdown: bring it back unless it went to a control.
    setTimeout(() => {
      const here = document.activeElement;
      if (!here || here === document.body) focusItem(openKey);
    }, 0);
  }, [openKey, focusItem]);

  // The card shows for the item under the pointer, else for the focused one.
  const [hover, setHover] = useState<string | null>(null);
  const [focusInside, setFocusInside] = useState(false);
  const onBlur = useCallback((event: FocusEvent<SVGSVGElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocusInside(false);
  }, []);
  const tipKey = hover ?? (focusInside ? active : null);
  const names = usePlotNames(lang, ids);
  const tipNode = tipKey ? model.lanes.flat().find((n) => n.key === tipKey) : undefined;
  const openLane = openKey ? model.lanes.findIndex((l) => l.some((n) => n.key === openKey)) : -1;
  const openNode = model.lanes[openLane]?.find((n) => n.key === openKey);

  const format = dateFormatterFor(lang);
  const layer = useCanvasLayer(
    canvas,
    viewport,
    {
      width,
      dir,
      lang,
      index,
      format,
      measure,
      warp,
      selectedId,
      hoverKey: hover,
      rendered: { span, model },
    },
    canvasOn,
  );
  const twin = useMemo(
    () =>
      canvasOn
        ? twinLanes(model, new Set([selectedId ?? '', active ?? '']), width / 2, TWIN_CAP)
        : model.lanes,
    [canvasOn, model, selectedId, active, width],
  );
  // On the canvas, the pointer finds items by hit-testing the painted frame.
  const hitAt = (event: MouseEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return layer.hitAt(event.clientX - box.left, event.clientY - box.top);
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    if (event.buttons) return;
    const key = hitAt(event)?.key ?? null;
    if (key !== hover) setHover(key);
  };
  const onClick = (event: MouseEvent<SVGSVGElement>) => {
    // An item of the twin handles its own click; a painted item outside the twin is hit-tested.
    if (event.target instanceof Element && event.target.closest('[role="button"]')) return;
    const hit = hitAt(event);
    if (hit) activate(hit.key);
  };

  const drawing = (
    <PlotDrawing
      svgRef={target}
      width={width}
      dir={dir}
      model={model}
      canvas={canvasOn}
      pointer={canvasOn && hover !== null}
      onPointerMove={canvasOn ? onPointerMove : undefined}
      onClick={canvasOn ? onClick : undefined}
      label={t('plot')}
      describedBy={ids.keys}
      empty={
        model.nav.length === 0 ? (
          <EmptyItem
            label={index.events.length ? t('noEventsHere') : t('noEvents')}
            width={width}
            onKey={(event: KeyboardEvent<SVGGElement>) => onKey(event, null)}
          />
        ) : null
      }
      onFocus={() => setFocusInside(true)}
      onBlur={onBlur}
      onPointerLeave={() => setHover(null)}
      tip={
        tipNode && (
          <ItemTip node={tipNode} lines={names.tipLines(tipNode)} width={width} lang={lang} />
        )
      }
    >
      <MarksLayer
        lanes={twin}
        lang={lang}
        plot={model.plot}
        selectedId={selectedId}
        active={active}
        names={names.names}
        onActivate={activate}
        onKey={onKey}
        onFocusItem={onFocusItem}
        onHover={canvasOn ? noHover : setHover}
        register={register}
      />
    </PlotDrawing>
  );
  const popover = openNode?.type === 'cluster' && (
    <ClusterPopover
      cluster={openNode}
      lane={openLane}
      lang={lang}
      width={width}
      name={names.names(openNode)[0]}
      eventName={names.eventName}
      facts={names.facts}
      onClose={closeList}
      onPick={(event) => {
        setOpenKey(null);
        pick(event);
      }}
    />
  );
  if (!canvasOn) {
    return (
      <>
        {drawing}
        {popover}
      </>
    );
  }
  return (
    <>
      <div className="tl-plot">
        <canvas ref={canvas} className="tl-canvas" aria-hidden="true" />
        {drawing}
      </div>
      {popover}
    </>
  );
}

const noHover = () => {};

export interface DrawingProps {
  width: number;
  dir: Direction;
  model: PlotModel;
  label: string;
  describedBy?: string;
  /** The marks layer. */
  children: ReactNode;
  /** The empty-window item, when nothing is in view. */
  empty?: ReactNode;
  tip?: ReactNode;
  svgRef?: Ref<SVGSVGElement>;
  onFocus?: () => void;
  onBlur?: (event: FocusEvent<SVGSVGElement>) => void;
  onPointerLeave?: () => void;
  /** The marks are painted on a canvas under the SVG: its shapes stay only for focus and names. */
  canvas?: boolean;
  /** The pointer is over a painted item. */
  pointer?: boolean;
  onPointerMove?: ((event: PointerEvent<SVGSVGElement>) => void) | undefined;
  onClick?: ((event: MouseEvent<SVGSVGElement>) => void) | undefined;
}

/**
 * The plot's layers in paint order: lanes, axis, marks, card. Direction is given to the SVG
 * explicitly (`direction`), so labels never depend on what the page around it inherits.
 */
export function PlotDrawing({ svgRef, ...props }: DrawingProps) {
  const { width, dir, model } = props;
  return (
    <svg
      ref={svgRef}
      className={['tl-svg', props.canvas && 'is-canvas', props.pointer && 'is-over-item']
        .filter(Boolean)
        .join(' ')}
      width={width}
      height={PLOT_H}
      direction={dir}
      role="group"
      aria-label={props.label}
      aria-describedby={props.describedBy}
      onFocus={props.onFocus}
      onBlur={props.onBlur}
      onPointerLeave={props.onPointerLeave}
      onPointerMove={props.onPointerMove}
      onClick={props.onClick}
    >
      <LaneHeads scale={model.scale} width={width} />
      <PlotBreaks breaks={model.breaks} />
      <TimelineAxis ticks={model.ticks} />
      {props.empty}
      {props.children}
      {props.tip}
    </svg>
  );
}
