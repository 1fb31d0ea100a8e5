import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField, EVENT_COLUMNS, eventsCsv, toCsv } from './csv';
import { TEST_CORPUS, testEvent } from './test-corpus';

/** An independent RFC 4180 reader (csv-parse), strict about quotes and ragged rows. */
const read = (text: string): string[][] => parse(text, { bom: true, relax_quotes: false });

describe('csvField', () => {
  it('leaves plain text, Arabic included, unquoted', () => {
    expect(csvField('kadhimi-visit')).toBe('kadhimi-visit');
    expect(csvField('زيارة الكاظمي إلى واشنطن')).toBe('زيارة الكاظمي إلى واشنطن');
  });

  it('quotes fields with commas, quotes or line breaks and doubles inner quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
  });

  it('defuses fields a spreadsheet would run as a formula, and only those', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tx')).toBe("'\tx");
    expect(csvField('2021-07-26')).toBe('2021-07-26');
    expect(csvField('a=b')).toBe('a=b');
    expect(csvField('')).toBe('');
  });
});

describe('toCsv', () => {
  it('starts with a byte-order mark and ends every record with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', ''],
      ]),
    ).toBe('\uFEFFa,b\r\nc,\r\n');
  });

  it('writes awkward fields that an RFC 4180 reader reads back unchanged', () => {
    const rows = [
      ['id', 'text'],
      ['1', 'قال: "غدا الاثنين"، ثم غادر'],
      ['2', 'line one\r\nline two, "quoted"'],
      ['3', ''],
    ];
    expect(read(toCsv(rows))).toEqual(rows);
  });
});

describe('eventsCsv', () => {
  const events = TEST_CORPUS.events;
  const csv = eventsCsv(TEST_CORPUS, events, 'en');
  const rows = read(csv);
  const record = (i: number) => Object.fromEntries(EVENT_COLUMNS.map((c, j) => [c, rows[i]?.[j]]));

  it('has a header and one row per event, every row as wide as the header', () => {
    expect(rows[0]).toEqual([...EVENT_COLUMNS]);
    expect(rows).toHaveLength(events.length + 1);
    for (const row of rows) expect(row).toHaveLength(EVENT_COLUMNS.length);
  });

  it('writes the event, its date evidence, actors with roles and the first excerpt with its source', () => {
    expect(record(1)).toEqual({
      id: 'erbil-rockets',
      kind: 'attack',
      subtype: 'rocket',
      status: 'occurred',
      title: 'Rockets hit Erbil, "again"',
      summary: 'Rockets fell; a contractor died, others hurt.',
      date_start: '2021-02-15',
      date_end: '2021-02-15',
      date_precision: 'day',
      date_basis: 'printed',
      date_edtf: '2021-02-15',
      date_note: 'A note',
      actors: 'Armed factions (accused); The coalition (target)',
      actor_ids: 'factions:accused;coalition:target',
      place: 'Erbil, Iraq',
      excerpt: 'قال: "سقطت صواريخ"، ثم صمت',
      excerpt_source_id: 's1',
      excerpt_source: 'Alhurra, Title, one, 25 July 2021',
      excerpt_count: '1',
    });
  });

  it('leaves the subtype empty for an event without one, and counts every excerpt', () => {
    expect(record(3)).toMatchObject({ id: 'combat-role-ends', subtype: '', place: '' });
    expect(record(2)).toMatchObject({ summary: 'Line one\nline two; a\\b, c', excerpt_count: '2' });
  });

  it('writes the human-readable fields in the language asked for', () => {
    const ar = read(eventsCsv(TEST_CORPUS, [testEvent('strategic-talks')], 'ar'));
    expect(ar[1]?.[EVENT_COLUMNS.indexOf('title')]).toBe('جولة الحوار الاستراتيجي');
    expect(ar[1]?.[EVENT_COLUMNS.indexOf('actors')]).toBe(
      'الكاظمي (participant)؛ بلينكن (participant)',
    );
    expect(ar[1]?.[EVENT_COLUMNS.indexOf('excerpt_source')]).toBe(
      'الحرة، عنوان، أول، 25 تموز 2021',
    );
  });

  it('writes only the header when no event passes the filters', () => {
    expect(read(eventsCsv(TEST_CORPUS, [], 'en'))).toEqual([[...EVENT_COLUMNS]]);
  });
});
