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

export const STATUSES = ['occurred', 'planned', 'reported'] as const;
export type EventStatus = (typeof STATUSES)[number];

export const PRECISIONS = ['day', 'month', 'year', 'range'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** How a date was established: printed in the text, relative to publication ("yesterday"), or inferred. */
export const BASES = ['printed', 'relative', 'inferred'] as const;
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
}

export const ACTOR_TYPES = [
  'person',
  'state',
  'government-body',
  'armed-group',
  'alliance',
  'media',
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
}

export interface EventActor {
  id: string;
  role: ActorRole;
}

export interface KhattEvent {
  id: string;
  kind: EventKind;
  status: EventStatus;
  title: Localized;
  summary: Localized;
  date: FuzzyDate;
  place?: Localized;
  actors: EventActor[];
  excerpts: Excerpt[];
}

export interface Corpus {
  format: 'khatt';
  version: 1;
  groups: Group[];
  sources: Source[];
  actors: Actor[];
  events: KhattEvent[];
}
