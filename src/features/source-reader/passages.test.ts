import { describe, expect, it } from 'vitest';
import type { KhattEvent } from '../../domain/types';
import { chosenPassage, passageSteps } from './passages';

const event = {
  id: 'erbil',
  excerpts: [{ source: 'watan' }, { source: 'rudaw' }, { source: 'watan' }],
} as unknown as KhattEvent;

describe('chosenPassage', () => {
  it('marks the linked passage when this article holds it', () => {
    expect(chosenPassage(event, 'watan', 'erbil.3')).toBe(2);
  });

  it("falls back to the article's first passage of the event", () => {
    expect(chosenPassage(event, 'watan', null)).toBe(0);
    expect(chosenPassage(event, 'rudaw', null)).toBe(1);
  });

  it('ignores a linked passage of another event or another article', () => {
    expect(chosenPassage(event, 'watan', 'nato.3')).toBe(0);
    expect(chosenPassage(event, 'watan', 'erbil.2')).toBe(0);
    expect(chosenPassage(event, 'watan', 'erbil.9')).toBe(0);
  });

  it('is -1 when the event quotes the article nowhere, or none is selected', () => {
    expect(chosenPassage(event, 'other', 'erbil.1')).toBe(-1);
    expect(chosenPassage(null, 'watan', null)).toBe(-1);
  });
});

describe('passageSteps', () => {
  it('steps to the neighbouring passages, in whichever article holds them', () => {
    expect(passageSteps(event, 0)).toEqual({
      previous: null,
      next: { excerpt: 'erbil.2', article: 'rudaw' },
    });
    expect(passageSteps(event, 2)).toEqual({
      previous: { excerpt: 'erbil.2', article: 'rudaw' },
      next: null,
    });
  });

  it('goes nowhere from no passage', () => {
    expect(passageSteps(event, -1)).toEqual({ previous: null, next: null });
  });
});
