import { expect, test } from './fixtures';
import { actorById, at, eventById, inTimeOrder } from './helpers';

test.describe('the event details', () => {
  test('show title, precise date with its basis, kind, status, place, actors, summary and every excerpt', async ({
    khatt,
    corpus,
  }) => {
    const erbil = eventById(corpus, 'erbil-rocket-attack-2021-02-15');
    await khatt.open(`event=${erbil.id}`);
    const details = khatt.details;
    await expect(details.getByRole('heading', { level: 2 })).toHaveText(khatt.title(erbil));
    await expect(details).toContainText(khatt.t('15 شباط 2021', '15 February 2021'));
    await expect(details).toContainText(khatt.s('kinds:basis.relative'));
    await expect(details).toContainText(erbil.date.note[khatt.lang]);
    await expect(details).toContainText(khatt.s('kinds:attack'));
    await expect(details).toContainText(khatt.s('kinds:status.occurred'));
    await expect(details).toContainText(erbil.place?.[khatt.lang] ?? '');
    await expect(details).toContainText(erbil.summary[khatt.lang]);
    for (const actor of erbil.actors) {
      const name = corpus.actors.find((a) => a.id === actor.id)?.name[khatt.lang] ?? '';
      await expect(
        details.getByRole('button', { name: khatt.s('details:filterBy', { name }) }),
      ).toBeVisible();
    }
    for (const excerpt of erbil.excerpts) await expect(details).toContainText(excerpt.quote);
    await expect(details.getByRole('figure').first()).toHaveAccessibleName(
      khatt.t(/^الوطن، 18 شباط 2021$/, /^Al-Watan, 18 February 2021$/),
    );
    await khatt.expectAccessible();
  });

  test('write a month as a month and an approximate date as "about"', async ({ khatt, corpus }) => {
    await khatt.open(`event=coalition-formed-2014`);
    await expect(khatt.details).toContainText(khatt.t('تموز 2014', 'July 2014'));
    const approximate = eventById(corpus, 'copsey-coalition-support-2021-02-27');
    await khatt.open(`event=${approximate.id}`);
    await expect(khatt.details).toContainText(
      khatt.t('نحو 27 شباط 2021', 'about 27 February 2021'),
    );
  });

  test('show the subtype, and a day known from an outside record as such', async ({
    khatt,
    corpus,
  }) => {
    const strikes = eventById(corpus, 'us-airstrikes-bukamal-2021-02-26');
    await khatt.open(`event=${strikes.id}`);
    const subtype = khatt.details
      .getByRole('term')
      .filter({ hasText: khatt.s('details:subtype') })
      .locator('xpath=following-sibling::dd[1]');
    await expect(subtype).toHaveText(khatt.s('kinds:subtype.air-strike'));
    await expect(khatt.details).toContainText(khatt.s('kinds:basis.external'));
    await expect(khatt.details).toContainText(khatt.t('26 شباط 2021', '26 February 2021'));
    await expect(khatt.details).not.toContainText(khatt.t('نحو 26 شباط', 'about 26 February'));
    await khatt.expectAccessible();
  });

  test('an actor button filters the events by that actor', async ({ khatt, corpus }) => {
    const erbil = eventById(corpus, 'erbil-rocket-attack-2021-02-15');
    await khatt.open(`event=${erbil.id}`);
    const marotto = actorById(corpus, 'wayne-marotto');
    await khatt.details
      .getByRole('button', {
        name: khatt.s('details:filterBy', { name: marotto.name[khatt.lang] }),
      })
      .click();
    expect(khatt.param('actors')).toBe('wayne-marotto');
    const expected = corpus.events.filter((e) => e.actors.some((a) => a.id === 'wayne-marotto'));
    await expect(khatt.resultCount).toContainText(
      khatt.t(
        expected.length === 1 ? 'حدث واحد' : String(expected.length),
        `${expected.length} event`,
      ),
    );
    await expect(
      khatt.filters.getByRole('checkbox', { name: marotto.name[khatt.lang] }),
    ).toBeChecked();
  });

  test('previous and next step through the shown events in time order, by button and by key', async ({
    khatt,
    corpus,
    page,
  }) => {
    const ordered = inTimeOrder(corpus.events);
    const index = ordered.findIndex((e) => e.id === 'erbil-rocket-attack-2021-02-15');
    await khatt.open(`event=${at(ordered, index).id}`);
    await khatt.details.getByRole('button', { name: khatt.s('details:next'), exact: true }).click();
    await expect(khatt.details.getByRole('heading', { level: 2 })).toHaveText(
      khatt.title(at(ordered, index + 1)),
    );
    await khatt.details
      .getByRole('button', { name: khatt.s('details:previous'), exact: true })
      .click();
    await expect(khatt.details.getByRole('heading', { level: 2 })).toHaveText(
      khatt.title(at(ordered, index)),
    );
    await khatt.details.getByRole('heading', { level: 2 }).click();
    await page.keyboard.press('n');
    await expect(khatt.details.getByRole('heading', { level: 2 })).toHaveText(
      khatt.title(at(ordered, index + 1)),
    );
    await page.keyboard.press('p');
    await expect(khatt.details.getByRole('heading', { level: 2 })).toHaveText(
      khatt.title(at(ordered, index)),
    );
  });

  test('the first event cannot go back and the last cannot go forward', async ({
    khatt,
    corpus,
  }) => {
    const ordered = inTimeOrder(corpus.events);
    await khatt.open(`event=${at(ordered, 0).id}`);
    await expect(
      khatt.details.getByRole('button', { name: khatt.s('details:previous'), exact: true }),
    ).toBeDisabled();
    await khatt.open(`event=${at(ordered, -1).id}`);
    await expect(
      khatt.details.getByRole('button', { name: khatt.s('details:next'), exact: true }),
    ).toBeDisabled();
  });

  test('Escape and the close button close the details', async ({ khatt, page }) => {
    await khatt.open('event=erbil-rocket-attack-2021-02-15');
    await khatt.details.getByRole('heading', { level: 2 }).click();
    await page.keyboard.press('Escape');
    await expect(khatt.details).toHaveCount(0);
    expect(khatt.param('event')).toBeNull();
    await khatt.open('event=erbil-rocket-attack-2021-02-15');
    await khatt.details.getByRole('button', { name: khatt.s('details:close') }).click();
    await expect(khatt.details).toHaveCount(0);
  });
});
