import { queryOptions } from '@tanstack/react-query';
import { parseCorpus } from '../domain/corpus-schema';
import { fetchChecked, LoadError } from './fetch-checked';

/** The one static corpus file (khatt v1) beside index.html; swap it to show another corpus. */
export const CORPUS_URL = 'data/corpus.json';

/** Where an article's verbatim text lives, beside the corpus file. */
export const sourceTextUrl = (sourceId: string) =>
  `data/sources/${encodeURIComponent(sourceId)}.txt`;

export const corpusQuery = queryOptions({
  queryKey: ['corpus'],
  queryFn: async () => {
    const response = await fetchChecked(CORPUS_URL);
    let json: unknown;
    try {
      json = await response.json();
      return parseCorpus(json);
    } catch {
      throw new LoadError(CORPUS_URL, 'corrupt');
    }
  },
  staleTime: Infinity,
});

/** An article's text, fetched only when the reader first needs it. */
export const sourceTextQuery = (sourceId: string) =>
  queryOptions({
    queryKey: ['source-text', sourceId],
    queryFn: async () => (await fetchChecked(sourceTextUrl(sourceId))).text(),
    staleTime: Infinity,
  });
