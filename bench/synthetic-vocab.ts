import type { ActorType, EventKind, Localized } from '../src/domain/types';

/**
 * The words the synthetic corpus is made of: groups, institutions, name parts, places and title
 * templates in Arabic and English. Invented, but shaped like the real corpus (Iraq, the coalition,
 * the factions, the diplomacy around them) so text lengths and scripts are realistic.
 */

export interface GroupSpec {
  id: string;
  name: Localized;
  /** Institutions and other non-person actors of the group. */
  bodies: { id: string; name: Localized; type: ActorType }[];
  /** How many invented people belong to the group. */
  people: number;
}

export const GROUPS: GroupSpec[] = [
  {
    id: 'iraq',
    name: { ar: 'العراق', en: 'Iraq' },
    bodies: [
      { id: 'iraq-state', name: { ar: 'العراق', en: 'Iraq' }, type: 'state' },
      {
        id: 'iraq-gov',
        name: { ar: 'الحكومة العراقية', en: 'Iraqi government' },
        type: 'government-body',
      },
      {
        id: 'iraq-mod',
        name: { ar: 'وزارة الدفاع العراقية', en: 'Iraqi Ministry of Defence' },
        type: 'government-body',
      },
      {
        id: 'iraq-parl',
        name: { ar: 'البرلمان العراقي', en: 'Iraqi parliament' },
        type: 'government-body',
      },
    ],
    people: 10,
  },
  {
    id: 'kurdistan',
    name: { ar: 'إقليم كردستان', en: 'Kurdistan Region' },
    bodies: [
      {
        id: 'krg',
        name: { ar: 'حكومة إقليم كردستان', en: 'Kurdistan Regional Government' },
        type: 'government-body',
      },
      { id: 'peshmerga', name: { ar: 'قوات البيشمركة', en: 'Peshmerga' }, type: 'government-body' },
    ],
    people: 5,
  },
  {
    id: 'us',
    name: { ar: 'الولايات المتحدة', en: 'United States' },
    bodies: [
      { id: 'us-state', name: { ar: 'الولايات المتحدة', en: 'United States' }, type: 'state' },
      {
        id: 'us-forces',
        name: { ar: 'القوات الأميركية', en: 'US forces' },
        type: 'government-body',
      },
      {
        id: 'us-embassy',
        name: { ar: 'السفارة الأميركية في بغداد', en: 'US embassy in Baghdad' },
        type: 'government-body',
      },
    ],
    people: 8,
  },
  {
    id: 'coalition',
    name: { ar: 'التحالف والناتو', en: 'Coalition and NATO' },
    bodies: [
      {
        id: 'coalition',
        name: { ar: 'التحالف الدولي', en: 'International coalition' },
        type: 'alliance',
      },
      { id: 'nato', name: { ar: 'حلف شمال الأطلسي', en: 'NATO' }, type: 'alliance' },
      { id: 'uk-state', name: { ar: 'المملكة المتحدة', en: 'United Kingdom' }, type: 'state' },
    ],
    people: 6,
  },
  {
    id: 'iran',
    name: { ar: 'إيران', en: 'Iran' },
    bodies: [
      { id: 'iran-state', name: { ar: 'إيران', en: 'Iran' }, type: 'state' },
      {
        id: 'iran-fm',
        name: { ar: 'وزارة الخارجية الإيرانية', en: 'Iranian Foreign Ministry' },
        type: 'government-body',
      },
    ],
    people: 3,
  },
  {
    id: 'factions',
    name: { ar: 'الفصائل المسلحة', en: 'Armed factions' },
    bodies: [
      { id: 'faction-a', name: { ar: 'كتائب الفجر', en: 'Dawn Brigades' }, type: 'armed-group' },
      { id: 'faction-b', name: { ar: 'عصبة الثأر', en: 'League of Revenge' }, type: 'armed-group' },
      {
        id: 'faction-c',
        name: { ar: 'سرايا المقاومة', en: 'Resistance Companies' },
        type: 'armed-group',
      },
      { id: 'faction-d', name: { ar: 'لواء الحدود', en: 'Border Brigade' }, type: 'armed-group' },
      { id: 'pmf', name: { ar: 'هيئة الحشد', en: 'Mobilisation Authority' }, type: 'armed-group' },
    ],
    people: 4,
  },
  {
    id: 'media',
    name: { ar: 'وسائل الإعلام', en: 'Media' },
    bodies: [
      { id: 'media-a', name: { ar: 'وكالة الرافدين', en: 'Rafidain Agency' }, type: 'media' },
      { id: 'media-b', name: { ar: 'قناة دجلة', en: 'Dijla TV' }, type: 'media' },
      {
        id: 'media-c',
        name: { ar: 'صحيفة الصباح الجديد', en: 'New Morning daily' },
        type: 'media',
      },
    ],
    people: 2,
  },
];

export const FIRST_NAMES: Localized[] = [
  { ar: 'أحمد', en: 'Ahmed' },
  { ar: 'علي', en: 'Ali' },
  { ar: 'حسن', en: 'Hassan' },
  { ar: 'مصطفى', en: 'Mustafa' },
  { ar: 'فؤاد', en: 'Fuad' },
  { ar: 'سامي', en: 'Sami' },
  { ar: 'جون', en: 'John' },
  { ar: 'مارك', en: 'Mark' },
  { ar: 'سارة', en: 'Sarah' },
  { ar: 'ليلى', en: 'Layla' },
  { ar: 'كريم', en: 'Karim' },
  { ar: 'ديفيد', en: 'David' },
];

export const LAST_NAMES: Localized[] = [
  { ar: 'الربيعي', en: 'al-Rubaie' },
  { ar: 'الجبوري', en: 'al-Jubouri' },
  { ar: 'البرزاني', en: 'Barzani' },
  { ar: 'حسين', en: 'Hussein' },
  { ar: 'ميلر', en: 'Miller' },
  { ar: 'كارتر', en: 'Carter' },
  { ar: 'الساعدي', en: 'al-Saadi' },
  { ar: 'رضائي', en: 'Rezaei' },
  { ar: 'طالباني', en: 'Talabani' },
  { ar: 'هيوز', en: 'Hughes' },
  { ar: 'العبيدي', en: 'al-Obaidi' },
];

export const PLACES: Localized[] = [
  { ar: 'بغداد', en: 'Baghdad' },
  { ar: 'المنطقة الخضراء', en: 'the Green Zone' },
  { ar: 'مطار بغداد', en: 'Baghdad airport' },
  { ar: 'أربيل', en: 'Erbil' },
  { ar: 'قاعدة عين الأسد', en: 'Ain al-Asad base' },
  { ar: 'قاعدة بلد', en: 'Balad base' },
  { ar: 'التاجي', en: 'Taji' },
  { ar: 'البصرة', en: 'Basra' },
  { ar: 'الموصل', en: 'Mosul' },
  { ar: 'كركوك', en: 'Kirkuk' },
  { ar: 'الناصرية', en: 'Nasiriyah' },
  { ar: 'الديوانية', en: 'Diwaniyah' },
  { ar: 'واشنطن', en: 'Washington' },
  { ar: 'بروكسل', en: 'Brussels' },
  { ar: 'طهران', en: 'Tehran' },
];

/** A title template: `{p}` is a place, `{a}`/`{b}` are actor names. */
export type TitleTemplate = Localized;

export const TITLES: Record<EventKind, TitleTemplate[]> = {
  attack: [
    { ar: 'هجوم صاروخي على {p}', en: 'Rocket attack on {p}' },
    {
      ar: 'عبوة ناسفة تستهدف رتلًا للدعم اللوجستي قرب {p}',
      en: 'IED hits a logistics convoy near {p}',
    },
    { ar: 'طائرة مسيّرة مفخخة تستهدف {p}', en: 'Explosive drone targets {p}' },
    { ar: 'قصف بقذائف الهاون على {p}', en: 'Mortar fire on {p}' },
    { ar: '{a} يتبنى هجومًا على {p}', en: '{a} claims an attack on {p}' },
  ],
  withdrawal: [
    { ar: 'تسليم موقع في {p} إلى القوات العراقية', en: 'Site in {p} handed over to Iraqi forces' },
    { ar: '{a} يعلن خفض عدد قواته', en: '{a} announces a troop reduction' },
    { ar: 'رتل عسكري يغادر {p}', en: 'Military convoy leaves {p}' },
    { ar: 'جدول زمني لإنهاء المهام القتالية', en: 'Timetable to end combat missions' },
  ],
  diplomacy: [
    { ar: '{a} يلتقي {b} في {p}', en: '{a} meets {b} in {p}' },
    { ar: 'اتصال هاتفي بين {a} و{b}', en: 'Phone call between {a} and {b}' },
    { ar: 'جولة حوار استراتيجي في {p}', en: 'Strategic dialogue round in {p}' },
    { ar: '{a} يدين الهجمات ويدعو إلى التهدئة', en: '{a} condemns the attacks and calls for calm' },
    {
      ar: 'بيان مشترك بعد محادثات {a} و{b}',
      en: 'Joint statement after talks between {a} and {b}',
    },
  ],
};

/** Sentence templates for the synthetic source texts (`{p}` place, `{a}` actor). */
export const SENTENCES: string[] = [
  'وقالت مصادر أمنية إن صواريخ سقطت قرب {p} من دون أن تسفر عن إصابات.',
  'وأكد {a} في تصريح صحفي أن الحكومة ماضية في تنفيذ الاتفاق بشأن انسحاب القوات القتالية.',
  'وأفاد شهود عيان بسماع دوي انفجار في محيط {p} مساء أمس.',
  'وبحث {a} خلال اللقاء سبل تعزيز التعاون الأمني والاقتصادي بين البلدين.',
  'وأضاف أن المرحلة المقبلة ستشهد تحول مهمة القوات إلى التدريب والمشورة.',
  'ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى ساعة إعداد هذا التقرير.',
  'وتشير التقديرات إلى أن الهجمات على {p} تصاعدت خلال الأسابيع الماضية.',
  'ودعا {a} جميع الأطراف إلى ضبط النفس واحترام سيادة العراق.',
  'وكان مجلس النواب قد صوّت على قرار يطالب بإخراج القوات الأجنبية من البلاد.',
  'وذكر بيان رسمي أن {a} سيزور {p} الأسبوع المقبل لاستكمال المحادثات.',
];

export const SUMMARY: Record<EventKind, Localized> = {
  attack: {
    ar: 'بحسب مصادر أمنية، لم يسفر الهجوم عن خسائر بشرية، ولم تعلن أي جهة مسؤوليتها عنه.',
    en: 'According to security sources the attack caused no casualties; no group claimed it.',
  },
  withdrawal: {
    ar: 'خطوة جديدة في انسحاب القوات القتالية وتحويل المهمة إلى التدريب والمشورة.',
    en: 'Another step in withdrawing combat troops and turning the mission to training and advice.',
  },
  diplomacy: {
    ar: 'تناولت المحادثات وجود القوات الأجنبية والهجمات على البعثات الدبلوماسية.',
    en: 'The talks covered the foreign troop presence and the attacks on diplomatic missions.',
  },
};

export const OUTLETS: Localized[] = [
  { ar: 'وكالة الرافدين', en: 'Rafidain Agency' },
  { ar: 'قناة دجلة', en: 'Dijla TV' },
  { ar: 'صحيفة الصباح الجديد', en: 'New Morning daily' },
  { ar: 'موقع المدى', en: 'Al-Mada online' },
];
