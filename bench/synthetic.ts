import { createHash } from 'node:crypto';
import type {
  Actor,
  ActorRole,
  Corpus,
  DateBasis,
  EventActor,
  EventKind,
  EventStatus,
  Excerpt,
  FuzzyDate,
  Group,
  KhattEvent,
  Localized,
  Source,
} from '../src/domain/types';
import {
  FIRST_NAMES,
  GROUPS,
  LAST_NAMES,
  OUTLETS,
  PLACES,
  SENTENCES,
  SUMMARY,
  TITLES,
} from './synthetic-vocab';

/**
 * A seeded generator of `khatt` v1 corpora of any size, for benchmarks. The same (n, seed)
 * always gives the same corpus byte for byte. Events cluster in busy periods across 2011–2021,
 * mostly day-precise with some months and ranges, three kinds, ~60 actors in groups, and 1–3
 * verbatim excerpts each from a handful of synthetic source texts.
 */

export interface SyntheticCorpus {
  corpus: Corpus;
  /** Source id → verbatim text; every excerpt is `text.slice(start, end)`. */
  texts: Map<string, string>;
}

export type Random = () => number;

/** mulberry32: a tiny, fast, well-mixed 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2011, 0, 1) / DAY;
const LAST_DAY = Date.UTC(2021, 11, 31) / DAY;
const SOURCE_COUNT = 6;
const SENTENCES_PER_SOURCE = 80;

const pick = <T>(rand: Random, items: readonly T[]): T => {
  const item = items[Math.floor(rand() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
};

/** A standard normal deviate (Box–Muller). */
const gaussian = (rand: Random) =>
  Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());

const isoOfDay = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
const clampDay = (day: number) => Math.min(LAST_DAY, Math.max(FIRST_DAY, Math.round(day)));
const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w)\}/g, (_, key: string) => values[key] ?? '');
const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function buildActors(rand: Random): { groups: Group[]; actors: Actor[] } {
  const groups: Group[] = [];
  const actors: Actor[] = [];
  const taken = new Set<string>();
  for (const spec of GROUPS) {
    groups.push({ id: spec.id, name: spec.name });
    for (const body of spec.bodies) {
      actors.push({ ...body, group: spec.id, aliases: [body.name.ar] });
      taken.add(body.id);
    }
    const home = spec.bodies[0]?.id;
    for (let i = 0; i < spec.people; i++) {
      const first = pick(rand, FIRST_NAMES);
      const last = pick(rand, LAST_NAMES);
      let id = slug(`${first.en} ${last.en}`);
      for (let k = 2; taken.has(id); k++) id = slug(`${first.en} ${last.en} ${k}`);
      taken.add(id);
      actors.push({
        id,
        name: { ar: `${first.ar} ${last.ar}`, en: `${first.en} ${last.en}` },
        type: 'person',
        group: spec.id,
        ...(home ? { affiliation: home } : {}),
        aliases: [`${first.ar} ${last.ar}`, last.ar],
      });
    }
  }
  return { groups, actors };
}

interface SourceText {
  source: Source;
  text: string;
  /** [start, end) of each sentence in the text. */
  sentences: [number, number][];
}

function buildSources(rand: Random, actors: readonly Actor[]): SourceText[] {
  const out: SourceText[] = [];
  for (let s = 0; s < SOURCE_COUNT; s++) {
    const sentences: [number, number][] = [];
    let text = '';
    for (let i = 0; i < SENTENCES_PER_SOURCE; i++) {
      const sentence = fill(pick(rand, SENTENCES), {
        p: pick(rand, PLACES).ar,
        a: pick(rand, actors).name.ar,
      });
      if (i % 6 === 0 && i > 0) text += '\n\n';
      else if (i > 0) text += ' ';
      sentences.push([text.length, text.length + sentence.length]);
      text += sentence;
    }
    text += '\n';
    const day = isoOfDay(clampDay(FIRST_DAY + rand() * (LAST_DAY - FIRST_DAY)));
    const outlet = pick(rand, OUTLETS);
    out.push({
      text,
      sentences,
      source: {
        id: `synthetic-source-${s + 1}`,
        outlet,
        title: { ar: `تقرير إخباري رقم ${s + 1}`, en: `News report no. ${s + 1}` },
        published: {
          start: day,
          end: day,
          precision: 'day',
          basis: 'printed',
          note: { ar: 'التاريخ مطبوع في رأس المقال.', en: 'Printed in the header.' },
          edtf: day,
        },
        text_sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
      },
    });
  }
  return out;
}

const NOTES: Record<Exclude<DateBasis, 'external'>, (day: string) => Localized> = {
  printed: (day) => ({
    ar: `التاريخ مطبوع في النص: ${day}.`,
    en: `The date is printed in the text: ${day}.`,
  }),
  relative: (day) => ({
    ar: `"أمس" في مقال نُشر في اليوم التالي لـ ${day}.`,
    en: `"Yesterday" in an article published the day after ${day}.`,
  }),
  inferred: (day) => ({
    ar: `مُستنتَج من سياق الخبر، نحو ${day}.`,
    en: `Inferred from the context of the report, about ${day}.`,
  }),
};

function fuzzyDate(rand: Random, day: number): FuzzyDate {
  const r = rand();
  const basis: keyof typeof NOTES = r < 0.55 ? 'printed' : r < 0.85 ? 'relative' : 'inferred';
  const approx = basis === 'inferred' ? '~' : '';
  const iso = isoOfDay(day);
  const note = NOTES[basis](iso);
  const p = rand();
  if (p < 0.78) return { start: iso, end: iso, precision: 'day', basis, note, edtf: iso + approx };
  if (p < 0.9) {
    const date = new Date(day * DAY);
    const y = date.getUTCFullYear();
    const m = date.getUTCMonth();
    const start = isoOfDay(Date.UTC(y, m, 1) / DAY);
    const end = isoOfDay(Date.UTC(y, m + 1, 0) / DAY);
    return { start, end, precision: 'month', basis, note, edtf: iso.slice(0, 7) + approx };
  }
  if (p < 0.98) {
    const end = isoOfDay(clampDay(day + 2 + Math.floor(rand() * 28)));
    return { start: iso, end, precision: 'range', basis, note, edtf: `${iso}${approx}/${end}` };
  }
  const y = iso.slice(0, 4);
  return { start: `${y}-01-01`, end: `${y}-12-31`, precision: 'year', basis, note, edtf: y };
}

interface Cluster {
  centre: number;
  spread: number;
  weight: number;
}

/** Busy periods, later years busier (the story peaks in 2020–2021), some far busier than others. */
function buildClusters(rand: Random): Cluster[] {
  return Array.from({ length: 36 }, () => ({
    centre: FIRST_DAY + (LAST_DAY - FIRST_DAY) * rand() ** 0.5,
    spread: 2 + rand() * 25,
    weight: rand() ** 2,
  }));
}

function pickDay(rand: Random, clusters: readonly Cluster[], total: number): number {
  if (rand() < 0.1) return clampDay(FIRST_DAY + rand() * (LAST_DAY - FIRST_DAY));
  let w = rand() * total;
  for (const c of clusters) {
    w -= c.weight;
    if (w <= 0) return clampDay(c.centre + gaussian(rand) * c.spread);
  }
  return clampDay(clusters[0]?.centre ?? FIRST_DAY);
}

interface Pools {
  armed: Actor[];
  foreign: Actor[];
  iraqi: Actor[];
  people: Actor[];
}

function eventActors(rand: Random, kind: EventKind, pools: Pools): EventActor[] {
  const roles: [Actor, ActorRole][] =
    kind === 'attack'
      ? [
          [pick(rand, pools.armed), rand() < 0.75 ? 'accused' : 'initiator'],
          [pick(rand, pools.foreign), 'target'],
        ]
      : kind === 'withdrawal'
        ? [
            [pick(rand, pools.foreign), 'initiator'],
            [pick(rand, pools.iraqi), 'participant'],
          ]
        : [
            [pick(rand, pools.people), 'participant'],
            [pick(rand, pools.people), 'participant'],
          ];
  if (rand() < 0.4) roles.push([pick(rand, pools.people), 'speaker']);
  const seen = new Set<string>();
  return roles.flatMap(([actor, role]) => {
    if (seen.has(actor.id)) return [];
    seen.add(actor.id);
    return [{ id: actor.id, role }];
  });
}

function excerpts(rand: Random, sources: readonly SourceText[], home: number): Excerpt[] {
  const r = rand();
  const count = r < 0.55 ? 1 : r < 0.9 ? 2 : 3;
  return Array.from({ length: count }, (_, i) => {
    const src = i === 0 ? sources[home % sources.length] : pick(rand, sources);
    if (!src) throw new Error('no sources');
    const [start, end] = pick(rand, src.sentences);
    return { source: src.source.id, quote: src.text.slice(start, end), start, end };
  });
}

const KIND_OF = (r: number): EventKind =>
  r < 0.45 ? 'attack' : r < 0.8 ? 'diplomacy' : 'withdrawal';

function statusOf(rand: Random, kind: EventKind): EventStatus {
  const r = rand();
  if (kind === 'withdrawal' && r < 0.2) return 'planned';
  if (kind === 'attack' && r < 0.1) return 'reported';
  return 'occurred';
}

/** A valid khatt v1 corpus of `n` events and its source texts; deterministic in (n, seed). */
export function syntheticCorpus(n: number, seed = 20_210_726): SyntheticCorpus {
  const rand = mulberry32(seed);
  const { groups, actors } = buildActors(rand);
  const sources = buildSources(rand, actors);
  const clusters = buildClusters(rand);
  const total = clusters.reduce((sum, c) => sum + c.weight, 0);
  const foreignGroups = new Set(['us', 'coalition']);
  const pools: Pools = {
    armed: actors.filter((a) => a.type === 'armed-group'),
    foreign: actors.filter((a) => foreignGroups.has(a.group) && a.type !== 'person'),
    iraqi: actors.filter(
      (a) => (a.group === 'iraq' || a.group === 'kurdistan') && a.type !== 'person',
    ),
    people: actors.filter((a) => a.type === 'person'),
  };
  const names = new Map(actors.map((a) => [a.id, a.name]));

  const drafts: Omit<KhattEvent, 'id'>[] = [];
  for (let i = 0; i < n; i++) {
    const kind = KIND_OF(rand());
    const day = pickDay(rand, clusters, total);
    const date = fuzzyDate(rand, day);
    const people = eventActors(rand, kind, pools);
    const place = pick(rand, PLACES);
    const [a, b] = people.map((p) => names.get(p.id) ?? place);
    const template = pick(rand, TITLES[kind]);
    const title = {
      ar: fill(template.ar, { p: place.ar, a: a?.ar ?? '', b: b?.ar ?? '' }),
      en: fill(template.en, { p: place.en, a: a?.en ?? '', b: b?.en ?? '' }),
    };
    drafts.push({
      kind,
      status: statusOf(rand, kind),
      title,
      summary: SUMMARY[kind],
      date,
      ...(rand() < 0.8 ? { place } : {}),
      actors: people,
      excerpts: excerpts(rand, sources, Math.floor(day / 30)),
    });
  }
  // Exports list events in time order; ids follow that order.
  drafts.sort((x, y) => (x.date.start < y.date.start ? -1 : x.date.start > y.date.start ? 1 : 0));
  const width = String(n).length;
  const events = drafts.map((e, i) => ({ id: `ev-${String(i + 1).padStart(width, '0')}`, ...e }));

  return {
    corpus: {
      format: 'khatt',
      version: 1,
      groups,
      sources: sources.map((s) => s.source),
      actors,
      events,
    },
    texts: new Map(sources.map((s) => [s.source.id, s.text])),
  };
}
