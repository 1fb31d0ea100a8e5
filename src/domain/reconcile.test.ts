import { describe, expect, test } from 'vitest';
import { reconcileWithCorpus } from './reconcile';
import type { Corpus } from './types';
import { DEFAULT_VIEW_STATE } from './view-state';

const corpus = {
  events: [{ id: 'known-event' }],
  redirects: [
    { from: 'merged-event', to: 'known-event', reason: { ar: 'دُمج', en: 'Merged' } },
    { from: 'dropped-event', reason: { ar: 'حُذف', en: 'Removed' } },
    { from: 'dangling', to: 'also-gone', reason: { ar: 'دُمج', en: 'Merged' } },
  ],
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

  test('opens the event a merged or renamed id became, and says it moved', () => {
    const state = { ...DEFAULT_VIEW_STATE, event: 'merged-event', actors: ['kadhimi'] };
    const result = reconcileWithCorpus(state, corpus);
    expect(result.state).toEqual({ ...state, event: 'known-event' });
    expect(result.ignored).toEqual([
      { param: 'event', reason: 'moved', value: 'merged-event', to: 'known-event' },
    ]);
  });

  test('drops a removed id and says it was removed, not that it never existed', () => {
    const result = reconcileWithCorpus({ ...DEFAULT_VIEW_STATE, event: 'dropped-event' }, corpus);
    expect(result.state.event).toBeNull();
    expect(result.ignored).toEqual([{ param: 'event', reason: 'removed', value: 'dropped-event' }]);
  });

  test('treats a redirect to an event this corpus lacks as removed', () => {
    const result = reconcileWithCorpus({ ...DEFAULT_VIEW_STATE, event: 'dangling' }, corpus);
    expect(result.state.event).toBeNull();
    expect(result.ignored).toEqual([{ param: 'event', reason: 'removed', value: 'dangling' }]);
  });

  test('opens a corpus without redirects as before', () => {
    const plain = { ...corpus, redirects: undefined } as unknown as Corpus;
    const result = reconcileWithCorpus({ ...DEFAULT_VIEW_STATE, event: 'merged-event' }, plain);
    expect(result.ignored).toEqual([
      { param: 'event', reason: 'unknown-id', value: 'merged-event' },
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
