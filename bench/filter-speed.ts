/**
 * Filtering and searching 100,000 events, per keystroke, in Node (no browser): the timing check
 * that used to sit in src/domain/filter.test.ts, where it flaked under load against vitest's
 * 5 s limit. `npx tsx bench/filter-speed.ts` types eight keystrokes once (a second pass would
 * only hit the search caches), prints the time per keystroke and exits non-zero above the bound.
 */
import { actorCounts, filterEvents } from '../src/domain/filter';
import type { Corpus, EventKind, KhattEvent } from '../src/domain/types';
import { DEFAULT_VIEW_STATE, type ViewState } from '../src/domain/view-state';
import { testEvent } from '../src/timeline/test-event';

const BOUND_MS = 150;
const WORDS = ['انسحاب', 'هجوم', 'زيارة', 'الكاظمي', 'واشنطن', 'بغداد', 'أربيل', 'صاروخ'];
const KINDS: readonly EventKind[] = ['attack', 'withdrawal', 'diplomacy'];
const ACTORS = ['kadhimi', 'blinken', 'nato'];

function event(i: number): KhattEvent {
  const day = `20${String(10 + (i % 12)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`;
  return testEvent(`e${i}`, day, {
    kind: KINDS[i % 3] ?? 'attack',
    title: { ar: `${WORDS[i % 8]} ${WORDS[(i * 7) % 8]} رقم ${i}`, en: `Title ${i}` },
    summary: { ar: `${WORDS[(i * 3) % 8]} ${WORDS[(i * 5) % 8]}`, en: 'Summary' },
    actors: [{ id: ACTORS[i % 3] ?? 'nato', role: 'participant' }],
    excerpts: [{ source: 's1', quote: 'نص', start: 0, end: 2 }],
  });
}

const corpus: Corpus = {
  format: 'khatt',
  version: 1,
  groups: [{ id: 'g', name: { ar: 'مجموعة', en: 'Group' } }],
  sources: [],
  actors: ACTORS.map((id) => ({ id, name: { ar: id, en: id }, type: 'person', group: 'g' })),
  events: Array.from({ length: 100_000 }, (_, i) => event(i)),
};

const state = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW_STATE, ...patch });
filterEvents(corpus, state({ q: 'ا' }));
const found = filterEvents(corpus, state({ q: 'رقم 99999' })).map((e) => e.id);
if (found.join() !== 'e99999') throw new Error(`search found ${found.join() || 'nothing'}`);

const queries = ['ب', 'بغ', 'بغد', 'بغدا', 'بغداد', 'بغداد ص', 'بغداد صا', 'بغداد صاروخ'];
const t0 = performance.now();
for (const q of queries) {
  filterEvents(corpus, state({ q }));
  actorCounts(corpus, state({ q }));
}
const perKeystroke = (performance.now() - t0) / queries.length;
console.log(
  `filter + actor counts at 100,000 events: ${perKeystroke.toFixed(1)} ms per keystroke ` +
    `(about 10 ms on a laptop; bound ${BOUND_MS} ms)`,
);
if (perKeystroke > BOUND_MS) process.exitCode = 1;
