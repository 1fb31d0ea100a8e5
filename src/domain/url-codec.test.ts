import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_SUBTYPES, KINDS } from './types';
import { LIMITS, PARAMS, parseViewState, serializeViewState, validViewState } from './url-codec';
import { DEFAULT_VIEW_STATE, type ViewState } from './view-state';

const parse = (search: string) => parseViewState(search);
const RUNS = { numRuns: 3000, seed: 20210726 };
/** Room for an origin and path in front of the query: the whole link must stay under 2,000. */
const ORIGIN = 'https://newsroom.example.org/tools/khatt/';

/** A link with a 10,000·scale-character id, 5,000·scale actors and 2,000·scale unknown fields. */
const hostile = (scale: number) =>
  `?event=${'a'.repeat(10_000 * scale)}&actors=${'x-,'.repeat(5_000 * scale)}&${'z=1&'.repeat(2_000 * scale)}`;

describe('parseViewState', () => {
  it('gives the default state for an empty query', () => {
    expect(parse('')).toEqual({ state: DEFAULT_VIEW_STATE, ignored: [] });
    expect(parse('?')).toEqual({ state: DEFAULT_VIEW_STATE, ignored: [] });
  });

  it('reads every parameter by its readable name', () => {
    const { state, ignored } = parse(
      '?lang=en&view=list&event=e-1&article=src-2&actors=kadhimi,blinken&match=all' +
        '&kinds=diplomacy,attack&subtypes=vote,rocket&source=src-3&from=2020-01-01&to=2021-12-31&q=%D8%A7%D9%84%D9%83%D8%A7%D8%B8%D9%85%D9%8A+visit' +
        '&window=2021-01-01..2021-06-30',
    );
    expect(ignored).toEqual([]);
    expect(state).toEqual({
      lang: 'en',
      view: 'list',
      event: 'e-1',
      article: 'src-2',
      excerpt: null,
      actors: ['kadhimi', 'blinken'],
      match: 'all',
      kinds: ['attack', 'diplomacy'],
      subtypes: ['rocket', 'vote'],
      source: 'src-3',
      from: '2020-01-01',
      to: '2021-12-31',
      q: 'الكاظمي visit',
      window: { start: '2021-01-01', end: '2021-06-30' },
    });
  });

  it('never mutates the shared default state', () => {
    parse('?actors=a,b&kinds=attack');
    expect(DEFAULT_VIEW_STATE.actors).toEqual([]);
    expect(DEFAULT_VIEW_STATE.kinds).toEqual([]);
  });

  it('reports unknown parameters and keeps the rest', () => {
    const { state, ignored } = parse('?lang=en&zoom=3');
    expect(state.lang).toBe('en');
    expect(ignored).toEqual([{ param: 'zoom', reason: 'unknown-param', value: '3' }]);
  });

  it('lets the first of duplicated or differently-cased keys win and reports the rest', () => {
    const { state, ignored } = parse('?lang=en&LANG=ar&Lang=ar&view=list&view=timeline');
    expect(state.lang).toBe('en');
    expect(state.view).toBe('list');
    expect(ignored.map((i) => i.param)).toEqual(['LANG', 'Lang', 'view']);
    expect(ignored.every((i) => i.reason === 'invalid')).toBe(true);
  });

  it('accepts keys and enum values in any case', () => {
    expect(parse('?VIEW=List&Kinds=ATTACK').state).toMatchObject({
      view: 'list',
      kinds: ['attack'],
    });
  });

  it('skips empty list items silently and reports unknown ones', () => {
    const { state, ignored } = parse('?actors=,kadhimi,,nato,&kinds=attack,,bombing,');
    expect(state.actors).toEqual(['kadhimi', 'nato']);
    expect(state.kinds).toEqual(['attack']);
    expect(ignored).toEqual([{ param: 'kinds', reason: 'invalid', value: 'bombing' }]);
  });

  it('reads subtypes as strictly as kinds: any case, deduplicated, unknown ones reported', () => {
    const { state, ignored } = parse('?subtypes=IED,,rocket,parade,ied,attack');
    expect(state.subtypes).toEqual(['rocket', 'ied']);
    expect(ignored).toEqual([
      { param: 'subtypes', reason: 'invalid', value: 'parade' },
      { param: 'subtypes', reason: 'invalid', value: 'attack' },
    ]);
  });

  it('deduplicates list items', () => {
    expect(parse('?actors=a,b,a&kinds=attack,attack').state).toMatchObject({
      actors: ['a', 'b'],
      kinds: ['attack'],
    });
  });

  it('treats __proto__ and constructor as plain strings, never as object keys', () => {
    const { state, ignored } = parse(
      '?__proto__=x&constructor=y&prototype=z&actors=__proto__,constructor&event=__proto__&__proto__[lang]=en',
    );
    expect(state.actors).toEqual(['constructor']);
    expect(state.event).toBeNull();
    expect(state.lang).toBe('ar');
    expect(ignored.map((i) => i.param)).toEqual([
      '__proto__',
      'constructor',
      'prototype',
      'actors',
      'event',
      '__proto__[lang]',
    ]);
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
    expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
  });

  it('rejects impossible and out-of-range dates', () => {
    for (const day of [
      '2021-02-30',
      '2021-13-01',
      '2021-00-10',
      '2021-2-3',
      '1899-12-31',
      '2101-01-01',
      '99999-01-01',
      '',
    ]) {
      const { state, ignored } = parse(`?from=${day}`);
      expect(state.from, day).toBeNull();
      expect(ignored, day).toHaveLength(1);
    }
    expect(parse('?from=2020-02-29').state.from).toBe('2020-02-29');
    expect(parse('?from=1900-01-01&to=2100-12-31').state).toMatchObject({
      from: '1900-01-01',
      to: '2100-12-31',
    });
  });

  it('drops the end of an inverted from/to and reports it', () => {
    const { state, ignored } = parse('?from=2021-05-01&to=2021-01-01');
    expect(state).toMatchObject({ from: '2021-05-01', to: null });
    expect(ignored).toEqual([{ param: 'to', reason: 'invalid', value: '2021-01-01' }]);
  });

  it('rejects inverted, malformed and out-of-range windows', () => {
    for (const w of [
      '2021-06-01..2021-01-01',
      '2021-01-01..',
      '..2021-01-01',
      '2021-01-01..2021-02-30',
      '1800-01-01..2021-01-01',
      '2021-01-01..2021-02-01..2021-03-01',
      'x',
    ]) {
      expect(parse(`?window=${w}`).state.window, w).toBeNull();
    }
    expect(parse('?window=2021-01-01..2021-01-01').state.window).toEqual({
      start: '2021-01-01',
      end: '2021-01-01',
    });
    expect(parse('?window=2021-01-01/2021-02-01').state.window).toEqual({
      start: '2021-01-01',
      end: '2021-02-01',
    });
  });

  it('decodes bad percent escapes leniently instead of throwing', () => {
    const { state } = parse('?q=%E0%A4%A&lang=%&view=%ZZ&%=1');
    expect(state.lang).toBe('ar');
    expect(state.q).toBe('\uFFFD%A');
  });

  it('truncates a 100,000-character search to 200 code points without splitting a pair', () => {
    const { state } = parse(`?q=${encodeURIComponent('😀'.repeat(100_000))}`);
    expect([...state.q]).toHaveLength(LIMITS.q);
    expect(state.q).toBe('😀'.repeat(LIMITS.q));
  });

  it('rejects 100,000-character ids and lists and reports a bounded number of problems', () => {
    const { state, ignored } = parse(hostile(10));
    expect(state.event).toBeNull();
    expect(state.actors).toEqual(['x-']);
    expect(ignored.length).toBeLessThanOrEqual(LIMITS.ignored);
    expect(ignored[0]?.value.length).toBeLessThanOrEqual(LIMITS.echo);
  });

  it('reads a 100,000-character hostile link without a catastrophic slow-down', () => {
    // A guard against backtracking or quadratic work (seconds to minutes), not a speed test:
    // it takes tens of milliseconds, and 600 ms at a load average of 20.
    const t0 = performance.now();
    parse(hostile(10));
    expect(performance.now() - t0).toBeLessThan(5_000);
  });

  it('caps the chosen actors', () => {
    const ids = Array.from({ length: 40 }, (_, i) => `a${i}`);
    expect(parse(`?actors=${ids.join(',')}`).state.actors).toEqual(ids.slice(0, LIMITS.actors));
  });

  it('strips NUL, controls and bidi overrides from q and rejects them in ids', () => {
    const { state } = parse(
      `?q=${encodeURIComponent('a\u0000b\u202Ec\u2066d\u2069\u200Fe\nf')}&event=${encodeURIComponent('e\u202E1')}`,
    );
    expect(state.q).toBe('abcde f');
    expect(state.event).toBeNull();
  });

  it('keeps markup and javascript: in q as inert text and rejects them everywhere else', () => {
    const payload = '<img src=x onerror=alert(1)>javascript:alert(1)';
    const { state, ignored } = parse(
      `?q=${encodeURIComponent(payload)}&event=${encodeURIComponent(payload)}&article=javascript:alert(1)` +
        `&actors=${encodeURIComponent('<script>,javascript:x')}&lang=${encodeURIComponent('<b>')}&view=javascript:x`,
    );
    expect(state.q).toBe(payload);
    expect({ ...state, q: '' }).toEqual(DEFAULT_VIEW_STATE);
    expect(ignored.map((i) => i.param)).toEqual([
      'event',
      'article',
      'actors',
      'actors',
      'lang',
      'view',
    ]);
  });

  it('echoes dropped values without controls or bidi overrides', () => {
    const { ignored } = parse(`?lang=${encodeURIComponent('\u202Eevil\u0000')}`);
    expect(ignored[0]?.value).toBe('evil');
  });

  it('treats a blank q as no search', () => {
    expect(parse('?q=+++').state.q).toBe('');
  });
});

describe('the excerpt parameter', () => {
  it('selects the excerpt and, when the link names none, its event', () => {
    const { state, ignored } = parse('?excerpt=erbil-attack.2');
    expect(ignored).toEqual([]);
    expect(state.excerpt).toBe('erbil-attack.2');
    expect(state.event).toBe('erbil-attack');
  });

  it('round-trips with its event and article, after them in canonical order', () => {
    const state = parse('?excerpt=erbil-attack.2&article=watan&event=erbil-attack').state;
    expect(serializeViewState(state)).toBe(
      '?event=erbil-attack&article=watan&excerpt=erbil-attack.2',
    );
    expect(parse(serializeViewState(state))).toEqual({ state, ignored: [] });
  });

  it.each(['erbil-attack', 'erbil-attack.0', 'erbil-attack.x', 'Erbil Attack.1', 'erbil#1', '.2'])(
    'rejects the malformed id %s and keeps the rest of the link',
    (bad) => {
      const { state, ignored } = parse(
        `?event=e-1&article=src-2&excerpt=${encodeURIComponent(bad)}&window=2021-01-01..2021-06-30`,
      );
      expect(ignored).toEqual([{ param: 'excerpt', reason: 'invalid', value: bad }]);
      expect(state).toEqual({
        ...DEFAULT_VIEW_STATE,
        event: 'e-1',
        article: 'src-2',
        window: { start: '2021-01-01', end: '2021-06-30' },
      });
    },
  );

  it("rejects an excerpt of another event than the link's and keeps the link's event", () => {
    const { state, ignored } = parse('?event=e-1&excerpt=e-2.1');
    expect(ignored).toEqual([{ param: 'excerpt', reason: 'invalid', value: 'e-2.1' }]);
    expect(state.event).toBe('e-1');
    expect(state.excerpt).toBeNull();
  });

  it('is left out of a hand-built state whose event it does not belong to', () => {
    const state = { ...DEFAULT_VIEW_STATE, event: 'e-1', excerpt: 'e-2.1' };
    expect(serializeViewState(state)).toBe('?event=e-1');
  });
});

describe('serializeViewState', () => {
  it('writes nothing for the default state', () => {
    expect(serializeViewState(DEFAULT_VIEW_STATE)).toBe('');
  });

  it('writes readable names, comma lists and + for spaces in a stable order', () => {
    expect(
      serializeViewState({
        ...DEFAULT_VIEW_STATE,
        lang: 'en',
        actors: ['kadhimi', 'nato'],
        kinds: ['withdrawal', 'attack'],
        subtypes: ['call', 'drawdown'],
        q: 'al Kadhimi, visit',
        window: { start: '2021-01-01', end: '2021-03-31' },
      }),
    ).toBe(
      '?lang=en&actors=kadhimi,nato&kinds=withdrawal,attack&subtypes=drawdown,call&window=2021-01-01..2021-03-31&q=al+Kadhimi,+visit',
    );
  });

  it('leaves out whatever is invalid in a hand-built state', () => {
    const garbage = {
      ...DEFAULT_VIEW_STATE,
      lang: 'fr',
      event: 'Bad Id',
      actors: ['ok', 'NOT OK', 'ok', '<x>'],
      kinds: ['attack', 'nope'],
      from: '2021-02-30',
      to: '2021-01-01',
      window: { start: '2021-05-01', end: '2021-01-01' },
    } as unknown as ViewState;
    expect(serializeViewState(garbage)).toBe('?actors=ok&kinds=attack&to=2021-01-01');
  });
});

// Arbitraries: valid ids and days, realistic search text, and anything at all.
const idChar = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-'.split(''));
const id = fc
  .tuple(fc.constantFrom(...'abcxyz019'.split('')), fc.string({ unit: idChar, maxLength: 39 }))
  .map(([a, b]) => a + b);
const day = fc
  .date({
    min: new Date('1900-01-01T00:00:00Z'),
    max: new Date('2100-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const arabicOrLatin = fc.constantFrom(
  ...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى ـَُِّ٠١٢abcXYZ 019,.+&=?#%/\'"<>'.split(''),
);
const query = fc
  .string({ unit: arabicOrLatin, maxLength: LIMITS.q })
  .map((q) => (q.trim() ? q : ''));
const validState: fc.Arbitrary<ViewState> = fc
  .record({
    lang: fc.constantFrom('ar' as const, 'en' as const),
    view: fc.constantFrom('timeline' as const, 'list' as const),
    event: fc.option(id, { nil: null }),
    article: fc.option(id, { nil: null }),
    excerptPlace: fc.option(fc.integer({ min: 1, max: 999 }), { nil: null }),
    source: fc.option(id, { nil: null }),
    actors: fc.uniqueArray(id, { maxLength: 8 }),
    match: fc.constantFrom('any' as const, 'all' as const),
    kinds: fc.subarray([...KINDS]),
    subtypes: fc.subarray([...ALL_SUBTYPES]),
    from: fc.option(day, { nil: null }),
    to: fc.option(day, { nil: null }),
    q: query,
    window: fc.option(
      fc.tuple(day, day).map(([a, b]) => (a <= b ? { start: a, end: b } : { start: b, end: a })),
      { nil: null },
    ),
  })
  .map(({ excerptPlace, ...s }) => ({
    ...s,
    excerpt: s.event && excerptPlace ? `${s.event}.${excerptPlace}` : null,
  }))
  .map((s) => (s.from && s.to && s.from > s.to ? { ...s, from: s.to, to: s.from } : s));

const anything = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ maxLength: 300 }),
);
const anyState: fc.Arbitrary<ViewState> = fc
  .record({
    lang: fc.oneof(fc.constantFrom('ar', 'en'), anything),
    view: fc.oneof(fc.constantFrom('timeline', 'list'), anything),
    event: fc.oneof(id, anything, fc.constant(null)),
    article: fc.oneof(id, anything, fc.constant(null)),
    excerpt: fc.oneof(
      id.map((i) => `${i}.2`),
      anything,
      fc.constant(null),
    ),
    source: fc.oneof(id, anything, fc.constant(null)),
    actors: fc.array(
      fc.oneof(id, fc.string({ unit: idChar, minLength: 90, maxLength: 110 }), anything),
      { maxLength: 60 },
    ),
    match: fc.oneof(fc.constantFrom('any', 'all'), anything),
    kinds: fc.array(fc.oneof(fc.constantFrom(...KINDS), anything), { maxLength: 6 }),
    subtypes: fc.array(fc.oneof(fc.constantFrom(...ALL_SUBTYPES), anything), { maxLength: 30 }),
    from: fc.oneof(day, anything, fc.constant(null)),
    to: fc.oneof(day, anything, fc.constant(null)),
    q: fc.oneof(anything, fc.string({ unit: 'binary', minLength: 150, maxLength: 1000 })),
    window: fc.option(fc.record({ start: fc.oneof(day, anything), end: fc.oneof(day, anything) }), {
      nil: null,
    }),
  })
  .map((s) => s as unknown as ViewState);

/** A query string of valid, broken and hostile fragments. */
const hostileQuery = fc
  .array(
    fc.oneof(
      fc.tuple(fc.constantFrom(...PARAMS, 'LANG', '__proto__', 'constructor', ''), anything),
      fc.tuple(
        fc.constantFrom('actors', 'kinds', 'subtypes'),
        fc
          .array(fc.oneof(id, fc.constantFrom(...KINDS, ...ALL_SUBTYPES), anything), {
            maxLength: 6,
          })
          .map((xs) => xs.join(',')),
      ),
      fc.tuple(fc.constantFrom('from', 'to'), day),
      fc.tuple(
        fc.constant('window'),
        fc.tuple(day, day).map(([a, b]) => `${a}..${b}`),
      ),
    ),
    { maxLength: 14 },
  )
  .chain((pairs) =>
    fc.constantFrom(
      pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'),
      pairs.map(([k, v]) => `${k}=${v}`).join('&'),
    ),
  );

describe('the codec, for any input', () => {
  it('never throws, whatever the query string', () => {
    fc.assert(
      fc.property(fc.oneof(anything, hostileQuery), (search) => {
        const { state, ignored } = parse(search);
        expect(validViewState(state)).toEqual(state);
        expect(ignored.length).toBeLessThanOrEqual(LIMITS.ignored);
      }),
      RUNS,
    );
  });

  it('round-trips every valid state: parse(serialise(state)) equals state', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const search = serializeViewState(state);
        expect(parse(search)).toEqual({ state, ignored: [] });
      }),
      RUNS,
    );
  });

  it('serialises any state, however broken, to a link under 2,000 characters that parses cleanly', () => {
    fc.assert(
      fc.property(anyState, (state) => {
        const search = serializeViewState(state);
        expect((ORIGIN + search).length).toBeLessThan(2000);
        const parsed = parse(search);
        expect(parsed.ignored).toEqual([]);
        expect(serializeViewState(parsed.state)).toBe(search);
      }),
      RUNS,
    );
  });

  it('is idempotent: serialise(parse(url)) is already canonical', () => {
    fc.assert(
      fc.property(fc.oneof(anything, hostileQuery), (search) => {
        const once = serializeViewState(parse(search).state);
        expect(serializeViewState(parse(once).state)).toBe(once);
        expect(parse(once).ignored).toEqual([]);
      }),
      RUNS,
    );
  });

  it('keeps the whole link under 2,000 characters even with the longest ids and Arabic text', () => {
    const long = (c: string) => c + 'x'.repeat(LIMITS.id - 1);
    const state: ViewState = {
      ...DEFAULT_VIEW_STATE,
      lang: 'en',
      view: 'list',
      event: long('e'),
      article: long('a'),
      excerpt: `${long('e')}.999`,
      actors: Array.from({ length: LIMITS.actors }, (_, i) => long(String(i % 10))).map((s, i) =>
        `${i}${s}`.slice(0, LIMITS.id),
      ),
      match: 'all',
      kinds: [...KINDS],
      subtypes: [...ALL_SUBTYPES],
      from: '2020-01-01',
      to: '2021-12-31',
      q: '😀'.repeat(LIMITS.q),
      window: { start: '2020-01-01', end: '2021-12-31' },
    };
    const search = serializeViewState(state);
    expect((ORIGIN + search).length).toBeLessThan(2000);
    expect(parse(search).ignored).toEqual([]);
  });
});

describe('the codec against hostile links, property by property', () => {
  const escape = fc.constantFrom(
    '%',
    '%2',
    '%E0',
    '%E0%A4%A',
    '%ZZ',
    '%00',
    '%E2%80%AE',
    '%F0%9F%98',
    '%C0%80',
    '%ED%A0%80',
    '%25',
    '%3D',
    '%26',
    '%2C',
    '+',
    ',',
  );
  const mangled = fc
    .array(fc.oneof(escape, fc.string({ maxLength: 4 })), { maxLength: 12 })
    .map((parts) => parts.join(''));
  const key = fc.oneof(
    fc.constantFrom('lang', 'Lang', 'EVENT', 'actors', 'kinds', 'from', 'to', 'q', 'window'),
    fc.constantFrom('__proto__', 'constructor', 'prototype', '__proto__[lang]', 'toString'),
    mangled,
  );
  const escapedQuery = fc
    .array(fc.tuple(key, mangled), { maxLength: 10 })
    .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`);

  it('never throws on truncated, overlong or invalid percent escapes and stays canonical', () => {
    fc.assert(
      fc.property(escapedQuery, (search) => {
        const { state } = parse(search);
        expect(validViewState(state)).toEqual(state);
        const once = serializeViewState(state);
        expect(parse(once)).toEqual({ state, ignored: [] });
      }),
      RUNS,
    );
  });

  it('accepts exactly the real calendar days from 1900 to 2100, never a rolled-over one', () => {
    const daysIn = (y: number, m: number) =>
      [
        31,
        (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28,
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
      ][m - 1] ?? 0;
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    fc.assert(
      fc.property(
        fc.integer({ min: 1890, max: 2110 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          const iso = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
          const real = y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);
          expect(parse(`?from=${iso}`).state.from).toBe(real ? iso : null);
          expect(parse(`?window=${iso}..${iso}`).state.window).toEqual(
            real ? { start: iso, end: iso } : null,
          );
        },
      ),
      RUNS,
    );
  });

  it('lets no control or bidi character into the search text or the notice, and echoes little', () => {
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
    const raw = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 120 }),
      fc
        .array(fc.constantFrom('\u0000', '\u202E', '\u2066', '\u200F', '\n', 'a', 'ب', '&', '='), {
          maxLength: 40,
        })
        .map((cs) => cs.join('')),
    );
    fc.assert(
      fc.property(raw, raw, (k, v) => {
        const { state, ignored } = parse(`?q=${v}&${k}=${v}&lang=${k}`);
        expect(state.q).not.toMatch(UNSAFE);
        for (const item of ignored) {
          expect(item.param).not.toMatch(UNSAFE);
          expect(item.value).not.toMatch(UNSAFE);
          expect([...item.value].length).toBeLessThanOrEqual(LIMITS.echo);
          expect([...item.param].length).toBeLessThanOrEqual(LIMITS.echo);
        }
      }),
      RUNS,
    );
  });

  it('never writes to Object.prototype, whatever the keys and ids', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const name = fc.constantFrom('__proto__', 'constructor', 'prototype', 'tostring', 'valueof');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.oneof(name, key), fc.oneof(name, mangled)), { maxLength: 8 }),
        fc.array(name, { maxLength: 5 }),
        (pairs, ids) => {
          const search = `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}&actors=${ids.join(',')}`;
          const { state } = parse(search);
          expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
          expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
          expect(({} as Record<string, unknown>)['lang']).toBeUndefined();
        },
      ),
      RUNS,
    );
  });

  it('keeps markup and javascript: only as the verbatim search text, in any parameter', () => {
    const payload = fc.constantFrom(
      '<img src=x onerror=alert(1)>',
      '<script>alert(1)</script>',
      'javascript:alert(document.domain)',
      '"><svg/onload=alert(1)>',
      "';alert(1);//",
    );
    const param = fc.constantFrom(...PARAMS);
    fc.assert(
      fc.property(param, payload, (p, text) => {
        const { state, ignored } = parse(`?${p}=${encodeURIComponent(text)}`);
        if (p === 'q') {
          expect(state).toEqual({ ...DEFAULT_VIEW_STATE, q: text });
          expect(ignored).toEqual([]);
        } else {
          expect(state).toEqual(DEFAULT_VIEW_STATE);
          expect(ignored.map((i) => i.param)).toEqual([p]);
        }
      }),
      RUNS,
    );
  });
});

describe('search text a link alters', () => {
  it('is kept, cut to the limit, and reported when too long', () => {
    const { state, ignored } = parseViewState(`?q=${'a'.repeat(LIMITS.q + 50)}`);
    expect([...state.q]).toHaveLength(LIMITS.q);
    expect(ignored.map((i) => i.param)).toEqual(['q']);
  });

  it('is kept without bidi overrides and controls, and reported', () => {
    const { state, ignored } = parseViewState('?q=%E2%80%AEerbil%00');
    expect(state.q).toBe('erbil');
    expect(ignored.map((i) => i.param)).toEqual(['q']);
  });

  it('is not reported when nothing had to change', () => {
    expect(parseViewState('?q=%D8%A3%D8%B1%D8%A8%D9%8A%D9%84').ignored).toEqual([]);
  });
});
