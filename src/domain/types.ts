/** Core types of the Khatt corpus: the shape of the `khatt` v1 export format the app loads. */

export type Lang = 'ar' | 'en';
export const LANGS = ['ar', 'en'] as const satisfies readonly Lang[];

/** A string in both UI languages. */
export interface Localized {
  ar: string;
  en: string;
}

export const KINDS = ['withdrawal', 'attack', 'diplomacy'] as const;
export type EventKind = (typeof KINDS)[number];

/**
 * The closed vocabulary of subtypes, per kind (data/CODEBOOK.md defines each). A subtype name is
 * unique across kinds, so a link can list subtypes without naming their kind.
 */
export const SUBTYPES = {
  attack: [
    'rocket',
    'mortar',
    'ied',
    'drone',
    'air-strike',
    'armed-assault',
    'territory-seizure',
    'unspecified',
  ],
  withdrawal: [
    'withdrawal',
    'drawdown',
    'end-of-combat-role',
    'training-pause',
    'mission-change',
    'build-up',
    'deadline',
  ],
  diplomacy: [
    'call',
    'meeting',
    'visit',
    'talks',
    'statement',
    'interview',
    'condemnation',
    'threat',
    'vote',
    'agreement',
  ],
} as const satisfies Record<EventKind, readonly string[]>;
export type EventSubtype = (typeof SUBTYPES)[EventKind][number];
/** Every subtype, kind by kind, in codebook order (the canonical order of a link's `subtypes`). */
export const ALL_SUBTYPES: readonly EventSubtype[] = KINDS.flatMap((k) => SUBTYPES[k]);

/** The kind a subtype belongs to, or undefined for a name outside the vocabulary. */
export function kindOfSubtype(subtype: string): EventKind | undefined {
  return KINDS.find((k) => (SUBTYPES[k] as readonly string[]).includes(subtype));
}

export const STATUSES = ['occurred', 'planned', 'reported'] as const;
export type EventStatus = (typeof STATUSES)[number];

export const PRECISIONS = ['day', 'month', 'year', 'range'] as const;
export type Precision = (typeof PRECISIONS)[number];

/**
 * How a date was established: printed in the text, relative to publication ("yesterday"),
 * inferred, or external (narrowed by an outside record that `outside` names).
 */
export const BASES = ['printed', 'relative', 'inferred', 'external'] as const;
export type DateBasis = (typeof BASES)[number];

/** An ISO calendar day, `YYYY-MM-DD`, always read as a UTC day (never a local instant). */
export type IsoDay = string;

/** A date known only as precisely as the text allows. `end` is inclusive. */
export interface FuzzyDate {
  start: IsoDay;
  end: IsoDay;
  precision: Precision;
  basis: DateBasis;
  note: Localized;
  /** Extended Date/Time Format; a trailing `~` marks an approximate date. */
  edtf: string;
  /** Basis `external` only: the outside record that narrows the date. */
  outside?: Localized;
  /** Basis `external` only: the range the texts alone support, the fallback (inclusive days). */
  fallback?: { start: IsoDay; end: IsoDay };
}

export const ACTOR_TYPES = [
  'person',
  'state',
  'government-body',
  'armed-group',
  'alliance',
  'media',
  /** Office-holders of several states acting together (the ambassadors Kadhimi met). */
  'officials',
] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

export const ROLES = [
  'initiator',
  'target',
  'participant',
  'speaker',
  'subject',
  'accused',
] as const;
export type ActorRole = (typeof ROLES)[number];

export interface Group {
  id: string;
  name: Localized;
}

export interface Actor {
  id: string;
  name: Localized;
  type: ActorType;
  group: string;
  /** The actor this one belongs to (a minister's government, a faction's alliance). */
  affiliation?: string;
  /** Arabic spellings as they appear in the source texts. */
  aliases?: string[];
  wikidata?: string;
}

export interface Source {
  id: string;
  outlet: Localized;
  title: Localized;
  published: FuzzyDate;
  /** SHA-256 (hex) of the verbatim text file, `sources/<id>.txt` beside the corpus file. */
  text_sha256: string;
}

/** A verbatim quote anchored like a W3C Web Annotation TextQuote + TextPosition selector. */
export interface Excerpt {
  source: string;
  quote: string;
  /** Offset in UTF-16 code units (JavaScript string indices) into the source text. */
  start: number;
  /** Exclusive end offset: `text.slice(start, end) === quote`. */
  end: number;
  /** Actors this passage accuses (the evidence for their `accused` role). */
  accuses?: string[];
}

export interface EventActor {
  id: string;
  role: ActorRole;
  /** Why the role stands though no excerpt names the actor (the text refers to it indirectly). */
  indirect?: string;
}

export interface KhattEvent {
  id: string;
  kind: EventKind;
  /** Absent only in files written before subtypes (format version 1 still opens without). */
  subtype?: EventSubtype;
  status: EventStatus;
  title: Localized;
  summary: Localized;
  date: FuzzyDate;
  place?: Localized;
  actors: EventActor[];
  excerpts: Excerpt[];
}

/** An event id that no longer exists: merged into `to`, or removed (no `to`), and why. */
export interface Redirect {
  from: string;
  to?: string;
  reason: Localized;
}

export interface Corpus {
  format: 'khatt';
  version: 1;
  groups: Group[];
  sources: Source[];
  actors: Actor[];
  events: KhattEvent[];
  /** Old event ids and what became of them, so links to them keep working. */
  redirects?: Redirect[];
}
