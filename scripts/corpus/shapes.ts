import { z } from 'zod';
import { ID_PATTERN } from '../../src/domain/ids';
import { isRealDay } from '../../src/domain/iso-day';
import {
  ACTOR_TYPES,
  BASES,
  KINDS,
  PRECISIONS,
  ROLES,
  STATUSES,
  type Localized,
} from '../../src/domain/types';
import type { Complain, Path } from './problems';

/**
 * Shapes of the curated YAML records (data/README.md). Objects are strict so a misspelt
 * field is reported instead of silently dropped; messages are written for the data curator.
 */

// A letter of the Arabic script; Arabic punctuation and digits alone do not make Arabic text.
const ARABIC_LETTER = /(?=\p{L})\p{Script=Arabic}/u;
export const MIN_QUOTE_LENGTH = 12;

/** What the source `outlet: unknown` stands for ("the text names none"). */
export const UNKNOWN_OUTLET: Localized = { ar: 'غير معروف', en: 'unknown' };

/** A readable description of a YAML value for messages. */
export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean') return `${typeof v} ${String(v)}`;
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return typeof v;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
};

/** Turns zod's issues into curator-facing messages; schema-level messages take precedence. */
const describeIssue: z.core.$ZodErrorMap = (iss) => {
  if (iss.input === undefined && (iss.code === 'invalid_type' || iss.code === 'invalid_value')) {
    return 'required field is missing';
  }
  switch (iss.code) {
    case 'invalid_type':
      return `expected ${EXPECTED[iss.expected] ?? iss.expected}, got ${describeValue(iss.input)}`;
    case 'invalid_value':
      return `must be one of ${iss.values.map(String).join(', ')} (got ${describeValue(iss.input)})`;
    case 'unrecognized_keys': {
      const def = iss.inst?._zod.def as { shape?: Record<string, unknown> } | undefined;
      const allowed = Object.keys(def?.shape ?? {});
      return allowed.length ? `unknown field (allowed: ${allowed.join(', ')})` : 'unknown field';
    }
    case 'too_small':
      if (iss.origin === 'number') return `must be at least ${String(iss.minimum)}`;
      return undefined;
    default:
      return undefined;
  }
};

/** Validates `value` against `schema`, reporting each issue under `at`; undefined when invalid. */
export function parseShape<T>(
  schema: z.ZodType<T>,
  value: unknown,
  at: Path,
  complain: Complain,
): T | undefined {
  const result = schema.safeParse(value, { error: describeIssue });
  if (result.success) return result.data;
  for (const iss of result.error.issues) {
    const path = [...at, ...iss.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    if (iss.code === 'unrecognized_keys')
      for (const key of iss.keys) complain([...path, key], iss.message);
    else complain(path, iss.message);
  }
  return undefined;
}

function textMatching(re: RegExp, what: string) {
  return z.string().superRefine((s, ctx) => {
    if (!re.test(s))
      ctx.addIssue({ code: 'custom', message: `${what} (got ${JSON.stringify(s)})` });
  });
}

const id = textMatching(ID_PATTERN, 'must be lower-case letters, digits and hyphens');

const nonEmpty = z.string().superRefine((s, ctx) => {
  if (s.trim() === '') ctx.addIssue({ code: 'custom', message: 'must not be empty' });
});

const missingWhenUndefined = (message: string) => ({
  error: (iss: { input: unknown }) => (iss.input === undefined ? message : undefined),
});

const arabicText = z.string(missingWhenUndefined('missing Arabic text')).superRefine((s, ctx) => {
  if (s.trim() === '') ctx.addIssue({ code: 'custom', message: 'missing Arabic text' });
  else if (!ARABIC_LETTER.test(s))
    ctx.addIssue({ code: 'custom', message: 'has no Arabic letter' });
});

const englishText = z.string(missingWhenUndefined('missing English text')).superRefine((s, ctx) => {
  if (s.trim() === '') ctx.addIssue({ code: 'custom', message: 'missing English text' });
  else if (ARABIC_LETTER.test(s))
    ctx.addIssue({ code: 'custom', message: 'contains Arabic letters' });
});

export const localizedShape = z.strictObject({ ar: arabicText, en: englishText });

const isoDay = z
  .string({
    error: (iss) =>
      iss.input === undefined
        ? undefined
        : `expected an ISO day YYYY-MM-DD as text, got ${describeValue(iss.input)}`,
  })
  .superRefine((s, ctx) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) {
      ctx.addIssue({ code: 'custom', message: `expected an ISO day YYYY-MM-DD, got "${s}"` });
    } else if (!isRealDay(s)) {
      ctx.addIssue({ code: 'custom', message: `${s} is not a real calendar day` });
    }
  });

export const dateShape = z.strictObject({
  start: isoDay,
  end: isoDay.optional(),
  precision: z.enum(PRECISIONS),
  basis: z.enum(BASES),
  approximate: z.boolean().optional(),
  note: localizedShape,
  /** Basis external only: the outside record that narrows the date. */
  outside: localizedShape.optional(),
  /** Basis external only: the range the texts alone support. */
  fallback: z.strictObject({ start: isoDay, end: isoDay }).optional(),
});

export const sourceShape = z.strictObject({
  id,
  file: textMatching(/^[^/\\]+\.txt$/, 'must be the name of a .txt file in data/sources/'),
  sha256: textMatching(/^[0-9a-f]{64}$/, 'must be 64 lower-case hexadecimal digits'),
  // "unknown" is the README's spelling for an article that names no outlet.
  outlet: z.preprocess((v) => (v === 'unknown' ? UNKNOWN_OUTLET : v), localizedShape),
  title: localizedShape,
  published: z.unknown(),
});

export const actorsFileShape = z.strictObject({
  groups: z.array(z.unknown()),
  actors: z.array(z.unknown()),
});

export const groupShape = z.strictObject({ id, name: localizedShape });

export const actorShape = z.strictObject({
  id,
  name: localizedShape,
  type: z.enum(ACTOR_TYPES),
  group: id,
  affiliation: id.optional(),
  aliases: z.array(nonEmpty).optional(),
  wikidata: textMatching(/^Q\d+$/, 'must be a Wikidata item id like Q56640364').optional(),
});

const NEEDS_EXCERPT = 'an event needs at least one excerpt';

/** An event without its date, actors and excerpts, which are checked one by one. */
export const eventShape = z.strictObject({
  id,
  kind: z.enum(KINDS),
  // Checked against the kind's vocabulary one by one, for a message that lists it.
  subtype: z.string(),
  status: z.enum(STATUSES),
  title: localizedShape,
  summary: localizedShape,
  date: z.unknown(),
  place: localizedShape.optional(),
  actors: z.array(z.unknown()),
  excerpts: z.array(z.unknown(), missingWhenUndefined(NEEDS_EXCERPT)).min(1, NEEDS_EXCERPT),
});

export const eventActorShape = z.strictObject({
  id,
  role: z.enum(ROLES),
  /** Why the role stands though no excerpt names the actor by an alias. */
  indirect: nonEmpty.optional(),
});

const quote = z.string().superRefine((s, ctx) => {
  const length = [...s].length;
  if (s.trim() !== s) {
    ctx.addIssue({ code: 'custom', message: 'starts or ends with whitespace' });
  } else if (length < MIN_QUOTE_LENGTH) {
    ctx.addIssue({
      code: 'custom',
      message: `is ${length} characters; quotes need at least ${MIN_QUOTE_LENGTH}`,
    });
  }
});

export const excerptShape = z.strictObject({
  source: id,
  quote,
  start: z.number().int().min(0).optional(),
  /** Actors this passage accuses: the evidence an `accused` role needs. */
  accuses: z.array(id).optional(),
});

export const redirectShape = z.strictObject({
  from: id,
  to: id.optional(),
  reason: localizedShape,
});
