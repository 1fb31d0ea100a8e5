import { describe, expect, it } from 'vitest';
import { excerptId, parseExcerptId } from './excerpt-id';

describe('excerpt ids', () => {
  it('name an event and the 1-based place of its passage', () => {
    expect(excerptId('erbil-attack-2021-02-15', 1)).toBe('erbil-attack-2021-02-15.2');
  });

  it('read back to the event and the 0-based index', () => {
    expect(parseExcerptId('erbil-attack-2021-02-15.2')).toEqual({
      event: 'erbil-attack-2021-02-15',
      index: 1,
    });
  });

  it.each([
    'erbil',
    'erbil.0',
    'erbil.01',
    'erbil.1000',
    '.1',
    'Erbil.1',
    'a#b.1',
    'erbil.1.2',
    'erbil.x',
  ])('rejects %s', (id) => {
    expect(parseExcerptId(id)).toBeNull();
  });
});
