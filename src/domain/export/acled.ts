import { isApproximate, midpointDay } from '../fuzzy-date';
import { dayNumber } from '../iso-day';
import type { Corpus, EventKind, EventSubtype, KhattEvent, Lang } from '../types';
import { toCsv } from './csv';
import { lookup, WORDS } from './fields';

/**
 * An ACLED-style CSV. The mapping from Khatt kinds and subtypes to ACLED's event types, and what
 * ACLED would not code, is documented in docs/acled-mapping.md; keep the two in step.
 */

export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'time_precision',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'actor2',
  'location',
  'source',
  'notes',
] as const;

type AcledType = readonly [eventType: string, subEventType: string];
const SHELLING: AcledType = ['Explosions/Remote violence', 'Shelling/artillery/missile attack'];
const OTHER_STRATEGIC: AcledType = ['Strategic developments', 'Other'];

/** Khatt subtype → ACLED type; `null` means ACLED would not code it. */
const BY_SUBTYPE: Record<EventKind, Partial<Record<EventSubtype, AcledType | null>>> = {
  attack: {
    rocket: SHELLING,
    mortar: SHELLING,
    ied: ['Explosions/Remote violence', 'Remote explosive/landmine/IED'],
    'air-strike': ['Explosions/Remote violence', 'Air/drone strike'],
    drone: ['Explosions/Remote violence', 'Air/drone strike'],
    'armed-assault': ['Battles', 'Armed clash'],
    'territory-seizure': ['Battles', 'Non-state actor overtakes territory'],
  },
  withdrawal: {
    drawdown: OTHER_STRATEGIC,
    'end-of-combat-role': OTHER_STRATEGIC,
    'training-pause': OTHER_STRATEGIC,
    'mission-change': OTHER_STRATEGIC,
    'build-up': OTHER_STRATEGIC,
    withdrawal: OTHER_STRATEGIC,
    deadline: null,
  },
  diplomacy: {
    agreement: ['Strategic developments', 'Agreement'],
    vote: OTHER_STRATEGIC,
  },
};

/** What a kind maps to when its subtype is missing or not in the table above. */
const BY_KIND: Record<EventKind, AcledType | null> = {
  // A use of force is remote violence unless the subtype says how; the sub-event type stays open.
  attack: ['Explosions/Remote violence', ''],
  withdrawal: OTHER_STRATEGIC,
  // Calls, meetings, visits, talks, statements, threats and interviews: ACLED codes none of them.
  diplomacy: null,
};

export type AcledExclusion = 'planned' | 'not-coded' | 'too-vague';

/** ACLED's time_precision: 1 the day, 2 within about a week, 3 only the month. */
export function timePrecision(event: KhattEvent): 1 | 2 | 3 | null {
  const { date } = event;
  const days = dayNumber(date.end) - dayNumber(date.start) + 1;
  if (date.precision === 'year' || days > 31) return null;
  if (days === 1) return isApproximate(date) ? 2 : 1;
  return days <= 7 ? 2 : 3;
}

/** The ACLED type of an event, or why ACLED would leave it out. */
export function acledType(event: KhattEvent): AcledType | AcledExclusion {
  // ACLED records what happened, never what is announced for later.
  if (event.status === 'planned') return 'planned';
  if (timePrecision(event) === null) return 'too-vague';
  const table = BY_SUBTYPE[event.kind];
  const subtype = event.subtype;
  const mapped = subtype && subtype in table ? table[subtype] : undefined;
  const type = mapped === undefined ? BY_KIND[event.kind] : mapped;
  return type ?? 'not-coded';
}

const firstWith = (event: KhattEvent, roles: readonly string[]) =>
  event.actors.filter((a) => roles.includes(a.role)).map((a) => a.id);

/** The events ACLED would code, one row each; the rest are left out (see docs/acled-mapping.md). */
export function acledCsv(corpus: Corpus, events: readonly KhattEvent[], lang: Lang): string {
  const { actorName, source } = lookup(corpus);
  const sep = '; ';
  const rows: string[][] = [];
  for (const event of events) {
    const type = acledType(event);
    const precision = timePrecision(event);
    if (typeof type === 'string' || precision === null) continue;
    // actor1 is who acted (or stands accused); assoc_actor_1 the others on that side.
    const side1 = [
      ...new Set([...firstWith(event, ['initiator']), ...firstWith(event, ['accused'])]),
    ];
    const side2 = firstWith(event, ['target']);
    const outlets = [
      ...new Set(event.excerpts.map((x) => source(x.source)?.outlet[lang] ?? x.source)),
    ];
    const notes = [event.summary[lang]];
    if (event.status === 'reported') notes.unshift(`${WORDS.status.reported[lang]}:`);
    if (isApproximate(event.date))
      notes.push(`(${WORDS.approximate[lang]}: ${event.date.note[lang]})`);
    rows.push([
      event.id,
      precision === 1 ? event.date.start : midpointDay(event.date),
      String(precision),
      type[0],
      type[1],
      // ACLED's name for a perpetrator no source names.
      side1[0]
        ? actorName(side1[0], lang)
        : event.kind === 'attack'
          ? WORDS.unidentified[lang]
          : '',
      side1
        .slice(1)
        .map((id) => actorName(id, lang))
        .join(sep),
      side2.map((id) => actorName(id, lang)).join(sep),
      event.place?.[lang] ?? '',
      outlets.join(sep),
      notes.join(' '),
    ]);
  }
  return toCsv([[...ACLED_COLUMNS], ...rows]);
}
