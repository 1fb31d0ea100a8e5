import { z } from 'zod/mini';
import { ID_PATTERN } from './ids';
import { isRealDay, parseIsoDay } from './iso-day';
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

// zod's JIT probes `new Function`, which the CSP (trusted-types 'none', no unsafe-eval) forbids.
z.config({ jitless: true });

/**
 * Validates a parsed `khatt` v1 file at the edge; inner code then trusts the types.
 * zod/mini (functional checks) rather than zod's chained API: it tree-shakes to a fraction of
 * the size, and this module ships in the app's first download.
 */

const isoDay = z.string().check(
  z.refine((s) => parseIsoDay(s) !== null, 'expected an ISO day YYYY-MM-DD'),
  z.refine((s) => parseIsoDay(s) === null || isRealDay(s), 'not a real calendar day'),
);

const id = z.string().check(z.regex(ID_PATTERN, 'ids are lower-case letters, digits and hyphens'));
const text = z.string().check(z.minLength(1));
const localized = z.object({ ar: text, en: text });

export const fuzzyDateSchema = z
  .object({
    start: isoDay,
    end: isoDay,
    precision: z.enum(PRECISIONS),
    basis: z.enum(BASES),
    note: localized,
    edtf: text,
    outside: z.optional(localized),
    fallback: z.optional(z.object({ start: isoDay, end: isoDay })),
  })
  .check(
    z.refine((d) => d.start <= d.end, { message: 'end is before start', path: ['end'] }),
    z.refine((d) => d.basis !== 'external' || d.outside !== undefined, {
      message: 'an external date names its outside record',
      path: ['outside'],
    }),
  );

export const corpusSchema = z.object({
  format: z.literal('khatt'),
  version: z.literal(1),
  groups: z.array(z.object({ id, name: localized })),
  sources: z.array(
    z.object({
      id,
      outlet: localized,
      title: localized,
      published: fuzzyDateSchema,
      text_sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
    }),
  ),
  actors: z.array(
    z.object({
      id,
      name: localized,
      type: z.enum(ACTOR_TYPES),
      group: id,
      affiliation: z.optional(id),
      aliases: z.optional(z.array(text)),
      wikidata: z.optional(z.string().check(z.regex(/^Q\d+$/))),
    }),
  ),
  events: z.array(
    z
      .object({
        id,
        kind: z.enum(KINDS),
        // Optional: a v1 file written before subtypes still opens.
        subtype: z.optional(z.enum(ALL_SUBTYPES as [string, ...string[]])),
        status: z.enum(STATUSES),
        title: localized,
        summary: localized,
        date: fuzzyDateSchema,
        place: z.optional(localized),
        actors: z.array(z.object({ id, role: z.enum(ROLES), indirect: z.optional(text) })),
        excerpts: z
          .array(
            z.object({
              source: id,
              quote: text,
              start: z.int().check(z.nonnegative()),
              end: z.int().check(z.positive()),
              accuses: z.optional(z.array(id)),
            }),
          )
          .check(z.minLength(1, 'an event needs at least one excerpt')),
      })
      .check(
        z.refine((e) => e.subtype === undefined || kindOfSubtype(e.subtype) === e.kind, {
          message: 'the subtype belongs to another kind',
          path: ['subtype'],
        }),
      ),
  ),
  redirects: z.optional(z.array(z.object({ from: id, to: z.optional(id), reason: localized }))),
});

/** Parses unknown JSON into a Corpus, or throws a ZodError whose issues name the path. */
export function parseCorpus(json: unknown): Corpus {
  return corpusSchema.parse(json) as Corpus;
}

const MAX_PROBLEMS = 10;

/**
 * What a failed parse says, as `path: message` lines a curator can act on (the first few):
 * `events[3].date.start: not a real calendar day`. A JSON syntax error gives its own message.
 */
export function corpusProblems(error: unknown): string[] {
  if (error instanceof z.core.$ZodError) {
    const lines = error.issues.slice(0, MAX_PROBLEMS).map((issue) => {
      const path = issue.path
        .map((part, i) =>
          typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`,
        )
        .join('');
      return `${path || '(file)'}: ${issue.message}`;
    });
    const more = error.issues.length - MAX_PROBLEMS;
    return more > 0 ? [...lines, `… +${more}`] : lines;
  }
  if (error instanceof Error) return [error.message];
  return [];
}
