import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { expect, test, type KhattPage } from './fixtures';
import { eventById } from './helpers';

/**
 * The embed (/embed/) inside another site's page: it fits its frame without a page scrollbar,
 * honours the URL state, links to the full view with the same state, passes axe, and is the
 * only path that may be framed.
 */

const hosts: Server[] = [];
test.afterEach(async () => {
  await Promise.all(hosts.splice(0).map((s) => new Promise((done) => s.close(done))));
});

/**
 * Opens a host page from another origin (its own little server on another loopback port: a
 * fulfilled route would count as a public page, which Chromium forbids to frame a local one)
 * with the embed framed at the given size.
 */
async function hostPage(page: Page, khatt: KhattPage, src: string, width: number, height: number) {
  const html =
    `<!doctype html><html lang="${khatt.lang}"><head><title>Host</title></head><body>` +
    `<main><h1>Host article</h1><iframe src="${src}" title="Khatt" width="${width}" ` +
    `height="${height}"></iframe></main></body></html>`;
  const server = createServer((_request, response) => {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(html);
  });
  hosts.push(server);
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  await page.goto(`http://127.0.0.1:${port}/article.html`);
  return page.frameLocator('iframe');
}

/** The framed document's scroll sizes against its viewport. */
async function overflow(page: Page) {
  const frame = page.frames().find((f) => f.url().includes('/embed/'));
  if (!frame) throw new Error('no embed frame');
  return frame.evaluate(() => {
    const root = document.documentElement;
    return {
      x: root.scrollWidth - root.clientWidth,
      y: root.scrollHeight - root.clientHeight,
    };
  });
}

test.describe('the embed in a host page', () => {
  test('fits 600×400 with no page scrollbar, honours the state and passes axe', async ({
    page,
    khatt,
    corpus,
    baseURL,
  }) => {
    const erbil = eventById(corpus, 'erbil-rocket-attack-2021-02-15');
    const query = `${khatt.t('', 'lang=en&')}event=${erbil.id}&kinds=attack`;
    const frame = await hostPage(page, khatt, `${baseURL}embed/?${query}`, 600, 400);

    await expect(
      frame.getByRole('heading', { level: 2, name: khatt.title(erbil), exact: true }),
    ).toBeVisible();
    const attacks = corpus.events.filter((e) => e.kind === 'attack').length;
    const total = corpus.events.length;
    await expect(
      frame.getByText(new RegExp(khatt.t(`من أصل ${total}`, ` of ${total}`))),
    ).toContainText(String(attacks));
    // No page chrome: no filters, no header controls.
    await expect(frame.getByRole('complementary', { name: khatt.s('filtersRegion') })).toHaveCount(
      0,
    );
    await expect(frame.getByRole('button', { name: khatt.s('copyLink') })).toHaveCount(0);
    await expect(frame.locator('html')).toHaveAttribute('lang', khatt.lang);

    const open = frame.getByRole('link', { name: new RegExp(`^${khatt.s('share:openInKhatt')}`) });
    await expect(open).toHaveAttribute(
      'href',
      `${baseURL}${khatt.t('', 'en/')}e/${erbil.id}/?kinds=attack`,
    );
    await expect(open).toHaveAttribute('target', '_blank');
    expect(await overflow(page)).toEqual({ x: 0, y: 0 });
    await khatt.expectAccessible();

    // Selecting another event in the list keeps the frame's page from scrolling.
    const other = eventById(corpus, 'diwaniyah-convoy-ied-2021-02-27');
    await khatt.eventButton(other, frame.getByRole('main')).click();
    await expect(
      frame.getByRole('heading', { level: 2, name: khatt.title(other), exact: true }),
    ).toBeVisible();
    expect(await overflow(page)).toEqual({ x: 0, y: 0 });
    await expect(open).toHaveAttribute('href', new RegExp(`/e/${other.id}/\\?kinds=attack$`));
  });

  test('fits a 320 px wide frame with the list', async ({ page, khatt, baseURL }) => {
    const frame = await hostPage(
      page,
      khatt,
      `${baseURL}embed/?${khatt.t('', 'lang=en')}`,
      320,
      480,
    );
    await expect(frame.getByRole('list').first()).toBeVisible();
    expect(await overflow(page)).toEqual({ x: 0, y: 0 });
    await khatt.expectAccessible();
  });

  test('shows the timeline in a frame from 640 px wide', async ({ page, khatt, baseURL }) => {
    const frame = await hostPage(
      page,
      khatt,
      `${baseURL}embed/?${khatt.t('', 'lang=en')}`,
      960,
      560,
    );
    await expect(
      frame.getByRole('region', { name: khatt.t('الخط الزمني', 'Timeline') }),
    ).toBeVisible();
    expect(await overflow(page)).toEqual({ x: 0, y: 0 });
    await khatt.expectAccessible();
  });
});

test('a plain wheel over the framed timeline is left to the page; Ctrl + wheel zooms', async ({
  page,
  khatt,
  baseURL,
}) => {
  const frame = await hostPage(page, khatt, `${baseURL}embed/?${khatt.t('', 'lang=en')}`, 960, 560);
  const timeline = frame.getByRole('region', { name: khatt.t('الخط الزمني', 'Timeline') });
  await expect(frame.getByText(khatt.s('share:zoomHint'))).toBeVisible();
  const plot = timeline.getByRole('group', { name: khatt.s('timeline:plot') });
  const box = await plot.boundingBox();
  if (!box) throw new Error('no plot');
  const windowParam = () => {
    const url =
      page
        .frames()
        .find((f) => f.url().includes('/embed/'))
        ?.url() ?? '';
    return new URL(url).searchParams.get('window');
  };
  // Only once the zoom listens: a plain wheel left alone then proves the embed leaves it.
  const embedded = page.frames().find((f) => f.url().includes('/embed/'));
  if (!embedded) throw new Error('no embed frame');
  await khatt.gesturesReady(embedded);
  await page.mouse.move(box.x + box.width / 2, box.y + 40);
  await page.mouse.wheel(0, 400);
  // Give a wrongly taken wheel time to commit (the zoom commits within 250 ms).
  await page.waitForTimeout(600);
  expect(windowParam()).toBeNull();
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, 400);
  await page.keyboard.up('Control');
  await expect.poll(windowParam).not.toBeNull();
});

test.describe('framing headers', () => {
  test('the embed may be framed by any site; no other path may', async ({ request, corpus }) => {
    const embed = await request.get('embed/');
    expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
    expect(embed.headers()['x-frame-options']).toBeUndefined();
    for (const path of ['./', `e/${corpus.events[0]?.id ?? ''}/`, 'og/home.png']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()['content-security-policy'], path).toContain(
        "frame-ancestors 'none'",
      );
      expect(response.headers()['x-frame-options'], path).toBe('DENY');
    }
  });
});
