import '@fontsource/noto-naskh-arabic/arabic-400.css';
import '@fontsource/noto-sans/latin-400.css';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { DataSet } from 'vis-data/peer';
import { Timeline, type DataGroup, type DataItem, type TimelineOptions } from 'vis-timeline/peer';
import { KINDS, type Corpus, type KhattEvent } from '../../src/domain/types';

/**
 * The peer: the same corpus file drawn with vis-timeline, as a newsroom would set it up — one
 * item per event, fed as a point at its first day (as issue 9's outside harness feeds it), one
 * group per kind, right to left.
 * `?start=&end=` (epoch ms) opens it on the window Khatt opens on. It marks `peer:drawn` on
 * every `changed` event once the initial draw has put an event on screen, as Khatt marks
 * `khatt:drawn`.
 */

const DAY = 86_400_000;
const KIND_NAMES = { withdrawal: 'انسحاب', attack: 'هجوم', diplomacy: 'دبلوماسية' } as const;

const utcDay = (iso: string) => {
  const [y = 1970, m = 1, d = 1] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
};

const item = (event: KhattEvent): DataItem => ({
  id: event.id,
  group: event.kind,
  content: event.title.ar,
  className: `kind-${event.kind}`,
  type: 'point',
  start: utcDay(event.date.start),
});

/** Whether any item or cluster of the timeline is drawn inside its visible centre panel. */
function anItemOnScreen(target: HTMLElement): boolean {
  const panel = target.querySelector('.vis-panel.vis-center')?.getBoundingClientRect();
  if (!panel) return false;
  for (const item of target.querySelectorAll('.vis-item')) {
    const box = item.getBoundingClientRect();
    const inside =
      box.width > 0 &&
      box.height > 0 &&
      box.right > panel.left &&
      box.left < panel.right &&
      box.bottom > panel.top &&
      box.top < panel.bottom;
    if (inside) return true;
  }
  return false;
}

const status = document.getElementById('status');
const container = document.getElementById('timeline');
const params = new URLSearchParams(location.search);
const windowParam = (name: string) => {
  const value = Number(params.get(name));
  return Number.isFinite(value) && value !== 0 ? { [name]: value } : {};
};

async function main(target: HTMLElement): Promise<void> {
  const response = await fetch('data/corpus.json');
  if (!response.ok) throw new Error(`data/corpus.json: HTTP ${response.status}`);
  const corpus = (await response.json()) as Corpus;

  const groups = new DataSet<DataGroup>(KINDS.map((k) => ({ id: k, content: KIND_NAMES[k] })));
  const items = new DataSet<DataItem>(corpus.events.map(item));
  const options: TimelineOptions = {
    rtl: true,
    stack: true,
    height: '420px',
    verticalScroll: true,
    zoomMin: 3 * DAY,
    // `?cluster`: vis-timeline's own level of detail, overlapping items drawn as one cluster.
    ...(params.has('cluster') ? { cluster: { maxItems: 1 } } : {}),
    ...windowParam('start'),
    ...windowParam('end'),
  };

  // vis-timeline keeps its root hidden behind a loading screen until its initial draw is done
  // (its own `changed` listener, registered first, reveals it): only then is anything drawn.
  // The first mark also waits for an event on screen: with `cluster` at 10,000 and 100,000
  // events, its first draws show the axis and the groups but no item at all, and an empty
  // timeline is not a first draw (Khatt's mark, too, is set only once its marks are painted).
  const timeline = new Timeline(target, items, groups, options);
  const root = target.querySelector<HTMLElement>('.vis-timeline');
  let shown = false;
  timeline.on('changed', () => {
    if (root?.style.visibility !== 'visible') return;
    shown ||= anItemOnScreen(target);
    if (shown) performance.mark('peer:drawn');
  });
  Object.assign(window, { peerTimeline: timeline });
  if (status) status.textContent = `${corpus.events.length} أحداث`;
}

if (container) {
  main(container).catch((error: unknown) => {
    performance.mark('peer:error');
    if (status) status.textContent = String(error);
  });
}
