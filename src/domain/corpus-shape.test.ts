import { describe, expect, it } from 'vitest';
import { corpusSchema } from './corpus-schema';
import { isCorpus } from './corpus-shape';

const localized = (en: string) => ({ ar: `${en} ع`, en });
const day = (start: string, end = start) => ({
  start,
  end,
  precision: start === end ? 'day' : 'range',
  basis: 'inferred',
  note: localized('note'),
  edtf: start === end ? start : `${start}/${end}`,
});

/** A file that uses every optional field of khatt v1 once. */
const fullFile = () => ({
  format: 'khatt',
  version: 1,
  groups: [{ id: 'iraq', name: localized('Iraq') }],
  sources: [
    {
      id: 'src-1',
      outlet: localized('Outlet'),
      title: localized('Title'),
      published: { ...day('2021-07-25'), fallback: { start: '2021-07-24', end: '2021-07-25' } },
      text_sha256: 'a'.repeat(64),
    },
  ],
  actors: [
    {
      id: 'kadhimi',
      name: localized('Kadhimi'),
      type: 'person',
      group: 'iraq',
      affiliation: 'iraq',
      aliases: ['الكاظمي'],
      wikidata: 'Q123',
    },
  ],
  events: [
    {
      id: 'visit-1',
      kind: 'diplomacy',
      subtype: 'visit',
      status: 'planned',
      title: localized('A visit'),
      summary: localized('A visit'),
      date: {
        ...day('2021-07-26', '2021-07-27'),
        basis: 'external',
        outside: localized('A record'),
      },
      place: localized('Washington'),
      actors: [{ id: 'kadhimi', role: 'initiator', indirect: 'via' }],
      excerpts: [{ source: 'src-1', quote: 'quote', start: 0, end: 5, accuses: ['kadhimi'] }],
    },
  ],
  redirects: [{ from: 'old-visit', to: 'visit-1', reason: localized('Moved') }],
});

type Json = unknown;
type Path = (string | number)[];

/** Every path into a value, containers included. */
function paths(value: Json, at: Path = []): Path[] {
  const here = at.length ? [at] : [];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => paths(v, [...at, i]))];
  if (value !== null && typeof value === 'object') {
    return [...here, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...at, k]))];
  }
  return here;
}

const DELETE = Symbol('delete');

/** A copy of `file` with the value at `path` replaced (or removed). */
function mutate(file: Json, path: Path, replacement: Json | typeof DELETE): Json {
  const copy = structuredClone(file) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1) ?? '';
  if (replacement === DELETE) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else Reflect.deleteProperty(parent, last);
  } else parent[last] = replacement;
  return copy;
}

/** Values that are near misses for some field and right for another. */
const REPLACEMENTS: (Json | typeof DELETE)[] = [
  DELETE,
  null,
  true,
  0,
  1,
  -1,
  1.5,
  '',
  'x',
  'Bad-Id',
  'ok-id',
  '2021-02-30',
  '2021-02-28',
  '2021-2-3',
  '2022-01-01',
  'Q12',
  'a'.repeat(64),
  'khatt',
  'person',
  'rocket',
  'visit',
  'external',
  'range',
  [],
  {},
  localized('x'),
];

const verdictOf = (file: Json) => corpusSchema.safeParse(file).success;

describe('isCorpus', () => {
  it('accepts a file that uses every optional field, as the schema does', () => {
    expect(verdictOf(fullFile())).toBe(true);
    expect(isCorpus(fullFile())).toBe(true);
  });

  it('rejects what is not a khatt v1 object at all', () => {
    for (const file of [null, [], 'khatt', { format: 'khatt', version: 2 }, { __proto__: 1 }]) {
      expect(isCorpus(file)).toBe(false);
    }
  });

  it('gives the zod schema’s verdict on every field changed to each near miss', () => {
    const file = fullFile();
    for (const path of paths(file)) {
      for (const value of REPLACEMENTS) {
        const changed = mutate(file, path, value);
        expect(isCorpus(changed), `${path.join('.')} = ${String(value)}`).toBe(verdictOf(changed));
      }
    }
  });
});
