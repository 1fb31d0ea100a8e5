import { expect, test } from './fixtures';
import { eventById } from './helpers';

const HICKEY = 'hickey-warns-isis-scenario-2020-11';

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

  test('Read in article on a later excerpt scrolls to that excerpt and marks it current', async ({
    khatt,
    corpus,
  }) => {
    const event = eventById(corpus, HICKEY);
    await khatt.open(`event=${HICKEY}`);
    // The 7th of its 8 passages, far down the article from the first.
    await khatt.details
      .getByRole('button', { name: new RegExp(`^${khatt.s('details:readInArticle')}`) })
      .nth(6)
      .click();
    expect(khatt.param('excerpt')).toBe(`${HICKEY}.7`);
    const current = khatt.reader.locator('[aria-current="true"]');
    await expect(current.first()).toBeInViewport();
    await expect(current.first()).toHaveAccessibleDescription(
      khatt.s('reader:passageOf', { index: 7, total: event.excerpts.length }),
    );
    const quote = event.excerpts[6]?.quote ?? '';
    await expect(current.first()).toContainText(quote.slice(0, 12));
    // The event's first passage is the event's, set apart, but not the current one.
    const first = khatt.reader.getByRole('button', {
      description: khatt.s('reader:passageOf', { index: 1, total: event.excerpts.length }),
    });
    await expect(first.first()).not.toHaveAttribute('aria-current', 'true');
    await expect(
      khatt.reader
        .getByRole('status')
        .filter({ hasText: khatt.s('reader:passagePosition', { index: 7, total: 8 }) }),
    ).toBeVisible();
    await khatt.expectAccessible();
  });

  test('steps to the next and previous passage with the buttons and N/P', async ({
    khatt,
    page,
  }) => {
    await khatt.open(`event=${HICKEY}&article=hickey-interview&excerpt=${HICKEY}.7`);
    const next = khatt.reader.getByRole('button', {
      name: khatt.s('reader:nextPassage'),
      exact: true,
    });
    await next.click();
    expect(khatt.param('excerpt')).toBe(`${HICKEY}.8`);
    await expect(
      khatt.reader.getByRole('status').filter({
        hasText: khatt.s('reader:passagePosition', { index: 8, total: 8 }),
      }),
    ).toBeVisible();
    await expect(next).toHaveAttribute('aria-disabled', 'true');
    await page.keyboard.press('p');
    await expect.poll(() => khatt.param('excerpt')).toBe(`${HICKEY}.7`);
    await page.keyboard.press('p');
    await expect.poll(() => khatt.param('excerpt')).toBe(`${HICKEY}.6`);
    await expect(khatt.reader.locator('[aria-current="true"]').first()).toBeInViewport();
    await page.keyboard.press('n');
    await expect.poll(() => khatt.param('excerpt')).toBe(`${HICKEY}.7`);
  });

  test('a link to an excerpt opens its event and article and marks it in view', async ({
    khatt,
    corpus,
  }) => {
    await khatt.open(`excerpt=${HICKEY}.7`);
    await expect(khatt.reader).toBeVisible();
    await expect.poll(() => khatt.param('article')).toBe('hickey-interview');
    expect(khatt.param('event')).toBe(HICKEY);
    const current = khatt.reader.locator('[aria-current="true"]').first();
    await expect(current).toBeInViewport();
    await expect(current).toContainText(
      (eventById(corpus, HICKEY).excerpts[6]?.quote ?? '').slice(0, 12),
    );
    // Hovering names the highlight's event.
    await current.hover();
    await expect(
      khatt.reader.getByText(khatt.s('reader:passageOf', { index: 7, total: 8 })).last(),
    ).toBeVisible();
  });

  test('an unknown or malformed excerpt id is named and the rest of the link kept', async ({
    khatt,
    page,
  }) => {
    for (const bad of [`${HICKEY}.99`, 'not an id']) {
      await khatt.open(`event=${HICKEY}&excerpt=${encodeURIComponent(bad)}&kinds=diplomacy`);
      const notice = page.getByRole('status').filter({ hasText: khatt.s('linkIgnored') });
      await expect(notice).toContainText(khatt.s('paramName.excerpt'));
      expect(khatt.param('excerpt')).toBeNull();
      expect(khatt.param('event')).toBe(HICKEY);
      expect(khatt.param('kinds')).toBe('diplomacy');
      await expect(khatt.details).toBeVisible();
    }
    await khatt.expectAccessible();
  });
});
