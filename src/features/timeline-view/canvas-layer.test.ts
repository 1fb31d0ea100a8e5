import { describe, expect, it } from 'vitest';
import { syntheticCorpus } from '../../../bench/synthetic';
import { dateFormat } from '../../domain/date-format';
import { charMeasure } from '../../timeline/label-fit';
import { CHAR_W, LABEL_FONT_PX } from './geometry';
import { LABEL_HALO_W } from './tokens';
import { corpusExtent, defaultWindow, type Span } from '../../timeline/time-window';
import { createTimeIndex } from '../../timeline/window-query';
import { dashList, paintScene, type Ctx, type Scene } from './canvas-layer';
import { plotModel } from './plot-model';

/** A 2D context that records what is done to it: calls, and the state at each fill/stroke. */
function recorder() {
  const log: { op: string; args: unknown[]; state: Record<string, unknown> }[] = [];
  const state: Record<string, unknown> = {};
  const ctx = new Proxy(state, {
    get(_, prop: string) {
      if (prop in state) return state[prop];
      return (...args: unknown[]) => log.push({ op: prop, args, state: { ...state } });
    },
    set(_, prop: string, value) {
      state[prop] = value;
      return true;
    },
  }) as unknown as Ctx;
  return { ctx, log };
}

const { corpus } = syntheticCorpus(600, 7);
const events = [...corpus.events].sort((a, b) => a.date.start.localeCompare(b.date.start));
const index = createTimeIndex(events);
const first = defaultWindow(events, corpusExtent(events));
const span: Span = [first[0], first[0] + (first[1] - first[0]) / 6];
const palette = {
  '--surface': '#fff',
  '--surface-2': '#eee',
  '--text': '#111',
  '--muted': '#555',
  '--border': '#ccc',
  '--highlight-current': '#fd4',
  '--kind-withdrawal': '#0a0',
  '--kind-attack': '#a00',
  '--kind-diplomacy': '#00a',
};

function scene(dir: 'ltr' | 'rtl', selectedId: string | null): Scene {
  const lang = dir === 'rtl' ? 'ar' : 'en';
  const model = plotModel({
    span,
    width: 960,
    dir,
    lang,
    index,
    format: (o) => dateFormat(lang, o),
    measure: charMeasure(CHAR_W),
    keep: selectedId,
  });
  return {
    lanes: model.lanes,
    ticks: model.ticks,
    breaks: model.breaks,
    plot: model.plot,
    width: 960,
    dpr: 2,
    dir,
    selectedId,
    hoverKey: null,
    countText: String,
    palette,
    font: 'Noto Sans',
  };
}

describe('paintScene', () => {
  const lanes = scene('rtl', null).lanes;
  const labelled = (nodes: (typeof lanes)[number]) =>
    nodes.filter((n) => n.type === 'mark' && n.label);
  const lane = lanes.findIndex((nodes) => labelled(nodes).length > 2);
  // The lane's first labelled mark: in drawing order, most of the lane comes after it.
  const target = lanes[lane] && labelled(lanes[lane])[0];

  it('scales the backing store by the device pixel ratio and sets the reading direction', () => {
    const { ctx, log } = recorder();
    paintScene(ctx, scene('rtl', null));
    expect(log[0]).toMatchObject({ op: 'setTransform', args: [2, 0, 0, 2, 0, 0] });
    const texts = log.filter((l) => l.op === 'fillText');
    expect(texts.length).toBeGreaterThan(10);
    expect(texts.every((l) => l.state.direction === 'rtl')).toBe(true);
    const english = recorder();
    paintScene(english.ctx, scene('ltr', null));
    expect(english.log.filter((l) => l.op === 'fillText')[0]?.state.direction).toBe('ltr');
  });

  it("draws the selected mark's halo after the lane's other marks", () => {
    expect(target).toBeDefined();
    const { ctx, log } = recorder();
    paintScene(ctx, scene('rtl', target?.key ?? null));
    const fills = log.filter((l) => l.op === 'fill');
    const halo = fills.findIndex((l) => l.state.fillStyle === palette['--highlight-current']);
    expect(halo).toBeGreaterThan(-1);
    expect(fills.filter((l) => l.state.fillStyle === palette['--highlight-current'])).toHaveLength(
      1,
    );
    // Every other item of that lane is filled before the halo: the selection paints on top.
    const colour = Object.values(palette).slice(6)[lane];
    const laneFills = fills.map((l, i) => ({ i, fill: l.state.fillStyle }));
    const after = laneFills.filter((f) => f.i > halo && f.fill === colour);
    expect(after.length).toBeLessThanOrEqual(1); // only the selected mark's own shape
    expect(laneFills.filter((f) => f.i < halo && f.fill === colour).length).toBeGreaterThan(2);
  });

  it('halos label text in the lane background before filling it, in the label font', () => {
    const { ctx, log } = recorder();
    const selected = scene('rtl', target?.key ?? null);
    paintScene(ctx, selected);
    const node = selected.lanes[lane]?.find((n) => n.key === target?.key);
    const label = node?.type === 'mark' ? node.label : null;
    expect(label).toBeTruthy();
    const at = (l: (typeof log)[number]) =>
      l.args[0] === label && node?.type === 'mark' && l.args[1] === node.labelX;
    const stroke = log.findIndex((l) => l.op === 'strokeText' && at(l));
    const fill = log.findIndex((l) => l.op === 'fillText' && at(l));
    expect(stroke).toBeGreaterThan(-1);
    expect(fill).toBeGreaterThan(stroke);
    expect(log[stroke]?.state.lineWidth).toBe(LABEL_HALO_W);
    expect(log[stroke]?.state.strokeStyle).toBe(
      lane % 2 ? palette['--surface-2'] : palette['--surface'],
    );
    expect(log[fill]?.state.font).toBe(`400 ${LABEL_FONT_PX}px Noto Sans`);
    expect(log[fill]?.state.textAlign).toBe('start');
  });

  it('dashes what the tokens dash, as the SVG does', () => {
    expect(dashList('3 2')).toEqual([3, 2]);
    expect(dashList(undefined)).toEqual([]);
    const { ctx, log } = recorder();
    paintScene(ctx, scene('ltr', null));
    expect(log.some((l) => l.op === 'setLineDash' && (l.args[0] as number[]).length === 2)).toBe(
      true,
    );
  });
});
