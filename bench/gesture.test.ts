import { describe, expect, it } from 'vitest';
import { GESTURE_DRAG_PX, GESTURE_MS, gestureSteps } from './gesture';

describe('the real-time gesture', () => {
  const steps = gestureSteps(600, 300);
  const wheels = steps.filter((s) => s.type === 'mouseWheel');

  it('zooms in and out by as many notches, within 2 s, in time order', () => {
    const zoomIn = wheels.filter((s) => (s.deltaY ?? 0) < 0);
    const zoomOut = wheels.filter((s) => (s.deltaY ?? 0) > 0);
    expect(zoomIn).toHaveLength(14);
    expect(zoomOut).toHaveLength(zoomIn.length);
    expect(zoomIn.every((s) => s.x === 600 && s.y === 300)).toBe(true);
    expect(Math.max(...steps.map((s) => s.at))).toBeLessThan(GESTURE_MS);
    expect(steps.map((s) => s.at)).toEqual([...steps.map((s) => s.at)].sort((a, b) => a - b));
  });

  it('drags between the two: pressed, moved 300 px with the button held, released', () => {
    const drag = steps.filter((s) => s.type !== 'mouseWheel');
    expect(drag[0]).toMatchObject({ type: 'mousePressed', x: 600, pressed: true });
    expect(drag.at(-1)).toMatchObject({ type: 'mouseReleased', x: 600 + GESTURE_DRAG_PX });
    const moves = drag.filter((s) => s.type === 'mouseMoved');
    expect(moves.length).toBeGreaterThan(30);
    expect(moves.every((s) => s.pressed)).toBe(true);
    expect(moves.at(-1)?.x).toBe(600 + GESTURE_DRAG_PX);
    // The zoom out happens where the drag ended.
    expect(wheels.at(-1)?.x).toBe(600 + GESTURE_DRAG_PX);
  });
});
