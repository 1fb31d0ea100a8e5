import type { Tick } from '../../timeline/ticks';
import { AXIS_H, LABEL_FONT_PX, LANE_H, LANE_KINDS, PLOT_H, laneY } from './geometry';
import { itemShapes, type Shape } from './mark-geometry';
import { idsOf, type TimelineNode } from './timeline-node';
import { BREAK, LABEL_HALO_W, laneSurface, type Paint } from './tokens';

/**
 * The canvas painter: the plot's lane backgrounds, axis and marks drawn from the same pure
 * geometry (`itemShapes`) and tokens as the SVG layer, so both show the same encoding. Pure in
 * the manner of Excalidraw's `render…()` functions: it takes a 2D context and a scene and draws;
 * the frame loop and the DOM live in `use-canvas-layer.ts`.
 */

/** Custom properties the tokens name, resolved against the page (light, dark) once per change. */
export const PALETTE_NAMES = [
  '--surface',
  '--surface-2',
  '--text',
  '--muted',
  '--border',
  '--highlight-current',
  '--kind-withdrawal',
  '--kind-attack',
  '--kind-diplomacy',
] as const;

export type Palette = Record<string, string>;

/** The palette for the element's computed style; `font` is its interface font family (`--ui-font`). */
export function readPalette(style: Pick<CSSStyleDeclaration, 'getPropertyValue'>): {
  palette: Palette;
  font: string;
} {
  const palette: Palette = {};
  for (const name of PALETTE_NAMES) palette[name] = style.getPropertyValue(name).trim();
  const font =
    style.getPropertyValue('--ui-font').trim() || style.getPropertyValue('--font').trim();
  return { palette, font: font || 'sans-serif' };
}

/** What one frame draws. */
export interface Scene {
  lanes: readonly TimelineNode[][];
  ticks: readonly Tick[];
  /** Compressed stretches of a broken axis, as pixel bands. */
  breaks: readonly (readonly [number, number])[];
  plot: readonly [number, number];
  width: number;
  dpr: number;
  dir: 'ltr' | 'rtl';
  selectedId: string | null;
  /** The item under the pointer: its ring shows, as the SVG's does on :hover. */
  hoverKey: string | null;
  countText: (count: number) => string;
  palette: Palette;
  font: string;
}

/** The subset of CanvasRenderingContext2D the painter uses (a test records calls on a mock). */
export type Ctx = Pick<
  CanvasRenderingContext2D,
  | 'save'
  | 'restore'
  | 'setTransform'
  | 'clearRect'
  | 'fillRect'
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'closePath'
  | 'rect'
  | 'roundRect'
  | 'arc'
  | 'fill'
  | 'stroke'
  | 'setLineDash'
  | 'fillText'
  | 'strokeText'
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'lineJoin'
  | 'globalAlpha'
  | 'font'
  | 'textAlign'
  | 'textBaseline'
  | 'direction'
>;

const colour = (palette: Palette, value: string) =>
  value.startsWith('var(') ? (palette[value.slice(4, -1)] ?? value) : value;

/** SVG's dasharray string as canvas's dash list. */
export const dashList = (dash: string | undefined): number[] =>
  dash ? dash.split(/[\s,]+/).map(Number) : [];

/** Traces the absolute M/L/Z paths that mark-geometry writes (no Path2D: tests run without one). */
function tracePath(ctx: Ctx, d: string) {
  for (const [, command, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    const [x = 0, y = 0] = (args ?? '')
      .trim()
      .split(/[\s,]+/)
      .map(Number);
    if (command === 'M') ctx.moveTo(x, y);
    else if (command === 'L') ctx.lineTo(x, y);
    else ctx.closePath();
  }
}

function fillAndStroke(ctx: Ctx, paint: Paint, palette: Palette) {
  if (paint.fill !== 'none') {
    ctx.globalAlpha = paint.fillOpacity ?? 1;
    ctx.fillStyle = colour(palette, paint.fill);
    ctx.fill();
    ctx.globalAlpha = 1;
  }
  if (paint.stroke !== 'none') {
    ctx.strokeStyle = colour(palette, paint.stroke);
    ctx.lineWidth = paint.strokeWidth ?? 1;
    ctx.setLineDash(dashList(paint.dash));
    ctx.stroke();
    ctx.setLineDash([]);
  }
}

const TEXT_STYLE = {
  label: { size: LABEL_FONT_PX, weight: 400 },
  count: { size: 12, weight: 700 },
} as const;

/** One shape of mark-geometry on the canvas, as SvgShape draws it in SVG. */
export function paintShape(
  ctx: Ctx,
  shape: Shape,
  o: { palette: Palette; font: string; hover: boolean },
) {
  const { palette } = o;
  if (shape.type === 'text') {
    const style = shape.part === 'count' ? TEXT_STYLE.count : TEXT_STYLE.label;
    // The selected label keeps its weight: a bolder one would outgrow the room measured for it.
    ctx.font = `${style.weight} ${style.size}px ${o.font}`;
    ctx.textAlign = shape.anchor === 'middle' ? 'center' : shape.anchor;
    ctx.textBaseline = 'middle';
    if (shape.halo) {
      // A halo in the lane's background keeps labels legible over grid lines and bars.
      ctx.strokeStyle = colour(palette, shape.halo);
      ctx.lineWidth = LABEL_HALO_W;
      ctx.lineJoin = 'round';
      ctx.strokeText(shape.text, shape.x, shape.y);
    }
    ctx.fillStyle = colour(palette, 'var(--text)');
    ctx.fillText(shape.text, shape.x, shape.y);
    return;
  }
  // The ring is the focus and hover outline: the SVG twin draws focus; the canvas draws hover.
  const paint: Paint | undefined =
    shape.part === 'ring'
      ? o.hover
        ? { fill: 'none', stroke: 'var(--border)', strokeWidth: 1.5 }
        : undefined
      : shape.paint;
  if (!paint) return;
  ctx.beginPath();
  if (shape.type === 'rect') {
    if (shape.rx) ctx.roundRect(shape.x, shape.y, shape.width, shape.height, shape.rx);
    else ctx.rect(shape.x, shape.y, shape.width, shape.height);
  } else if (shape.type === 'circle') {
    ctx.arc(shape.cx, shape.cy, shape.r, 0, 2 * Math.PI);
  } else {
    tracePath(ctx, shape.d);
  }
  fillAndStroke(ctx, paint, palette);
}

/** Hatching at 45° across each break, from the axis to the plot's foot (no clip: lines are cut). */
function paintBreaks(ctx: Ctx, scene: Pick<Scene, 'breaks' | 'palette'>) {
  const y0 = AXIS_H;
  const h = PLOT_H - AXIS_H;
  for (const [x0, x1] of scene.breaks) {
    ctx.fillStyle = colour(scene.palette, BREAK.fill);
    ctx.fillRect(x0, y0, x1 - x0, h);
    ctx.strokeStyle = colour(scene.palette, BREAK.stroke);
    ctx.lineWidth = BREAK.strokeWidth;
    ctx.beginPath();
    // The line x = c + t, y = y0 + t, kept where x0 ≤ x ≤ x1 and 0 ≤ t ≤ h.
    for (let c = Math.floor((x0 - h) / BREAK.pitch) * BREAK.pitch; c < x1; c += BREAK.pitch) {
      const a = Math.max(0, x0 - c);
      const b = Math.min(h, x1 - c);
      if (b <= a) continue;
      ctx.moveTo(c + a, y0 + a);
      ctx.lineTo(c + b, y0 + b);
    }
    ctx.stroke();
  }
}

function paintAxis(ctx: Ctx, scene: Scene) {
  const { palette, ticks, width } = scene;
  ctx.strokeStyle = colour(palette, 'var(--border)');
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(0, AXIS_H - 0.5);
  ctx.lineTo(width, AXIS_H - 0.5);
  ctx.stroke();
  for (const tick of ticks) {
    ctx.globalAlpha = tick.major ? 1 : 0.6;
    ctx.beginPath();
    ctx.moveTo(tick.x, AXIS_H - 6);
    ctx.lineTo(tick.x, PLOT_H);
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  // Minor labels, then major ones: setting `font` parses it, too dear to do per label.
  for (const major of [false, true]) {
    ctx.font = `${major ? 600 : 400} 12px ${scene.font}`;
    ctx.fillStyle = colour(palette, major ? 'var(--text)' : 'var(--muted)');
    for (const tick of ticks)
      if (tick.major === major) ctx.fillText(tick.label, tick.x, AXIS_H / 2 - 1);
  }
}

/** Draws one frame: lane backgrounds, the axis, then each lane's items, the selected last. */
export function paintScene(ctx: Ctx, scene: Scene) {
  const { palette, dpr, width, selectedId } = scene;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, PLOT_H);
  ctx.direction = scene.dir;
  const laneBgs = LANE_KINDS.map((_, lane) => colour(palette, laneSurface(lane)));
  laneBgs.forEach((bg, lane) => {
    ctx.fillStyle = bg;
    ctx.fillRect(0, laneY(lane), width, LANE_H);
  });
  paintBreaks(ctx, scene);
  paintAxis(ctx, scene);
  scene.lanes.forEach((nodes, lane) => {
    const isSelected = (node: TimelineNode) =>
      selectedId !== null && idsOf(node).includes(selectedId);
    // The selection is drawn over its neighbours, so its halo is never hidden under them.
    const ordered = [...nodes.filter((n) => !isSelected(n)), ...nodes.filter(isSelected)];
    for (const node of ordered) {
      const selected = isSelected(node);
      const countText = node.type === 'cluster' ? scene.countText(node.events.length) : undefined;
      const shapes = itemShapes({ node, lane, selected, plot: scene.plot, countText });
      const o = {
        palette,
        font: scene.font,
        hover: node.key === scene.hoverKey,
      };
      for (const shape of shapes) paintShape(ctx, shape, o);
    }
  });
}
