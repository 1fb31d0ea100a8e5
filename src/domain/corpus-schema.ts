import { z } from 'zod';
import { ACTOR_TYPES, BASES, KINDS, PRECISIONS, ROLES, STATUSES, type Corpus } from './types';

// zod's JIT probes `new Function`, which the CSP (trusted-types 'none', no unsafe-eval) forbids.
z.config({ jitless: true });

/** Validates a parsed `khatt` v1 file at the edge; inner code then trusts the types. */

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO day YYYY-MM-DD')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const t = new Date(Date.UTC(y, m - 1, d));
    return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
  }, 'not a real calendar day');

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and hyphens');
const text = z.string().min(1);
const localized = z.object({ ar: text, en: text });

export const fuzzyDateSchema = z
  .object({
    start: isoDay,
    end: isoDay,
    precision: z.enum(PRECISIONS),
    basis: z.enum(BASES),
    note: localized,
    edtf: text,
  })
  .refine((d) => d.start <= d.end, { message: 'end is before start', path: ['end'] });

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
      text_sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
  ),
  actors: z.array(
    z.object({
      id,
      name: localized,
      type: z.enum(ACTOR_TYPES),
      group: id,
      affiliation: id.optional(),
      aliases: z.array(text).optional(),
      wikidata: z
        .string()
        .regex(/^Q\d+$/)
        .optional(),
    }),
  ),
  events: z.array(
    z.object({
      id,
      kind: z.enum(KINDS),
      status: z.enum(STATUSES),
      title: localized,
      summary: localized,
      date: fuzzyDateSchema,
      place: localized.optional(),
      actors: z.array(z.object({ id, role: z.enum(ROLES) })),
      excerpts: z
        .array(
          z.object({
            source: id,
            quote: text,
            start: z.number().int().nonnegative(),
            end: z.number().int().positive(),
          }),
        )
        .min(1, 'an event needs at least one excerpt'),
    }),
  ),
});

/** Parses unknown JSON into a Corpus, or throws a ZodError whose issues name the path. */
export function parseCorpus(json: unknown): Corpus {
  return corpusSchema.parse(json) as Corpus;
}
