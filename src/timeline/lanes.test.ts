import { describe, expect, it } from 'vitest';
import type { EventKind, KhattEvent } from '../domain/types';
import { badgeWidth, layoutLanes, standApart, type LaneItem, type LaneOptions } from './lanes';
import { createTimeScale } from './time-scale';
import { testEvent } from './test-event';
import { DAY, utcDay } from './time-window';

const ev = (id: string, start: string, kind: EventKind = 'attack', end = start) =>
  testEvent(id, start, { end, kind, title: { ar: `عنوان ${id}`, en: `Title of ${id}` } });

const KINDS = ['withdrawal', 'attack', 'diplomacy'] as const;
const options: LaneOptions = { kinds: KINDS, rows: 3, markSize: 12, gap: 4 };
// 30 days over 600 px: 20 px a day.
const feb = [utcDay('2021-02-01'), utcDay('2021-03-03')] as const;
const ltr = createTimeScale(feb, 600, 'ltr');
const rtl = createTimeScale(feb, 600, 'rtl');
const lane = (events: KhattEvent[], o: Partial<LaneOptions> = {}, scale = ltr) =>
  layoutLanes(events, scale, { ...options, ...o }).find((l) => l.kind === 'attack')?.items ?? [];
const byKey = (items: LaneItem[]) => new Map(items.map((i) => [i.key, i]));

describe('layoutLanes', () => {
  it('makes one lane per kind, in the given order, each with its own events', () => {
    const lanes = layoutLanes(
      [ev('a', '2021-02-10', 'attack'), ev('d', '2021-02-10', 'diplomacy')],
      ltr,
      options,
    );
    expect(lanes.map((l) => l.kind)).toEqual(KINDS);
    expect(lanes.map((l) => l.items.map((i) => i.key))).toEqual([[], ['a'], ['d']]);
  });

  it('keeps marks that do not overlap in the first row', () => {
    const items = lane([ev('a', '2021-02-05'), ev('b', '2021-02-10'), ev('c', '2021-02-15')]);
    expect(items.map((i) => i.row)).toEqual([0, 0, 0]);
    expect(items.every((i) => i.type === 'mark')).toBe(true);
  });

  it('centres a day mark in its day', () => {
    const [item] = lane([ev('a', '2021-02-05')]);
    expect(item?.x).toBeCloseTo(ltr(utcDay('2021-02-05') + DAY / 2));
  });

  it('stacks overlapping marks into rows', () => {
    const same = ['a', 'b', 'c'].map((id) => ev(id, '2021-02-10'));
    expect(
      lane(same)
        .map((i) => i.row)
        .sort(),
    ).toEqual([0, 1, 2]);
  });

  it('never clusters the kept event, wherever it falls in the order', () => {
    const same = ['a', 'b', 'c', 'd', 'e'].map((id) => ev(id, '2021-02-10'));
    for (const keep of ['a', 'c', 'd', 'e']) {
      const items = lane(same, { keep });
      const kept = items.filter((i) => i.type !== 'cluster' && i.key === keep);
      expect(kept, keep).toHaveLength(1);
      const clustered = items.flatMap((i) => (i.type === 'cluster' ? i.events : []));
      expect(clustered.map((e) => e.id)).not.toContain(keep);
      // Every event is still drawn, as a mark or counted in a cluster.
      const drawn = items.flatMap((i) =>
        i.type === 'cluster' ? i.events.map((e) => e.id) : [i.key],
      );
      expect(drawn.sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    }
  });

  it('clusters what still overlaps when the rows are full, with every event counted', () => {
    const same = ['a', 'b', 'c', 'd', 'e'].map((id) => ev(id, '2021-02-10'));
    const items = lane(same);
    expect(items).toHaveLength(3);
    const cluster = items.find((i) => i.type === 'cluster');
    expect(cluster?.type === 'cluster' && cluster.events.map((e) => e.id).sort()).toEqual([
      'c',
      'd',
      'e',
    ]);
    const shown = items.flatMap((i) => (i.type === 'cluster' ? i.events : [i.event]));
    expect(shown).toHaveLength(5);
  });

  it('gives a cluster the time extent of its events', () => {
    const events = ['a', 'b', 'c', 'd'].map((id) => ev(id, '2021-02-10'));
    const cluster = lane(events).find((i) => i.type === 'cluster');
    expect([cluster?.start, cluster?.end]).toEqual([utcDay('2021-02-10'), utcDay('2021-02-11')]);
  });

  it('draws multi-day dates as spans from their first to after their last day', () => {
    const [item] = lane([ev('m', '2021-02-01', 'attack', '2021-02-28')]);
    expect(item?.type).toBe('span');
    expect(item?.x0).toBeCloseTo(ltr(utcDay('2021-02-01')));
    expect(item?.x1).toBeCloseTo(ltr(utcDay('2021-03-01')));
  });

  it('keeps the shape of a span that began before the window at the window edge', () => {
    const [item] = lane([ev('y', '2020-01-01', 'attack', '2021-12-31')]);
    expect(item?.x).toBeGreaterThan(0);
    expect(item?.x).toBeLessThan(20);
  });

  it('labels marks when there is room, and shortens a label that would run into a neighbour', () => {
    const label = (e: KhattEvent) => e.title.en;
    const far = byKey(lane([ev('a', '2021-02-01'), ev('b', '2021-02-20')], { label }));
    expect(far.get('a')?.type === 'mark' && far.get('a')).toMatchObject({ label: 'Title of a' });
    const near = byKey(
      lane([ev('a', '2021-02-01'), ev('b', '2021-02-06'), ev('c', '2021-02-06')], {
        label: (e) => `${e.title.en} and more words`,
        rows: 2,
      }),
    );
    const a = near.get('a');
    expect(a?.type === 'mark' && a.label).toBe('Title of a…');
  });

  it('lays Arabic out as the exact mirror of English', () => {
    const events = [
      ev('a', '2021-02-05'),
      ev('b', '2021-02-05'),
      ev('c', '2021-02-06'),
      ev('d', '2021-02-20', 'attack', '2021-02-25'),
    ];
    const label = (e: KhattEvent) => e.title.en;
    const left = byKey(lane(events, { label }, ltr));
    const right = byKey(lane(events, { label }, rtl));
    for (const [key, item] of left) {
      const mirror = right.get(key);
      expect(mirror?.row).toBe(item.row);
      expect(mirror?.x).toBeCloseTo(600 - item.x);
      expect(mirror?.x0).toBeCloseTo(600 - item.x1);
    }
  });

  it('runs labels in reading order: right of the mark in English, left of it in Arabic', () => {
    const label = (e: KhattEvent) => e.title.en;
    const [en] = lane([ev('a', '2021-02-10')], { label }, ltr);
    const [ar] = lane([ev('a', '2021-02-10')], { label }, rtl);
    expect(en?.type === 'mark' && en.labelX > en.x).toBe(true);
    expect(ar?.type === 'mark' && ar.labelX < ar.x).toBe(true);
  });
});

describe('layoutLanes labels and clusters', () => {
  const titled = (id: string, start: string, en: string, ar = en, end = start) =>
    testEvent(id, start, { end, kind: 'attack', title: { ar, en } });
  const en = (e: KhattEvent) => e.title.en;
  const ar = (e: KhattEvent) => e.title.ar;
  const erbil = {
    en: 'Rocket attack on Erbil airport and Harir base',
    ar: 'هجوم صاروخي على مطار أربيل وقاعدة حرير',
  };
  const labelOf = (item: LaneItem | undefined) =>
    item && item.type !== 'cluster' ? item.label : undefined;
  /** Every word of a cut label, bar the ellipsis, is a whole word of the title. */
  const wholeWords = (label: string, title: string) => {
    const words = title.split(' ');
    return label
      .replace(/…$/, '')
      .split(' ')
      .every((w) => words.includes(w));
  };

  it('cuts an English label at a word boundary, with an ellipsis, to the room before its neighbour', () => {
    // 140 px between a's label start and b: 20 characters, which would end inside "Erbil".
    const items = byKey(
      lane([titled('a', '2021-02-01', erbil.en), titled('b', '2021-02-09', 'Next')], {
        label: en,
        rows: 1,
      }),
    );
    const label = labelOf(items.get('a'));
    expect(label).toBe('Rocket attack on…');
    expect(wholeWords(label ?? '', erbil.en)).toBe(true);
  });

  it('cuts an Arabic label at a word boundary, never inside a word', () => {
    const items = byKey(
      lane(
        [titled('a', '2021-02-01', erbil.en, erbil.ar), titled('b', '2021-02-09', 'x', 'تالٍ')],
        { label: ar, rows: 1 },
        rtl,
      ),
    );
    const label = labelOf(items.get('a'));
    expect(label).toBe('هجوم صاروخي على…');
    expect(wholeWords(label ?? '', erbil.ar)).toBe(true);
  });

  it('uses the free space of an empty lane: a long title is shown whole', () => {
    const title = 'The factions’ Coordination Committee warns'; // 42 characters
    const [item] = lane([titled('a', '2021-02-02', title)], { label: en });
    expect(labelOf(item)).toBe(title);
  });

  it('flips a label before its mark at the plot’s far edge instead of losing it', () => {
    const title = 'Zarif condemns the US strikes';
    for (const scale of [ltr, rtl]) {
      const [item] = lane([titled('a', '2021-02-28', title)], { label: en }, scale);
      expect(item?.type === 'mark' && item.labelAnchor).toBe('end');
      expect(labelOf(item)).toBe(title);
      // Before the mark in reading order: left of it in English, right of it in Arabic.
      const before = scale === ltr ? (item?.type === 'mark' ? item.labelX < item.x : false) : false;
      const mirrored =
        scale === rtl ? (item?.type === 'mark' ? item.labelX > item.x : false) : false;
      expect(before || mirrored).toBe(true);
    }
  });

  it('gives a key event its label before a neighbour that would take its room', () => {
    const events = [
      titled('bg', '2021-01-20', 'Background', 'خلفية', '2021-03-30'),
      titled('a', '2021-02-05', erbil.en),
      titled('p', '2021-02-06', 'Period one', 'فترة', '2021-02-25'),
      titled('s', '2021-02-06', 'Period two', 'فترة', '2021-02-20'),
    ];
    const items = byKey(lane(events, { label: en }));
    expect(labelOf(items.get('a'))).toBe(erbil.en);
  });

  it('merges clusters that touch in a row into one', () => {
    const events = [
      ev('a', '2021-02-10'),
      ev('b', '2021-02-10'),
      ev('c', '2021-02-12'),
      ev('d', '2021-02-12'),
    ];
    const clusters = lane(events, { rows: 1 }).filter((i) => i.type === 'cluster');
    expect(clusters).toHaveLength(1);
    expect(clusters[0]?.type === 'cluster' && clusters[0].events.map((e) => e.id)).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
  });

  it('keeps a cluster’s count badge off the marks of its row', () => {
    const same = ['a', 'b', 'c', 'd', 'e'].map((id) => ev(id, '2021-02-10'));
    const items = lane(same, { rows: 1, keep: 'a' });
    const kept = items.find((i) => i.key === 'a');
    const cluster = items.find((i) => i.type === 'cluster');
    expect(kept && cluster).toBeTruthy();
    const half = badgeWidth(cluster?.type === 'cluster' ? cluster.events.length : 0) / 2;
    const [b0, b1] = [(cluster?.x ?? 0) - half, (cluster?.x ?? 0) + half];
    const [m0, m1] = [(kept?.x ?? 0) - 6, (kept?.x ?? 0) + 6];
    expect(b1 <= m0 || b0 >= m1).toBe(true);
  });
});

describe('standApart', () => {
  const same = ['a', 'b', 'c', 'd'].map((id) => ev(id, '2021-02-10'));
  it('says a cluster’s events stand apart on a scale where each gets a mark of its own', () => {
    const close = createTimeScale([utcDay('2021-02-09'), utcDay('2021-02-12')], 600, 'ltr');
    const spread = [ev('a', '2021-02-09'), ev('b', '2021-02-10'), ev('c', '2021-02-11')];
    expect(standApart(spread, close, options)).toBe(true);
  });

  it('says they do not when they overlap still, whatever else is laid out with them', () => {
    expect(standApart(same, ltr, options)).toBe(false);
    const other = ev('z', '2021-02-25');
    expect(standApart([...same, other], ltr, options, new Set(['z']))).toBe(true);
    expect(standApart([...same, other], ltr, options, new Set(['d', 'z']))).toBe(false);
  });
});
