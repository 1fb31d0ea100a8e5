import { describe, expect, it } from 'vitest';
import { corpusSchema } from '../src/domain/corpus-schema';
import { compileCorpus, type CompileResult } from './compile-corpus';
import {
  ACTORS,
  EVENTS_A,
  EVENTS_B,
  FILE,
  GOOD,
  HASHES,
  REPEATED,
  SECOND,
  sha,
  TEXT,
  TEXTS,
} from './corpus/test-fixture';

const asFiles = (contents: Record<string, string>) =>
  Object.entries(contents).map(([path, text]) => ({ path, text }));

/** Compiles the good fixture with one textual edit (which must apply) to one file. */
function compileEdited(path: string, from: string, to: string): CompileResult {
  const text = GOOD[path] ?? '';
  expect(text).toContain(from);
  return compileCorpus(asFiles({ ...GOOD, [path]: text.replace(from, to) }), TEXTS, HASHES);
}

const failure = (...errors: string[]): CompileResult => ({ ok: false, errors });

describe('compileCorpus on good data', () => {
  const result = compileCorpus(asFiles(GOOD), TEXTS, HASHES);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  const { corpus, texts } = result;

  it('produces a corpus the app schema accepts', () => {
    expect(() => corpusSchema.parse(corpus)).not.toThrow();
    expect(corpus.format).toBe('khatt');
    expect(corpus.version).toBe(1);
  });

  it('anchors each quote with UTF-16 offsets whose slice is the quote', () => {
    const [visit, withdrawal] = corpus.events;
    expect(visit?.excerpts[0]).toEqual({
      source: 'test-2021-07-25',
      quote: 'أنه سيبدأ غدا الاثنين زيارة رسمية إلى واشنطن',
      start: 40,
      end: 84,
    });
    expect(withdrawal?.excerpts[0]).toMatchObject({ start: SECOND, end: SECOND + REPEATED.length });
    for (const event of corpus.events) {
      for (const x of event.excerpts) expect(TEXT.slice(x.start, x.end)).toBe(x.quote);
    }
  });

  it('derives the end and the EDTF of each date', () => {
    expect(corpus.events.map((e) => [e.date.start, e.date.end, e.date.edtf])).toEqual([
      ['2021-07-26', '2021-07-26', '2021-07-26'],
      ['2021-12-01', '2021-12-31', '2021-12~'],
    ]);
    expect(corpus.sources[0]?.published).toMatchObject({ end: '2021-07-25', edtf: '2021-07-25' });
  });

  it('orders events by start date, keeps groups and actors in file order, and drops curation-only fields', () => {
    expect(corpus.events.map((e) => e.id)).toEqual([
      'kadhimi-visit-2021-07-26',
      'withdrawal-end-2021-12',
    ]);
    expect(corpus.actors.map((a) => a.id)).toEqual(['kadhimi', 'iraq-government']);
    expect(corpus.actors[1]).toEqual({
      id: 'iraq-government',
      name: { ar: 'الحكومة العراقية', en: 'Government of Iraq' },
      type: 'government-body',
      group: 'iraq',
    });
    expect(corpus.sources[0]).toMatchObject({ id: 'test-2021-07-25', text_sha256: sha(TEXT) });
    expect(corpus.sources[0]).not.toHaveProperty('file');
  });

  it('returns each source text by source id', () => {
    expect([...texts]).toEqual([['test-2021-07-25', TEXT]]);
  });

  it('reads the outlet "unknown" as a localized unknown', () => {
    const r = compileEdited(
      'data/sources.yaml',
      '{ ar: الجزيرة نت, en: Al Jazeera Net }',
      'unknown',
    );
    expect(r.ok && r.corpus.sources[0]?.outlet).toEqual({ ar: 'غير معروف', en: 'unknown' });
  });
});

describe('compileCorpus on bad data reports one exact line per problem and returns nothing else', () => {
  const A = 'data/events/a.yaml';
  const B = 'data/events/b.yaml';
  const visit = 'kadhimi-visit-2021-07-26';
  const withdrawal = 'withdrawal-end-2021-12';

  it('reports YAML syntax errors with line and column', () => {
    expect(compileEdited(A, '  kind: diplomacy\n', '  kind: diplomacy\n  kind: attack\n')).toEqual(
      failure(`${A}: (yaml): 3:3: Map keys must be unique`),
    );
    expect(compileEdited(A, "quote: 'أنه", "quote: أنه: '")).toEqual(
      failure(`${A}: (yaml): 21:14: Nested mappings are not allowed in compact mappings`),
    );
  });

  it('names the allowed values of an enum', () => {
    expect(compileEdited(A, 'kind: diplomacy', 'kind: war')).toEqual(
      failure(`${A}: ${visit}: kind: must be one of withdrawal, attack, diplomacy (got "war")`),
    );
  });

  it('reports a missing required field', () => {
    expect(compileEdited(A, '  status: planned\n', '')).toEqual(
      failure(`${A}: ${visit}: status: required field is missing`),
    );
  });

  it('reports a misspelt field and lists the allowed ones', () => {
    expect(compileEdited(A, '  place:', '  plaec:')).toEqual(
      failure(
        `${A}: ${visit}: plaec: unknown field (allowed: id, kind, subtype, status, title, summary, date, place, actors, excerpts)`,
      ),
    );
  });

  it('requires a subtype from the kind’s own vocabulary', () => {
    expect(compileEdited(A, '  subtype: visit\n', '')).toEqual(
      failure(`${A}: ${visit}: subtype: required field is missing`),
    );
    expect(compileEdited(A, 'subtype: visit', 'subtype: parade')).toEqual(
      failure(
        `${A}: ${visit}: subtype: "parade" is not a subtype (diplomacy: call, meeting, visit, talks, statement, interview, condemnation, threat, vote, agreement)`,
      ),
    );
    expect(compileEdited(A, 'subtype: visit', 'subtype: rocket')).toEqual(
      failure(
        `${A}: ${visit}: subtype: "rocket" belongs to attack, not diplomacy (diplomacy: call, meeting, visit, talks, statement, interview, condemnation, threat, vote, agreement)`,
      ),
    );
  });

  it('requires an external date to name its outside record and the range the texts support', () => {
    expect(compileEdited(B, 'basis: inferred', 'basis: external')).toEqual(
      failure(
        `${B}: ${withdrawal}: date.outside: required when basis is external: name the outside record`,
        `${B}: ${withdrawal}: date.fallback: required when basis is external: the range the texts support`,
      ),
    );
    const external =
      "basis: external\n    outside: { ar: 'سجل خارجي', en: 'An outside record' }\n    fallback: { start: 2021-12-01, end: 2021-12-31 }";
    const ok = compileEdited(B, 'basis: inferred', external);
    expect(ok.ok && ok.corpus.events[1]?.date).toMatchObject({
      basis: 'external',
      outside: { ar: 'سجل خارجي', en: 'An outside record' },
      fallback: { start: '2021-12-01', end: '2021-12-31' },
    });
    expect(
      compileEdited(
        B,
        'basis: inferred',
        "basis: inferred\n    outside: { ar: 'سجل', en: 'A record' }",
      ),
    ).toEqual(failure(`${B}: ${withdrawal}: date.outside: only for basis external`));
  });

  it('requires each role to rest on an excerpt naming the actor, or an explained indirect reference', () => {
    expect(
      compileEdited(A, ", indirect: '«أنه» (that he) refers to Kadhimi, named before.'", ''),
    ).toEqual(
      failure(
        `${A}: ${visit}: actors[0].id: no excerpt names "kadhimi" (as مصطفى الكاظمي / الكاظمي); quote a passage that does, or say why in indirect`,
      ),
    );
    expect(
      compileEdited(
        B,
        '{ id: iraq-government, role: speaker }',
        "{ id: iraq-government, role: speaker, indirect: 'Named.' }",
      ),
    ).toEqual(
      failure(
        `${B}: ${withdrawal}: actors[0].indirect: excerpts[0] names "iraq-government"; drop indirect`,
      ),
    );
  });

  it('requires an accused actor to be named in an excerpt marked as accusing it', () => {
    expect(compileEdited(B, 'role: speaker', 'role: accused')).toEqual(
      failure(
        `${B}: ${withdrawal}: actors[0].role: accused needs the accusing passage: mark an excerpt with accuses: [iraq-government]`,
      ),
    );
    const accusing = `      start: ${SECOND}\n      accuses: [iraq-government]\n`;
    const marked = compileEdited(B, 'role: speaker', 'role: accused');
    expect(marked.ok).toBe(false);
    const files = {
      ...GOOD,
      [B]: (GOOD[B] ?? '')
        .replace('role: speaker', 'role: accused')
        .replace(`      start: ${SECOND}\n`, accusing),
    };
    const good = compileCorpus(asFiles(files), TEXTS, HASHES);
    expect(good.ok && good.corpus.events[1]?.excerpts[0]?.accuses).toEqual(['iraq-government']);
    expect(compileEdited(B, `      start: ${SECOND}\n`, accusing)).toEqual(
      failure(
        `${B}: ${withdrawal}: excerpts[0].accuses[0]: "iraq-government" is not an accused actor of this event`,
      ),
    );
  });

  describe('redirects', () => {
    const R = 'data/redirects.yaml';
    const REDIRECTS = `- from: kadhimi-visit-2021-07-25
  to: ${visit}
  reason: { ar: نُقل إلى يومه, en: Moved to its day }
- from: withdrawal-end-2021-11
  reason: { ar: حُذف, en: Removed }
`;
    const withRedirects = (text: string) =>
      compileCorpus(asFiles({ ...GOOD, [R]: text }), TEXTS, HASHES);

    it('compiles old ids into the corpus: moved to an event, or removed with a reason', () => {
      const r = withRedirects(REDIRECTS);
      expect(r.ok && r.corpus.redirects).toEqual([
        {
          from: 'kadhimi-visit-2021-07-25',
          to: visit,
          reason: { ar: 'نُقل إلى يومه', en: 'Moved to its day' },
        },
        { from: 'withdrawal-end-2021-11', reason: { ar: 'حُذف', en: 'Removed' } },
      ]);
      const none = compileCorpus(asFiles(GOOD), TEXTS, HASHES);
      expect(none.ok && 'redirects' in none.corpus).toBe(false);
    });

    it('rejects a current id, an unknown target, a repeated id and a missing reason', () => {
      expect(
        withRedirects(REDIRECTS.replace('from: withdrawal-end-2021-11', `from: ${withdrawal}`)),
      ).toEqual(
        failure(
          `${R}: ${withdrawal}: from: is a current event id; redirect only ids that are gone`,
        ),
      );
      expect(withRedirects(REDIRECTS.replace(`to: ${visit}`, 'to: nowhere'))).toEqual(
        failure(`${R}: kadhimi-visit-2021-07-25: to: unknown event "nowhere"`),
      );
      expect(withRedirects(REDIRECTS + REDIRECTS.split('\n').slice(0, 3).join('\n'))).toEqual(
        failure(`${R}: kadhimi-visit-2021-07-25: from: listed twice; first at ${R}:1`),
      );
      expect(withRedirects(REDIRECTS.replace('  reason: { ar: حُذف, en: Removed }\n', ''))).toEqual(
        failure(`${R}: withdrawal-end-2021-11: reason: required field is missing`),
      );
    });
  });

  it('reports a duplicate id across files, naming where it was first defined', () => {
    expect(compileEdited(B, `id: ${withdrawal}`, `id: ${visit}`)).toEqual(
      failure(`${B}: ${visit}: id: duplicate id; first defined at ${A}:1`),
    );
  });

  it('reports a duplicate id within a file', () => {
    expect(compileEdited(A, EVENTS_A, EVENTS_A + EVENTS_A)).toEqual(
      failure(`${A}: ${visit}: id: duplicate id; first defined at ${A}:1`),
    );
  });

  it('reports unknown actor, group and affiliation ids', () => {
    expect(compileEdited(A, '{ id: kadhimi, role', '{ id: kadimi, role')).toEqual(
      failure(
        'data/actors.yaml: kadhimi: id: no event uses this actor; remove it or use it',
        `${A}: ${visit}: actors[0].id: unknown actor "kadimi"`,
      ),
    );
    expect(
      compileEdited(
        'data/actors.yaml',
        'group: iraq\n    affiliation',
        'group: irq\n    affiliation',
      ),
    ).toEqual(failure('data/actors.yaml: kadhimi: group: unknown group "irq"'));
    expect(
      compileEdited('data/actors.yaml', 'affiliation: iraq-government', 'affiliation: iraq-gov'),
    ).toEqual(failure('data/actors.yaml: kadhimi: affiliation: unknown actor "iraq-gov"'));
  });

  it('reports an unknown source in an excerpt', () => {
    expect(compileEdited(A, 'source: test-2021-07-25', 'source: test-2021-07-26')).toEqual(
      failure(`${A}: ${visit}: excerpts[0].source: unknown source "test-2021-07-26"`),
    );
  });

  it('rejects a day the calendar does not have', () => {
    expect(compileEdited(B, 'start: 2021-12-01', 'start: 2021-02-30')).toEqual(
      failure(`${B}: ${withdrawal}: date.start: 2021-02-30 is not a real calendar day`),
    );
  });

  it('rejects a date that YAML did not read as text', () => {
    expect(compileEdited(B, 'start: 2021-12-01', 'start: 2021')).toEqual(
      failure(
        `${B}: ${withdrawal}: date.start: expected an ISO day YYYY-MM-DD as text, got number 2021`,
      ),
    );
  });

  it('rejects an end before the start', () => {
    expect(
      compileEdited(B, '    precision: month', '    end: 2021-11-30\n    precision: month'),
    ).toEqual(failure(`${B}: ${withdrawal}: date.end: 2021-11-30 is before start 2021-12-01`));
  });

  it('rejects a precision the dates do not fit', () => {
    expect(compileEdited(B, 'start: 2021-12-01', 'start: 2021-12-06')).toEqual(
      failure(
        `${B}: ${withdrawal}: date.start: must be the 1st of a month for month precision (got 2021-12-06)`,
      ),
    );
    expect(
      compileEdited(B, '    precision: month', '    end: 2021-12-30\n    precision: month'),
    ).toEqual(
      failure(
        `${B}: ${withdrawal}: date.end: must be 2021-12-31, the last day of the month, for month precision`,
      ),
    );
  });

  it('requires an end for a range', () => {
    expect(compileEdited(B, 'precision: month', 'precision: range')).toEqual(
      failure(`${B}: ${withdrawal}: date.end: required when precision is range`),
    );
  });

  it('checks weekdays written beside dates in English and Arabic notes', () => {
    expect(compileEdited(A, 'published Sunday 25 July', 'published Saturday 25 July')).toEqual(
      failure(
        `${A}: ${visit}: date.note.en: "Saturday 25 July 2021": 2021-07-25 is a Sunday, not a Saturday`,
      ),
    );
    expect(compileEdited(A, 'الأحد 25 تموز 2021', 'الأحد 24 تموز 2021')).toEqual(
      failure(
        `${A}: ${visit}: date.note.ar: "الأحد 24 تموز 2021": 2021-07-24 is a Saturday, not a Sunday`,
      ),
    );
  });

  it('requires a day-precise date to fall on a weekday its English note names', () => {
    expect(compileEdited(A, 'start: 2021-07-26', 'start: 2021-07-27')).toEqual(
      failure(
        `${A}: ${visit}: date.start: 2021-07-27 is a Tuesday, but the English note names only Sunday, Monday`,
      ),
    );
  });

  it('requires at least one excerpt', () => {
    const noExcerpts = EVENTS_A.slice(0, EVENTS_A.indexOf('  excerpts:')) + '  excerpts: []\n';
    expect(compileEdited(A, EVENTS_A, noExcerpts)).toEqual(
      failure(`${A}: ${visit}: excerpts: an event needs at least one excerpt`),
    );
  });

  it('rejects a quote that is not verbatim, and hints at a whitespace difference', () => {
    expect(compileEdited(A, 'غدا الاثنين زيارة', 'غدا الإثنين زيارة')).toEqual(
      failure(
        `${A}: ${visit}: excerpts[0].quote: not found verbatim in source test-2021-07-25 (${FILE})`,
      ),
    );
    expect(compileEdited(A, 'غدا الاثنين زيارة', 'غدا  الاثنين زيارة')).toEqual(
      failure(
        `${A}: ${visit}: excerpts[0].quote: not found verbatim in source test-2021-07-25 (${FILE}); it occurs at 40 with different whitespace`,
      ),
    );
  });

  it('requires start for a quote found more than once, and checks a given start', () => {
    const first = TEXT.indexOf(REPEATED);
    expect(compileEdited(B, `      start: ${SECOND}\n`, '')).toEqual(
      failure(
        `${B}: ${withdrawal}: excerpts[0].quote: occurs 2 times in source test-2021-07-25 (${FILE}) (at ${first}, ${SECOND}); add start to choose one`,
      ),
    );
    expect(compileEdited(B, `start: ${SECOND}`, 'start: 3')).toEqual(
      failure(
        `${B}: ${withdrawal}: excerpts[0].start: 3 does not point at the quote (it occurs at ${first}, ${SECOND})`,
      ),
    );
  });

  it('rejects short quotes and quotes with surrounding whitespace', () => {
    expect(
      compileEdited(
        A,
        "quote: 'أنه سيبدأ غدا الاثنين زيارة رسمية إلى واشنطن'",
        "quote: 'إلى واشنطن'",
      ),
    ).toEqual(
      failure(`${A}: ${visit}: excerpts[0].quote: is 10 characters; quotes need at least 12`),
    );
    expect(compileEdited(A, "quote: 'أنه", "quote: ' أنه")).toEqual(
      failure(`${A}: ${visit}: excerpts[0].quote: starts or ends with whitespace`),
    );
  });

  it('names the field of a missing or misplaced translation', () => {
    expect(compileEdited(A, 'en: Kadhimi visits Washington', 'en: ""')).toEqual(
      failure(`${A}: ${visit}: title.en: missing English text`),
    );
    expect(compileEdited(A, '{ ar: واشنطن, en: Washington }', '{ en: Washington }')).toEqual(
      failure(`${A}: ${visit}: place.ar: missing Arabic text`),
    );
    expect(
      compileEdited(A, '{ ar: واشنطن, en: Washington }', '{ ar: Washington, en: واشنطن }'),
    ).toEqual(
      failure(
        `${A}: ${visit}: place.ar: has no Arabic letter`,
        `${A}: ${visit}: place.en: contains Arabic letters`,
      ),
    );
  });

  it('rejects a missing source file and a changed text', () => {
    const changed = TEXT.replace('بغداد', 'بغداذ');
    expect(
      compileCorpus(asFiles(GOOD), new Map([[FILE, changed]]), new Map([[FILE, sha(changed)]])),
    ).toEqual(
      failure(
        `data/sources.yaml: test-2021-07-25: sha256: does not match data/sources/${FILE}, whose SHA-256 is ${sha(changed)}`,
      ),
    );
    expect(compileCorpus(asFiles(GOOD), new Map(), new Map())).toEqual(
      failure(`data/sources.yaml: test-2021-07-25: file: data/sources/${FILE} not found`),
    );
  });

  it('rejects an alias that occurs in no source text', () => {
    expect(
      compileEdited('data/actors.yaml', 'aliases: [الكاظمي]', 'aliases: [الكاظمي, كاظم الساعدي]'),
    ).toEqual(
      failure('data/actors.yaml: kadhimi: aliases[1]: "كاظم الساعدي" occurs in no source text'),
    );
  });

  it('rejects an actor that no event uses', () => {
    const extra = `  - id: sistani
    name: { ar: علي السيستاني, en: Ali al-Sistani }
    type: person
    group: iraq
`;
    expect(compileEdited('data/actors.yaml', ACTORS, ACTORS + extra)).toEqual(
      failure('data/actors.yaml: sistani: id: no event uses this actor; remove it or use it'),
    );
  });

  it('rejects a top level that is not a list, a missing file and a stray file', () => {
    expect(compileEdited(B, EVENTS_B, 'id: x\n')).toEqual(
      failure(
        'data/actors.yaml: iraq-government: id: no event uses this actor; remove it or use it',
        `${B}: (file): (root): expected a list of events, got a mapping`,
      ),
    );
    const withoutActors = asFiles(GOOD).filter((f) => f.path !== 'data/actors.yaml');
    const r = compileCorpus(
      [...withoutActors, { path: 'data/notes.yaml', text: '' }],
      TEXTS,
      HASHES,
    );
    expect(r).toEqual(
      failure(
        'data/actors.yaml: (file): (root): file is missing',
        'data/notes.yaml: (file): (root): not a corpus file (expected data/sources.yaml, data/actors.yaml, data/redirects.yaml or data/events/*.yaml)',
      ),
    );
  });

  it('collects every problem in every file before reporting', () => {
    const events = EVENTS_A.replace('kind: diplomacy', 'kind: war').replace(
      'start: 2021-07-26',
      'start: 2021-07-32',
    );
    const actors = ACTORS.replace('type: person', 'type: human');
    const r = compileCorpus(
      asFiles({ ...GOOD, 'data/events/a.yaml': events, 'data/actors.yaml': actors }),
      TEXTS,
      HASHES,
    );
    expect(r).toEqual(
      failure(
        'data/actors.yaml: kadhimi: type: must be one of person, state, government-body, armed-group, alliance, media, officials (got "human")',
        `${A}: ${visit}: kind: must be one of withdrawal, attack, diplomacy (got "war")`,
        `${A}: ${visit}: date.start: 2021-07-32 is not a real calendar day`,
      ),
    );
  });
});
