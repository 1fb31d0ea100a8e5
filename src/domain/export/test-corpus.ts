import type { Corpus, FuzzyDate, KhattEvent } from '../types';

/** A small corpus with every awkward case the exports must survive (tests only). */

const note = { ar: 'ملاحظة', en: 'A note' };
const day = (d: string, edtf = d): FuzzyDate => ({
  start: d,
  end: d,
  precision: 'day',
  basis: 'printed',
  note,
  edtf,
});
const sha = 'a'.repeat(64);

const events: (KhattEvent & { subtype?: string })[] = [
  {
    id: 'erbil-rockets',
    kind: 'attack',
    subtype: 'rocket',
    status: 'occurred',
    title: { ar: 'هجوم صاروخي على أربيل', en: 'Rockets hit Erbil, "again"' },
    summary: { ar: 'سقطت صواريخ، ثم صمت.', en: 'Rockets fell; a contractor died, others hurt.' },
    date: day('2021-02-15'),
    place: { ar: 'أربيل، العراق', en: 'Erbil, Iraq' },
    actors: [
      { id: 'factions', role: 'accused' },
      { id: 'coalition', role: 'target' },
    ],
    excerpts: [{ source: 's1', quote: 'قال: "سقطت صواريخ"، ثم صمت', start: 0, end: 26 }],
  },
  {
    id: 'strategic-talks',
    kind: 'diplomacy',
    subtype: 'talks',
    status: 'occurred',
    title: { ar: 'جولة الحوار الاستراتيجي', en: 'Strategic dialogue round' },
    summary: { ar: 'سطر أول\nسطر ثانٍ', en: 'Line one\nline two; a\\b, c' },
    date: {
      start: '2021-07-23',
      end: '2021-07-26',
      precision: 'range',
      basis: 'inferred',
      note: { ar: 'مستنتج من يومي الجمعة والاثنين', en: 'Inferred from Friday and Monday' },
      edtf: '2021-07-23~/2021-07-26~',
    },
    actors: [
      { id: 'kadhimi', role: 'participant' },
      { id: 'blinken', role: 'participant' },
    ],
    excerpts: [
      { source: 's1', quote: 'الحوار الاستراتيجي', start: 30, end: 48 },
      { source: 's2', quote: 'جولة رابعة', start: 5, end: 15 },
    ],
  },
  {
    id: 'combat-role-ends',
    kind: 'withdrawal',
    status: 'planned',
    title: { ar: 'نهاية المهمة القتالية', en: 'End of the combat mission' },
    summary: { ar: 'موعد نهائي', en: 'A deadline' },
    date: day('2021-12-31'),
    actors: [{ id: 'coalition', role: 'initiator' }],
    excerpts: [{ source: 's2', quote: 'نهاية العام', start: 20, end: 31 }],
  },
  {
    id: 'drone-claim',
    kind: 'attack',
    status: 'reported',
    title: {
      ar: 'تقارير عن هجوم بطائرة مسيّرة على قاعدة عين الأسد الجوية في محافظة الأنبار غربي العراق',
      en: 'Reports of a drone attack on Ain al-Asad air base in Anbar province, western Iraq',
    },
    summary: { ar: 'لم يؤكَّد الهجوم.', en: 'The attack was not confirmed.' },
    date: {
      start: '2021-12-01',
      end: '2021-12-31',
      precision: 'month',
      basis: 'relative',
      note: { ar: 'الشهر الماضي', en: 'Last month' },
      edtf: '2021-12~',
    },
    actors: [{ id: 'coalition', role: 'target' }],
    excerpts: [{ source: 's2', quote: 'طائرة مسيرة', start: 40, end: 51 }],
  },
  {
    id: 'us-exit-2011',
    kind: 'withdrawal',
    status: 'occurred',
    title: { ar: 'خروج القوات الأميركية', en: 'US forces leave' },
    summary: { ar: 'عام 2011', en: 'In 2011' },
    date: {
      start: '2011-01-01',
      end: '2011-12-31',
      precision: 'year',
      basis: 'printed',
      note,
      edtf: '2011',
    },
    actors: [{ id: 'blinken', role: 'subject' }],
    excerpts: [{ source: 's1', quote: 'عام 2011', start: 60, end: 68 }],
  },
];

export const TEST_CORPUS: Corpus = {
  format: 'khatt',
  version: 1,
  groups: [
    { id: 'iraq', name: { ar: 'العراق', en: 'Iraq' } },
    { id: 'us', name: { ar: 'الولايات المتحدة', en: 'United States' } },
    { id: 'armed', name: { ar: 'فصائل', en: 'Factions' } },
    { id: 'media', name: { ar: 'إعلام', en: 'Media' } },
  ],
  sources: [
    {
      id: 's1',
      outlet: { ar: 'الحرة', en: 'Alhurra' },
      title: { ar: 'عنوان، أول', en: 'Title, one' },
      published: day('2021-07-25'),
      text_sha256: sha,
    },
    {
      id: 's2',
      outlet: { ar: 'الشرق', en: 'Asharq' },
      title: { ar: 'عنوان ثان', en: 'Title two' },
      published: day('2021-12-02', '2021-12-02~'),
      text_sha256: sha,
    },
    {
      id: 's3',
      outlet: { ar: 'غير مستعمل', en: 'Unused' },
      title: { ar: 'لا', en: 'No' },
      published: day('2020-01-01'),
      text_sha256: sha,
    },
  ],
  actors: [
    { id: 'iraq', name: { ar: 'العراق', en: 'Iraq' }, type: 'state', group: 'iraq' },
    {
      id: 'iraq-government',
      name: { ar: 'الحكومة العراقية', en: 'Iraqi government' },
      type: 'government-body',
      group: 'iraq',
      affiliation: 'iraq',
    },
    {
      id: 'kadhimi',
      name: { ar: 'الكاظمي', en: 'Kadhimi' },
      type: 'person',
      group: 'iraq',
      affiliation: 'iraq-government',
    },
    { id: 'blinken', name: { ar: 'بلينكن', en: 'Blinken' }, type: 'person', group: 'us' },
    {
      id: 'coalition',
      name: { ar: 'التحالف الدولي', en: 'The coalition' },
      type: 'alliance',
      group: 'us',
    },
    {
      id: 'factions',
      name: { ar: 'الفصائل المسلحة', en: 'Armed factions' },
      type: 'armed-group',
      group: 'armed',
    },
    { id: 'reporter', name: { ar: 'مراسل', en: 'Reporter' }, type: 'media', group: 'media' },
  ],
  events,
};

/** An event of the test corpus by id. */
export function testEvent(id: string): KhattEvent {
  const event = TEST_CORPUS.events.find((e) => e.id === id);
  if (!event) throw new Error(`no test event ${id}`);
  return event;
}
