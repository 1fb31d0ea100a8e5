import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { corpusSchema } from '../src/domain/corpus-schema';
import { KINDS } from '../src/domain/types';
import { mulberry32, syntheticCorpus } from './synthetic';

const N = 500;
const { corpus, texts } = syntheticCorpus(N);

describe('syntheticCorpus', () => {
  it('produces a corpus the app’s own schema accepts', () => {
    expect(() => corpusSchema.parse(JSON.parse(JSON.stringify(corpus)))).not.toThrow();
    expect(corpus.events).toHaveLength(N);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(JSON.stringify(syntheticCorpus(50, 7))).toBe(JSON.stringify(syntheticCorpus(50, 7)));
    expect(JSON.stringify(syntheticCorpus(50, 7))).not.toBe(JSON.stringify(syntheticCorpus(50, 8)));
    const a = mulberry32(1);
    const b = mulberry32(1);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  it('anchors every excerpt verbatim in a source text whose hash the corpus pins', () => {
    for (const source of corpus.sources) {
      const text = texts.get(source.id) ?? '';
      expect(createHash('sha256').update(text, 'utf8').digest('hex')).toBe(source.text_sha256);
    }
    for (const event of corpus.events) {
      expect(event.excerpts.length).toBeGreaterThanOrEqual(1);
      expect(event.excerpts.length).toBeLessThanOrEqual(3);
      for (const x of event.excerpts) {
        expect(texts.get(x.source)?.slice(x.start, x.end)).toBe(x.quote);
      }
    }
  });

  it('mixes kinds and precisions, mostly days, between 2011 and 2021', () => {
    const kinds = new Set(corpus.events.map((e) => e.kind));
    expect([...kinds].sort()).toEqual([...KINDS].sort());
    const days = corpus.events.filter((e) => e.date.precision === 'day').length;
    expect(days / N).toBeGreaterThan(0.6);
    for (const p of ['month', 'range'] as const) {
      expect(corpus.events.some((e) => e.date.precision === p)).toBe(true);
    }
    for (const e of corpus.events) {
      expect(e.date.start >= '2011-01-01' && e.date.end <= '2021-12-31').toBe(true);
    }
  });

  it('lists events in time order with actors that exist, in groups that exist', () => {
    const starts = corpus.events.map((e) => e.date.start);
    expect(starts).toEqual([...starts].sort());
    const actors = new Set(corpus.actors.map((a) => a.id));
    const groups = new Set(corpus.groups.map((g) => g.id));
    expect(corpus.actors.length).toBeGreaterThanOrEqual(55);
    expect(corpus.actors.every((a) => groups.has(a.group))).toBe(true);
    expect(corpus.events.every((e) => e.actors.every((a) => actors.has(a.id)))).toBe(true);
    expect(new Set(corpus.events.map((e) => e.id)).size).toBe(N);
  });

  it('gives every event an Arabic and an English title', () => {
    for (const e of corpus.events) {
      expect(e.title.ar).toMatch(/[\u0600-\u06FF]/);
      expect(e.title.en).toMatch(/[A-Za-z]/);
    }
  });
});
