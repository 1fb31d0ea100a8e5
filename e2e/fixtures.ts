import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus, KhattEvent } from '../src/domain/types';

// The app's own strings, so tests find controls by the very names the app gives them.
type Strings = Record<string, unknown>;
const localeDir = join(import.meta.dirname, '..', 'src', 'i18n', 'locales');
const strings: Record<'ar' | 'en', Record<string, Strings>> = { ar: {}, en: {} };
for (const lang of ['ar', 'en'] as const) {
  for (const file of readdirSync(join(localeDir, lang))) {
    const ns = file.replace(/\.json$/, '');
    strings[lang][ns] = JSON.parse(readFileSync(join(localeDir, lang, file), 'utf8')) as Strings;
  }
}

export type Lang = 'ar' | 'en';
export interface KhattOptions {
  lang: Lang;
}

/** Page object for Khatt: opens views and finds things by role and accessible name. */
export class KhattPage {
  constructor(
    readonly page: Page,
    readonly lang: Lang,
  ) {}

  /** Picks the Arabic or English form of a string for this project. */
  t<T extends string | RegExp>(ar: T, en: T): T {
    return this.lang === 'ar' ? ar : en;
  }

  /** A UI string as the app shows it: `s('details:close')`, `s('filters:dates.from')`, with values. */
  s(key: string, values: Record<string, string | number> = {}): string {
    const [ns = 'common', path = ''] = key.includes(':') ? key.split(':') : ['common', key];
    let node: unknown = strings[this.lang][ns];
    for (const part of path.split('.')) node = (node as Strings | undefined)?.[part];
    if (typeof node !== 'string') throw new Error(`no string ${key} in ${this.lang}`);
    return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
  }

  /** An event's title in the project language. */
  title(event: KhattEvent): string {
    return event.title[this.lang];
  }

  /** The details panel: the region holding the "Close details" control. */
  get details(): Locator {
    return this.page.getByRole('region').filter({
      has: this.page.getByRole('button', { name: this.s('details:close'), exact: true }),
    });
  }

  /** The article reader: the region holding the "Close article" control. */
  get reader(): Locator {
    return this.page.getByRole('region').filter({
      has: this.page.getByRole('button', { name: this.s('reader:close'), exact: true }),
    });
  }

  /** A timeline mark or list item, by the event's title (its accessible name starts with it). */
  eventButton(event: KhattEvent, within?: Locator): Locator {
    const name = new RegExp(`^${escapeRegExp(this.title(event))}(, |، )`);
    return (within ?? this.page).getByRole('button', { name });
  }

  /** The query parameter of the current URL. */
  param(name: string): string | null {
    return new URL(this.page.url()).searchParams.get(name);
  }

  /** Opens the app with a query string; the English project adds lang=en unless given. */
  async open(query = ''): Promise<void> {
    const params = new URLSearchParams(query);
    if (this.lang === 'en' && !params.has('lang')) params.set('lang', 'en');
    const search = params.toString();
    await this.page.goto(search ? `./?${search}` : './');
    await expect(this.resultCount).toHaveText(/\d/);
  }

  /**
   * The timeline takes wheel, drag and brush input: d3's gesture code loads after the first
   * draw, and a wheel sent before it is attached would scroll the page instead.
   */
  async gesturesReady(within: Pick<Page, 'waitForFunction'> = this.page): Promise<void> {
    await within.waitForFunction(() =>
      ['khatt:zoom-ready', 'khatt:brush-ready'].every(
        (name) => performance.getEntriesByName(name).length > 0,
      ),
    );
  }

  /** The polite live line that says how many events are shown. */
  get resultCount(): Locator {
    return this.page.getByRole('status').filter({ hasText: this.t(/من أصل/, / shown of \d+$/) });
  }

  get timeline(): Locator {
    return this.page.getByRole('region', { name: this.t('الخط الزمني', 'Timeline') });
  }

  /** The filters panel (a complementary landmark). */
  get filters(): Locator {
    return this.page.getByRole('complementary', { name: this.s('filtersRegion') });
  }

  /** A kind toggle in the filters panel. */
  kindToggle(kind: 'withdrawal' | 'attack' | 'diplomacy'): Locator {
    return this.filters.getByRole('button', { name: this.s(`kinds:${kind}`), exact: true });
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name });
  }

  /** Fails the test on any WCAG 2.x A/AA violation in the current page state. */
  async expectAccessible(): Promise<void> {
    const results = await new AxeBuilder({ page: this.page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    const summary = results.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
    expect(summary, 'axe violations').toEqual([]);
  }
}

/** A value as the link notice shows it: isolated (U+2068 … U+2069) from the text around it. */
export const isolated = (text: string) => `\u2068${text}\u2069`;

/** Escapes text for use inside a RegExp. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Fixtures {
  khatt: KhattPage;
  /** The corpus the server under test serves (fetched, so it is always the built one). */
  corpus: Corpus;
  /** Console errors a test provokes on purpose (a failed fetch); each needs a comment. */
  allowConsoleErrors: (pattern: RegExp) => void;
  guard: void;
}

export const test = base.extend<Fixtures, KhattOptions>({
  lang: ['ar', { option: true, scope: 'worker' }],
  allowConsoleErrors: async ({}, use, testInfo) => {
    const allowed: RegExp[] = [];
    (testInfo as unknown as { allowed: RegExp[] }).allowed = allowed;
    await use((pattern) => allowed.push(pattern));
  },
  // Fails every test on an uncaught page error, a console error or a CSP violation.
  guard: [
    async ({ page, allowConsoleErrors: _ }, use, testInfo) => {
      const problems: string[] = [];
      const allowed = (testInfo as unknown as { allowed: RegExp[] }).allowed;
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (!allowed.some((pattern) => pattern.test(text))) problems.push(`console error: ${text}`);
      });
      page.on('dialog', (dialog) => {
        problems.push(`dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const store = window as unknown as { __cspViolations?: string[] };
          (store.__cspViolations ??= []).push(`${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      await use();
      const csp = await page
        .evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
        .catch(() => []);
      problems.push(...csp.map((v) => `CSP violation: ${v}`));
      expect(problems, 'page errors, console errors, dialogs and CSP violations').toEqual([]);
    },
    { auto: true },
  ],
  corpus: async ({ request }, use) => {
    const response = await request.get('data/corpus.json');
    expect(response.ok()).toBe(true);
    await use((await response.json()) as Corpus);
  },
  khatt: async ({ page, lang }, use) => {
    await use(new KhattPage(page, lang));
  },
});

export { expect };
