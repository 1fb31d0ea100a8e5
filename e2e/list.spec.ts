import { expect, test } from './fixtures';
import { eventById, inTimeOrder } from './helpers';

test.describe('the list view', () => {
  test('shows the same filtered events in time order, grouped by month', async ({
    khatt,
    corpus,
  }) => {
    await khatt.open('kinds=attack');
    await khatt.button(khatt.s('view.list')).click();
    const list = khatt.page.getByRole('region', { name: khatt.s('list:label') });
    await expect(list).toBeVisible();
    const attacks = inTimeOrder(corpus.events.filter((e) => e.kind === 'attack'));
    const items = list.getByRole('button', { name: /، |, / });
    await expect(items).toHaveCount(attacks.length);
    const names = await items.evaluateAll((els) =>
      els.map((el) => el.getAttribute('aria-label') ?? el.textContent ?? ''),
    );
    // Same order as time order (the accessible name starts with the title).
    attacks.forEach((event, i) => expect(names[i]).toContain(khatt.title(event)));
    await expect(
      list.getByRole('heading', { name: khatt.t('شباط 2021', 'February 2021') }),
    ).toBeVisible();
    await khatt.expectAccessible();
  });

  test('shares the selection with the timeline', async ({ khatt, corpus }) => {
    const erbil = eventById(corpus, 'erbil-rocket-attack-2021-02-15');
    await khatt.open('view=list');
    const list = khatt.page.getByRole('region', { name: khatt.s('list:label') });
    await khatt.eventButton(erbil, list).click();
    await expect(khatt.details.getByRole('heading', { level: 2 })).toHaveText(khatt.title(erbil));
    await expect(khatt.eventButton(erbil, list)).toHaveAttribute('aria-current', 'true');
    await khatt.button(khatt.s('view.timeline')).click();
    await expect(khatt.eventButton(erbil, khatt.timeline)).toHaveAttribute('aria-current', 'true');
  });

  test('says so when nothing matches, and offers to clear the filters', async ({
    khatt,
    corpus,
  }) => {
    await khatt.open('view=list&q=zzzzqqq');
    const list = khatt.page.getByRole('region', { name: khatt.s('list:label') });
    await expect(list).toContainText(khatt.s('list:empty'));
    await list.getByRole('button', { name: khatt.s('list:clearAll') }).click();
    await expect(list.getByRole('button', { name: /، |, / })).toHaveCount(corpus.events.length);
  });
});
