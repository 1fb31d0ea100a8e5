import { expect, test } from './fixtures';

test.describe('first load', () => {
  test('the page opens in the project language with the right direction and is accessible', async ({
    khatt,
    page,
  }) => {
    await khatt.open();
    const html = page.locator('html');
    await expect(html).toHaveAttribute('lang', khatt.lang);
    await expect(html).toHaveAttribute('dir', khatt.lang === 'ar' ? 'rtl' : 'ltr');
    await expect(page).toHaveTitle(/Khatt/);
    await khatt.expectAccessible();
  });

  test('the language switch flips language and direction and keeps it in the link', async ({
    khatt,
    page,
  }) => {
    await khatt.open();
    await khatt.button(khatt.s('switchLanguage')).click();
    const other = khatt.lang === 'ar' ? 'en' : 'ar';
    await expect(page.locator('html')).toHaveAttribute('lang', other);
    await expect(page.locator('html')).toHaveAttribute('dir', other === 'ar' ? 'rtl' : 'ltr');
    expect(new URL(page.url()).searchParams.get('lang')).toBe(other === 'en' ? 'en' : null);
    await page.goBack();
    await expect(page.locator('html')).toHaveAttribute('lang', khatt.lang);
  });
});

test.describe('loading and appearance', () => {
  test('the layout is in place while the corpus loads, and does not jump when it arrives', async ({
    khatt,
    page,
  }) => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/data/corpus.json', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(khatt.lang === 'en' ? './?lang=en' : './');
    const main = page.getByRole('main');
    await expect(main).toHaveAttribute('aria-busy', 'true');
    await expect(main).toContainText(khatt.s('loading'));
    await expect(page.getByRole('banner')).toBeVisible();
    const before = await main.boundingBox();
    release();
    await expect(khatt.resultCount).toHaveText(/\d/);
    await expect(main).toHaveAttribute('aria-busy', 'false');
    const after = await main.boundingBox();
    expect(after?.y).toBe(before?.y);
    expect(after?.x).toBe(before?.x);
  });

  test('dark mode and reduced motion keep every state accessible', async ({ khatt, page }) => {
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await khatt.open('event=erbil-rocket-attack-2021-02-15');
    await khatt.expectAccessible();
    await khatt.open('event=erbil-rocket-attack-2021-02-15&article=watan-blinken-erbil');
    await expect(khatt.reader).toBeVisible();
    await khatt.expectAccessible();
  });
});
