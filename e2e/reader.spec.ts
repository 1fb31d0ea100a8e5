import { expect, test } from './fixtures';
import { eventById } from './helpers';

test.describe('the article reader', () => {
  test('opens the article with every excerpt highlighted and the chosen one current and in view', async ({
    khatt,
    corpus,
    page,
  }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    const erbil = eventById(corpus, 'erbil-rocket-attack-2021-02-15');
    await khatt.open(`event=${erbil.id}`);
    // Article texts load only when first needed.
    expect(requested.filter((url) => url.endsWith('.txt'))).toEqual([]);
    await khatt.details
      .getByRole('button', {
        name: new RegExp(`^${khatt.s('details:readInArticle')}: ${khatt.t('الوطن', 'Al-Watan')}`),
      })
      .first()
      .click();
    const reader = khatt.reader;
    await expect(reader.getByRole('heading', { level: 2 })).toContainText(
      khatt.t('الوطن', 'Al-Watan'),
    );
    expect(khatt.param('article')).toBe('watan-blinken-erbil');
    // Every excerpt of every event from this article is a highlight.
    const quotes = corpus.events.flatMap((e) =>
      e.excerpts.filter((x) => x.source === 'watan-blinken-erbil').map((x) => x.quote),
    );
    const highlights = reader.getByRole('button', { name: khatt.t(/^مقتطف/, /^Excerpt of/) });
    await expect(highlights.first()).toBeVisible();
    expect(await highlights.count()).toBeGreaterThanOrEqual(new Set(quotes).size);
    const current = reader.locator('[aria-current="true"]').first();
    await expect(current).toBeInViewport();
    await expect(current).toHaveAccessibleName(new RegExp(khatt.title(erbil).slice(0, 20)));
    // The text is the article's, verbatim and as text.
    await expect(reader).toContainText('قالت الخارجية الأميركية إن الوزير أنتوني بلينكن');
    await khatt.expectAccessible();
  });

  test('activating another highlight selects its event', async ({ khatt, corpus }) => {
    await khatt.open('event=erbil-rocket-attack-2021-02-15&article=watan-blinken-erbil');
    const stoltenberg = eventById(corpus, 'stoltenberg-kadhimi-call-2021-02-16');
    const highlight = khatt.reader
      .getByRole('button', { name: new RegExp(khatt.title(stoltenberg).slice(0, 20)) })
      .first();
    await highlight.focus();
    await highlight.press('Enter');
    expect(khatt.param('event')).toBe(stoltenberg.id);
    await expect(highlight).toHaveAttribute('aria-current', 'true');
  });

  test('Escape closes the article first, then the details', async ({ khatt, page }) => {
    await khatt.open('event=erbil-rocket-attack-2021-02-15&article=watan-blinken-erbil');
    await expect(khatt.reader).toBeVisible();
    await khatt.reader.getByRole('heading', { level: 2 }).click();
    await page.keyboard.press('Escape');
    await expect(khatt.reader).toHaveCount(0);
    await expect(khatt.details).toBeVisible();
    await khatt.details.getByRole('heading', { level: 2 }).click();
    await page.keyboard.press('Escape');
    await expect(khatt.details).toHaveCount(0);
  });
});
