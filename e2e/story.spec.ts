import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { boxOf } from './helpers';

/** The plot inside the timeline region (a group named for what it shows). */
const plotOf = (timeline: Locator, name: string) => timeline.getByRole('group', { name });

test.describe('the timeline tells the story', () => {
  test('a link to any event opens with that event drawn as its own mark, on screen', async ({
    khatt,
    corpus,
  }) => {
    // One page, one navigation per event of the corpus (about a second each).
    test.setTimeout(corpus.events.length * 4_000);
    const plot = plotOf(khatt.timeline, khatt.s('timeline:plot'));
    const missing: string[] = [];
    for (const event of corpus.events) {
      await khatt.open(`event=${event.id}`);
      await plot.getByRole('button').first().waitFor();
      const mark = khatt.eventButton(event, plot);
      // The plot may draw its first marks a frame before this one: wait for it (not fail early).
      await mark
        .first()
        .waitFor({ timeout: 3_000 })
        .catch(() => undefined);
      // Its own mark (a cluster is named by its count, not by a title), inside the plot's box.
      if ((await mark.count()) !== 1) {
        missing.push(`${event.id}: ${await mark.count()} marks`);
        continue;
      }
      const box = await boxOf(mark);
      const frame = await boxOf(plot);
      const x = box.x + box.width / 2;
      if (x < frame.x || x > frame.x + frame.width) missing.push(`${event.id}: off screen`);
    }
    expect(missing).toEqual([]);
    await khatt.expectAccessible();
  });

  test('a search whose results lie outside the first view brings the timeline to them', async ({
    khatt,
    corpus,
  }) => {
    await khatt.open();
    const plot = plotOf(khatt.timeline, khatt.s('timeline:plot'));
    const empty = plot.getByRole('button', { name: khatt.s('timeline:noEventsHere'), exact: true });
    const search = khatt.filters.getByRole('searchbox', { name: khatt.s('filters:search.label') });
    const query = khatt.t('تنظيم الدولة', 'Islamic State');
    await search.fill(query);
    // Wait until the search has narrowed the events (the box writes after a pause).
    await expect.poll(() => khatt.param('q')).toBe(query);
    await expect(khatt.resultCount).not.toHaveText(new RegExp(`^\\D*${corpus.events.length}\\D`));
    await expect(khatt.resultCount).toHaveText(/^\D*[1-9]/);
    await expect(empty).toHaveCount(0);
    await expect(plot.getByRole('button').first()).toBeVisible();
    // The toolbar always offers the way back to the results.
    await expect(
      khatt.timeline.getByRole('button', { name: khatt.s('timeline:zoomToResults') }),
    ).toBeVisible();
    await khatt.expectAccessible();
  });
});
