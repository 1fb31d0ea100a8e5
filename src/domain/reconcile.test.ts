import { describe, expect, test } from 'vitest';
import { reconcileWithCorpus } from './reconcile';
import type { Corpus } from './types';
import { DEFAULT_VIEW_STATE } from './view-state';

const corpus = {
  events: [{ id: 'known-event' }],
  actors: [{ id: 'kadhimi' }, { id: 'blinken' }],
  sources: [{ id: 'known-source' }],
} as unknown as Corpus;

describe('reconcileWithCorpus', () => {
  test('keeps a state whose ids all exist, as the same object', () => {
    const state = { ...DEFAULT_VIEW_STATE, event: 'known-event', actors: ['kadhimi'] };
    const result = reconcileWithCorpus(state, corpus);
    expect(result.state).toBe(state);
    expect(result.ignored).toEqual([]);
  });

  test('drops an unknown event, article and actors, and says which', () => {
    const state = {
      ...DEFAULT_VIEW_STATE,
      event: 'gone',
      article: 'nowhere',
      actors: ['kadhimi', 'nobody', 'blinken'],
    };
    const result = reconcileWithCorpus(state, corpus);
    expect(result.state).toMatchObject({
      event: null,
      article: null,
      actors: ['kadhimi', 'blinken'],
    });
    expect(result.ignored).toEqual([
      { param: 'event', reason: 'unknown-id', value: 'gone' },
      { param: 'article', reason: 'unknown-id', value: 'nowhere' },
      { param: 'actors', reason: 'unknown-id', value: 'nobody' },
    ]);
  });

  test('drops an unknown source filter and keeps a known one', () => {
    const known = reconcileWithCorpus({ ...DEFAULT_VIEW_STATE, source: 'known-source' }, corpus);
    expect(known.ignored).toEqual([]);
    const unknown = reconcileWithCorpus({ ...DEFAULT_VIEW_STATE, source: 'elsewhere' }, corpus);
    expect(unknown.state.source).toBeNull();
    expect(unknown.ignored).toEqual([
      { param: 'source', reason: 'unknown-id', value: 'elsewhere' },
    ]);
  });
});
