import { defineConfig, devices } from '@playwright/test';
import type { KhattOptions } from './e2e/fixtures';

/**
 * Our own port, never Vite's default: another program may hold 4173/5173. KHATT_E2E_PORT lets
 * two checkouts on one machine run their suites side by side.
 */
const PORT = Number(process.env['KHATT_E2E_PORT'] ?? 4317);
const chromium = process.env['CHROMIUM'] ?? '/usr/bin/chromium';

export default defineConfig<KhattOptions>({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: process.env['CI'] ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    {
      name: 'ar-rtl',
      use: {
        ...devices['Desktop Chrome'],
        locale: 'ar-IQ',
        timezoneId: 'Asia/Baghdad',
        lang: 'ar',
      },
    },
    {
      name: 'en-ltr',
      // The soak measures the app, not a language; the no-JS page is bilingual whatever the locale.
      testIgnore: /(soak|no-js)\.spec\.ts/,
      use: {
        ...devices['Desktop Chrome'],
        locale: 'en-GB',
        timezoneId: 'Europe/London',
        lang: 'en',
      },
    },
    {
      // Date-only values parsed as UTC would shift by a day west of UTC: run the core spec there.
      name: 'ar-rtl-los-angeles',
      testMatch: /core\.spec\.ts/,
      use: {
        ...devices['Desktop Chrome'],
        locale: 'ar-IQ',
        timezoneId: 'America/Los_Angeles',
        lang: 'ar',
      },
    },
  ],
  webServer: {
    command: `npm run -s build && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
