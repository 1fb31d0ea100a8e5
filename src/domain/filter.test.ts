import { describe, expect, it } from 'vitest';
import {
  actorCounts,
  activeFilterCount,
  sourceCounts,
  CLEARED_FILTERS,
  filterEvents,
  kindCounts,
  prepareSearch,
  subtypeCounts,
} from './filter';
import { MONTHS_AR_IRAQI } from './fuzzy-date';
import { matchesAllTerms, queryTerms, searchForm } from './search-normalize';
import type { Corpus, EventKind, EventSubtype, KhattEvent } from './types';

const iraqiMonthYear = (day: string) =>
  `${MONTHS_AR_IRAQI[Number(day.slice(5, 7)) - 1] ?? ''} ${day.slice(0, 4)}`;
import { DEFAULT_VIEW_STATE, type ViewState } from './view-state';

function event(
  id: string,
  kind: EventKind,
  start: string,
  end: string,
  actors: string[],
  text: Partial<{ title: string; summary: string; quote: string; titleEn: string }> = {},
): KhattEvent {
  return {
    id,
    kind,
    status: 'occurred',
    title: { ar: text.title ?? `عنوان ${id}`, en: text.titleEn ?? `Title ${id}` },
    summary: { ar: text.summary ?? 'ملخص', en: 'Summary' },
    date: {
      start,
      end,
      precision: start === end ? 'day' : 'range',
      basis: 'printed',
      note: { ar: '', en: '' },
      edtf: start === end ? start : `${start}/${end}`,
    },
    actors: actors.map((a) => ({ id: a, role: 'participant' as const })),
    excerpts: [{ source: 's1', quote: text.quote ?? 'نص', start: 0, end: 2 }],
  };
}

function corpus(events: KhattEvent[]): Corpus {
  return {
    format: 'khatt',
    version: 1,
    groups: [{ id: 'g', name: { ar: 'مجموعة', en: 'Group' } }],
    sources: [],
    actors: [
      {
        id: 'kadhimi',
        name: { ar: 'مصطفى الكاظمي', en: 'Mustafa al-Kadhimi' },
        type: 'person',
        group: 'g',
        aliases: ['الكاظمي'],
      },
      {
        id: 'blinken',
        name: { ar: 'أنتوني بلينكن', en: 'Antony Blinken' },
        type: 'person',
        group: 'g',
      },
      {
        id: 'nato',
        name: { ar: 'حلف الناتو', en: 'NATO' },
        type: 'alliance',
        group: 'g',
        aliases: ['الناتو'],
      },
    ],
    events,
  };
}

const typed = (e: KhattEvent, subtype: EventSubtype): KhattEvent => ({ ...e, subtype });

// e5 has no subtype, like an event of a file written before subtypes.
const fixture = corpus([
  typed(
    event('e4', 'diplomacy', '2021-07-26', '2021-07-26', ['kadhimi', 'blinken'], {
      title: 'زيارة الكاظمي إلى واشنطن',
      titleEn: 'Kadhimi visits Washington',
    }),
    'visit',
  ),
  typed(
    event('e1', 'attack', '2020-01-03', '2020-01-03', ['nato'], {
      summary: 'هجوم صاروخي على قاعدة عين الأسد',
    }),
    'rocket',
  ),
  typed(
    event('e3', 'withdrawal', '2021-01-01', '2021-12-31', ['kadhimi', 'nato'], {
      quote: 'انسحاب القوات القتالية بحلول نهاية العام',
    }),
    'drawdown',
  ),
  typed(event('e2', 'attack', '2020-01-03', '2020-01-03', ['blinken']), 'ied'),
  event('e5', 'diplomacy', '2014-06-01', '2014-06-30', []),
]);

const state = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW_STATE, ...patch });
const ids = (patch: Partial<ViewState>) => filterEvents(fixture, state(patch)).map((e) => e.id);

describe('filterEvents', () => {
  it('gives the same array for the same filter state, so what is built from it is kept', () => {
    const first = filterEvents(fixture, state({ kinds: ['attack', 'withdrawal'] }));
    filterEvents(fixture, state({ kinds: ['diplomacy'] }));
    // Toggled back, in another order: the state is the same, and so is the array.
    expect(filterEvents(fixture, state({ kinds: ['withdrawal', 'attack'] }))).toBe(first);
    expect(filterEvents(fixture, state({ kinds: ['attack'] }))).not.toBe(first);
    expect(
      filterEvents(
        fixture,
        state({ kinds: ['attack', 'withdrawal'], match: 'all', actors: ['nato'] }),
      ),
    ).not.toBe(first);
  });

  it('returns every event in time order, ties broken by id, when nothing is filtered', () => {
    expect(ids({})).toEqual(['e5', 'e1', 'e2', 'e3', 'e4']);
  });

  it('keeps the kinds chosen, and every kind when none is chosen', () => {
    expect(ids({ kinds: ['attack'] })).toEqual(['e1', 'e2']);
    expect(ids({ kinds: ['attack', 'withdrawal'] })).toEqual(['e1', 'e2', 'e3']);
  });

  it('narrows only the kind a chosen subtype belongs to', () => {
    expect(ids({ subtypes: ['rocket'] })).toEqual(['e5', 'e1', 'e3', 'e4']);
    expect(ids({ subtypes: ['rocket', 'ied'] })).toEqual(['e5', 'e1', 'e2', 'e3', 'e4']);
    expect(ids({ subtypes: ['rocket', 'visit'] })).toEqual(['e1', 'e3', 'e4']);
  });

  it('combines kinds and subtypes: the kinds chosen, each narrowed by its chosen subtypes', () => {
    expect(ids({ kinds: ['attack'], subtypes: ['ied'] })).toEqual(['e2']);
    expect(ids({ kinds: ['attack', 'withdrawal'], subtypes: ['ied'] })).toEqual(['e2', 'e3']);
    expect(ids({ kinds: ['withdrawal'], subtypes: ['ied'] })).toEqual(['e3']);
  });

  it('drops an event without a subtype only when its kind is narrowed by subtype', () => {
    expect(ids({ kinds: ['diplomacy'] })).toEqual(['e5', 'e4']);
    expect(ids({ kinds: ['diplomacy'], subtypes: ['visit'] })).toEqual(['e4']);
  });

  it('keeps events involving any of the chosen actors in any mode', () => {
    expect(ids({ actors: ['blinken', 'nato'] })).toEqual(['e1', 'e2', 'e3', 'e4']);
  });

  it('keeps only events involving all of the chosen actors in all mode', () => {
    expect(ids({ actors: ['kadhimi', 'nato'], match: 'all' })).toEqual(['e3']);
    expect(ids({ actors: ['kadhimi'], match: 'all' })).toEqual(['e3', 'e4']);
  });

  it('keeps an event whose date range overlaps the from/to window at all', () => {
    expect(ids({ from: '2021-07-26' })).toEqual(['e3', 'e4']);
    expect(ids({ to: '2014-06-15' })).toEqual(['e5']);
    expect(ids({ from: '2021-06-01', to: '2021-06-30' })).toEqual(['e3']);
    expect(ids({ from: '2020-01-03', to: '2020-01-03' })).toEqual(['e1', 'e2']);
  });

  it('searches titles, summaries and quotes in both languages with Arabic folding', () => {
    expect(ids({ q: 'واشنطن' })).toEqual(['e4']);
    expect(ids({ q: 'WASHINGTON' })).toEqual(['e4']);
    expect(ids({ q: 'الاسد' })).toEqual(['e1']);
    expect(ids({ q: 'إنسحاب القتاليه' })).toEqual(['e3']);
  });

  it('finds events by the names and aliases of their actors', () => {
    expect(ids({ q: 'blinken' })).toEqual(['e2', 'e4']);
    expect(ids({ q: 'الناتو' })).toEqual(['e1', 'e3']);
  });

  it('needs every term of the query', () => {
    expect(ids({ q: 'الكاظمي واشنطن' })).toEqual(['e4']);
    expect(ids({ q: 'الكاظمي صاروخي' })).toEqual([]);
  });

  it('gives the same result as a plain scan for every prefix while a query is typed', () => {
    const names = new Map(
      fixture.actors.map((a) => [a.id, [a.name.ar, a.name.en, ...(a.aliases ?? [])]]),
    );
    const reference = (q: string) =>
      fixture.events
        .filter((e) => {
          const text = [
            e.title.ar,
            e.title.en,
            e.summary.ar,
            e.summary.en,
            ...e.excerpts.map((x) => x.quote),
          ];
          for (const a of e.actors) text.push(...(names.get(a.id) ?? []));
          // The month and year it happened in, as the interface writes them.
          for (const day of new Set([e.date.start, e.date.end])) {
            text.push(e.date.precision === 'year' ? day.slice(0, 4) : iraqiMonthYear(day));
          }
          return matchesAllTerms(searchForm(text.join(' ')), queryTerms(q));
        })
        .sort((a, b) => (a.date.start + a.id < b.date.start + b.id ? -1 : 1))
        .map((e) => e.id);
    for (const typed of ['القتالية', 'الكاظمي واشنطن', 'Title e', 'summary ملخص', 'قاعدة عين']) {
      for (let n = 1; n <= typed.length; n++) {
        expect(ids({ q: typed.slice(0, n) })).toEqual(reference(typed.slice(0, n)));
      }
    }
  });

  it('combines every filter', () => {
    expect(
      ids({ kinds: ['diplomacy'], actors: ['kadhimi'], from: '2021-01-01', q: 'زيارة' }),
    ).toEqual(['e4']);
  });

  it('does not let one search term match across two events', () => {
    const c = corpus([
      event('a', 'attack', '2020-01-01', '2020-01-01', [], { title: 'ألف', quote: 'بباء' }),
      event('b', 'attack', '2020-01-02', '2020-01-02', [], { title: 'تاء', quote: 'ثاء' }),
    ]);
    expect(filterEvents(c, state({ q: 'بباء' })).map((e) => e.id)).toEqual(['a']);
    expect(filterEvents(c, state({ q: 'ثاء' })).map((e) => e.id)).toEqual(['b']);
  });

  it('gives the same results whether or not the search index was prepared first', () => {
    const c = corpus([...fixture.events]);
    prepareSearch(c);
    expect(filterEvents(c, state({ q: 'واشنطن' })).map((e) => e.id)).toEqual(['e4']);
  });

  it('keeps only the events that quote the chosen article', () => {
    const a = event('a', 'attack', '2020-01-01', '2020-01-01', []);
    const b = event('b', 'diplomacy', '2020-01-02', '2020-01-02', []);
    const both = event('c', 'attack', '2020-01-03', '2020-01-03', []);
    const c = corpus([
      a,
      { ...b, excerpts: b.excerpts.map((x) => ({ ...x, source: 's2' })) },
      { ...both, excerpts: [...both.excerpts, { source: 's2', quote: 'نص', start: 0, end: 2 }] },
    ]);
    expect(filterEvents(c, state({ source: 's2' })).map((e) => e.id)).toEqual(['b', 'c']);
    expect(filterEvents(c, state({ source: 's1' })).map((e) => e.id)).toEqual(['a', 'c']);
    expect(activeFilterCount(state({ source: 's2' }))).toBe(1);
    // Counted under every other filter, whichever article is chosen now.
    expect(sourceCounts(c, state({ source: 's2', kinds: ['attack'] }))).toEqual(
      new Map([
        ['s1', 2],
        ['s2', 1],
      ]),
    );
  });

  it('handles an empty corpus', () => {
    expect(filterEvents(corpus([]), state({ q: 'x', actors: ['nato'] }))).toEqual([]);
  });
});

describe('actorCounts', () => {
  it('counts each actor’s events under the kind, date and text filters', () => {
    const counts = actorCounts(fixture, state({ kinds: ['attack', 'withdrawal'] }));
    expect(Object.fromEntries(counts)).toEqual({ nato: 2, blinken: 1, kadhimi: 1 });
  });

  it('ignores the other chosen actors in any mode', () => {
    const counts = actorCounts(fixture, state({ actors: ['nato'] }));
    expect(Object.fromEntries(counts)).toEqual({ nato: 2, blinken: 2, kadhimi: 2 });
  });

  it('requires the other chosen actors in all mode', () => {
    const counts = actorCounts(fixture, state({ actors: ['kadhimi'], match: 'all' }));
    expect(Object.fromEntries(counts)).toEqual({ kadhimi: 2, blinken: 1, nato: 1 });
    const both = actorCounts(fixture, state({ actors: ['kadhimi', 'nato'], match: 'all' }));
    expect(Object.fromEntries(both)).toEqual({ kadhimi: 1, nato: 1 });
  });

  it('matches what filterEvents would show after checking the actor', () => {
    const base = state({ actors: ['kadhimi'], match: 'all', from: '2021-01-01' });
    for (const actor of ['kadhimi', 'blinken', 'nato']) {
      const chosen = base.actors.includes(actor) ? base.actors : [...base.actors, actor];
      const shown = filterEvents(fixture, { ...base, actors: chosen }).length;
      expect(actorCounts(fixture, base).get(actor) ?? 0).toBe(shown);
    }
  });
});

describe('kindCounts', () => {
  it('counts each kind under every filter but the kinds', () => {
    const counts = kindCounts(fixture, state({ kinds: ['attack'], actors: ['kadhimi'] }));
    expect(Object.fromEntries(counts)).toEqual({ withdrawal: 1, attack: 0, diplomacy: 1 });
  });
});

describe('subtypeCounts', () => {
  it('counts each subtype under every filter but kinds and subtypes', () => {
    expect(subtypeCounts(fixture, state({}))).toEqual(
      new Map([
        ['rocket', 1],
        ['ied', 1],
        ['drawdown', 1],
        ['visit', 1],
      ]),
    );
    const narrowed = subtypeCounts(
      fixture,
      state({ kinds: ['diplomacy'], subtypes: ['visit'], actors: ['kadhimi'] }),
    );
    expect(narrowed).toEqual(
      new Map([
        ['drawdown', 1],
        ['visit', 1],
      ]),
    );
  });
});

describe('activeFilterCount', () => {
  it('counts actors, kinds with subtypes, dates and text as one each', () => {
    expect(activeFilterCount(CLEARED_FILTERS)).toBe(0);
    expect(
      activeFilterCount(
        state({ actors: ['a', 'b'], from: '2020-01-01', to: '2020-02-01', q: ' ' }),
      ),
    ).toBe(2);
    expect(activeFilterCount(state({ kinds: ['attack'], q: 'x' }))).toBe(2);
    expect(activeFilterCount(state({ subtypes: ['rocket'] }))).toBe(1);
    expect(activeFilterCount(state({ kinds: ['attack'], subtypes: ['rocket'] }))).toBe(1);
  });
});
