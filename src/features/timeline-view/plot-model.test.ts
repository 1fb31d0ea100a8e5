import { describe, expect, it } from 'vitest';
import { syntheticCorpus } from '../../../bench/synthetic';
import { dateFormat } from '../../domain/date-format';
import { charMeasure } from '../../timeline/label-fit';
import { CHAR_W } from './geometry';
import { corpusExtent, defaultWindow, type Span } from '../../timeline/time-window';
import { quietWarp } from '../../timeline/quiet-warp';
import { testEvent } from '../../timeline/test-event';
import { createTimeIndex } from '../../timeline/window-query';
import { plotModel, sharedPlotModel, twinLanes, type PlotInput } from './plot-model';

const { corpus } = syntheticCorpus(600, 7);
const events = [...corpus.events].sort((a, b) => a.date.start.localeCompare(b.date.start));
const index = createTimeIndex(events);
const first = defaultWindow(events, corpusExtent(events));
const span: Span = [first[0], first[0] + (first[1] - first[0]) / 6];
const input: PlotInput = {
  span,
  width: 960,
  dir: 'rtl',
  lang: 'ar',
  index,
  format: (o) => dateFormat('ar', o),
  measure: charMeasure(CHAR_W),
};
const model = plotModel(input);
const count = (lanes: readonly unknown[][]) => lanes.reduce((n, l) => n + l.length, 0);

describe('plotModel', () => {
  it('is the same for the same input, so a frame and a render agree', () => {
    // Fresh formatter and measure functions: equal output, not shared objects.
    const again = plotModel({
      ...input,
      format: (o) => dateFormat('ar', o),
      measure: charMeasure(CHAR_W),
    });
    expect(again.lanes.map((l) => l.map((n) => [n.key, n.x0]))).toEqual(
      model.lanes.map((l) => l.map((n) => [n.key, n.x0])),
    );
    expect(model.nav.length).toBeGreaterThan(10);
  });
});

describe('sharedPlotModel', () => {
  it('lays a window out once for the painter and React, and again when any input changes', () => {
    const laid = sharedPlotModel(input);
    // React's render of the same window (its own object, the same fields) shares the painter's.
    expect(sharedPlotModel({ ...input, keep: null })).toBe(laid);
    const wider = sharedPlotModel({ ...input, width: 961 });
    expect(wider).not.toBe(laid);
    expect(wider.plot[1]).toBeGreaterThan(laid.plot[1]);
    const later: Span = [span[0] + 1, span[1] + 1];
    expect(sharedPlotModel({ ...input, span: later })).not.toBe(laid);
    const kept = events[0]?.id ?? '';
    expect(sharedPlotModel({ ...input, keep: kept })).not.toBe(sharedPlotModel(input));
  });
});

describe('plotModel on a broken axis', () => {
  const story = [
    testEvent('a', '2011-01-01', { end: '2011-12-31' }),
    testEvent('b', '2014-03-01'),
    testEvent('c', '2020-01-05'),
    testEvent('d', '2021-02-15'),
  ];
  const storyIndex = createTimeIndex(story);
  const extent = corpusExtent(story);
  const warp = quietWarp(storyIndex.starts, storyIndex.ends, extent);
  const draw = (window: Span, through: typeof warp | undefined = warp) =>
    plotModel({
      span: window,
      width: 960,
      dir: 'rtl',
      lang: 'en',
      index: storyIndex,
      format: (o) => dateFormat('en', o),
      measure: charMeasure(CHAR_W),
      warp: through,
    });

  it('marks each break the window holds as a narrow pixel band, between the marks around it', () => {
    const all = draw(extent);
    expect(all.breaks).toHaveLength(warp.gaps.length);
    const xOf = (id: string) => all.nav.find((n) => n.ids.includes(id))?.x ?? NaN;
    // Right to left: 2014's mark is left of 2011's, and the first break lies between them.
    const [x0, x1] = all.breaks.find(([a]) => a > xOf('b')) ?? [NaN, NaN];
    expect(x0).toBeLessThan(x1);
    expect(x0).toBeGreaterThan(xOf('b'));
    expect(x1).toBeLessThan(xOf('a'));
    expect(x1 - x0).toBeLessThan(960 / 8);
  });

  it('draws a window without a break as the linear axis does', () => {
    const window: Span = [Date.UTC(2021, 1, 1), Date.UTC(2021, 2, 1)];
    const broken = draw(window);
    expect(broken.breaks).toEqual([]);
    const linear = draw(window, undefined);
    expect(broken.ticks).toEqual(linear.ticks);
    expect(broken.nav).toEqual(linear.nav);
  });
});

describe('twinLanes', () => {
  it('keeps every drawn item when there are few enough', () => {
    expect(twinLanes(model, new Set(), 480, 10_000)).toBe(model.lanes);
  });

  it('caps the twin, keeping the selection and the tab stop, then the nearest to the centre', () => {
    const far = [...model.nav].sort((a, b) => Math.abs(b.x - 480) - Math.abs(a.x - 480))[0];
    const twin = twinLanes(model, new Set([far?.key ?? '']), 480, 5);
    expect(count(twin)).toBe(5);
    const keys = twin.flat().map((n) => n.key);
    expect(keys).toContain(far?.key);
    const nearest = [...model.nav].sort((a, b) => Math.abs(a.x - 480) - Math.abs(b.x - 480))[0];
    expect(keys).toContain(nearest?.key);
  });
});
