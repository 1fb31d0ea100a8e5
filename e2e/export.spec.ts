import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Download, Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { parseCorpus } from '../src/domain/corpus-schema';
import { acledType } from '../src/domain/export/acled';
import type { KhattEvent } from '../src/domain/types';
import { expect, test, type KhattPage } from './fixtures';

const timelineBundle = createRequire(import.meta.url).resolve(
  '@knight-lab/timelinejs/dist/js/timeline.js',
);

/** Opens the Download menu and saves one format; returns the download and its text. */
async function download(khatt: KhattPage, format: string): Promise<[Download, string]> {
  const { page } = khatt;
  const toggle = page.getByRole('button', { name: khatt.s('export:toggle'), exact: true });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('button', { name: khatt.s(`export:format.${format}.name`), exact: true })
      .click(),
  ]);
  return [file, readFileSync(await file.path(), 'utf8')];
}

/** Loads TimelineJS data into TimelineJS itself (its npm bundle) on a blank page, offline. */
async function loadInTimelineJs(page: Page, json: string) {
  const blank = await page.context().newPage();
  try {
    await blank.route('**/*', (route) => route.abort());
    await blank.setContent('<div id="timeline" style="width:800px;height:600px"></div>');
    await blank.addScriptTag({ path: timelineBundle });
    await blank.evaluate((text) => {
      const TL = (
        window as unknown as { TL: { Timeline: new (id: string, data: unknown) => unknown } }
      ).TL;
      (window as unknown as { timeline: unknown }).timeline = new TL.Timeline(
        'timeline',
        JSON.parse(text),
      );
    }, json);
    // TimelineJS sets up its language first, then builds its TimelineConfig from the data.
    await blank.waitForFunction(
      () => (window as unknown as { timeline: { config: unknown } }).timeline.config,
    );
    return await blank.evaluate(() => {
      const { config } = (
        window as unknown as {
          timeline: { config: { isValid(): boolean; getErrors(): unknown[]; events: unknown[] } };
        }
      ).timeline;
      return {
        valid: config.isValid(),
        errors: config.getErrors().map(String),
        events: config.events.length,
      };
    });
  } finally {
    await blank.close();
  }
}

test.describe('the Download menu', () => {
  test('exports the filtered events in each format, each one valid', async ({ khatt, corpus }) => {
    test.slow(); // five downloads, TimelineJS on a second page and two axe passes
    await khatt.open('kinds=attack');
    const attacks: KhattEvent[] = corpus.events.filter((e) => e.kind === 'attack');
    const ids = attacks.map((e) => e.id).sort();
    const toggle = khatt.page.getByRole('button', { name: khatt.s('export:toggle'), exact: true });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await khatt.expectAccessible();

    const [csvFile, csv] = await download(khatt, 'csv');
    expect(csvFile.suggestedFilename()).toBe('khatt-events-attack.csv');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parse(csv, { bom: true }) as string[][];
    expect(
      rows
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(ids);
    // Titles are in the page language.
    const title = rows[0]?.indexOf('title') ?? -1;
    expect(rows.slice(1).map((r) => r[title])).toContain(khatt.title(attacks[0] as KhattEvent));
    await expect(khatt.page.getByRole('status').filter({ hasText: 'CSV' })).toBeVisible();
    await expect(toggle).toBeFocused();

    const [jsonFile, json] = await download(khatt, 'json');
    expect(jsonFile.suggestedFilename()).toBe('khatt-events-attack.json');
    const subset = parseCorpus(JSON.parse(json));
    expect(subset.events.map((e) => e.id).sort()).toEqual(ids);

    const [icsFile, ics] = await download(khatt, 'ics');
    expect(icsFile.suggestedFilename()).toBe('khatt-events-attack.ics');
    const vevents = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    expect(vevents.map((v) => v.getFirstPropertyValue('uid')).sort()).toEqual(
      ids.map((id) => `${id}@khatt`),
    );

    const [tlFile, timeline] = await download(khatt, 'timelinejs');
    expect(tlFile.suggestedFilename()).toBe('khatt-events-attack.timeline.json');
    expect(await loadInTimelineJs(khatt.page, timeline)).toEqual({
      valid: true,
      errors: [],
      events: attacks.length,
    });

    const [acledFile, acled] = await download(khatt, 'acled');
    expect(acledFile.suggestedFilename()).toBe('khatt-events-attack.acled.csv');
    const coded = attacks.filter((e) => typeof acledType(e) !== 'string').map((e) => e.id);
    const acledRows = parse(acled, { bom: true }) as string[][];
    expect(acledRows[0]?.slice(0, 3)).toEqual(['event_id_cnty', 'event_date', 'time_precision']);
    expect(
      acledRows
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(coded.sort());
    await khatt.expectAccessible();
  });

  test('names the file after the filters and closes on Escape', async ({ khatt, corpus }) => {
    await khatt.open('actors=kadhimi&from=2021-07-01&to=2021-07-31');
    const [file, csv] = await download(khatt, 'csv');
    expect(file.suggestedFilename()).toBe('khatt-events-kadhimi-2021-07.csv');
    const expected = corpus.events.filter(
      (e) =>
        e.actors.some((a) => a.id === 'kadhimi') &&
        e.date.end >= '2021-07-01' &&
        e.date.start <= '2021-07-31',
    );
    expect((parse(csv, { bom: true }) as string[][]).length - 1).toBe(expected.length);
    const toggle = khatt.page.getByRole('button', { name: khatt.s('export:toggle'), exact: true });
    await toggle.click();
    const csvButton = khatt.page.getByRole('button', { name: khatt.s('export:format.csv.name') });
    await expect(csvButton).toBeVisible();
    await khatt.page.keyboard.press('Escape');
    await expect(csvButton).toBeHidden();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle).toBeFocused();
  });
});
