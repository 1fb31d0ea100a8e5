import { expect, test } from './fixtures';
import { eventById } from './helpers';

test.use({ viewport: { width: 320, height: 700 } });

test.describe('on a narrow screen', () => {
  test('the list is the layout and nothing scrolls sideways', async ({ khatt, page }) => {
    await khatt.open();
    await expect(page.getByRole('region', { name: khatt.s('list:label') })).toBeVisible();
    await expect(khatt.timeline).toHaveCount(0);
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
