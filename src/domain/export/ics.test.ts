import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, icsCalendar } from './ics';
import { TEST_CORPUS, testEvent } from './test-corpus';

const NOW = new Date(Date.UTC(2026, 11, 1, 20, 15, 0));
const octets = (line: string) => new TextEncoder().encode(line).length;

describe('escapeText', () => {
  it('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(escapeText('a\\b; c, d\ne\r\nf')).toBe('a\\\\b\\; c\\, d\\ne\\nf');
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and folds a longer one with a leading space', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('never splits a multi-byte character and keeps every line within 75 octets', () => {
    const line = `SUMMARY:${'خط'.repeat(60)}😀${'é'.repeat(40)}`;
    const parts = foldLine(line).split('\r\n');
    for (const part of parts) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      // Each part is whole UTF-8: decoding its bytes gives back the same characters.
      expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(part))).toBe(
        part,
      );
    }
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
  });
});

describe('icsCalendar', () => {
  const text = icsCalendar(TEST_CORPUS, TEST_CORPUS.events, 'en', NOW);
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevents = calendar.getAllSubcomponents('vevent');
  const byUid = (uid: string) => {
    const vevent = vevents.find((v) => v.getFirstPropertyValue('uid') === uid);
    if (!vevent) throw new Error(`no VEVENT ${uid}`);
    return new ICAL.Event(vevent);
  };

  it('is a VCALENDAR with PRODID, VERSION and CALSCALE, CRLF line ends, lines within 75 octets', () => {
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Khatt//Khatt timeline explorer//EN');
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('has one all-day VEVENT per event with a stable UID and the DTSTAMP given', () => {
    expect(vevents).toHaveLength(TEST_CORPUS.events.length);
    const rockets = byUid('erbil-rockets@khatt');
    expect(rockets.startDate.isDate).toBe(true);
    expect(rockets.startDate.toString()).toBe('2021-02-15');
    // DTEND is exclusive: a one-day event ends the next day.
    expect(rockets.endDate.toString()).toBe('2021-02-16');
    expect(rockets.summary).toBe('Rockets hit Erbil, "again"');
    expect(rockets.location).toBe('Erbil, Iraq');
    expect(String(vevents[0]?.getFirstPropertyValue('dtstamp'))).toBe('2026-12-01T20:15:00Z');
  });

  it('spans ranges, months and years over every day they cover', () => {
    expect(byUid('strategic-talks@khatt').endDate.toString()).toBe('2021-07-27');
    expect(byUid('drone-claim@khatt').startDate.toString()).toBe('2021-12-01');
    expect(byUid('drone-claim@khatt').endDate.toString()).toBe('2022-01-01');
    expect(byUid('us-exit-2011@khatt').endDate.toString()).toBe('2012-01-01');
  });

  it('marks planned and reported events TENTATIVE and what happened CONFIRMED', () => {
    const status = (uid: string) => byUid(uid).component.getFirstPropertyValue('status');
    expect(status('erbil-rockets@khatt')).toBe('CONFIRMED');
    expect(status('combat-role-ends@khatt')).toBe('TENTATIVE');
    expect(status('drone-claim@khatt')).toBe('TENTATIVE');
  });

  it('says in the description when a date is approximate, and quotes every excerpt with its source', () => {
    const talks = byUid('strategic-talks@khatt').description;
    expect(talks).toContain('Line one\nline two; a\\b, c');
    expect(talks).toContain('The date is approximate: Inferred from Friday and Monday');
    expect(talks).toContain('«الحوار الاستراتيجي»\n— Alhurra, Title, one, 25 July 2021');
    expect(talks).toContain('«جولة رابعة»\n— Asharq, Title two, about 2 December 2021');
    expect(byUid('erbil-rockets@khatt').description).not.toContain('approximate');
  });

  it('writes titles and descriptions in Arabic when asked, intact across folded lines', () => {
    const ar = new ICAL.Component(
      ICAL.parse(icsCalendar(TEST_CORPUS, [testEvent('drone-claim')], 'ar', NOW)),
    );
    const vevent = ar.getFirstSubcomponent('vevent');
    if (!vevent) throw new Error('no VEVENT');
    const event = new ICAL.Event(vevent);
    expect(event.summary).toBe(testEvent('drone-claim').title.ar);
    expect(event.description).toContain('التاريخ تقريبي: الشهر الماضي');
  });
});
