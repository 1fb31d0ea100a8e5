import { KINDS } from '../../domain/types';

/** Fixed geometry of the timeline, in CSS pixels: the SVG keeps its height while data loads. */
export const LANE_KINDS = KINDS;
export const INSET = 16;
export const AXIS_H = 28;
export const ROWS = 3;
export const ROW_H = 26;
export const LANE_HEAD = 22;
export const LANE_PAD = 6;
export const LANE_H = LANE_HEAD + ROWS * ROW_H + LANE_PAD;
export const PLOT_H = AXIS_H + LANE_KINDS.length * LANE_H;
export const MARK = 13;
/** An average glyph width at the label size: the axis ticks, and the label measure's fallback. */
export const CHAR_W = 7;
/** Labels grow into free space up to this many pixels. */
export const MAX_LABEL_W = 320;
/** The label font: timeline labels, lane names, the tip (timeline-view.css uses the same). */
export const LABEL_FONT_PX = 14;
/** Above this many events in a window, lanes show density bars instead of marks. */
export const LOD_LIMIT = 1500;
export const OVERVIEW_H = 64;

/** Vertical centre of a row within a lane. */
export const rowY = (lane: number, row: number) =>
  AXIS_H + lane * LANE_H + LANE_HEAD + row * ROW_H + ROW_H / 2;

/** Top of a lane. */
export const laneY = (lane: number) => AXIS_H + lane * LANE_H;
