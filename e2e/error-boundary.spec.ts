import { expect, test } from './fixtures';
import { eventById } from './helpers';

/**
 * A render error in one panel is caught by the error boundary around that panel. The article
 * reader names the events of each highlight with Intl.ListFormat, which browsers before 2021
 * (Safari < 14.1) lack: such a browser makes the reader alone throw while it renders. The test
 * plays that browser by removing the constructor before the app loads.
 */

const ARTICLE = 'kadhimi-washington-eve';

test('a panel that throws while rendering fails alone, says so, and recovers on retry', async ({
  khatt,
  page,
  corpus,
  allowConsoleErrors,
}) => {
  // React reports the error its boundary caught; that error is the one this test provokes.
  allowConsoleErrors(/ListFormat/);
  await page.addInitScript(() => {
    const intl = Intl as unknown as { ListFormat?: unknown; savedListFormat?: unknown };
    intl.savedListFormat = intl.ListFormat;
    delete intl.ListFormat;
  });
  const event = eventById(corpus, 'kadhimi-meets-biden-2021-07-26');
  await khatt.open(`event=${event.id}&article=${ARTICLE}`);

  const failed = page.getByRole('alert').filter({ hasText: khatt.s('panelFailed') });
  await expect(failed).toBeVisible();
  await expect(failed).toHaveCount(1);
  await expect(khatt.reader).toHaveCount(0);

  // Everything outside the failed panel keeps working: the timeline and a filter.
  await expect(khatt.timeline).toBeVisible();
  const before = await khatt.resultCount.textContent();
  await khatt.kindToggle('diplomacy').click();
  await expect(khatt.kindToggle('diplomacy')).toHaveAttribute('aria-pressed', 'true');
  await expect(khatt.resultCount).not.toHaveText(before ?? '');
  await khatt.expectAccessible();

  // Once the cause is gone, Retry renders the panel again.
  await page.evaluate(() => {
    const intl = Intl as unknown as { ListFormat?: unknown; savedListFormat?: unknown };
    intl.ListFormat = intl.savedListFormat;
  });
  await failed.getByRole('button', { name: khatt.s('retry') }).click();
  await expect(khatt.reader.getByText(khatt.s('reader:hint'))).toBeVisible();
  await expect(failed).toHaveCount(0);
});
