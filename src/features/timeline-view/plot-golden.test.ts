import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { syntheticCorpus } from '../../../bench/synthetic';
import type { Lang } from '../../domain/types';
import { dirOf, i18next } from '../../i18n/i18n';
import { corpusExtent, defaultWindow, type Span } from '../../timeline/time-window';
import { charMeasure } from '../../timeline/label-fit';
import { createTimeIndex } from '../../timeline/window-query';
import { CHAR_W } from './geometry';
import { legendIds } from './names';
import { MarksLayer, usePlotNames } from './plot-layers';
import { PlotDrawing } from './timeline-plot';
import { usePlotModel } from './use-plot-model';

/**
 * Golden SVGs of the plot, in the manner of Observable Plot's snapshot tests: the drawing of a
 * seeded synthetic corpus at a fixed width, in Arabic (right to left) and English. Any change to
 * what is drawn shows as a diff of the file; the unit suite runs in UTC and in Los Angeles, and
 * both must produce the same bytes. To accept a deliberate change: `npx vitest run -u <this file>`.
 */
const WIDTH = 960;
const { corpus } = syntheticCorpus(600, 7);
const events = [...corpus.events].sort((a, b) => a.date.start.localeCompare(b.date.start));
const index = createTimeIndex(events);
const extent = corpusExtent(events);
// A stretch of a few weeks: marks, spans, labels and at least one cluster, no density bars.
const first = defaultWindow(events, extent);
const span: Span = [first[0], first[0] + (first[1] - first[0]) / 6];
const noop = () => {};

function Plot({ lang }: { lang: Lang }) {
  const dir = dirOf(lang);
  const ids = legendIds('golden');
  const model = usePlotModel({
    span,
    width: WIDTH,
    dir,
    lang,
    index,
    measure: charMeasure(CHAR_W),
  });
  const names = usePlotNames(lang, ids);
  return h(PlotDrawing, {
    width: WIDTH,
    dir,
    model,
    label: 'plot',
    describedBy: ids.keys,
    children: h(MarksLayer, {
      lanes: model.lanes,
      lang,
      plot: model.plot,
      selectedId: model.lanes[1]?.find((n) => n.type === 'mark')?.key ?? null,
      active: model.nav[0]?.key ?? null,
      names: names.names,
      onActivate: noop,
      onKey: noop,
      onFocusItem: noop,
      onHover: noop,
      register: noop,
    }),
  });
}

/** One element per line, so a diff points at the mark that changed. */
const pretty = (svg: string) => `${svg.replace(/></g, '>\n<')}\n`;

describe('the plot, drawn', () => {
  beforeAll(async () => {
    await i18next.changeLanguage('ar');
  });

  it('draws the seeded corpus right to left in Arabic', async () => {
    await i18next.changeLanguage('ar');
    const svg = renderToStaticMarkup(h(Plot, { lang: 'ar' }));
    expect(svg).toContain('direction="rtl"');
    await expect(pretty(svg)).toMatchFileSnapshot('./__snapshots__/plot-rtl.svg');
  });

  it('draws the same corpus left to right in English', async () => {
    await i18next.changeLanguage('en');
    const svg = renderToStaticMarkup(h(Plot, { lang: 'en' }));
    expect(svg).toContain('direction="ltr"');
    await expect(pretty(svg)).toMatchFileSnapshot('./__snapshots__/plot-ltr.svg');
  });
});
