import { expect, test } from './fixtures';
import { eventById } from './helpers';

/** The diplomacy events of 15–18 February 2021 that overlap even at the closest zoom (the corpus has
 * merged a fifth, Stoltenberg's expectation, into the ministers' meeting). */
const FIVE = [
  'five-ministers-condemn-erbil-2021-02',
  'blinken-kadhimi-call-2021-02',
  'stoltenberg-kadhimi-call-2021-02-16',
  'nato-defence-ministers-meet-2021-02-17',
];

test.describe('every event can be seen as itself', () => {
  test('at the closest zoom a cluster lists its events, each one selectable from it, and Escape returns to it', async ({
    khatt,
    page,
    corpus,
  }) => {
    await khatt.open('window=2021-02-15..2021-02-18');
    const plot = khatt.timeline.getByRole('group', { name: khatt.s('timeline:plot') });
    const lane = plot.getByRole('group', { name: khatt.s('timeline:lane.diplomacy') });
    const clusterName = khatt.t(/لرؤيت/, /Select to see/);
    const cluster = lane.getByRole('button', { name: clusterName }).first();
    await expect(cluster).toBeVisible();
    const name = (await cluster.getAttribute('aria-label')) ?? '';

    // Enter opens the list: one button per event, named as its mark is.
    await cluster.focus();
    await page.keyboard.press('Enter');
    const list = page.getByRole('dialog', { name });
    await expect(list).toBeVisible();
    // Every one of them is listed, or drawn as a mark of its own beside the cluster.
    const listed: string[] = [];
    for (const id of FIVE) {
      const event = eventById(corpus, id);
      if ((await khatt.eventButton(event, list).count()) === 1) listed.push(id);
      else await expect(khatt.eventButton(event, plot)).toHaveCount(1);
    }
    expect(listed.length).toBeGreaterThanOrEqual(3);
    await expect(list.getByRole('button').first()).toBeFocused();
    await khatt.expectAccessible();
    await page.keyboard.press('Escape');
    await expect(list).toHaveCount(0);
    await expect(cluster).toBeFocused();

    // A listed event is selected from the list and then drawn as a mark of its own.
    for (const id of listed.slice(0, 1)) {
      const event = eventById(corpus, id);
      await lane.getByRole('button', { name: clusterName }).first().click();
      const open = page.getByRole('dialog', { name: clusterName });
      await khatt.eventButton(event, open).click();
      await expect.poll(() => khatt.param('event')).toBe(id);
      await expect(open).toHaveCount(0);
      await expect(khatt.eventButton(event, plot)).toHaveCount(1);
    }
  });

  test('the arrow keys reach a cluster as they reach any mark', async ({ khatt, page }) => {
    await khatt.open('window=2021-02-15..2021-02-18');
    const plot = khatt.timeline.getByRole('group', { name: khatt.s('timeline:plot') });
    const lane = plot.getByRole('group', { name: khatt.s('timeline:lane.diplomacy') });
    const clusterName = khatt.t(/لرؤيت/, /Select to see/);
    const names = await lane
      .getByRole('button')
      .evaluateAll((items) => items.map((item) => item.getAttribute('aria-label') ?? ''));
    // Start on an event's own mark, then walk the lane both ways with the arrows.
    const start = names.findIndex((name) => !clusterName.test(name));
    expect(start).toBeGreaterThanOrEqual(0);
    await lane.getByRole('button').nth(start).focus();
    const focused = () =>
      page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    // Walk the lane one way, then the other, and stop on the first cluster reached.
    let onCluster = false;
    const later = khatt.lang === 'ar' ? 'ArrowLeft' : 'ArrowRight';
    const earlier = khatt.lang === 'ar' ? 'ArrowRight' : 'ArrowLeft';
    for (const key of [later, earlier]) {
      for (let step = 0; step < 12 && !onCluster; step++) {
        await page.keyboard.press(key);
        onCluster = clusterName.test(await focused());
      }
    }
    expect(onCluster).toBe(true);
    // Enter there opens it, as on any mark.
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: clusterName })).toBeVisible();
  });

  test('a click outside the list closes it, and focus goes back to the cluster', async ({
    khatt,
    page,
  }) => {
    await khatt.open('window=2021-02-15..2021-02-18');
    const plot = khatt.timeline.getByRole('group', { name: khatt.s('timeline:plot') });
    const cluster = plot.getByRole('button', { name: khatt.t(/لرؤيت/, /Select to see/) }).first();
    await cluster.click();
    const list = page.getByRole('dialog');
    await expect(list).toBeVisible();
    await page.mouse.click(4, 4);
    await expect(list).toHaveCount(0);
    await expect(cluster).toBeFocused();
  });

  test('the first view labels its key event, the Erbil attack, with whole words', async ({
    khatt,
    corpus,
  }) => {
    await khatt.open();
    const erbil = eventById(corpus, 'erbil-rocket-attack-2021-02-15');
    const plot = khatt.timeline.getByRole('group', { name: khatt.s('timeline:plot') });
    const mark = khatt.eventButton(erbil, plot);
    await expect(mark).toHaveCount(1);
    const title = khatt.title(erbil);
    const words = title.split(' ');
    // The twin's label is the text the canvas paints (the same plot model); with the canvas on it
    // is not painted itself, so it is found, not seen.
    const label = mark.getByText(new RegExp(`^${words.slice(0, 2).join(' ')}`));
    await expect(label).toHaveCount(1);
    const text = (await label.textContent()) ?? '';
    // The whole title, or whole words of it and an ellipsis.
    const kept = text.replace(/…$/, '').split(' ');
    expect(
      kept.every((w, i) => words[i] === w),
      text,
    ).toBe(true);
  });
});
