import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type FocusEvent,
  type KeyboardEvent,
  type ReactNode,
  type Ref,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/types';
import { createTimeScale, type Direction } from '../../timeline/time-scale';
import { MIN_SPAN } from '../../timeline/time-window';
import type { TimeIndex } from '../../timeline/window-query';
import { maxZoom } from '../../timeline/zoom-transform';
import { useView, viewActions } from '../../url-state/view-store';
import { ClusterPopover } from './cluster-popover';
import { INSET, PLOT_H } from './geometry';
import type { LegendIds } from './names';
import { EmptyItem, ItemTip, LaneHeads, MarksLayer, usePlotNames } from './plot-layers';
import { TimelineAxis } from './timeline-axis';
import { usePlotModel, type PlotModel } from './use-plot-model';
import { useRovingFocus } from './use-roving-focus';
import { useZoom } from './use-zoom';
import type { Viewport } from './viewport';

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
 * The main plot. The only part of the timeline that follows the window frame by frame: it reads
 * the viewport's span (useSyncExternalStore), builds the model (usePlotModel) and draws it
 * (PlotDrawing); d3-zoom (useZoom) and the keyboard (useRovingFocus) are its input devices.
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
  const span = useSyncExternalStore(viewport.subscribe, viewport.getSpan, viewport.getSpan);
  const selectedId = useView((s) => s.event);
  const target = useRef<SVGSVGElement>(null);
  const model = usePlotModel({ span, width, dir, lang, index, keep: selectedId });
  const { extent } = viewport;
  const base = useMemo(() => createTimeScale(extent, width, dir, INSET), [extent, width, dir]);
  useZoom({
    target,
    base,
    height: PLOT_H,
    maxScale: maxZoom(extent, MIN_SPAN),
    span,
    onPreview: viewport.preview,
    onCommit: viewport.show,
    wheelNeedsModifier,
  });

  useEffect(() => {
    if (width > 0) performance.mark('khatt:drawn');
  }, [width, model.lanes]);

  // The cluster whose members are listed (when zooming cannot part them).
  const [openKey, setOpenKey] = useState<string | null>(null);
  const { active, register, activate, onKey, onFocusItem, focusItem, pick } = useRovingFocus({
    target,
    lanes: model.lanes,
    nav: model.nav,
    index,
    span,
    scale: model.scale,
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

  return (
    <>
      <PlotDrawing
        svgRef={target}
        width={width}
        dir={dir}
        model={model}
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
          lanes={model.lanes}
          lang={lang}
          plot={model.plot}
          selectedId={selectedId}
          active={active}
          names={names.names}
          onActivate={activate}
          onKey={onKey}
          onFocusItem={onFocusItem}
          onHover={setHover}
          register={register}
        />
      </PlotDrawing>
      {openNode?.type === 'cluster' && (
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
      )}
    </>
  );
}

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
      className="tl-svg"
      width={width}
      height={PLOT_H}
      direction={dir}
      role="group"
      aria-label={props.label}
      aria-describedby={props.describedBy}
      onFocus={props.onFocus}
      onBlur={props.onBlur}
      onPointerLeave={props.onPointerLeave}
    >
      <LaneHeads scale={model.scale} width={width} />
      <TimelineAxis ticks={model.ticks} />
      {props.empty}
      {props.children}
      {props.tip}
    </svg>
  );
}
