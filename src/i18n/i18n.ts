import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../domain/types';

/** The only module that configures i18next. One JSON file per namespace and language. */
const files = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/*.json', {
  eager: true,
});

const resources: Record<string, Record<string, Record<string, unknown>>> = {};
for (const [path, module] of Object.entries(files)) {
  const match = /\.\/locales\/(\w+)\/([\w-]+)\.json$/.exec(path);
  if (!match) continue;
  const [, lang = '', ns = ''] = match;
  (resources[lang] ??= {})[ns] = module.default;
}

export const namespaces = Object.keys(resources['en'] ?? {});

void i18next.use(initReactI18next).init({
  resources,
  lng: 'ar',
  fallbackLng: false,
  ns: namespaces,
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** The reading direction of a UI language: decided here and nowhere else. */
export function dirOf(lang: Lang): 'rtl' | 'ltr' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

/**
 * Switches the UI language and sets `lang`/`dir` on <html> — the one place that does. The view
 * store calls it before it tells anyone about a new language, so i18next's language is always
 * the view state's (resources are bundled, so the switch is synchronous).
 */
export function applyLanguage(lang: Lang): void {
  if (i18next.language !== lang) void i18next.changeLanguage(lang);
  const root = document.documentElement;
  root.lang = lang;
  root.dir = dirOf(lang);
}

export { i18next };
