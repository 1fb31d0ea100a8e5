import type { KhattPage } from './fixtures';
import { expect, test } from './fixtures';
import { actorById } from './helpers';

/** The count line exactly as the app must phrase it, with the language's plural rules. */
function countLine(khatt: KhattPage, shown: number, total: number): string {
  const form = new Intl.PluralRules(khatt.lang).select(shown);
  return khatt.s(`shownCount_${form}`, { shown, total });
}

test.describe('filters', () => {
  test('an actor filters the events, with the count in the right plural form', async ({
    khatt,
    corpus,
  }) => {
    await khatt.open();
    const total = corpus.events.length;
    await expect(khatt.resultCount).toHaveText(countLine(khatt, total, total));
    const kadhimi = actorById(corpus, 'kadhimi');
    await khatt.filters.getByRole('checkbox', { name: kadhimi.name[khatt.lang] }).check();
    const shown = corpus.events.filter((e) => e.actors.some((a) => a.id === 'kadhimi')).length;
    await expect(khatt.resultCount).toHaveText(countLine(khatt, shown, total));
    expect(khatt.param('actors')).toBe('kadhimi');
    await khatt.expectAccessible();
  });

  test('"any of" and "all of" combine several actors', async ({ khatt, corpus, page }) => {
    await khatt.open('actors=kadhimi,blinken');
    const total = corpus.events.length;
    const has = (id: string) => (e: (typeof corpus.events)[number]) =>
      e.actors.some((a) => a.id === id);
    const any = corpus.events.filter((e) => has('kadhimi')(e) || has('blinken')(e)).length;
    const all = corpus.events.filter((e) => has('kadhimi')(e) && has('blinken')(e)).length;
    await expect(khatt.resultCount).toHaveText(countLine(khatt, any, total));
    await page.getByRole('radio', { name: khatt.s('filters:actors.match.all') }).check();
    await expect(khatt.resultCount).toHaveText(countLine(khatt, all, total));
    expect(khatt.param('match')).toBe('all');
  });

  test('each actor shows how many events it would show, and the actor list can be searched', async ({
    khatt,
    corpus,
  }) => {
    await khatt.open('kinds=attack');
    const checkbox = khatt.filters.getByRole('checkbox', {
      name: khatt.t('الولايات المتحدة', 'United States'),
    });
    const expected = corpus.events.filter(
      (e) => e.kind === 'attack' && e.actors.some((a) => a.id === 'united-states'),
    ).length;
    await expect(checkbox).toHaveAccessibleDescription(new RegExp(`\\b${expected}\\b`));
    await khatt.filters
      .getByRole('searchbox', { name: khatt.s('filters:actors.search') })
      .fill(khatt.t('بلينكن', 'Blinken'));
    await expect(
      khatt.filters.getByRole('checkbox', { name: khatt.t('أنتوني بلينكن', 'Antony Blinken') }),
    ).toBeVisible();
    await expect(
      khatt.filters.getByRole('checkbox', { name: khatt.t('مصطفى الكاظمي', 'Mustafa al-Kadhimi') }),
    ).toHaveCount(0);
  });

  test('kind toggles show only the chosen kinds', async ({ khatt, corpus }) => {
    await khatt.open();
    await khatt.kindToggle('withdrawal').click();
    await expect(khatt.kindToggle('withdrawal')).toHaveAttribute('aria-pressed', 'true');
    const shown = corpus.events.filter((e) => e.kind === 'withdrawal').length;
    await expect(khatt.resultCount).toHaveText(countLine(khatt, shown, corpus.events.length));
    expect(khatt.param('kinds')).toBe('withdrawal');
  });

  test('typed from/to dates narrow the events, read day first and echoed as the page writes dates', async ({
    khatt,
    corpus,
  }) => {
    await khatt.open();
    const from = khatt.filters.getByLabel(khatt.s('filters:dates.from'), { exact: true });
    const to = khatt.filters.getByLabel(khatt.s('filters:dates.to'), { exact: true });
    // 1/7/2021 is the first of July, as an Iraqi (or British) reader writes it.
    await from.fill('1/7/2021');
    await to.fill(khatt.t('31 تموز 2021', '31 July 2021'));
    await to.blur();
    const shown = corpus.events.filter(
      (e) => e.date.end >= '2021-07-01' && e.date.start <= '2021-07-31',
    ).length;
    await expect(khatt.resultCount).toHaveText(countLine(khatt, shown, corpus.events.length));
    expect(khatt.param('from')).toBe('2021-07-01');
    expect(khatt.param('to')).toBe('2021-07-31');
    await expect(from).toHaveValue(khatt.t('1 تموز 2021', '1 July 2021'));
    await expect(to).toHaveValue(khatt.t('31 تموز 2021', '31 July 2021'));
    // Something that is no day is said so once the user leaves the field; the URL keeps its dates.
    await from.fill(khatt.t('30 شباط 2021', '30 February 2021'));
    await from.blur();
    await expect(khatt.filters.getByText(khatt.s('filters:dates.invalid'))).toBeVisible();
    await expect(from).toHaveAttribute('aria-invalid', 'true');
    expect(khatt.param('from')).toBe('2021-07-01');
    await khatt.expectAccessible();
  });

  test('text search folds Arabic spelling variants and ignores case, and "/" focuses it', async ({
    khatt,
    page,
  }) => {
    await khatt.open();
    await page.keyboard.press('/');
    const search = khatt.filters.getByRole('searchbox', { name: khatt.s('filters:search.label') });
    await expect(search).toBeFocused();
    // "اربيل" without the hamza finds "أربيل"; "ERBIL" finds "Erbil".
    await search.fill(khatt.t('اربيل', 'ERBIL'));
    await expect(khatt.resultCount).not.toHaveText(/^40|40 events shown/);
    const folded = await khatt.resultCount.textContent();
    await search.fill(khatt.t('أربيل', 'erbil'));
    await expect(khatt.resultCount).toHaveText(folded ?? '');
    await expect.poll(() => khatt.param('q')).not.toBeNull();
  });

  test('search folds أمريكي/أميركي, an optional article and month names, and marks the matches', async ({
    khatt,
    page,
  }) => {
    test.slow();
    await khatt.open('view=list');
    const search = khatt.filters.getByRole('searchbox', { name: khatt.s('filters:search.label') });
    const shownFor = async (q: string) => {
      await search.fill(q);
      await search.press('Enter');
      await expect.poll(() => khatt.param('q')).toBe(q);
      const text = (await khatt.resultCount.textContent()) ?? '';
      return Number(/\d+/.exec(text)?.[0] ?? NaN);
    };
    const american = await shownFor('أميركي');
    expect(american).toBeGreaterThan(0);
    expect(await shownFor('امريكي')).toBe(american);
    expect(await shownFor('الأمريكية')).toBe(await shownFor('الأميركية'));
    const withdrawal = await shownFor('انسحاب');
    expect(await shownFor('الانسحاب')).toBe(withdrawal);
    const february = await shownFor('شباط 2021');
    expect(february).toBeGreaterThan(0);
    expect(await shownFor('فبراير 2021')).toBe(february);
    expect(await shownFor('February 2021')).toBe(february);
    // The list marks where the search matched, as the text is written.
    await khatt.open(`q=${encodeURIComponent(khatt.t('امريكي', 'AMERICAN'))}&view=list`);
    const list = page.getByRole('region', { name: khatt.s('list:label') });
    // <mark> has no ARIA role Playwright knows; the element is what a user sees marked.
    const marks = list.locator('mark');
    await expect(marks.first()).toBeVisible();
    const written = khatt.t(/^[أا]م[ي]?ر[ي]?كي$/, /^american$/i);
    for (const text of await marks.allTextContents()) {
      expect(text.replace(/[\u064B-\u065F]/g, '')).toMatch(written);
    }
    await khatt.expectAccessible();
  });

  test('one control clears every filter', async ({ khatt, corpus }) => {
    await khatt.open('actors=kadhimi&kinds=attack&q=x&from=2021-01-01');
    const clear = khatt.filters.getByRole('button', {
      name: khatt.s('filters:clearAll'),
      exact: true,
    });
    await clear.focus();
    await clear.press('Enter');
    const total = corpus.events.length;
    await expect(khatt.resultCount).toHaveText(countLine(khatt, total, total));
    for (const param of ['actors', 'kinds', 'q', 'from']) expect(khatt.param(param)).toBeNull();
    // Nothing left to clear: the button says so, and keeps the keyboard user's place.
    await expect(clear).toBeDisabled();
    await expect(clear).toBeFocused();
  });

  test('the count line uses every Arabic plural form it meets', async ({ khatt, corpus }) => {
    // politico: one event; safeen-dizayee: two; withdrawal: few (3–10); diplomacy: many (11–99).
    for (const query of [
      'actors=politico',
      'actors=safeen-dizayee',
      'kinds=withdrawal',
      'kinds=diplomacy',
    ]) {
      await khatt.open(query);
      const text = await khatt.resultCount.textContent();
      const [key, value] = query.split('=') as [string, string];
      const shown = corpus.events.filter((e) =>
        key === 'kinds' ? e.kind === value : e.actors.some((a) => a.id === value),
      ).length;
      expect(text).toBe(countLine(khatt, shown, corpus.events.length));
    }
  });

  test('a subtype narrows its own kind only, with counts, and goes into the link', async ({
    khatt,
    corpus,
    page,
  }) => {
    await khatt.open();
    const total = corpus.events.length;
    await page.getByText(khatt.s('filters:subtypes.summary'), { exact: true }).click();
    const rocket = khatt.filters.getByRole('checkbox', {
      name: khatt.s('kinds:subtype.rocket'),
      exact: true,
    });
    const rockets = corpus.events.filter((e) => e.subtype === 'rocket').length;
    await expect(rocket).toHaveAccessibleDescription(
      khatt.s(`filters:count_${new Intl.PluralRules(khatt.lang).select(rockets)}`, {
        count: rockets,
        n: String(rockets),
      }),
    );
    await rocket.check();
    expect(khatt.param('subtypes')).toBe('rocket');
    // Attacks narrow to rockets; withdrawal and diplomacy stay whole.
    const shown = corpus.events.filter((e) => e.kind !== 'attack' || e.subtype === 'rocket').length;
    expect(shown).toBeLessThan(total);
    await expect(khatt.resultCount).toHaveText(countLine(khatt, shown, total));
    await khatt.kindToggle('attack').click();
    await expect(khatt.resultCount).toHaveText(countLine(khatt, rockets, total));
    await khatt.expectAccessible();
  });
});
