import type { Page } from '@playwright/test';
import arKinds from '../src/i18n/locales/ar/kinds.json' with { type: 'json' };
import arTimeline from '../src/i18n/locales/ar/timeline.json' with { type: 'json' };
import { spanFromView, type Span } from '../src/timeline/time-window';
import type { SizeId } from './budgets';
import type { App, Target } from './measure';

const vis = (app: App, url: string): Target => ({
  app,
  url,
  mark: 'peer:drawn',
  plot: (page) => page.locator('.vis-panel.vis-center'),
  readWindow: (page) =>
    page.evaluate<[number, number]>(
      '(() => { const w = window.peerTimeline.getWindow(); return [+w.start, +w.end]; })()',
    ),
});

/**
 * Khatt and the peer for a corpus size, all opened on Khatt's first view: vis-timeline as set up
 * out of the box, and with its `cluster` option (its level of detail). Khatt's controls are
 * found by role and by the names its Arabic locale gives them; the peer is our own page.
 */
export function targets(origin: string, n: number | SizeId, first: Span): [Target, Target, Target] {
  const khattWindow = async (page: Page): Promise<[number, number]> => {
    // The URL holds the window once a gesture has committed one (whole days); before, the default.
    const param = new URL(page.url()).searchParams.get('window');
    const [start, end] = param?.split('..') ?? [];
    return start && end ? [...spanFromView({ start, end })] : [...first];
  };
  return [
    {
      app: 'khatt',
      url: `${origin}/${n}/khatt/`,
      mark: 'khatt:drawn',
      plot: (page) => page.getByRole('group', { name: arTimeline.plot, exact: true }),
      readWindow: khattWindow,
      filter: (page) => page.getByRole('button', { name: arKinds.attack, exact: true }),
      zoomIn: (page) => page.getByRole('button', { name: arTimeline.zoomIn, exact: true }),
    },
    vis('vis', `${origin}/${n}/peer/?start=${first[0]}&end=${first[1]}`),
    vis('vis-cluster', `${origin}/${n}/peer/?start=${first[0]}&end=${first[1]}&cluster`),
  ];
}
