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
