import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { KhattEvent } from '../types';
import { ACLED_COLUMNS, acledCsv, acledType, timePrecision } from './acled';
import { TEST_CORPUS, testEvent } from './test-corpus';

const rows = (events: readonly KhattEvent[], lang: 'ar' | 'en' = 'en') =>
  (parse(acledCsv(TEST_CORPUS, events, lang), { bom: true }) as string[][]).map((row) =>
    Object.fromEntries(ACLED_COLUMNS.map((c, i) => [c, row[i]])),
  );
const withSubtype = (event: KhattEvent, subtype: string | undefined) =>
  ({ ...event, subtype }) as KhattEvent;

describe('timePrecision', () => {
  it("follows ACLED's 1 (the day), 2 (about a week), 3 (the month)", () => {
    expect(timePrecision(testEvent('erbil-rockets'))).toBe(1);
    expect(timePrecision(testEvent('strategic-talks'))).toBe(2);
    expect(timePrecision(testEvent('drone-claim'))).toBe(3);
  });

  it('has no precision for a year or a span longer than a month', () => {
    expect(timePrecision(testEvent('us-exit-2011'))).toBeNull();
  });
});

describe('acledType', () => {
  it('maps attack subtypes to remote violence or battles', () => {
    const rockets = testEvent('erbil-rockets');
    expect(acledType(rockets)).toEqual([
      'Explosions/Remote violence',
      'Shelling/artillery/missile attack',
    ]);
    expect(acledType(withSubtype(rockets, 'ied'))).toEqual([
      'Explosions/Remote violence',
      'Remote explosive/landmine/IED',
    ]);
    expect(acledType(withSubtype(rockets, 'armed-assault'))).toEqual(['Battles', 'Armed clash']);
    // No subtype yet (or one the table lacks): the kind decides, the sub-event type stays open.
    expect(acledType(withSubtype(rockets, undefined))).toEqual(['Explosions/Remote violence', '']);
  });

  it('codes changes to the foreign presence as strategic developments', () => {
    const exit = { ...testEvent('strategic-talks'), kind: 'withdrawal' } as KhattEvent;
    expect(acledType(withSubtype(exit, 'drawdown'))).toEqual(['Strategic developments', 'Other']);
  });

  it('leaves out planned events, talks and statements, and dates vaguer than a month', () => {
    expect(acledType(testEvent('combat-role-ends'))).toBe('planned');
    expect(acledType(testEvent('strategic-talks'))).toBe('not-coded');
    expect(acledType(withSubtype(testEvent('strategic-talks'), 'statement'))).toBe('not-coded');
    expect(acledType(withSubtype(testEvent('strategic-talks'), 'agreement'))).toEqual([
      'Strategic developments',
      'Agreement',
    ]);
    expect(acledType(testEvent('us-exit-2011'))).toBe('too-vague');
  });
});

describe('acledCsv', () => {
  const all = rows(TEST_CORPUS.events);

  it('writes the ACLED columns and a row for each event ACLED would code, and only those', () => {
    expect(Object.keys(all[0] ?? {})).toEqual([...ACLED_COLUMNS]);
    expect(all.slice(1).map((r) => r['event_id_cnty'])).toEqual(['erbil-rockets', 'drone-claim']);
  });

  it('names who acted, their target, the place and the outlets', () => {
    expect(all[1]).toEqual({
      event_id_cnty: 'erbil-rockets',
      event_date: '2021-02-15',
      time_precision: '1',
      event_type: 'Explosions/Remote violence',
      sub_event_type: 'Shelling/artillery/missile attack',
      actor1: 'Armed factions',
      assoc_actor_1: '',
      actor2: 'The coalition',
      location: 'Erbil, Iraq',
      source: 'Alhurra',
      notes: 'Rockets fell; a contractor died, others hurt.',
    });
  });

  it('dates a vaguer event by the middle of its span and marks an unconfirmed report', () => {
    expect(all[2]).toMatchObject({
      event_date: '2021-12-16',
      time_precision: '3',
      actor1: 'Unidentified Armed Group (Iraq)',
      notes:
        'Reported, unconfirmed: The attack was not confirmed. (The date is approximate: Last month)',
    });
  });
});
