import { describe, expect, it } from 'vitest';
import type { KhattEvent } from '../../domain/types';
import { positionOf } from './step';

const event = (id: string, start: string): KhattEvent => ({
  id,
  kind: 'attack',
  status: 'occurred',
  title: { ar: id, en: id },
  summary: { ar: '', en: '' },
  date: {
    start,
    end: start,
    precision: 'day',
    basis: 'printed',
    note: { ar: '', en: '' },
    edtf: start,
  },
  actors: [],
  excerpts: [],
});

const a = event('a', '2020-01-01');
const b = event('b', '2020-06-01');
const c = event('c', '2021-01-01');
const hidden = event('h', '2020-08-15');
const ids = (p: ReturnType<typeof positionOf>) => [p.index, p.previous?.id, p.next?.id];

describe('positionOf', () => {
  it('finds the events before and after one in the list', () => {
    expect(ids(positionOf([a, b, c], b))).toEqual([1, 'a', 'c']);
  });

  it('has no previous event at the start and no next event at the end', () => {
    expect(ids(positionOf([a, b, c], a))).toEqual([0, undefined, 'b']);
    expect(ids(positionOf([a, b, c], c))).toEqual([2, 'b', undefined]);
  });

  it('gives an event the filters hide the shown events around its date', () => {
    expect(ids(positionOf([a, b, c], hidden))).toEqual([-1, 'b', 'c']);
    expect(ids(positionOf([b, c], event('x', '2019-01-01')))).toEqual([-1, undefined, 'b']);
    expect(ids(positionOf([a, b], event('y', '2022-01-01')))).toEqual([-1, 'b', undefined]);
  });

  it('has no neighbours in an empty list', () => {
    expect(ids(positionOf([], a))).toEqual([-1, undefined, undefined]);
  });
});
