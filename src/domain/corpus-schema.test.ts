import { describe, expect, it } from 'vitest';
import { parseCorpus } from './corpus-schema';

/** A khatt v1 file as written before subtypes, external dates and redirects existed. */
const firstEdition = () => ({
  format: 'khatt',
  version: 1,
  groups: [{ id: 'iraq', name: { ar: 'العراق', en: 'Iraq' } }],
  sources: [],
  actors: [
    { id: 'kadhimi', name: { ar: 'الكاظمي', en: 'Kadhimi' }, type: 'person', group: 'iraq' },
  ],
  events: [
    {
      id: 'kadhimi-visit',
      kind: 'diplomacy',
      status: 'planned',
      title: { ar: 'زيارة', en: 'A visit' },
      summary: { ar: 'زيارة', en: 'A visit' },
      date: {
        start: '2021-07-26',
        end: '2021-07-26',
        precision: 'day',
        basis: 'relative',
        note: { ar: 'غدا', en: 'Tomorrow' },
        edtf: '2021-07-26',
      },
      actors: [{ id: 'kadhimi', role: 'initiator' }],
      excerpts: [{ source: 's', quote: 'الكاظمي يبدأ زيارة', start: 0, end: 19 }],
    },
  ],
});

describe('parseCorpus', () => {
  it('still opens a v1 file without subtypes or redirects', () => {
    const corpus = parseCorpus(firstEdition());
    expect(corpus.events[0]).not.toHaveProperty('subtype');
    expect(corpus).not.toHaveProperty('redirects');
  });

  it('keeps a subtype of the event’s own kind and the redirects', () => {
    const file = firstEdition();
    const event = { ...file.events[0], subtype: 'visit' };
    const redirects = [
      { from: 'old-visit', to: 'kadhimi-visit', reason: { ar: 'نُقل', en: 'Moved' } },
    ];
    const corpus = parseCorpus({ ...file, events: [event], redirects });
    expect(corpus.events[0]?.subtype).toBe('visit');
    expect(corpus.redirects).toEqual(redirects);
  });

  it('rejects an unknown subtype and one of another kind, naming the field', () => {
    const file = firstEdition();
    for (const subtype of ['parade', 'rocket']) {
      const events = [{ ...file.events[0], subtype }];
      expect(() => parseCorpus({ ...file, events })).toThrow(/subtype/);
    }
  });

  it('rejects an external date that names no outside record', () => {
    const file = firstEdition();
    const [event] = file.events;
    const date = { ...event?.date, basis: 'external' };
    expect(() => parseCorpus({ ...file, events: [{ ...event, date }] })).toThrow(/outside/);
    const named = { ...date, outside: { ar: 'سجل', en: 'A record' } };
    expect(
      parseCorpus({ ...file, events: [{ ...event, date: named }] }).events[0]?.date,
    ).toMatchObject({
      basis: 'external',
    });
  });
});
