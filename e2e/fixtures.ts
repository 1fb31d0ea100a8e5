import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

// The app's own strings, so tests find controls by the very names the app gives them.
import arCommon from '../src/i18n/locales/ar/common.json' with { type: 'json' };
import enCommon from '../src/i18n/locales/en/common.json' with { type: 'json' };

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
  t(ar: string | RegExp, en: string | RegExp): string | RegExp {
    return this.lang === 'ar' ? ar : en;
  }

  get common() {
    return this.lang === 'ar' ? arCommon : enCommon;
  }

  /** Opens the app with a query string; the English project adds lang=en unless given. */
  async open(query = ''): Promise<void> {
    const params = new URLSearchParams(query);
    if (this.lang === 'en' && !params.has('lang')) params.set('lang', 'en');
    const search = params.toString();
    await this.page.goto(search ? `./?${search}` : './');
    await expect(this.resultCount).toHaveText(/\d/);
  }

  /** The polite live line that says how many events are shown. */
  get resultCount(): Locator {
    return this.page.getByRole('status').filter({ hasText: this.t(/من أصل/, / of \d/) });
  }

  get timeline(): Locator {
    return this.page.getByRole('region', { name: this.t('الخط الزمني', 'Timeline') });
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

interface Fixtures {
  khatt: KhattPage;
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
  khatt: async ({ page, lang }, use) => {
    await use(new KhattPage(page, lang));
  },
});

export { expect };
