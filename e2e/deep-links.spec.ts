import { expect, isolated, test } from './fixtures';
import { actorById, eventById } from './helpers';

test.describe('deep links', () => {
  test('a copied link reopens the same view in a new page', async ({
    khatt,
    corpus,
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await khatt.open();
    const kadhimi = actorById(corpus, 'kadhimi');
    await khatt.filters.getByRole('checkbox', { name: kadhimi.name[khatt.lang] }).check();
    await khatt.kindToggle('diplomacy').click();
    const call = eventById(corpus, 'stoltenberg-kadhimi-call-2021-02-16');
    await khatt.eventButton(call, khatt.timeline).click();
    await khatt.details
      .getByRole('button', { name: new RegExp(`^${khatt.s('details:readInArticle')}`) })
      .first()
      .click();
    await expect(khatt.reader).toBeVisible();
    await khatt.button(khatt.s('copyLink')).click();
    await expect(page.getByRole('status').filter({ hasText: khatt.s('linkCopied') })).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    // The selected event's own entry (it gives the link preview), the rest of the view in the query.
    expect(new URL(link).pathname).toBe(`/${khatt.lang === 'en' ? 'en/' : ''}e/${call.id}/`);
    const count = await khatt.resultCount.textContent();

    const other = await context.newPage();
    await other.goto(link);
    await expect(other).toHaveURL(page.url());
    const again = new (khatt.constructor as typeof import('./fixtures').KhattPage)(
      other,
      khatt.lang,
    );
    await expect(again.resultCount).toHaveText(count ?? '');
    // With the article open, the reader names the selected event (the details wait behind it).
    await expect(again.reader).toContainText(
      khatt.s('reader:selected', { title: khatt.title(call) }),
    );
    await expect(
      again.filters.getByRole('checkbox', { name: kadhimi.name[khatt.lang] }),
    ).toBeChecked();
    await expect(again.kindToggle('diplomacy')).toHaveAttribute('aria-pressed', 'true');
    await expect(other.locator('html')).toHaveAttribute('lang', khatt.lang);
    await other.close();
  });

  test('Back and Forward walk through selections and filters', async ({ khatt, corpus, page }) => {
    await khatt.open();
    const first = eventById(corpus, 'erbil-rocket-attack-2021-02-15');
    const second = eventById(corpus, 'diwaniyah-convoy-ied-2021-02-27');
    await khatt.eventButton(first, khatt.timeline).click();
    await khatt.eventButton(second, khatt.timeline).click();
    await khatt.kindToggle('attack').click();
    expect(khatt.param('kinds')).toBe('attack');
    await page.goBack();
    await expect.poll(() => khatt.param('kinds')).toBeNull();
    await page.goBack();
    await expect(khatt.details.getByRole('heading', { level: 2 })).toHaveText(khatt.title(first));
    await page.goForward();
    await expect(khatt.details.getByRole('heading', { level: 2 })).toHaveText(khatt.title(second));
  });

  test('a link to a merged event opens the event it became, and one to a removed event says so', async ({
    khatt,
    corpus,
    page,
  }) => {
    const visit = eventById(corpus, 'fuad-hussein-tehran-visit-2021-02-27');
    await khatt.open('event=zarif-condemns-us-strikes-2021-02-27');
    await expect(khatt.details.getByRole('heading', { level: 2 })).toHaveText(khatt.title(visit));
    await expect.poll(() => khatt.param('event')).toBe(visit.id);
    const notice = page.getByRole('status').filter({ hasText: khatt.s('linkIgnored') });
    const merged = corpus.redirects?.find((r) => r.from === 'zarif-condemns-us-strikes-2021-02-27');
    await expect(notice).toContainText(
      khatt.s('ignoredReason.moved', {
        value: isolated('zarif-condemns-us-strikes-2021-02-27'),
        to: isolated(visit.id),
        why: merged?.reason[khatt.lang] ?? 'no reason',
      }),
    );
    await khatt.expectAccessible();

    await khatt.open('event=truss-london-speech-2021-11-30');
    const removed = corpus.redirects?.find((r) => r.from === 'truss-london-speech-2021-11-30');
    await expect(notice).toContainText(
      khatt.s('ignoredReason.removed', {
        value: isolated('truss-london-speech-2021-11-30'),
        why: removed?.reason[khatt.lang] ?? 'no reason',
      }),
    );
    expect(khatt.param('event')).toBeNull();
    await expect(khatt.details).toHaveCount(0);
  });

  test('a link with an unknown event, an unknown actor and garbage opens with a short notice', async ({
    khatt,
    page,
  }) => {
    await khatt.open('event=no-such-event&actors=kadhimi,nobody&kinds=attack,bogus&colour=red');
    const notice = page.getByRole('status').filter({ hasText: khatt.s('linkIgnored') });
    await expect(notice).toBeVisible();
    // Each value is isolated, so Latin ids cannot reorder the Arabic sentence around them.
    await expect(notice).toContainText(isolated('no-such-event'));
    await expect(notice).toContainText('nobody');
    // What was valid still applies; the address is rewritten to its canonical form.
    expect(khatt.param('actors')).toBe('kadhimi');
    expect(khatt.param('kinds')).toBe('attack');
    expect(khatt.param('event')).toBeNull();
    expect(khatt.param('colour')).toBeNull();
    await khatt.expectAccessible();
    await notice.getByRole('button', { name: khatt.s('dismiss') }).click();
    await expect(notice).toHaveCount(0);
  });

  test('a zoom window in the link opens the timeline on that window', async ({ khatt }) => {
    await khatt.open('window=2021-07-20..2021-07-28');
    const line = khatt.timeline.getByRole('paragraph').first();
    await expect(line).toContainText(khatt.t('تموز 2021', 'July 2021'));
    await expect(line).not.toContainText(khatt.t('شباط', 'February'));
    expect(khatt.param('window')).toBe('2021-07-20..2021-07-28');
  });
});
