import { expect, test } from './fixtures';
import { eventById } from './helpers';

/**
 * Without JavaScript the built page is not blank: a <noscript> block written at build time
 * says, in Arabic and in English, what Khatt is and lists every event with its date and kind.
 * Runs in the ar-rtl project only (playwright.config.ts): the page is bilingual either way.
 */

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('the page says in Arabic and English what Khatt is and lists every event', async ({
    page,
    corpus,
  }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: 'خط · Khatt' })).toBeVisible();
    await expect(
      page.getByRole('heading', { level: 2, name: /خطّ زمني لانسحاب التحالف/ }),
    ).toBeVisible();
    await expect(
      page.getByRole('heading', { level: 2, name: /timeline of the coalition's withdrawal/ }),
    ).toBeVisible();
    await expect(page.getByText(/يحتاج الخط الزمني إلى جافاسكربت/)).toBeVisible();
    await expect(page.getByText(/The timeline needs JavaScript/)).toBeVisible();

    const [arabic, english] = [page.getByRole('list').nth(0), page.getByRole('list').nth(1)];
    await expect(page.getByRole('list')).toHaveCount(2);
    await expect(arabic.getByRole('listitem')).toHaveCount(corpus.events.length);
    await expect(english.getByRole('listitem')).toHaveCount(corpus.events.length);
    for (const event of corpus.events) {
      await expect(arabic.getByRole('listitem').filter({ hasText: event.title.ar })).toHaveCount(1);
      await expect(english.getByRole('listitem').filter({ hasText: event.title.en })).toHaveCount(
        1,
      );
    }

    // Dates as precisely as the texts allow, in Iraqi month names and in English; then the kind.
    const erbil = eventById(corpus, 'erbil-rocket-attack-2021-02-15');
    await expect(arabic.getByRole('listitem').filter({ hasText: erbil.title.ar })).toHaveText(
      `15 شباط 2021 — ${erbil.title.ar} (هجوم)`,
    );
    await expect(english.getByRole('listitem').filter({ hasText: erbil.title.en })).toHaveText(
      `15 February 2021 — ${erbil.title.en} (Attack)`,
    );
    const withdrawal2011 = eventById(corpus, 'us-withdrawal-2011');
    await expect(arabic.getByRole('listitem').first()).toHaveText(
      `2011 — ${withdrawal2011.title.ar} (انسحاب)`,
    );
    await expect(english.getByRole('listitem').first()).toHaveText(
      `2011 — ${withdrawal2011.title.en} (Withdrawal)`,
    );
  });
});

test('the no-JavaScript content, styled as built, passes axe', async ({ page, khatt }) => {
  // axe needs JavaScript, so serve the built page with its <noscript> content unwrapped and its
  // script removed: the same markup and stylesheet a reader without JavaScript gets.
  const built = await (await page.request.get('./')).text();
  const unwrapped = built
    .replace(/<\/?noscript>/g, '')
    .replace(/<script\b[^>]*><\/script>/g, '')
    .replace('<div id="root"></div>', '');
  await page.route('**/no-js-preview.html', (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: unwrapped }),
  );
  await page.goto('./no-js-preview.html');
  await expect(page.getByRole('heading', { level: 1, name: 'خط · Khatt' })).toBeVisible();
  await khatt.expectAccessible();
});

test('the built page carries no inline script or style and is served under the strict CSP', async ({
  request,
}) => {
  const response = await request.get('./');
  const html = await response.text();
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
  expect(html).not.toMatch(/<style[\s>]/i);
  expect(html).not.toMatch(/\sstyle\s*=/i);
  expect(html).toContain('<noscript>');

  const csp = response.headers()['content-security-policy'] ?? '';
  for (const directive of [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "require-trusted-types-for 'script'",
    "trusted-types 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ]) {
    expect(csp.split('; ')).toContain(directive);
  }
  expect(csp).not.toContain('unsafe');
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
  expect(response.headers()['referrer-policy']).toBe('no-referrer');
});
