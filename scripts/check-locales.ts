import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LANGS, type Lang } from '../src/domain/types';

/**
 * `npm run locales`: the Arabic and English translation files must agree. i18next falls back
 * to the bare key (not to `_other`) when a plural form is missing, so a gap shows raw keys.
 */

export const LOCALES_DIR = 'src/i18n/locales';

/** Parsed JSON of each namespace file, by language. */
export type LocaleSet = Record<Lang, ReadonlyMap<string, unknown>>;

const SUFFIXES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
const REQUIRED: Record<Lang, readonly string[]> = { ar: SUFFIXES, en: ['one', 'other'] };
const PLURAL = new RegExp(`^(.+)_(${SUFFIXES.join('|')})$`);
// {{name}}, {{ name }}, {{- name}} (unescaped) and {{name, format}}.
const VARIABLE = /\{\{-?\s*([^\s,}]+)\s*(?:,[^}]*)?\}\}/g;

/** A base key: a plain string, or plural forms by suffix. */
interface Entry {
  plain?: string;
  forms: Map<string, string>;
}

const variables = (s: string): string[] => [...s.matchAll(VARIABLE)].map((m) => m[1] ?? '');

function flatten(
  tree: unknown,
  prefix: string,
  out: Map<string, string>,
  complain: (key: string, message: string) => void,
): void {
  for (const [k, v] of Object.entries(tree as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else if (typeof v === 'object' && v !== null && !Array.isArray(v))
      flatten(v, key, out, complain);
    else complain(key, 'expected a string or a nested object');
  }
}

function entriesOf(strings: ReadonlyMap<string, string>): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  for (const [key, value] of strings) {
    const m = PLURAL.exec(key);
    const base = m?.[1] ?? key;
    const entry: Entry = entries.get(base) ?? { forms: new Map() };
    if (m?.[2]) entry.forms.set(m[2], value);
    else entry.plain = value;
    entries.set(base, entry);
  }
  return entries;
}

const entryVariables = (e: Entry): string[] =>
  [
    ...new Set(
      [...(e.plain === undefined ? [] : [e.plain]), ...e.forms.values()].flatMap(variables),
    ),
  ].sort();

const braces = (names: string[]): string =>
  names.length ? names.map((n) => `{{${n}}}`).join(' ') : 'none';

/** Checks one namespace in both languages; each problem is a `file: key: problem` line. */
function checkNamespace(ns: string, trees: Record<Lang, unknown>, dir: string): string[] {
  const lines: string[] = [];
  const file = (lang: Lang): string => `${dir}/${lang}/${ns}.json`;
  const entries = {} as Record<Lang, Map<string, Entry>>;
  for (const lang of LANGS) {
    const strings = new Map<string, string>();
    const tree = trees[lang];
    if (typeof tree !== 'object' || tree === null || Array.isArray(tree)) {
      lines.push(`${file(lang)}: (file): expected a JSON object`);
    } else {
      flatten(tree, '', strings, (key, message) => lines.push(`${file(lang)}: ${key}: ${message}`));
    }
    entries[lang] = entriesOf(strings);
  }
  const bases = [...new Set([...entries.ar.keys(), ...entries.en.keys()])].sort();
  for (const base of bases) {
    const ar = entries.ar.get(base);
    const en = entries.en.get(base);
    for (const lang of LANGS) {
      const e = entries[lang].get(base);
      const other = lang === 'ar' ? 'en' : 'ar';
      if (!e) {
        lines.push(`${file(lang)}: ${base}: missing (${other} has it)`);
        continue;
      }
      if (e.plain !== undefined && e.forms.size > 0) {
        lines.push(`${file(lang)}: ${base}: is both a plain string and a plural`);
      } else if (e.forms.size > 0) {
        const missing = REQUIRED[lang].filter((s) => !e.forms.has(s));
        if (missing.length) {
          const needs = REQUIRED[lang].map((s) => `_${s}`).join(', ');
          const list = missing.map((s) => `_${s}`).join(', ');
          lines.push(`${file(lang)}: ${base}: plural is missing ${list} (needs ${needs})`);
        }
      } else if (e.plain !== undefined && variables(e.plain).includes('count')) {
        lines.push(
          `${file(lang)}: ${base}: plural-less count string: uses {{count}} but has no plural forms`,
        );
      }
    }
    if (!ar || !en) continue;
    if (ar.forms.size > 0 !== en.forms.size > 0) {
      const [plural, plain] = ar.forms.size > 0 ? ['ar', 'en'] : ['en', 'ar'];
      lines.push(`${file('ar')}: ${base}: plural in ${plural} but a plain string in ${plain}`);
    }
    const [arVars, enVars] = [entryVariables(ar), entryVariables(en)];
    if (arVars.join() !== enVars.join()) {
      lines.push(
        `${file('ar')}: ${base}: interpolation variables differ: ar has ${braces(arVars)}, en has ${braces(enVars)}`,
      );
    }
  }
  return lines;
}

/** Every disagreement between the Arabic and English locale files, as `file: key: problem` lines. */
export function checkLocales(locales: LocaleSet, dir = LOCALES_DIR): string[] {
  const lines: string[] = [];
  const namespaces = [...new Set([...locales.ar.keys(), ...locales.en.keys()])].sort();
  for (const ns of namespaces) {
    const ar = locales.ar.get(ns);
    const en = locales.en.get(ns);
    if (ar === undefined || en === undefined) {
      const [missing, present] = ar === undefined ? ['ar', 'en'] : ['en', 'ar'];
      lines.push(`${dir}/${missing}/${ns}.json: (file): missing (${present} has this namespace)`);
      continue;
    }
    lines.push(...checkNamespace(ns, { ar, en }, dir));
  }
  return lines;
}

/** Reads `<root>/src/i18n/locales/{ar,en}/*.json`; unreadable files become problem lines. */
export function readLocales(root: string): { locales: LocaleSet; errors: string[] } {
  const errors: string[] = [];
  const read = (lang: Lang): Map<string, unknown> => {
    const dir = join(root, LOCALES_DIR, lang);
    const files = new Map<string, unknown>();
    if (!existsSync(dir)) {
      errors.push(`${LOCALES_DIR}/${lang}: (folder): missing`);
      return files;
    }
    for (const name of readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      try {
        files.set(
          name.slice(0, -'.json'.length),
          JSON.parse(readFileSync(join(dir, name), 'utf8')),
        );
      } catch (e) {
        errors.push(
          `${LOCALES_DIR}/${lang}/${name}: (file): invalid JSON: ${(e as Error).message}`,
        );
      }
    }
    return files;
  };
  return { locales: { ar: read('ar'), en: read('en') }, errors };
}

/** Runs the check under `root`; returns the exit code (0 agree, 1 problems). */
export function runLocaleCheck(
  root: string,
  out: (line: string) => void = console.log,
  err: (line: string) => void = console.error,
): number {
  const { locales, errors } = readLocales(root);
  const lines = [...errors, ...checkLocales(locales)];
  if (errors.length === 0 && locales.ar.size === 0 && locales.en.size === 0) {
    lines.push(`${LOCALES_DIR}: (folder): no locale files`);
  }
  for (const line of lines) err(line);
  if (lines.length > 0) return 1;
  out(`Locales agree: ${locales.ar.size} namespaces in ar and en.`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = runLocaleCheck(fileURLToPath(new URL('..', import.meta.url)));
}
