import { expect, test } from './fixtures';
import { boxOf, eventById } from './helpers';

test.use({ viewport: { width: 320, height: 700 } });

test.describe('on a narrow screen', () => {
  test('the list is the layout, under a compact timeline, and nothing scrolls sideways', async ({
    khatt,
    page,
  }) => {
    await khatt.open();
    const list = page.getByRole('region', { name: khatt.s('list:label') });
    await expect(list).toBeVisible();
    await expect(khatt.timeline).toBeVisible();
    expect((await boxOf(khatt.timeline)).y).toBeLessThan((await boxOf(list)).y);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await khatt.expectAccessible();
  });

  test('the filters live in a drawer that opens, closes with Escape and returns focus', async ({
    khatt,
    page,
  }) => {
    await khatt.open();
    const toggle = page.getByRole('button', { name: khatt.s('filters:toggle'), exact: true });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const search = page.getByRole('searchbox', { name: khatt.s('filters:search.label') });
    await expect(search).toBeVisible();
    await khatt.expectAccessible();
    await search.focus();
    await page.keyboard.press('Escape');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle).toBeFocused();
  });

  test('selecting an event shows its details in view', async ({ khatt, corpus }) => {
    await khatt.open();
    const erbil = eventById(corpus, 'erbil-rocket-attack-2021-02-15');
    const list = khatt.page.getByRole('region', { name: khatt.s('list:label') });
    await khatt.eventButton(erbil, list).click();
    await expect(khatt.details.getByRole('heading', { level: 2 })).toBeInViewport();
    await khatt.expectAccessible();
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the compact timeline shows the window and its overview, and pans with a drag', async ({
    khatt,
    page,
  }) => {
    await khatt.open();
    const overview = khatt.timeline.getByRole('img', { name: khatt.t(/^نظرة عامة/, /^Overview/) });
    await expect(overview).toBeInViewport();
    const line = khatt.timeline.getByRole('paragraph').first();
    await expect(line).toContainText('2021');
    const plot = khatt.timeline.getByRole('group', { name: khatt.s('timeline:plot') });
    const box = await boxOf(plot);
    expect(box.width).toBeGreaterThan(300);
    const before = await line.textContent();
    // Dragging away from the past's side pulls the past in: leftward in Arabic, rightward in English.
    const toPast = khatt.lang === 'ar' ? -120 : 120;
    await khatt.gesturesReady();
    await page.mouse.move(box.x + box.width / 2, box.y + 30);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + toPast, box.y + 30, { steps: 8 });
    await page.mouse.up();
    await expect(line).not.toHaveText(before ?? '');
    await expect.poll(() => khatt.param('window')).not.toBeNull();
    await khatt.expectAccessible();
  });
});
