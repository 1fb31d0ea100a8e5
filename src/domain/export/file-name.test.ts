import { describe, expect, it } from 'vitest';
import { CLEARED_FILTERS, type FilterState } from '../filter';
import { exportFileName } from './file-name';

const name = (patch: Partial<FilterState>, format: Parameters<typeof exportFileName>[1] = 'csv') =>
  exportFileName({ ...CLEARED_FILTERS, ...patch }, format);

describe('exportFileName', () => {
  it('says "all" when nothing is filtered, with an extension per format', () => {
    expect(name({})).toBe('khatt-events-all.csv');
    expect(name({}, 'json')).toBe('khatt-events-all.json');
    expect(name({}, 'ics')).toBe('khatt-events-all.ics');
    expect(name({}, 'timelinejs')).toBe('khatt-events-all.timeline.json');
    expect(name({}, 'acled')).toBe('khatt-events-all.acled.csv');
  });

  it('names the actors and a whole month as briefly as it can', () => {
    expect(name({ actors: ['kadhimi'], from: '2021-02-01', to: '2021-02-28' })).toBe(
      'khatt-events-kadhimi-2021-02.csv',
    );
    expect(name({ from: '2021-01-01', to: '2021-12-31' })).toBe('khatt-events-2021.csv');
  });

  it('writes other date ranges, and open-ended ones, in full', () => {
    expect(name({ from: '2021-02-15', to: '2021-03-01' })).toBe(
      'khatt-events-2021-02-15-to-2021-03-01.csv',
    );
    expect(name({ from: '2021-02-15' })).toBe('khatt-events-from-2021-02-15.csv');
    expect(name({ to: '2021-02-15' })).toBe('khatt-events-until-2021-02-15.csv');
  });

  it('joins actors by "and" only when every one must take part, and adds the kinds', () => {
    expect(name({ actors: ['kadhimi', 'blinken'], match: 'all', kinds: ['diplomacy'] })).toBe(
      'khatt-events-kadhimi-and-blinken-diplomacy.csv',
    );
    expect(name({ actors: ['kadhimi', 'blinken'], kinds: ['attack', 'withdrawal'] })).toBe(
      'khatt-events-kadhimi-blinken-attack-withdrawal.csv',
    );
  });

  it('turns search text, Arabic included, into a safe name part', () => {
    expect(name({ q: 'Rockets, "Erbil"/..' })).toBe('khatt-events-rockets-erbil.csv');
    expect(name({ q: 'صواريخ أربيل' })).toBe('khatt-events-صواريخ-أربيل.csv');
    expect(name({ q: '../..' })).toBe('khatt-events-all.csv');
  });

  it('caps a long name so every file system accepts it', () => {
    const long = name({ q: 'ا'.repeat(300) });
    expect([...long].length).toBeLessThanOrEqual(110);
    expect(long).toMatch(/^khatt-events-ا+\.csv$/);
  });
});
