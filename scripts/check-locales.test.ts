import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLocales, runLocaleCheck, type LocaleSet } from './check-locales';

const AR_ITEMS = {
  items_zero: 'لا أحداث',
  items_one: 'حدث واحد',
  items_two: 'حدثان',
  items_few: '{{count}} أحداث',
  items_many: '{{count}} حدثًا',
  items_other: '{{count}} حدث',
};
const EN_ITEMS = { items_one: '{{count}} event', items_other: '{{count}} events' };

const set = (ar: Record<string, unknown>, en: Record<string, unknown>): LocaleSet => ({
  ar: new Map(Object.entries(ar)),
  en: new Map(Object.entries(en)),
});

const good = (): LocaleSet =>
  set(
    { common: { title: 'خط', nav: { back: 'رجوع إلى {{place}}' }, ...AR_ITEMS } },
    { common: { title: 'Khatt', nav: { back: 'Back to {{place}}' }, ...EN_ITEMS } },
  );

describe('checkLocales', () => {
  it('accepts matching namespaces, nested keys, full Arabic plurals and English one/other', () => {
    expect(checkLocales(good())).toEqual([]);
  });

  it('reports a namespace present in only one language', () => {
    const locales = good();
    const en = new Map(locales.en).set('filters', { kind: 'Kind' });
    expect(checkLocales({ ...locales, en })).toEqual([
      'src/i18n/locales/ar/filters.json: (file): missing (en has this namespace)',
    ]);
  });

  it('reports keys missing on either side, nested ones by their dotted path', () => {
    expect(
      checkLocales(set({ common: { a: 'أ', nav: {} } }, { common: { nav: { back: 'Back' } } })),
    ).toEqual([
      'src/i18n/locales/en/common.json: a: missing (ar has it)',
      'src/i18n/locales/ar/common.json: nav.back: missing (en has it)',
    ]);
  });

  it('compares plural keys by their base key', () => {
    const partial = Object.fromEntries(
      Object.entries(AR_ITEMS).filter(([k]) => k !== 'items_zero' && k !== 'items_two'),
    );
    expect(checkLocales(set({ common: partial }, { common: EN_ITEMS }))).toEqual([
      'src/i18n/locales/ar/common.json: items: plural is missing _zero, _two (needs _zero, _one, _two, _few, _many, _other)',
    ]);
  });

  it('requires _one and _other in English plurals', () => {
    expect(
      checkLocales(set({ common: AR_ITEMS }, { common: { items_other: '{{count}} events' } })),
    ).toEqual([
      'src/i18n/locales/en/common.json: items: plural is missing _one (needs _one, _other)',
    ]);
  });

  it('rejects a plural-less count string', () => {
    expect(
      checkLocales(set({ c: { n: '{{count}} حدث' } }, { c: { n: '{{count}} events' } })),
    ).toEqual([
      'src/i18n/locales/ar/c.json: n: plural-less count string: uses {{count}} but has no plural forms',
      'src/i18n/locales/en/c.json: n: plural-less count string: uses {{count}} but has no plural forms',
    ]);
  });

  it('reports interpolation variables that differ between the languages', () => {
    expect(
      checkLocales(
        set(
          { c: { back: 'رجوع إلى {{place}}' } },
          { c: { back: 'Back to {{ where, lowercase }}' } },
        ),
      ),
    ).toEqual([
      'src/i18n/locales/ar/c.json: back: interpolation variables differ: ar has {{place}}, en has {{where}}',
    ]);
  });

  it('reports a key that is plural in one language only, and values that are not strings', () => {
    expect(
      checkLocales(set({ c: { ...AR_ITEMS, n: 3 } }, { c: { items: 'events', n: 'three' } })),
    ).toEqual([
      'src/i18n/locales/ar/c.json: n: expected a string or a nested object',
      'src/i18n/locales/ar/c.json: items: plural in ar but a plain string in en',
      'src/i18n/locales/ar/c.json: items: interpolation variables differ: ar has {{count}}, en has none',
      'src/i18n/locales/ar/c.json: n: missing (en has it)',
    ]);
  });
});

describe('runLocaleCheck', () => {
  it('reads the locale folders and exits 1 with one line per problem', () => {
    const root = mkdtempSync(join(tmpdir(), 'khatt-locales-'));
    try {
      for (const lang of ['ar', 'en'])
        mkdirSync(join(root, 'src/i18n/locales', lang), { recursive: true });
      writeFileSync(join(root, 'src/i18n/locales/ar/common.json'), JSON.stringify({ title: 'خط' }));
      writeFileSync(join(root, 'src/i18n/locales/en/common.json'), '{ "title": ');
      const err: string[] = [];
      expect(
        runLocaleCheck(
          root,
          () => undefined,
          (l) => err.push(l),
        ),
      ).toBe(1);
      expect(err[0]).toMatch(/^src\/i18n\/locales\/en\/common\.json: \(file\): invalid JSON: /);
      writeFileSync(
        join(root, 'src/i18n/locales/en/common.json'),
        JSON.stringify({ title: 'Khatt' }),
      );
      const out: string[] = [];
      expect(runLocaleCheck(root, (l) => out.push(l))).toBe(0);
      expect(out).toEqual(['Locales agree: 1 namespaces in ar and en.']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('fails when the locale folders are missing', () => {
    const root = mkdtempSync(join(tmpdir(), 'khatt-locales-'));
    try {
      const err: string[] = [];
      expect(
        runLocaleCheck(
          root,
          () => undefined,
          (l) => err.push(l),
        ),
      ).toBe(1);
      expect(err).toEqual([
        'src/i18n/locales/ar: (folder): missing',
        'src/i18n/locales/en: (folder): missing',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
