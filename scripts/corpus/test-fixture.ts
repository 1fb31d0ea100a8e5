import { createHash } from 'node:crypto';

/** A small, valid curated corpus for tests: one source text, two actors, two events in two files. */

export const TEXT = [
  'بغداد - أعلن رئيس الوزراء مصطفى الكاظمي أنه سيبدأ غدا الاثنين زيارة رسمية إلى واشنطن.',
  'وقالت الحكومة العراقية إن الانسحاب سيكتمل نهاية العام.',
  'وقالت الحكومة العراقية إن الانسحاب سيكتمل نهاية العام.',
].join('\n');
export const FILE = '001_test.txt';
export const sha = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');
export const TEXTS = new Map([[FILE, TEXT]]);
export const HASHES = new Map([[FILE, sha(TEXT)]]);
export const REPEATED = 'وقالت الحكومة العراقية إن الانسحاب سيكتمل نهاية العام.';
export const SECOND = TEXT.lastIndexOf(REPEATED);

export const SOURCES = `- id: test-2021-07-25
  file: ${FILE}
  sha256: ${sha(TEXT)}
  outlet: { ar: الجزيرة نت, en: Al Jazeera Net }
  title: { ar: الكاظمي يبدأ زيارة إلى واشنطن, en: Kadhimi to begin a visit to Washington }
  published:
    start: 2021-07-25
    precision: day
    basis: printed
    note: { ar: 'نُشر الأحد 25 تموز 2021', en: 'Published Sunday 25 July 2021' }
`;

export const ACTORS = `groups:
  - { id: iraq, name: { ar: العراق, en: Iraq } }
actors:
  - id: kadhimi
    name: { ar: مصطفى الكاظمي, en: Mustafa al-Kadhimi }
    type: person
    group: iraq
    affiliation: iraq-government
    aliases: [الكاظمي]
    wikidata: Q56640364
  - id: iraq-government
    name: { ar: الحكومة العراقية, en: Government of Iraq }
    type: government-body
    group: iraq
`;

export const EVENTS_A = `- id: kadhimi-visit-2021-07-26
  kind: diplomacy
  subtype: visit
  status: planned
  title: { ar: زيارة الكاظمي إلى واشنطن, en: Kadhimi visits Washington }
  summary:
    ar: يبدأ الكاظمي زيارة رسمية إلى واشنطن.
    en: Kadhimi begins an official visit to Washington.
  date:
    start: 2021-07-26
    precision: day
    basis: relative
    note:
      ar: '"غدا الاثنين" في مقال نُشر الأحد 25 تموز 2021'
      en: '"Tomorrow, Monday" in an article published Sunday 25 July 2021'
  place: { ar: واشنطن, en: Washington }
  actors:
    - { id: kadhimi, role: initiator, indirect: '«أنه» (that he) refers to Kadhimi, named before.' }
  excerpts:
    - source: test-2021-07-25
      quote: 'أنه سيبدأ غدا الاثنين زيارة رسمية إلى واشنطن'
`;

export const EVENTS_B = `- id: withdrawal-end-2021-12
  kind: withdrawal
  subtype: end-of-combat-role
  status: planned
  title: { ar: اكتمال الانسحاب, en: Withdrawal completed }
  summary:
    ar: تقول الحكومة العراقية إن الانسحاب سيكتمل نهاية العام.
    en: The Iraqi government says the withdrawal will be complete by the end of the year.
  date:
    start: 2021-12-01
    precision: month
    basis: inferred
    approximate: true
    note: { ar: '"نهاية العام" تُقرأ كانون الأول', en: '"The end of the year", read as December' }
  actors:
    - { id: iraq-government, role: speaker }
  excerpts:
    - source: test-2021-07-25
      quote: '${REPEATED}'
      start: ${SECOND}
`;

export const GOOD: Record<string, string> = {
  'data/sources.yaml': SOURCES,
  'data/actors.yaml': ACTORS,
  'data/events/a.yaml': EVENTS_A,
  'data/events/b.yaml': EVENTS_B,
};
