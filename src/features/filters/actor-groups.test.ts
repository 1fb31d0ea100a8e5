import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../domain/types';
import { groupActors } from './actor-groups';

const corpus: Corpus = {
  format: 'khatt',
  version: 1,
  groups: [
    { id: 'usa', name: { ar: 'الولايات المتحدة', en: 'United States' } },
    { id: 'iraq', name: { ar: 'العراق', en: 'Iraq' } },
  ],
  sources: [],
  actors: [
    {
      id: 'kadhimi',
      name: { ar: 'مصطفى الكاظمي', en: 'Mustafa al-Kadhimi' },
      type: 'person',
      group: 'iraq',
      aliases: ['الكاظمي'],
    },
    {
      id: 'blinken',
      name: { ar: 'أنتوني بلينكن', en: 'Antony Blinken' },
      type: 'person',
      group: 'usa',
    },
    { id: 'biden', name: { ar: 'جو بايدن', en: 'Joe Biden' }, type: 'person', group: 'usa' },
    {
      id: 'pmf',
      name: { ar: 'الحشد الشعبي', en: 'Popular Mobilisation Forces' },
      type: 'armed-group',
      group: 'iraq',
      aliases: ['هيئة الحشد'],
    },
    { id: 'stray', name: { ar: 'مجهول', en: 'Unknown' }, type: 'media', group: 'nowhere' },
  ],
  events: [],
};

const ids = (groups: ReturnType<typeof groupActors>) =>
  groups.map((g) => [g.group?.id ?? null, g.actors.map((a) => a.id)]);

describe('groupActors', () => {
  it('groups actors in the corpus group order, sorted by name, unknown groups last', () => {
    expect(ids(groupActors(corpus, 'en', '', []))).toEqual([
      ['usa', ['blinken', 'biden']],
      ['iraq', ['kadhimi', 'pmf']],
      [null, ['stray']],
    ]);
  });

  it('sorts by the name in the UI language', () => {
    expect(groupActors(corpus, 'ar', '', [])[0]?.actors.map((a) => a.id)).toEqual([
      'blinken',
      'biden',
    ]);
  });

  it('finds actors by either name or an Arabic alias, whatever the spelling', () => {
    expect(ids(groupActors(corpus, 'en', 'هيئه', []))).toEqual([['iraq', ['pmf']]]);
    expect(ids(groupActors(corpus, 'en', 'انتوني', []))).toEqual([['usa', ['blinken']]]);
    expect(ids(groupActors(corpus, 'en', 'KADHIMI', []))).toEqual([['iraq', ['kadhimi']]]);
  });

  it('keeps chosen actors visible whatever the search', () => {
    expect(ids(groupActors(corpus, 'en', 'biden', ['kadhimi']))).toEqual([
      ['usa', ['biden']],
      ['iraq', ['kadhimi']],
    ]);
  });
});
