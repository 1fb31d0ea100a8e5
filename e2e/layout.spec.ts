import { expect, test } from './fixtures';
import { isUnnamedOutlet } from '../src/domain/sources';
import { boxOf } from './helpers';

/** Whether focus is on an event mark inside the timeline's plot. */
const focusOnTimelineMark = (page: import('@playwright/test').Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    return Boolean(active?.closest('svg') && active.getAttribute('role') === 'button');
  });

test.describe('layout and keyboard', () => {
  test('a keyboard user reaches the timeline within 15 Tabs, without the skip link', async ({
    khatt,
    page,
  }) => {
    await khatt.open();
    let presses = 0;
    while (presses < 15 && !(await focusOnTimelineMark(page))) {
      await page.keyboard.press('Tab');
      presses++;
    }
    expect(await focusOnTimelineMark(page)).toBe(true);
    expect(presses).toBeLessThanOrEqual(15);
  });

  test('the skip links move focus without leaving a fragment in the address', async ({
    khatt,
    page,
  }) => {
    await khatt.open('kinds=attack');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: khatt.s('skipToContent') });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    await khatt.open('kinds=attack');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: khatt.s('skipToFilters') })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(khatt.filters).toBeFocused();
    expect(new URL(page.url()).hash).toBe('');
    expect(khatt.param('kinds')).toBe('attack');
  });

  test('ticking an actor low in the list keeps the timeline in view', async ({ khatt, page }) => {
    await khatt.open();
    const before = await boxOf(khatt.timeline);
    // The last box sits at the bottom of the long actor list.
    const boxes = khatt.filters.getByRole('checkbox');
    const lowest = boxes.last();
    await lowest.check();
    await expect(lowest).toBeChecked();
    const after = await boxOf(khatt.timeline);
    expect(after.y).toBe(before.y);
    expect(after.y + after.height / 2).toBeLessThan(page.viewportSize()?.height ?? 0);
  });

  test('the filter column can be hidden, and the timeline takes its width', async ({
    khatt,
    page,
  }) => {
    await khatt.open();
    const before = await boxOf(khatt.timeline);
    const hide = page.getByRole('button', { name: khatt.s('filters:hide') });
    await hide.click();
    const show = page.getByRole('button', { name: khatt.s('filters:show') });
    await expect(show).toHaveAttribute('aria-expanded', 'false');
    await expect(show).toBeFocused();
    await expect
      .poll(async () => (await boxOf(khatt.timeline)).width)
      .toBeGreaterThan(before.width + 100);
    await khatt.expectAccessible();
    await show.click();
    await expect(khatt.filters.getByRole('searchbox').first()).toBeVisible();
  });

  test('with details open the plot keeps a usable width, and hiding the filters widens it', async ({
    khatt,
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await khatt.open('event=erbil-rocket-attack-2021-02-15');
    await expect(khatt.details).toBeVisible();
    const plot = khatt.timeline.getByRole('group', { name: khatt.s('timeline:plot') });
    const open = await boxOf(plot);
    expect(open.width).toBeGreaterThanOrEqual(500);
    await page.getByRole('button', { name: khatt.s('filters:hide') }).click();
    await expect.poll(async () => (await boxOf(plot)).width).toBeGreaterThan(open.width + 100);
  });

  test('on a tablet the filters are a drawer and the timeline starts near the top', async ({
    khatt,
    page,
  }) => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await khatt.open();
    const toggle = khatt.filters.getByRole('button', {
      name: khatt.s('filters:toggle'),
      exact: true,
    });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const box = await boxOf(khatt.timeline);
    expect(box.y).toBeLessThan(400);
    await toggle.click();
    await expect(khatt.filters.getByRole('searchbox').first()).toBeVisible();
    await khatt.expectAccessible();
  });

  test('the tab title names the selected event', async ({ khatt, page, corpus }) => {
    const event = corpus.events[0];
    if (!event) throw new Error('empty corpus');
    await khatt.open(`event=${event.id}`);
    await expect(page).toHaveTitle(new RegExp(`^${khatt.title(event).slice(0, 20)}`));
    await page.keyboard.press('Escape');
    await expect(page).toHaveTitle('خط · Khatt');
  });
});

test.describe('sources', () => {
  test('each article is listed with how its date is known, and shows only its events', async ({
    khatt,
    corpus,
  }) => {
    await khatt.open();
    const inferred = corpus.sources.find((s) => s.published.basis === 'inferred');
    if (!inferred) throw new Error('the corpus needs an inferred publication date');
    const printed = corpus.sources.filter((s) => s.published.basis === 'printed').length;
    const group = khatt.filters.getByRole('group', { name: khatt.s('sources.legend') });
    // A printed date reads as a fact; the others say they were worked out.
    await expect(group.getByText(khatt.s('published.printed', { date: '' }).trim())).toHaveCount(
      printed,
    );
    const named = isUnnamedOutlet(inferred)
      ? inferred.title[khatt.lang]
      : `${inferred.outlet[khatt.lang]} — ${inferred.title[khatt.lang]}`;
    const show = group.getByRole('button', {
      name: khatt.s('sources.showNamed', { title: named }),
    });
    await show.click();
    await expect(show).toHaveAttribute('aria-pressed', 'true');
    expect(khatt.param('source')).toBe(inferred.id);
    const expected = corpus.events.filter((e) => e.excerpts.some((x) => x.source === inferred.id));
    const form = new Intl.PluralRules(khatt.lang).select(expected.length);
    await expect(khatt.resultCount).toHaveText(
      khatt.s(`shownCount_${form}`, { shown: expected.length, total: corpus.events.length }),
    );
    await khatt.expectAccessible();
    // The reader, too, says an inferred date is inferred rather than "published on".
    await group
      .getByRole('button', { name: khatt.s('sources.readNamed', { title: named }) })
      .click();
    await expect(khatt.reader).toContainText(
      khatt.s('published.inferred', { date: '' }).replace(/:\s*$/, ''),
    );
  });
});
