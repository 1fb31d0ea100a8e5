import { describe, expect, it } from 'vitest';
import { moveFocus, resolveFocus, visualOrder, type NavItem } from './navigation';
import { createTimeScale } from './time-scale';

const span = [Date.UTC(2021, 0, 1), Date.UTC(2021, 11, 31)] as const;
const ltr = createTimeScale(span, 1000, 'ltr');
const rtl = createTimeScale(span, 1000, 'rtl');

// Earliest to latest: a, b, c. On screen they sit in reading order.
const en: NavItem[] = [
  { key: 'a', x: 100, lane: 0 },
  { key: 'b', x: 500, lane: 1 },
  { key: 'c', x: 850, lane: 0 },
];
const ar: NavItem[] = en.map((i) => ({ ...i, x: 1000 - i.x }));

describe('moveFocus', () => {
  it('orders items left to right on screen', () => {
    expect(visualOrder(ar).map((i) => i.key)).toEqual(['c', 'b', 'a']);
  });

  it('moves → to the later event in English', () => {
    expect(moveFocus(en, 'a', 'ArrowRight', ltr)).toEqual({ type: 'item', key: 'b' });
    expect(moveFocus(en, 'b', 'ArrowLeft', ltr)).toEqual({ type: 'item', key: 'a' });
  });

  it('moves → to the earlier event in Arabic', () => {
    expect(moveFocus(ar, 'b', 'ArrowRight', rtl)).toEqual({ type: 'item', key: 'a' });
    expect(moveFocus(ar, 'b', 'ArrowLeft', rtl)).toEqual({ type: 'item', key: 'c' });
  });

  it('asks for the next event in time past the last item on screen, per the scale', () => {
    expect(moveFocus(en, 'c', 'ArrowRight', ltr)).toEqual({ type: 'beyond', step: 1 });
    expect(moveFocus(ar, 'c', 'ArrowLeft', rtl)).toEqual({ type: 'beyond', step: 1 });
    expect(moveFocus(ar, 'a', 'ArrowRight', rtl)).toEqual({ type: 'beyond', step: -1 });
  });

  it('goes to the earliest and latest events with Home and End', () => {
    expect(moveFocus(en, 'b', 'Home', ltr)).toEqual({ type: 'edge', which: 'first' });
    expect(moveFocus(ar, 'b', 'End', rtl)).toEqual({ type: 'edge', which: 'last' });
  });

  it('moves between lanes to the nearest item with ArrowUp and ArrowDown', () => {
    expect(moveFocus(en, 'a', 'ArrowDown', ltr)).toEqual({ type: 'item', key: 'b' });
    expect(moveFocus(en, 'b', 'ArrowUp', ltr)).toEqual({ type: 'item', key: 'c' });
    expect(moveFocus(en, 'b', 'ArrowDown', ltr)).toEqual({ type: 'none' });
  });

  it('starts at the earliest item on screen when nothing has focus yet', () => {
    expect(moveFocus(en, null, 'ArrowRight', ltr)).toEqual({ type: 'item', key: 'a' });
    expect(moveFocus(ar, null, 'ArrowRight', rtl)).toEqual({ type: 'item', key: 'a' });
  });
});

describe('resolveFocus', () => {
  const items = [
    { key: 'a', x: 100, lane: 0, start: 10, ids: ['a'] },
    { key: 'cluster:b', x: 500, lane: 1, start: 50, ids: ['b', 'c'] },
    { key: 'd', x: 850, lane: 0, start: 90, ids: ['d'] },
  ];

  it('keeps focus on the item with the same key', () => {
    expect(resolveFocus(items, { key: 'd', eventId: 'd', time: 90 }, null)).toBe('d');
  });

  it('follows an event into the cluster that now holds it', () => {
    expect(resolveFocus(items, { key: 'c', eventId: 'c', time: 50 }, null)).toBe('cluster:b');
  });

  it('falls back to the item nearest in time when the event left the screen', () => {
    expect(resolveFocus(items, { key: 'z', eventId: 'z', time: 80 }, null)).toBe('d');
  });

  it('starts on the selected event, else the earliest item', () => {
    expect(resolveFocus(items, null, 'b')).toBe('cluster:b');
    expect(resolveFocus(items, null, null)).toBe('a');
    expect(resolveFocus([], null, null)).toBeNull();
  });
});
