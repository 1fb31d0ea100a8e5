import type { Page } from '@playwright/test';
import { DATE_LOCALES } from '../src/domain/date-format';
import { expect, test, type KhattPage } from './fixtures';
import { boxOf, eventById as byId } from './helpers';

/** The window line above the plot, e.g. "13 February – 1 March 2021 19 events in view". */
const windowLine = (page: Page) => page.getByRole('region').getByRole('paragraph').first();

/** A `window` parameter (inclusive ISO days) as epoch ms, with the parameter itself. */
function windowOf(param: string | null): { param: string; start: number; end: number } {
  const match = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(param ?? '');
  if (!match) throw new Error(`not a window: ${param}`);
  return { param: match[0], start: Date.parse(match[1] ?? ''), end: Date.parse(match[2] ?? '') };
}

/** Two UTC days as the app writes a range, formatted by the browser's own Intl. */
function dayRange(khatt: KhattPage, start: number, end: number): Promise<string> {
  return khatt.page.evaluate(
    ([locale, a, b]) =>
      new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }).formatRange(a, b),
    [DATE_LOCALES[khatt.lang], start, end] as const,
  );
}

/** Relative luminance contrast of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (rgb: string) => {
    const [r = 0, g = 0, bl = 0] = (rgb.match(/\d+(\.\d+)?/g) ?? []).map(Number).map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

test.describe('the timeline', () => {
  test('runs right to left in Arabic and left to right in English', async ({ khatt, corpus }) => {
    await khatt.open();
    const early = await boxOf(
      khatt.eventButton(byId(corpus, 'erbil-rocket-attack-2021-02-15'), khatt.timeline),
    );
    const late = await boxOf(
      khatt.eventButton(byId(corpus, 'diwaniyah-convoy-ied-2021-02-27'), khatt.timeline),
    );
    if (khatt.lang === 'ar') expect(early.x).toBeGreaterThan(late.x);
    else expect(early.x).toBeLessThan(late.x);
  });

  test('has one labelled lane per kind, each mark named by title, date and kind', async ({
    khatt,
    corpus,
  }) => {
    await khatt.open();
    for (const kind of ['withdrawal', 'attack', 'diplomacy'] as const) {
      const lane = khatt.timeline.getByRole('group', { name: khatt.s(`timeline:lane.${kind}`) });
      await expect(lane.getByRole('button').first()).toBeVisible();
    }
    const erbil = byId(corpus, 'erbil-rocket-attack-2021-02-15');
    const date = khatt.lang === 'ar' ? '15 شباط 2021' : '15 February 2021';
    await expect(khatt.eventButton(erbil, khatt.timeline)).toHaveAccessibleName(
      `${khatt.title(erbil)}${khatt.t('، ', ', ')}${date}${khatt.t('، ', ', ')}${khatt.s('kinds:attack')}`,
    );
  });

  test('draws kinds in colours with at least 3:1 contrast against the background', async ({
    khatt,
    page,
  }) => {
    await khatt.open();
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    for (const kind of ['withdrawal', 'attack', 'diplomacy'] as const) {
      const mark = khatt.timeline
        .getByRole('group', { name: khatt.s(`timeline:lane.${kind}`) })
        .getByRole('button')
        .first();
      // The shape that carries the colour: the largest painted one in the item (the focus
      // ring is unpainted until focused, the label is text). Its ink is the fill where the
      // fill is solid, else the outline.
      const colour = await mark.evaluate((el) => {
        const painted = [...el.querySelectorAll('path, rect, circle, polygon')].flatMap((shape) => {
          const style = getComputedStyle(shape);
          const solid = style.fill !== 'none' && Number(style.fillOpacity) >= 0.99;
          const ink = solid ? style.fill : style.stroke;
          if (ink === 'none' || style.visibility === 'hidden') return [];
          const box = (shape as SVGGraphicsElement).getBBox();
          return [{ ink, area: box.width * box.height }];
        });
        painted.sort((a, b) => b.area - a.area);
        return painted[0]?.ink ?? 'none';
      });
      expect(colour, `${kind} has a painted shape`).toMatch(/^rgb/);
      expect(
        contrast(colour, background),
        `${kind} ${colour} on ${background}`,
      ).toBeGreaterThanOrEqual(3);
    }
  });

  test('marks approximate and planned events so they read differently, and explains it in a legend', async ({
    khatt,
    corpus,
  }) => {
    await khatt.open();
    const legend = khatt.timeline.getByRole('list', { name: khatt.s('timeline:legend.title') });
    for (const key of ['approximate', 'planned', 'reported', 'span', 'cluster']) {
      await expect(legend).toContainText(khatt.s(`timeline:legend.${key}`));
    }
    const planned = khatt.eventButton(
      byId(corpus, 'nato-mission-expansion-planned-2021-02'),
      khatt.timeline,
    );
    await expect(planned).toHaveAccessibleDescription(
      new RegExp(khatt.s('timeline:legend.planned').slice(0, 8)),
    );
    const approximate = khatt.eventButton(
      byId(corpus, 'green-zone-rocket-attack-2021-02'),
      khatt.timeline,
    );
    await expect(approximate).toHaveAccessibleDescription(
      new RegExp(khatt.s('timeline:legend.approximate')),
    );
  });

  test('opens the busy weeks first, without piles: overlapping marks become a counted cluster that opens', async ({
    khatt,
    page,
  }) => {
    await khatt.open();
    await expect(windowLine(page)).toContainText('2021');
    const cluster = khatt.timeline
      .getByRole('button', { name: khatt.t(/اختر(ه|هما|ها) لرؤيت/, /Select to see/) })
      .first();
    await expect(cluster).toHaveText(/^\d+$/);
    const before = await windowLine(page).textContent();
    await cluster.click();
    // It opens: zoomed in where that parts its events, else listed beside it.
    await expect
      .poll(
        async () =>
          (await page.getByRole('dialog').count()) > 0 ||
          (await windowLine(page).textContent()) !== before,
      )
      .toBe(true);
  });

  test('zooms with the buttons and the keyboard, and shows everything in one step', async ({
    khatt,
    page,
    corpus,
  }) => {
    await khatt.open();
    const entries = await page.evaluate(() => window.history.length);
    const first = await windowLine(page).textContent();
    await khatt.button(khatt.s('timeline:zoomOut')).click();
    await expect(windowLine(page)).not.toHaveText(first ?? '');
    await khatt.button(khatt.s('timeline:showAll')).click();
    await expect(windowLine(page)).toContainText(String(corpus.events.length));
    // Zooming replaces the history entry rather than adding one.
    expect(await page.evaluate(() => window.history.length)).toBe(entries);
    await khatt.button(khatt.s('timeline:firstView')).click();
    await expect(windowLine(page)).toHaveText(first ?? '');
    await khatt.timeline
      .getByRole('group', { name: khatt.s('timeline:plot') })
      .getByRole('button')
      .first()
      .focus();
    const zoomed = await windowLine(page).textContent();
    await page.keyboard.press('+');
    await expect(windowLine(page)).not.toHaveText(zoomed ?? '');
  });

  test('shows everything with the quiet years compressed, so the busy years get the width', async ({
    khatt,
    corpus,
  }) => {
    await khatt.open();
    await khatt.button(khatt.s('timeline:showAll')).click();
    const plot = khatt.timeline.getByRole('group', { name: khatt.s('timeline:plot') });
    const box = await boxOf(plot);
    const vote = await boxOf(
      khatt.eventButton(byId(corpus, 'parliament-votes-expulsion-2020-01-05'), plot),
    );
    // From January 2020 to the axis's end, at least (the mark lies within its button): on a
    // linear axis about a fifth of the width (0.20 measured), 2012–2019 taking most of the rest.
    const future = khatt.lang === 'ar' ? vote.x - box.x : box.x + box.width - (vote.x + vote.width);
    expect(future / box.width).toBeGreaterThan(0.35);
    // The years before still have their events, each as a mark of its own.
    await expect(khatt.eventButton(byId(corpus, 'us-withdrawal-2011'), plot)).toBeVisible();
    await expect(khatt.eventButton(byId(corpus, 'coalition-formed-2014'), plot)).toBeVisible();
    await khatt.expectAccessible();
  });

  test('zooms with the wheel and pans with a drag that pulls the past in from its side', async ({
    khatt,
    page,
  }) => {
    await khatt.open();
    const plot = khatt.timeline.getByRole('group', { name: khatt.s('timeline:plot') });
    const box = await boxOf(plot);
    const first = await windowLine(page).textContent();
    await khatt.gesturesReady();
    await page.mouse.move(box.x + box.width / 2, box.y + 40);
    await page.mouse.wheel(0, 400);
    await expect(windowLine(page)).not.toHaveText(first ?? '');
    await expect.poll(() => khatt.param('window')).not.toBeNull();
    const zoomed = windowOf(khatt.param('window'));
    // The content follows the pointer, so dragging away from the past's side brings the past
    // into view: leftward in Arabic (the past is on the right), rightward in English.
    const toPast = khatt.lang === 'ar' ? -150 : 150;
    await page.mouse.move(box.x + box.width / 2, box.y + 20);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + toPast, box.y + 20, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => khatt.param('window')).not.toBe(zoomed.param);
    const panned = windowOf(khatt.param('window'));
    expect(panned.start, `${zoomed.param} → ${panned.param}`).toBeLessThan(zoomed.start);
    // A pan keeps the window's length (within a day of rounding).
    expect(Math.abs(panned.end - panned.start - (zoomed.end - zoomed.start))).toBeLessThanOrEqual(
      86_400_000,
    );
  });

  test('a wheel right after a zoom button zooms on from the window the button showed', async ({
    khatt,
    page,
  }) => {
    const plot = khatt.timeline.getByRole('group', { name: khatt.s('timeline:plot') });
    const zoomOut = khatt.button(khatt.s('timeline:zoomOut'));
    const settled = async () => {
      await expect.poll(() => khatt.param('window')).not.toBeNull();
      // The wheel commits within 250 ms; a window unchanged for 600 ms is where it rests.
      let last = khatt.param('window');
      for (;;) {
        await page.waitForTimeout(600);
        const now = khatt.param('window');
        if (now === last) return windowOf(now);
        last = now;
      }
    };
    // The button alone, from the first view.
    await khatt.open();
    await khatt.gesturesReady();
    await zoomOut.click();
    const clicked = await settled();
    // Again, with a wheel zoom-out at once, before React has rendered the button's window: the
    // wheel must start from the window on screen, not jump back to the one before the click.
    await khatt.open();
    await khatt.gesturesReady();
    const box = await boxOf(plot);
    await page.mouse.move(box.x + box.width / 2, box.y + 40);
    await zoomOut.click();
    await page.mouse.move(box.x + box.width / 2, box.y + 40);
    await page.mouse.wheel(0, 100);
    const wheeled = await settled();
    const length = (w: { start: number; end: number }) => w.end - w.start;
    expect(length(wheeled), `${clicked.param} → ${wheeled.param}`).toBeGreaterThan(length(clicked));
  });

  test('the overview strip shows the whole span and its brush moves the main view', async ({
    khatt,
    page,
  }) => {
    await khatt.open();
    const overview = khatt.timeline.getByRole('img', {
      name: khatt.t(/^نظرة عامة/, /^Overview/),
    });
    await expect(overview).toBeVisible();
    // Keep a window first, so the URL says where the view is.
    await khatt.button(khatt.s('timeline:zoomOut')).click();
    await expect.poll(() => khatt.param('window')).not.toBeNull();
    const before = windowOf(khatt.param('window'));
    const box = await boxOf(overview);
    // A click near the strip's earliest end (the right in Arabic, the left in English) shows
    // the year there: the window moves earlier, by years.
    await page.mouse.click(
      box.x + box.width * (khatt.lang === 'ar' ? 0.95 : 0.05),
      box.y + box.height / 2,
    );
    await expect.poll(() => khatt.param('window')).not.toBe(before.param);
    const after = windowOf(khatt.param('window'));
    expect(after.start, `${before.param} → ${after.param}`).toBeLessThan(
      before.start - 365 * 86_400_000,
    );
  });

  test('is one tab stop; arrows follow the reading direction; Enter selects', async ({
    khatt,
    page,
  }) => {
    await khatt.open();
    const plot = khatt.timeline.getByRole('group', { name: khatt.s('timeline:plot') });
    await plot.getByRole('button').first().focus();
    const focusedBox = () =>
      page.evaluate(() => {
        const r = (document.activeElement as Element).getBoundingClientRect();
        return { x: r.x + r.width / 2, name: document.activeElement?.getAttribute('aria-label') };
      });
    await page.keyboard.press('Home');
    const start = await focusedBox();
    // Home goes to the earliest event: on the right in Arabic, on the left in English.
    await page.keyboard.press(khatt.lang === 'ar' ? 'ArrowLeft' : 'ArrowRight');
    const next = await focusedBox();
    expect(next.name).not.toBe(start.name);
    if (khatt.lang === 'ar') expect(next.x).toBeLessThanOrEqual(start.x);
    else expect(next.x).toBeGreaterThanOrEqual(start.x);
    // Only one mark is in the tab order.
    const tabbable = await plot
      .getByRole('button')
      .evaluateAll((els) => els.filter((el) => el.getAttribute('tabindex') === '0').length);
    expect(tabbable).toBe(1);
    await page.keyboard.press('Enter');
    await expect(khatt.details).toBeVisible();
    expect(khatt.param('event')).not.toBeNull();
  });

  test('clicking a mark selects it and marks it as current', async ({ khatt, corpus }) => {
    await khatt.open();
    const erbil = byId(corpus, 'erbil-rocket-attack-2021-02-15');
    await khatt.eventButton(erbil, khatt.timeline).click();
    await expect(khatt.details.getByRole('heading', { level: 2 })).toHaveText(khatt.title(erbil));
    await expect(khatt.eventButton(erbil, khatt.timeline)).toHaveAttribute('aria-current', 'true');
    expect(khatt.param('event')).toBe(erbil.id);
  });

  test('labels the axis with month names in the UI language', async ({ khatt, page }) => {
    await khatt.open();
    await khatt.button(khatt.s('timeline:zoomOut')).click();
    await khatt.button(khatt.s('timeline:zoomOut')).click();
    // The axis itself (decorative, so it has no role): not the toolbar's readout or a title.
    const axis = page.getByTestId('timeline-axis');
    await expect(axis).toContainText(khatt.t(/شباط|آذار|كانون/, /Feb|Mar|Jan/));
    await expect(axis).not.toContainText(khatt.t(/Feb|Mar|Jan/, /شباط|آذار|كانون/));
  });

  test('marks khatt:drawn after load and again after a filter change', async ({ khatt, page }) => {
    await khatt.open();
    await expect
      .poll(() => page.evaluate(() => performance.getEntriesByName('khatt:drawn').length))
      .toBeGreaterThan(0);
    const before = await page.evaluate(() => performance.getEntriesByName('khatt:drawn').length);
    await khatt.kindToggle('attack').click();
    await expect
      .poll(() => page.evaluate(() => performance.getEntriesByName('khatt:drawn').length))
      .toBeGreaterThan(before);
  });

  test('a click on a year in the overview shows that whole year', async ({ khatt, page }) => {
    await khatt.open();
    const overview = khatt.timeline.getByRole('img', { name: khatt.t(/^نظرة عامة/, /^Overview/) });
    const strip = await boxOf(overview);
    // The year's label starts at its first day and runs into the year (leftward in Arabic).
    const label = await boxOf(overview.getByText('2014', { exact: true }));
    const x = khatt.lang === 'ar' ? label.x + label.width - 3 : label.x + 3;
    await khatt.gesturesReady();
    await page.mouse.click(x, strip.y + 20);
    await expect.poll(() => khatt.param('window')).toBe('2014-01-01..2014-12-31');
    await expect(windowLine(page)).toContainText(
      await dayRange(khatt, Date.UTC(2014, 0, 1), Date.UTC(2014, 11, 31)),
    );
  });

  test('dragging the brush keeps its width under the pointer', async ({ khatt, page }) => {
    await khatt.open();
    await khatt.button(khatt.s('timeline:zoomOut')).click();
    await expect.poll(() => khatt.param('window')).not.toBeNull();
    const brush = page.getByTestId('overview-brush');
    const before = await boxOf(brush);
    const kept = khatt.param('window');
    // Towards the past, across the compressed quiet stretch before 2021.
    const by = khatt.lang === 'ar' ? 120 : -120;
    const y = before.y + before.height / 2;
    await khatt.gesturesReady();
    await page.mouse.move(before.x + before.width / 2, y);
    await page.mouse.down();
    await page.mouse.move(before.x + before.width / 2 + by, y, { steps: 10 });
    await page.mouse.up();
    await expect.poll(() => khatt.param('window')).not.toBe(kept);
    await page.waitForTimeout(300);
    const after = await boxOf(brush);
    expect(Math.abs(after.width - before.width), 'no resize').toBeLessThanOrEqual(2);
    expect(Math.abs(after.x - (before.x + by)), 'no drift').toBeLessThanOrEqual(2);
  });

  test('the zoom-in button zooms around the events and keeps them in view', async ({
    khatt,
    page,
    corpus,
  }) => {
    await khatt.open();
    await khatt.button(khatt.s('timeline:showAll')).click();
    await expect(windowLine(page)).toContainText(String(corpus.events.length));
    await page.getByRole('button', { name: khatt.s('timeline:zoomIn'), exact: true }).click();
    await expect(windowLine(page)).not.toContainText(String(corpus.events.length));
    // The middle of 2012–2021 is empty; the story (2020–2021) stays in the zoomed window.
    const story = corpus.events.filter((e) => e.date.start >= '2020-01-01');
    const { start, end } = windowOf(khatt.param('window'));
    expect(start).toBeLessThanOrEqual(Math.min(...story.map((e) => Date.parse(e.date.start))));
    expect(end).toBeGreaterThanOrEqual(Math.max(...story.map((e) => Date.parse(e.date.start))));
  });

  test('says the kept window politely after a zoom, and nothing on first load', async ({
    khatt,
    page,
  }) => {
    await khatt.open();
    const said = page
      .getByRole('status')
      .filter({ hasText: khatt.t(/^المعروض الآن/, /^Now showing/) });
    await page.waitForTimeout(1000);
    await expect(said).toHaveCount(0);
    await khatt.button(khatt.s('timeline:zoomOut')).click();
    await khatt.button(khatt.s('timeline:zoomOut')).click();
    await expect(said).toHaveCount(1);
    const { start, end } = windowOf(khatt.param('window'));
    await expect(said).toContainText(await dayRange(khatt, start, end));
  });

  test('N and P on a focused mark select the next and previous event', async ({
    khatt,
    corpus,
    page,
  }) => {
    const order = [...corpus.events].sort((a, b) =>
      a.date.start !== b.date.start ? (a.date.start < b.date.start ? -1 : 1) : a.id < b.id ? -1 : 1,
    );
    const erbil = 'erbil-rocket-attack-2021-02-15';
    const at = order.findIndex((e) => e.id === erbil);
    await khatt.open(`event=${erbil}`);
    await khatt.eventButton(byId(corpus, erbil), khatt.timeline).focus();
    await page.keyboard.press('n');
    await expect.poll(() => khatt.param('event')).toBe(order[at + 1]?.id);
    await page.keyboard.press('p');
    await page.keyboard.press('p');
    await expect.poll(() => khatt.param('event')).toBe(order[at - 1]?.id);
    // Focus follows the selection, so the next N goes on from there.
    await expect(page.locator(':focus')).toHaveAccessibleName(
      new RegExp(`^${order[at - 1]?.title[khatt.lang] ?? '-'}`),
    );
  });

  test('keeps the pressed Timeline/List toggle visible in forced colours', async ({
    khatt,
    page,
  }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await khatt.open();
    const look = (name: string) =>
      khatt
        .button(new RegExp(`^${name}$`))
        .first()
        .evaluate((el) => {
          const s = getComputedStyle(el);
          return `${s.backgroundColor} ${s.color}`;
        });
    const pressed = khatt.button(new RegExp(`^${khatt.s('view.timeline')}$`)).first();
    await expect(pressed).toHaveAttribute('aria-pressed', 'true');
    expect(await look(khatt.s('view.timeline'))).not.toBe(await look(khatt.s('view.list')));
  });
});

test.describe('sharing the window', () => {
  test('the copied link keeps the days the header shows', async ({ khatt, page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await khatt.open();
    const plot = khatt.timeline.getByRole('group', { name: khatt.s('timeline:plot') });
    const box = await boxOf(plot);
    // Wheel zooms end on windows with sub-day edges, where rounding can part the two; each
    // edge rounds either way, so three windows leave little to luck.
    await khatt.gesturesReady();
    for (const at of [0.37, 0.61, 0.83]) {
      await page.mouse.move(box.x + box.width * at, box.y + 40);
      await page.mouse.wheel(0, 170);
      await expect.poll(() => khatt.param('window')).not.toBeNull();
      await page.waitForTimeout(400);
      await khatt.button(khatt.s('copyLink')).click();
      const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
      const { start, end } = windowOf(link.searchParams.get('window'));
      await expect(windowLine(page)).toContainText(await dayRange(khatt, start, end));
    }
  });
});
