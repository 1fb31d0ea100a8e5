import type { EventKind } from '../../domain/types';
import { badgeWidth } from '../../timeline/lanes';
import { LANE_HEAD, MARK, ROW_H, ROWS, laneY, rowY } from './geometry';
import { isSoftDate } from './names';
import type { TimelineNode } from './timeline-node';
import {
  HALO,
  REPORTED_RING,
  laneSurface,
  bandPaint,
  barPaint,
  binPaint,
  haloPaint,
  pillPaint,
  reportedPaint,
  shapePaint,
  type Paint,
} from './tokens';

/**
 * What to draw for one item, as plain data: the SVG layer maps each shape to an element, and a
 * canvas painter can walk the same list. `part` names what the shape is (the CSS class carries
 * focus, hover and forced-colours rules); `paint` is the encoding from the tokens.
 */
export type Part =
  'ring' | 'bar' | 'halo' | 'reported' | 'shape' | 'label' | 'band' | 'pill' | 'count' | 'bin-bar';

export type Shape =
  | {
      type: 'rect';
      part: Part;
      x: number;
      y: number;
      width: number;
      height: number;
      rx?: number;
      paint?: Paint | undefined;
    }
  | { type: 'circle'; part: Part; cx: number; cy: number; r: number; paint?: Paint | undefined }
  | { type: 'path'; part: Part; d: string; paint?: Paint | undefined }
  | {
      type: 'text';
      part: Part;
      x: number;
      y: number;
      text: string;
      /** Logical, under the plot's `direction`: `start` runs in reading order from x. */
      anchor: 'start' | 'middle' | 'end';
      /** The halo behind the letters: the lane's background, so grid lines and outlines stop short of them. */
      halo?: string | undefined;
    };

/**
 * The shape of a kind centred on (cx, cy): kinds differ by shape as well as colour, so they
 * stay apart without colour vision — withdrawal a square, attack a triangle, diplomacy a circle.
 */
export function kindShape(
  kind: EventKind,
  size: number,
  cx: number,
  cy: number,
  paint?: Paint,
): Shape {
  const s = size;
  switch (kind) {
    case 'withdrawal':
      return {
        type: 'rect',
        part: 'shape',
        x: cx - 0.44 * s,
        y: cy - 0.44 * s,
        width: 0.88 * s,
        height: 0.88 * s,
        paint,
      };
    case 'attack':
      return {
        type: 'path',
        part: 'shape',
        d: `M${cx} ${cy - 0.62 * s}L${cx + 0.6 * s} ${cy + 0.44 * s}L${cx - 0.6 * s} ${cy + 0.44 * s}Z`,
        paint,
      };
    case 'diplomacy':
      return { type: 'circle', part: 'shape', cx, cy, r: 0.5 * s, paint };
  }
}

export interface ItemDrawing {
  node: TimelineNode;
  lane: number;
  selected: boolean;
  /** The plot's horizontal bounds: long bars are cut a little beyond them. */
  plot: readonly [number, number];
  /** A cluster's count, in the UI language's digits. */
  countText?: string | undefined;
}

/** Every shape of one item, back to front; the first is the (invisible until focused) ring. */
export function itemShapes({ node, lane, selected, plot, countText = '' }: ItemDrawing): Shape[] {
  // Long bars are cut a little beyond the plot, so their ends never show and widths stay sane.
  const clamp = (x: number) => Math.min(Math.max(x, plot[0] - 40), plot[1] + 40);
  const x0 = clamp(node.x0);
  const x1 = clamp(node.x1);
  if (node.type === 'bin') {
    const room = ROWS * ROW_H;
    const bottom = laneY(lane) + LANE_HEAD + room;
    const height = Math.max(3, (node.count / Math.max(1, node.max)) * room);
    return [
      {
        type: 'rect',
        part: 'ring',
        x: x0 - 2,
        y: bottom - height - 2,
        width: x1 - x0 + 4,
        height: height + 4,
      },
      {
        type: 'rect',
        part: 'bin-bar',
        x: x0 + 0.5,
        y: bottom - height,
        width: Math.max(1, x1 - x0 - 1),
        height,
        paint: binPaint(node.kind),
      },
    ];
  }
  const y = rowY(lane, node.row);
  if (node.type === 'cluster') {
    const badge = badgeWidth(node.events.length);
    return [
      { type: 'rect', part: 'ring', x: x0 - 3, y: y - 13, width: x1 - x0 + 6, height: 26, rx: 13 },
      {
        type: 'rect',
        part: 'band',
        x: x0,
        y: y - 8,
        width: Math.max(0, x1 - x0),
        height: 16,
        rx: 8,
        paint: bandPaint(node.kind),
      },
      {
        type: 'rect',
        part: 'pill',
        x: node.x - badge / 2,
        y: y - 10,
        width: badge,
        height: 20,
        rx: 10,
        paint: pillPaint(node.kind, selected),
      },
      { type: 'text', part: 'count', x: node.x, y, text: countText, anchor: 'middle' },
    ];
  }
  const certainty = { status: node.event.status, soft: isSoftDate(node.event) };
  const half = MARK / 2 + 4;
  const shapes: Shape[] = [
    node.type === 'span'
      ? {
          type: 'rect',
          part: 'ring',
          x: x0 - 3,
          y: y - half,
          width: x1 - x0 + 6,
          height: 2 * half,
          rx: 4,
        }
      : {
          type: 'rect',
          part: 'ring',
          x: node.x - half,
          y: y - half,
          width: 2 * half,
          height: 2 * half,
          rx: 4,
        },
  ];
  if (node.type === 'span') {
    shapes.push({
      type: 'rect',
      part: 'bar',
      x: x0,
      y: y - 8,
      width: Math.max(0, x1 - x0),
      height: 16,
      rx: 3,
      paint: barPaint(node.kind, certainty, selected),
    });
  }
  if (selected)
    shapes.push({
      type: 'circle',
      part: 'halo',
      cx: node.x,
      cy: y,
      r: MARK * HALO,
      paint: haloPaint,
    });
  if (node.event.status === 'reported') {
    shapes.push({
      type: 'circle',
      part: 'reported',
      cx: node.x,
      cy: y,
      r: MARK * REPORTED_RING,
      paint: reportedPaint(node.kind),
    });
  }
  shapes.push(kindShape(node.kind, MARK, node.x, y, shapePaint(node.kind, certainty)));
  if (node.label)
    shapes.push({
      type: 'text',
      part: 'label',
      x: node.labelX,
      y,
      text: node.label,
      anchor: node.labelAnchor,
      halo: laneSurface(lane),
    });
  return shapes;
}
