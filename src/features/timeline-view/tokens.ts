import type { EventKind, EventStatus } from '../../domain/types';

/**
 * The timeline's visual encoding, in one place for every painter: the SVG plot, the legend and
 * the overview read it now, a canvas layer will read it later. Colours are CSS custom properties
 * (app.css gives their light and dark values, each ≥ 3:1 on the surfaces), so dark mode follows
 * the page; forced-colours mode overrides the fills in timeline-view.css. Everything else — which
 * colour, which dash, which opacity — is decided here, not in CSS.
 */
export interface Paint {
  fill: string;
  fillOpacity?: number | undefined;
  stroke: string;
  strokeWidth?: number | undefined;
  /** SVG `stroke-dasharray`, or none. */
  dash?: string | undefined;
}

/** The colour of a kind: a custom property, so it follows dark mode. */
export const KIND_COLOUR: Record<EventKind, string> = {
  withdrawal: 'var(--kind-withdrawal)',
  attack: 'var(--kind-attack)',
  diplomacy: 'var(--kind-diplomacy)',
};

export const SURFACE = 'var(--surface)';
const SURFACE_2 = 'var(--surface-2)';

/** A lane's background, alternating; also the halo colour of the labels drawn on it. */
export const laneSurface = (lane: number): string => (lane % 2 === 1 ? SURFACE_2 : SURFACE);
/** Width of the halo stroke painted under label letters (SVG `paint-order: stroke`). */
export const LABEL_HALO_W = 4;
/** A broken axis's compressed stretch: hatching over the lanes, as the overview marks its own. */
export const BREAK = { fill: SURFACE_2, stroke: 'var(--border)', strokeWidth: 1.5, pitch: 7 };
export const TEXT = 'var(--text)';
const HIGHLIGHT = 'var(--highlight-current)';

/** How sure the date and the happening are: these change the paint, never the shape. */
export interface Certainty {
  status: EventStatus;
  /** An approximate (EDTF `~`) or inferred date. */
  soft: boolean;
}

const DASH = {
  softShape: '1.5 2',
  softBar: '2 3',
  plannedShape: '3 2',
  plannedBar: '5 3',
  reported: '1 2.5',
} as const;

/** A mark's shape: solid; approximate lighter and dotted; planned hollow and dashed. */
export function shapePaint(kind: EventKind, { status, soft }: Certainty): Paint {
  const colour = KIND_COLOUR[kind];
  if (status === 'planned') {
    return { fill: SURFACE, stroke: colour, strokeWidth: 2, dash: DASH.plannedShape };
  }
  if (soft) {
    return {
      fill: colour,
      fillOpacity: 0.35,
      stroke: colour,
      strokeWidth: 1.5,
      dash: DASH.softShape,
    };
  }
  return { fill: colour, stroke: SURFACE, strokeWidth: 1.5 };
}

/** A span's bar under its shape; the selection outlines it. */
export function barPaint(kind: EventKind, { status, soft }: Certainty, selected: boolean): Paint {
  const colour = KIND_COLOUR[kind];
  const outline = selected
    ? { stroke: TEXT, strokeWidth: 2.5 }
    : { stroke: colour, strokeWidth: 1.25 };
  if (status === 'planned') return { fill: 'none', ...outline, dash: DASH.plannedBar };
  return {
    fill: colour,
    fillOpacity: soft ? 0.07 : 0.16,
    ...outline,
    dash: soft ? DASH.softBar : undefined,
  };
}

/** Reported, not confirmed: a thin dotted ring around the mark, at this share of its size. */
export const REPORTED_RING = 0.8;
export const reportedPaint = (kind: EventKind): Paint => ({
  fill: 'none',
  stroke: KIND_COLOUR[kind],
  strokeWidth: 1,
  dash: DASH.reported,
});

/** The selection: a highlight disc behind the mark, at this share of its size. */
export const HALO = 0.95;
export const haloPaint: Paint = { fill: HIGHLIGHT, stroke: TEXT, strokeWidth: 1.5 };

/** A cluster: a faint band over its time and a count badge. */
export const bandPaint = (kind: EventKind): Paint => ({
  fill: KIND_COLOUR[kind],
  fillOpacity: 0.1,
  stroke: KIND_COLOUR[kind],
  strokeWidth: 1,
});
export const pillPaint = (kind: EventKind, selected: boolean): Paint => ({
  fill: SURFACE,
  stroke: selected ? TEXT : KIND_COLOUR[kind],
  strokeWidth: selected ? 2.5 : 2,
});

/** Density: a bar per column in the plot, solid in the overview. */
export const binPaint = (kind: EventKind): Paint => ({
  fill: KIND_COLOUR[kind],
  fillOpacity: 0.75,
  stroke: 'none',
});
export const densityPaint = (kind: EventKind): Paint => ({
  fill: KIND_COLOUR[kind],
  stroke: 'none',
});

/** The paint as SVG presentation attributes (no inline style: the CSP forbids it). */
export function svgPaint(paint: Paint) {
  return {
    fill: paint.fill,
    fillOpacity: paint.fillOpacity,
    stroke: paint.stroke,
    strokeWidth: paint.strokeWidth,
    strokeDasharray: paint.dash,
  };
}
