import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../corpus-schema';
import { khattJson, subsetCorpus } from './khatt-json';
import { TEST_CORPUS, testEvent } from './test-corpus';

describe('khattJson', () => {
  it('is a corpus the app loads, holding just the chosen events', () => {
    const json = khattJson(TEST_CORPUS, [testEvent('strategic-talks')]);
    const corpus = parseCorpus(JSON.parse(json));
    expect(corpus.format).toBe('khatt');
    expect(corpus.version).toBe(1);
    expect(corpus.events.map((e) => e.id)).toEqual(['strategic-talks']);
  });

  it('keeps only the sources, actors (and their affiliations) and groups the events reference', () => {
    const corpus = subsetCorpus(TEST_CORPUS, [testEvent('strategic-talks')]);
    expect(corpus.sources.map((s) => s.id)).toEqual(['s1', 's2']);
    // Kadhimi belongs to the government, which belongs to Iraq: the chain stays resolvable.
    expect(corpus.actors.map((a) => a.id)).toEqual([
      'iraq',
      'iraq-government',
      'kadhimi',
      'blinken',
    ]);
    expect(corpus.groups.map((g) => g.id)).toEqual(['iraq', 'us']);
  });

  it('keeps the corpus order and the fields it does not know about, such as a subtype', () => {
    const events = [testEvent('drone-claim'), testEvent('erbil-rockets')];
    const corpus = subsetCorpus(TEST_CORPUS, events);
    expect(corpus.events.map((e) => e.id)).toEqual(['erbil-rockets', 'drone-claim']);
    expect(corpus.events[0]).toHaveProperty('subtype', 'rocket');
  });

  it('gives the whole corpus back for all its events, minus what nothing references', () => {
    const corpus = subsetCorpus(TEST_CORPUS, TEST_CORPUS.events);
    expect(corpus.events).toEqual(TEST_CORPUS.events);
    expect(corpus.sources.map((s) => s.id)).not.toContain('s3');
    expect(corpus.actors.map((a) => a.id)).not.toContain('reporter');
    expect(corpus.groups.map((g) => g.id)).not.toContain('media');
  });
});
