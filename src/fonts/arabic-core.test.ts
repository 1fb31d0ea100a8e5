import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORE_RANGES, REST_RANGES, inRanges, unicodeRange } from './arabic-core';

const ROOT = resolve(import.meta.dirname, '../..');

/** Every file under a folder, recursively. */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });

/**
 * What @fontsource's Arabic files map (their cmap, read with fontkit from the four 5.3.0 files:
 * the same in each, apart from U+2011, which only Noto Sans Arabic has).
 */
const ARABIC_FILE_RANGES = [
  [0x20, 0x20],
  [0xa0, 0xa0],
  [0x600, 0x6ff],
  [0x750, 0x77f],
  [0x870, 0x8ff],
  [0x200c, 0x200e],
  [0x2010, 0x2011],
  [0x204f, 0x204f],
  [0x2e41, 0x2e41],
  [0xfb50, 0xfdff],
  [0xfe70, 0xfeff],
  [0x10efd, 0x10eff],
] as const;

describe('the Arabic cores', () => {
  it('fonts.css gives each core rule CORE_RANGES and each whole-face rule REST_RANGES', () => {
    const css = readFileSync(resolve(import.meta.dirname, 'fonts.css'), 'utf8');
    const rules = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map((m) => m[1] ?? '');
    expect(rules).toHaveLength(8);
    for (const rule of rules) {
      const range = /unicode-range:\s*([^;]+);/.exec(rule)?.[1];
      const core = /url\(\.\/core\//.test(rule);
      expect(range, rule).toBe(unicodeRange(core ? CORE_RANGES : REST_RANGES));
    }
  });

  it('the two parts together reach all that the whole face does', () => {
    for (const [from, to] of ARABIC_FILE_RANGES) {
      for (let cp = from; cp <= to; cp++) {
        expect(inRanges(CORE_RANGES, cp) || inRanges(REST_RANGES, cp), cp.toString(16)).toBe(true);
      }
    }
  });

  it('the two parts do not overlap', () => {
    for (const [from, to] of REST_RANGES) {
      for (let cp = from; cp <= to; cp++) expect(inRanges(CORE_RANGES, cp)).toBe(false);
    }
  });

  it('holds every Arabic character the app ships, so no word is split between two files', () => {
    const texts = [
      ...filesUnder(resolve(ROOT, 'data')),
      ...filesUnder(resolve(ROOT, 'src/i18n/locales')),
    ];
    const outside = new Set<string>();
    for (const file of texts) {
      for (const ch of readFileSync(file, 'utf8')) {
        const cp = ch.codePointAt(0) ?? 0;
        if (inRanges(ARABIC_FILE_RANGES, cp) && !inRanges(CORE_RANGES, cp)) {
          outside.add(`U+${cp.toString(16).toUpperCase()} in ${file}`);
        }
      }
    }
    expect([...outside]).toEqual([]);
  });

  it('renders a CSS unicode-range', () => {
    expect(
      unicodeRange([
        [0x20, 0x20],
        [0x600, 0x6ff],
      ]),
    ).toBe('U+0020, U+0600-06FF');
  });
});
