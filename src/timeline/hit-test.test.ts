import { describe, expect, it } from 'vitest';
import { createHitIndex, hitTest, type HitItem } from './hit-test';

const item = (x0: number, x1: number, row?: number): HitItem & { id: string } => ({
  id: `${x0}-${x1}-${row ?? '*'}`,
  x0,
  x1,
  row,
});

describe('hitTest', () => {
  const lanes = [
    [item(100, 110, 0), item(10, 20, 0), item(30, 40, 1), item(5, 300, 2)],
    [item(0, 50), item(60, 90)],
  ];
  const index = createHitIndex(lanes);

  it('finds the item under the pointer in its lane and row', () => {
    expect(hitTest(index, 0, 0, 15)?.id).toBe('10-20-0');
    expect(hitTest(index, 0, 0, 105)?.id).toBe('100-110-0');
    expect(hitTest(index, 0, 1, 35)?.id).toBe('30-40-1');
  });

  it('misses between items, in another row and outside the lanes', () => {
    expect(hitTest(index, 0, 0, 25)).toBeNull();
    expect(hitTest(index, 0, 1, 15)).toBeNull();
    expect(hitTest(index, 5, 0, 15)).toBeNull();
  });

  it('finds a long span that started long before the pointer, past shorter items', () => {
    expect(hitTest(index, 0, 2, 200)?.id).toBe('5-300-2');
  });

  it('widens items by the slop on either side', () => {
    expect(hitTest(index, 0, 0, 22)).toBeNull();
    expect(hitTest(index, 0, 0, 22, 3)?.id).toBe('10-20-0');
    expect(hitTest(index, 0, 0, 8, 3)?.id).toBe('10-20-0');
  });

  it('matches items without a row (density bars) in any row', () => {
    expect(hitTest(index, 1, 2, 70)?.id).toBe('60-90-*');
    expect(hitTest(index, 1, 0, 55)).toBeNull();
  });

  it('prefers the item drawn last (the latest to start) where two overlap', () => {
    const overlap = createHitIndex([[item(0, 100, 0), item(40, 60, 0)]]);
    expect(hitTest(overlap, 0, 0, 50)?.id).toBe('40-60-0');
    expect(hitTest(overlap, 0, 0, 80)?.id).toBe('0-100-0');
  });

  it('agrees with a linear scan on many random items', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 1000;
    const many = Array.from({ length: 500 }, () => {
      const x0 = rand();
      return item(x0, x0 + rand() / 20, Math.floor(rand() / 334));
    });
    const big = createHitIndex([many]);
    for (let x = 0; x < 1000; x += 7) {
      const row = Math.floor(x / 334);
      const found = hitTest(big, 0, row, x);
      const any = many.some((m) => m.row === row && m.x0 <= x && m.x1 >= x);
      expect(found !== null).toBe(any);
      if (found) expect(found.x0 <= x && found.x1 >= x && found.row === row).toBe(true);
    }
  });
});
