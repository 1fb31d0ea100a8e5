import { ID_PATTERN } from './ids';
import { isRealDay } from './iso-day';
import {
  ACTOR_TYPES,
  ALL_SUBTYPES,
  BASES,
  KINDS,
  kindOfSubtype,
  PRECISIONS,
  ROLES,
  STATUSES,
  type Corpus,
} from './types';

/**
 * The fast path of reading a `khatt` v1 file: the same verdict as `corpusSchema`
 * (corpus-schema.ts, zod) in plain loops, with no issues collected and no copy made, so a
 * 100,000-event file is checked in a fraction of zod's time and without loading zod at all.
 * It only answers yes or no: on a no, the app loads the zod schema to say exactly what is wrong
 * and where. corpus-shape.test.ts holds the two to the same verdict on mutated files.
 */
export function isCorpus(json: unknown): json is Corpus {
  if (!isRecord(json) || json['format'] !== 'khatt' || json['version'] !== 1) return false;
  const redirects = json['redirects'];
  return (
    every(json['groups'], (g) => isRecord(g) && isId(g['id']) && isLocalized(g['name'])) &&
    every(json['sources'], isSource) &&
    every(json['actors'], isActor) &&
    every(json['events'], isEvent) &&
    (redirects === undefined || every(redirects, isRedirect))
  );
}

type Check = (value: unknown) => boolean;
type Rec = Record<string, unknown>;

const isRecord = (value: unknown): value is Rec =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function every(value: unknown, check: Check): boolean {
  if (!Array.isArray(value)) return false;
  for (const item of value) if (!check(item)) return false;
  return true;
}

const optional = (value: unknown, check: Check) => value === undefined || check(value);
const oneOf = (values: readonly string[]): Check => {
  const set = new Set<unknown>(values);
  return (value) => set.has(value);
};

const isText = (value: unknown) => typeof value === 'string' && value.length > 0;
const isId = (value: unknown) => typeof value === 'string' && ID_PATTERN.test(value);
const isLocalized = (value: unknown) =>
  isRecord(value) && isText(value['ar']) && isText(value['en']);
const isDay = (value: unknown) => typeof value === 'string' && isRealDay(value);
const SHA256 = /^[0-9a-f]{64}$/;
const WIKIDATA = /^Q\d+$/;

const isPrecision = oneOf(PRECISIONS);
const isBasis = oneOf(BASES);
const isActorType = oneOf(ACTOR_TYPES);
const isKind = oneOf(KINDS);
const isSubtype = oneOf(ALL_SUBTYPES);
const isStatus = oneOf(STATUSES);
const isRole = oneOf(ROLES);

function isFuzzyDate(d: unknown): boolean {
  if (!isRecord(d)) return false;
  const { start, end, fallback } = d;
  return (
    isDay(start) &&
    isDay(end) &&
    isPrecision(d['precision']) &&
    isBasis(d['basis']) &&
    isLocalized(d['note']) &&
    isText(d['edtf']) &&
    optional(d['outside'], isLocalized) &&
    optional(fallback, (f) => isRecord(f) && isDay(f['start']) && isDay(f['end'])) &&
    (start as string) <= (end as string) &&
    (d['basis'] !== 'external' || d['outside'] !== undefined)
  );
}

const isSource = (s: unknown) =>
  isRecord(s) &&
  isId(s['id']) &&
  isLocalized(s['outlet']) &&
  isLocalized(s['title']) &&
  isFuzzyDate(s['published']) &&
  typeof s['text_sha256'] === 'string' &&
  SHA256.test(s['text_sha256']);

const isActor = (a: unknown) =>
  isRecord(a) &&
  isId(a['id']) &&
  isLocalized(a['name']) &&
  isActorType(a['type']) &&
  isId(a['group']) &&
  optional(a['affiliation'], isId) &&
  optional(a['aliases'], (aliases) => every(aliases, isText)) &&
  optional(a['wikidata'], (w) => typeof w === 'string' && WIKIDATA.test(w));

const isEventActor = (a: unknown) =>
  isRecord(a) && isId(a['id']) && isRole(a['role']) && optional(a['indirect'], isText);

const isExcerpt = (x: unknown) =>
  isRecord(x) &&
  isId(x['source']) &&
  isText(x['quote']) &&
  Number.isSafeInteger(x['start']) &&
  (x['start'] as number) >= 0 &&
  Number.isSafeInteger(x['end']) &&
  (x['end'] as number) > 0 &&
  optional(x['accuses'], (ids) => every(ids, isId));

function isEvent(e: unknown): boolean {
  if (!isRecord(e)) return false;
  const { subtype, excerpts } = e;
  return (
    isId(e['id']) &&
    isKind(e['kind']) &&
    optional(subtype, isSubtype) &&
    isStatus(e['status']) &&
    isLocalized(e['title']) &&
    isLocalized(e['summary']) &&
    isFuzzyDate(e['date']) &&
    optional(e['place'], isLocalized) &&
    every(e['actors'], isEventActor) &&
    every(excerpts, isExcerpt) &&
    (excerpts as unknown[]).length > 0 &&
    (subtype === undefined || kindOfSubtype(subtype as string) === e['kind'])
  );
}

const isRedirect = (r: unknown) =>
  isRecord(r) && isId(r['from']) && optional(r['to'], isId) && isLocalized(r['reason']);
