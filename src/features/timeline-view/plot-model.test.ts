import { describe, expect, it } from 'vitest';
import { syntheticCorpus } from '../../../bench/synthetic';
import { dateFormat } from '../../domain/date-format';
import { charMeasure } from '../../timeline/label-fit';
import { CHAR_W } from './geometry';
import { corpusExtent, defaultWindow, type Span } from '../../timeline/time-window';
import { createTimeIndex } from '../../timeline/window-query';
import { plotModel, twinLanes } from './plot-model';

const { corpus } = syntheticCorpus(600, 7);
const events = [...corpus.events].sort((a, b) => a.date.start.localeCompare(b.date.start));
const index = createTimeIndex(events);
const first = defaultWindow(events, corpusExtent(events));
const span: Span = [first[0], first[0] + (first[1] - first[0]) / 6];
const model = plotModel({
  span,
  width: 960,
  dir: 'rtl',
  lang: 'ar',
  index,
  format: (o) => dateFormat('ar', o),
  measure: charMeasure(CHAR_W),
});
const count = (lanes: readonly unknown[][]) => lanes.reduce((n, l) => n + l.length, 0);

describe('plotModel', () => {
  it('is the same for the same input, so a frame and a render agree', () => {
    const again = plotModel({
      span,
      width: 960,
      dir: 'rtl',
      lang: 'ar',
      index,
      format: (o) => dateFormat('ar', o),
      measure: charMeasure(CHAR_W),
    });
    expect(again.lanes.map((l) => l.map((n) => [n.key, n.x0]))).toEqual(
      model.lanes.map((l) => l.map((n) => [n.key, n.x0])),
    );
    expect(model.nav.length).toBeGreaterThan(10);
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
