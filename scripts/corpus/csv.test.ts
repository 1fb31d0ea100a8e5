import { describe, expect, it } from 'vitest';
import { compileCorpus } from '../compile-corpus';
import { csvField, EVENT_COLUMNS, eventsCsv, parseCsv, toCsv } from './csv';
import { GOOD, HASHES, TEXTS } from './test-fixture';

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
});

describe('toCsv and parseCsv', () => {
  it('end every record with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', ''],
      ]),
    ).toBe('a,b\r\nc,\r\n');
  });

  it('round-trip awkward fields', () => {
    const rows = [
      ['id', 'text'],
      ['1', 'قال: "غدا الاثنين"، ثم غادر'],
      ['2', 'line one\r\nline two, "quoted"'],
      ['3', ''],
    ];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });
});

describe('eventsCsv', () => {
  const result = compileCorpus(
    Object.entries(GOOD).map(([path, text]) => ({ path, text })),
    TEXTS,
    HASHES,
  );
  if (!result.ok) throw new Error(result.errors.join('\n'));
  const csv = eventsCsv(result.corpus);
  const rows = parseCsv(csv);

  it('starts with a UTF-8 byte-order mark and the header row', () => {
    expect(csv.startsWith('\uFEFFid,kind,subtype,status,start,end,')).toBe(true);
    expect(rows[0]).toEqual([...EVENT_COLUMNS]);
  });

  it('writes one row per event with actors, sources and excerpts joined', () => {
    expect(rows).toHaveLength(3);
    const visit = Object.fromEntries(EVENT_COLUMNS.map((c, i) => [c, rows[1]?.[i]]));
    expect(visit).toMatchObject({
      id: 'kadhimi-visit-2021-07-26',
      kind: 'diplomacy',
      subtype: 'visit',
      start: '2021-07-26',
      end: '2021-07-26',
      edtf: '2021-07-26',
      place_ar: 'واشنطن',
      place_en: 'Washington',
      actors: 'kadhimi:initiator',
      sources: 'test-2021-07-25',
      excerpts: 'أنه سيبدأ غدا الاثنين زيارة رسمية إلى واشنطن',
    });
    expect(rows[2]?.[EVENT_COLUMNS.indexOf('place_en')]).toBe('');
  });
});
