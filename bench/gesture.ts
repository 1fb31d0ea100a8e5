/**
 * The real-time gesture: a 2-second wheel-zoom-in, drag-pan and zoom-out at the plot's centre,
 * as a list of input events on a wall-clock schedule. The runner sends each one at its time
 * without waiting for the page, so a page that falls behind pays for its backlog.
 */

/** One CDP `Input.dispatchMouseEvent`, `at` ms after the gesture starts. */
export interface GestureStep {
  at: number;
  type: 'mouseWheel' | 'mousePressed' | 'mouseMoved' | 'mouseReleased';
  x: number;
  y: number;
  deltaY?: number;
  /** Held during a drag. */
  pressed?: boolean;
}

/** A wheel notch every 50 ms for 700 ms: d3-zoom scales 1.2 per 132 px, vis-timeline 1.2 per event. */
export const GESTURE_WHEEL_EVERY = 50;
export const GESTURE_WHEEL_DELTA = 132;
/** The drag: 600 ms, a move every 16 ms, 300 px along the time axis. */
export const GESTURE_DRAG_PX = 300;
export const GESTURE_MS = 2000;

/** Zoom in (0–700 ms) at (x, y), drag-pan 300 px (700–1300 ms), zoom out (1325–2000 ms). */
export function gestureSteps(x: number, y: number): GestureStep[] {
  const steps: GestureStep[] = [];
  const wheels = (from: number, to: number, atX: number, deltaY: number) => {
    for (let at = from; at < to; at += GESTURE_WHEEL_EVERY) {
      steps.push({ at, type: 'mouseWheel', x: atX, y, deltaY });
    }
  };
  wheels(0, 700, x, -GESTURE_WHEEL_DELTA);
  steps.push({ at: 700, type: 'mousePressed', x, y, pressed: true });
  const moves = Math.floor((1300 - 716) / 16) + 1;
  for (let i = 1; i <= moves; i++) {
    const at = 700 + 16 * i;
    steps.push({ at, type: 'mouseMoved', x: x + (GESTURE_DRAG_PX * i) / moves, y, pressed: true });
  }
  const end = x + GESTURE_DRAG_PX;
  steps.push({ at: 1300, type: 'mouseReleased', x: end, y, pressed: true });
  // The zoom out happens where the drag left the mouse.
  wheels(1300 + GESTURE_WHEEL_EVERY / 2, GESTURE_MS, end, GESTURE_WHEEL_DELTA);
  return steps;
}
