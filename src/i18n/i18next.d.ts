import 'i18next';
import type common from './locales/en/common.json';
import type details from './locales/en/details.json';
import type exportStrings from './locales/en/export.json';
import type filters from './locales/en/filters.json';
import type kinds from './locales/en/kinds.json';
import type list from './locales/en/list.json';
import type print from './locales/en/print.json';
import type reader from './locales/en/reader.json';
import type share from './locales/en/share.json';
import type timeline from './locales/en/timeline.json';

/** Typed translation keys: a misspelt or missing key is a type error, not a bare key on screen. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      details: typeof details;
      export: typeof exportStrings;
      filters: typeof filters;
      kinds: typeof kinds;
      list: typeof list;
      print: typeof print;
      reader: typeof reader;
      share: typeof share;
      timeline: typeof timeline;
    };
  }
}
