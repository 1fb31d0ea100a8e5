import type { Route } from '@playwright/test';
import type { Corpus } from '../src/domain/types';
import { escapeRegExp, expect, test, type KhattPage } from './fixtures';

/**
 * Loads that fail on purpose through Playwright's request routing: the article text and the
 * corpus file. Each failure must be said in the UI language with a retry control, leave the
 * rest of the app working, and a retry that succeeds must show what failed to load.
 */

const ARTICLE_TEXT = '**/data/sources/*.txt';
const CORPUS = '**/data/corpus.json';

interface Failure {
  name: string;
  /** The reader's message for it, as a key of the reader namespace. */
  message: (khatt: KhattPage) => string;
  /** Chromium's console line for the failed request, when it logs one. */
  consoleError?: RegExp;
  fail: (route: Route) => Promise<void>;
}

const ARTICLE_FAILURES: Failure[] = [
  {
    name: 'a server error',
    message: (khatt) => khatt.s('reader:http', { status: 500 }),
    consoleError: /status of 500/,
    fail: (route) => route.fulfill({ status: 500, contentType: 'text/plain', body: 'oops' }),
  },
  {
    name: 'no network',
    message: (khatt) => khatt.s('reader:offline'),
    consoleError: /ERR_INTERNET_DISCONNECTED/,
    fail: (route) => route.abort('internetdisconnected'),
  },
  {
    name: 'a corrupt file',
    message: (khatt) => khatt.s('reader:corrupt'),
    // Right status, wrong bytes: the text no longer matches the SHA-256 the corpus pins.
    fail: (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/plain; charset=utf-8',
        body: Buffer.from([0xef, 0xbb, 0xbf, 0xff, 0xfe, 0x00, 0x41, 0x80, 0x81]),
      }),
  },
  {
    name: "a host's HTML page in place of the text",
    message: (khatt) => khatt.s('reader:corrupt'),
    fail: (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<!doctype html><html><body><h1>Not here</h1><img src=x onerror=alert(1)></body></html>',
      }),
  },
];

/** An event and an article it quotes. */
function eventWithArticle(corpus: Corpus) {
  const event = corpus.events.find((e) => e.excerpts.length > 0);
  const article = event?.excerpts[0]?.source;
  if (!event || !article) throw new Error('the corpus has no event with an excerpt');
  return { event, article };
}

test.describe('the article text fails to load', () => {
  for (const failure of ARTICLE_FAILURES) {
    test(`after ${failure.name} the reader says so with a retry, the app keeps working, and a retry shows the article`, async ({
      khatt,
      page,
      corpus,
      allowConsoleErrors,
    }) => {
      // Chromium logs the deliberately failed request; it is the injected failure, not a bug.
      if (failure.consoleError) allowConsoleErrors(failure.consoleError);
      let requests = 0;
      await page.route(ARTICLE_TEXT, (route) => {
        requests += 1;
        return failure.fail(route);
      });
      const { event, article } = eventWithArticle(corpus);
      await khatt.open(`event=${event.id}&article=${article}`);

      const reader = khatt.reader;
      const alert = reader.getByRole('alert');
      await expect(alert).toContainText(failure.message(khatt));
      const retry = alert.getByRole('button', { name: khatt.s('reader:retry') });
      await expect(retry).toBeVisible();
      // Said plainly: no endless "loading" line beside the error.
      await expect(reader.getByText(khatt.s('reader:loading'))).toHaveCount(0);
      expect(requests).toBeGreaterThan(0);
      await khatt.expectAccessible();

      // The rest of the app keeps working: a filter still applies.
      const before = await khatt.resultCount.textContent();
      await khatt.kindToggle('attack').click();
      await expect(khatt.kindToggle('attack')).toHaveAttribute('aria-pressed', 'true');
      await expect(khatt.resultCount).not.toHaveText(before ?? '');
      expect(khatt.param('kinds')).toBe('attack');

      // The network recovers; Retry shows the article with its highlighted passages.
      await page.unroute(ARTICLE_TEXT);
      await retry.click();
      await expect(reader.getByText(khatt.s('reader:hint'))).toBeVisible();
      await expect(reader.getByRole('alert')).toHaveCount(0);
      const quote = event.excerpts[0]?.quote.slice(0, 24) ?? '';
      await expect(
        reader.getByRole('button', { name: new RegExp(escapeRegExp(quote)) }).first(),
      ).toBeVisible();
    });
  }
});

test.describe('the corpus file fails to load', () => {
  test('after a server error the page explains it with a retry, and a retry loads the events', async ({
    khatt,
    page,
    allowConsoleErrors,
  }) => {
    // Chromium logs the deliberately failed request; it is the injected failure, not a bug.
    allowConsoleErrors(/status of 500/);
    await page.route(CORPUS, (route) => route.fulfill({ status: 500, body: 'oops' }));
    await page.goto(khatt.lang === 'en' ? './?lang=en' : './');

    const alert = page.getByRole('main').getByRole('alert');
    await expect(alert).toContainText(khatt.s('corpusLoadFailed'));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await khatt.expectAccessible();

    await page.unroute(CORPUS);
    await alert.getByRole('button', { name: khatt.s('retry') }).click();
    await expect(khatt.resultCount).toHaveText(/\d/);
    await expect(page.getByRole('main').getByRole('alert')).toHaveCount(0);
  });

  test('a corrupt file is called corrupt, with a retry that loads the events once it is fixed', async ({
    khatt,
    page,
  }) => {
    await page.route(CORPUS, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: '{"format":"khatt","version":1,"events":[{"id":"<img src=x onerror=alert(1)>"',
      }),
    );
    await page.goto(khatt.lang === 'en' ? './?lang=en' : './');

    const alert = page.getByRole('main').getByRole('alert');
    await expect(alert).toContainText(khatt.s('corpusCorrupt'));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await khatt.expectAccessible();

    await page.unroute(CORPUS);
    await alert.getByRole('button', { name: khatt.s('retry') }).click();
    await expect(khatt.resultCount).toHaveText(/\d/);
  });

  test('a file that is valid JSON but not a corpus is called corrupt too', async ({
    khatt,
    page,
  }) => {
    await page.route(CORPUS, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: '{"__proto__":{"x":1}}',
      }),
    );
    await page.goto(khatt.lang === 'en' ? './?lang=en' : './');
    await expect(page.getByRole('main').getByRole('alert')).toContainText(khatt.s('corpusCorrupt'));
  });
});
