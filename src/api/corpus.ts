import { queryOptions } from '@tanstack/react-query';
import { isCorpus } from '../domain/corpus-shape';
import type { Corpus } from '../domain/types';
import { appRootPath } from '../domain/entry-paths';
import { fetchChecked, LoadError } from './fetch-checked';

/**
 * A data file's address: under the app root, also from the embed entry (`embed/`) whose page
 * sits one folder below it. Read-only use of the location; url-state owns writing it.
 */
const dataUrl = (file: string) =>
  `${appRootPath(globalThis.location?.pathname ?? '/')}data/${file}`;

/** The one static corpus file (khatt v1) beside index.html; swap it to show another corpus. */
export const CORPUS_URL = dataUrl('corpus.json');

/** Where an article's verbatim text lives, beside the corpus file. */
export const sourceTextUrl = (sourceId: string) =>
  dataUrl(`sources/${encodeURIComponent(sourceId)}.txt`);

/**
 * A corrupt corpus, said exactly: what is wrong and where, from the zod schema. The schema (and
 * zod) load only on this path; a good file is judged by the fast check alone (corpus-shape.ts).
 */
async function corruptCorpus(cause: unknown): Promise<LoadError> {
  const { corpusProblems } = await import('../domain/corpus-schema');
  return new LoadError(CORPUS_URL, 'corrupt', undefined, corpusProblems(cause));
}

/** From this size on, a file is read from its bytes (readJson). */
const BIG_FILE_BYTES = 2_000_000;

/**
 * A response's JSON, as `response.json()` reads it (UTF-8, a leading byte order mark dropped, a
 * broken byte read as U+FFFD: corpus.test.ts holds the two together). A big file is read from
 * its bytes: measured in Chromium on the preloaded 115 MB file of 100,000 events, read by
 * `json()` its last byte arrived at about 1.2 s, read by `arrayBuffer()` at 0.6–0.75 s, and
 * decoding and parsing then took no longer. A small one goes to `json()`, which drew the bundled
 * corpus (148 kB) about 30 ms sooner (bench/first-draw.ts, medians of 9 and 15 runs).
 */
export async function readJson(response: Response): Promise<unknown> {
  if (!(Number(response.headers.get('content-length')) >= BIG_FILE_BYTES)) return response.json();
  return JSON.parse(new TextDecoder().decode(await response.arrayBuffer()));
}

export const corpusQuery = queryOptions({
  queryKey: ['corpus'],
  queryFn: async (): Promise<Corpus> => {
    const response = await fetchChecked(CORPUS_URL);
    let json: unknown;
    try {
      json = await readJson(response);
    } catch (error) {
      throw await corruptCorpus(error);
    }
    if (isCorpus(json)) return json;
    const { parseCorpus } = await import('../domain/corpus-schema');
    try {
      // The fast check said no; the schema has the last word (and the words for what is wrong).
      return parseCorpus(json);
    } catch (error) {
      throw await corruptCorpus(error);
    }
  },
  staleTime: Infinity,
});

/** Hex SHA-256 of a text's UTF-8 bytes, or null where SubtleCrypto is unavailable (plain http). */
async function sha256(text: string): Promise<string | null> {
  if (!globalThis.crypto?.subtle) return null;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * An article's text, fetched only when the reader first needs it. The corpus pins each text's
 * SHA-256: a different text (a server's HTML error page, a truncated file) would put every
 * excerpt offset in the wrong place, so it counts as corrupt rather than being shown.
 */
export const sourceTextQuery = (sourceId: string, expectedSha256?: string) =>
  queryOptions({
    queryKey: ['source-text', sourceId],
    queryFn: async () => {
      const url = sourceTextUrl(sourceId);
      const text = await (await fetchChecked(url)).text();
      const actual = expectedSha256 ? await sha256(text) : null;
      if (actual !== null && actual !== expectedSha256) throw new LoadError(url, 'corrupt');
      return text;
    },
    staleTime: Infinity,
  });
