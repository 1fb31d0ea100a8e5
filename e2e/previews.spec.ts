import { PNG } from 'pngjs';
import { expect, test } from './fixtures';
import { eventById } from './helpers';

/**
 * Link previews: the build writes an entry per event and language with Open Graph and Twitter
 * card tags and a 1200×630 preview image; opening an entry starts the app on its event with the
 * other parameters honoured; "Copy link" and the share sheet give these entries.
 */

/** The build's placeholder origin (KHATT_SITE_URL is unset in tests). */
const SITE = 'https://khatt.example/';

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};
const decode = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e);

/** The <head> of a built page: its meta tags by property or name, and its link tags by rel. */
function parseHead(html: string) {
  const head = html.slice(0, html.indexOf('</head>'));
  const attrs = (tag: string) =>
    Object.fromEntries(
      [...tag.matchAll(/([\w:-]+)="([^"]*)"/g)].map((m) => [m[1] ?? '', decode(m[2] ?? '')]),
    );
  const meta = new Map<string, string[]>();
  for (const [tag] of head.matchAll(/<meta\s[^>]*>/g)) {
    const a = attrs(tag);
    const key = a['property'] ?? a['name'];
    if (key && a['content'] !== undefined) meta.set(key, [...(meta.get(key) ?? []), a['content']]);
  }
  const links = [...head.matchAll(/<link\s[^>]*>/g)].map(([tag]) => attrs(tag));
  const one = (key: string) => {
    const values = meta.get(key) ?? [];
    expect(values, `exactly one ${key}`).toHaveLength(1);
    return values[0] ?? '';
  };
  return { one, links, lang: /<html lang="(\w+)"/.exec(html)?.[1] };
}

/** Mean and standard deviation of a decoded PNG's luminance. */
function luminance(png: PNG) {
  let sum = 0;
  let squares = 0;
  const n = png.width * png.height;
  const d = png.data;
  for (let i = 0; i < d.length; i += 4) {
    const y = 0.2126 * (d[i] ?? 0) + 0.7152 * (d[i + 1] ?? 0) + 0.0722 * (d[i + 2] ?? 0);
    sum += y;
    squares += y * y;
  }
  const mean = sum / n;
  return { mean, sd: Math.sqrt(squares / n - mean * mean) };
}

test.describe('per-event entries', () => {
  test('every event has an entry in its language with preview tags and a drawn image', async ({
    request,
    corpus,
    khatt,
  }) => {
    const lang = khatt.lang;
    const locale = { ar: 'ar_IQ', en: 'en_GB' };
    for (const event of corpus.events) {
      const path = `${lang === 'en' ? 'en/' : ''}e/${event.id}/`;
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const html = await response.text();
      const head = parseHead(html);

      expect(head.lang).toBe(lang);
      expect(head.one('og:type')).toBe('article');
      expect(head.one('og:title')).toBe(event.title[lang]);
      expect(head.one('twitter:title')).toBe(event.title[lang]);
      const description = head.one('og:description');
      expect(description.endsWith(` — ${event.summary[lang]}`), description).toBe(true);
      expect(head.one('twitter:description')).toBe(description);
      expect(head.one('description')).toBe(description);
      expect(head.one('og:url')).toBe(`${SITE}${path}`);
      expect(head.links.find((l) => l['rel'] === 'canonical')?.['href']).toBe(`${SITE}${path}`);
      expect(head.one('og:locale')).toBe(locale[lang]);
      expect(head.one('og:locale:alternate')).toBe(locale[lang === 'ar' ? 'en' : 'ar']);
      expect(head.one('twitter:card')).toBe('summary_large_image');
      expect(head.one('og:image:width')).toBe('1200');
      expect(head.one('og:image:height')).toBe('630');
      expect(head.one('og:image:alt')).toContain(event.title[lang]);
      const image = head.one('og:image');
      expect(image).toBe(`${SITE}og/${event.id}.${lang}.png`);
      expect(head.one('twitter:image')).toBe(image);
      // The same app bundle, loaded from the entry's folder, and no inline code.
      const script = /<script type="module" crossorigin src="([^"]+)"/.exec(html)?.[1] ?? '';
      expect(script).toMatch(
        lang === 'en' ? /^\.\.\/\.\.\/\.\.\/assets\// : /^\.\.\/\.\.\/assets\//,
      );
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>|<style[\s>]|\sstyle\s*=/i);

      const png = await request.get(new URL(image).pathname.slice(1));
      expect(png.headers()['content-type']).toBe('image/png');
      const decoded = PNG.sync.read(await png.body());
      expect([decoded.width, decoded.height]).toEqual([1200, 630]);
      // Not blank: a light card with dark text has a wide spread of luminance.
      const { mean, sd } = luminance(decoded);
      expect(mean, event.id).toBeGreaterThan(180);
      expect(sd, event.id).toBeGreaterThan(25);
    }
  });

  test('the date in the description is written as the app writes it', async ({
    request,
    khatt,
  }) => {
    const path = khatt.t('e/', 'en/e/') + 'erbil-rocket-attack-2021-02-15/';
    const head = parseHead(await (await request.get(path)).text());
    expect(head.one('og:description')).toMatch(
      khatt.t(/^15 شباط 2021 · هجوم — /, /^15 February 2021 · Attack — /),
    );
  });

  test('an entry opens the app on its event, honouring the other parameters', async ({
    page,
    khatt,
    corpus,
  }) => {
    const erbil = eventById(corpus, 'erbil-rocket-attack-2021-02-15');
    await page.goto(khatt.t('e/', 'en/e/') + `${erbil.id}/?kinds=attack&view=list`);
    await expect(khatt.details.getByRole('heading', { level: 2 })).toHaveText(khatt.title(erbil));
    await expect(khatt.kindToggle('attack')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('button', { name: khatt.s('view.list') })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.locator('html')).toHaveAttribute('lang', khatt.lang);
    // The address moves to the app root with the event in the query: one owner of the state.
    const lang = khatt.lang === 'en' ? 'lang=en&' : '';
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(
      `/?${lang}view=list&event=${erbil.id}&kinds=attack`,
    );
    await khatt.expectAccessible();
  });

  test('an explicit language in the query wins over the entry’s', async ({ page, khatt }) => {
    await page.goto(`en/e/erbil-rocket-attack-2021-02-15/?lang=ar`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    expect(khatt.param('lang')).toBeNull();
  });
});

test.describe('home entry, sitemap and robots.txt', () => {
  test('the home page has its own preview tags and image', async ({ request }) => {
    const head = parseHead(await (await request.get('./')).text());
    expect(head.one('og:type')).toBe('website');
    expect(head.one('og:url')).toBe(SITE);
    expect(head.one('og:locale')).toBe('ar_IQ');
    expect(head.one('og:locale:alternate')).toBe('en_GB');
    expect(head.one('og:image')).toBe(`${SITE}og/home.png`);
    const png = PNG.sync.read(await (await request.get('og/home.png')).body());
    expect([png.width, png.height]).toEqual([1200, 630]);
    expect(luminance(png).sd).toBeGreaterThan(20);
  });

  test('the sitemap lists every entry in both languages, robots.txt points to it', async ({
    request,
    corpus,
  }) => {
    const sitemap = await (await request.get('sitemap.xml')).text();
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toHaveLength(1 + 2 * corpus.events.length);
    for (const event of corpus.events) {
      expect(locs).toContain(`${SITE}e/${event.id}/`);
      expect(locs).toContain(`${SITE}en/e/${event.id}/`);
    }
    const robots = await (await request.get('robots.txt')).text();
    expect(robots).toContain(`Sitemap: ${SITE}sitemap.xml`);
  });

  test('the no-JavaScript list links every event to its entry', async ({ request, corpus }) => {
    const html = await (await request.get('./')).text();
    for (const event of corpus.events) {
      expect(html).toContain(`<a href="./e/${event.id}/">`);
      expect(html).toContain(`<a href="./en/e/${event.id}/">`);
    }
  });
});

test.describe('sharing', () => {
  test('Copy link gives the selected event’s entry with the rest of the view', async ({
    page,
    context,
    khatt,
    corpus,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const erbil = eventById(corpus, 'erbil-rocket-attack-2021-02-15');
    await khatt.open(`kinds=attack&event=${erbil.id}`);
    await khatt.button(khatt.s('copyLink')).click();
    await expect(page.getByRole('status').filter({ hasText: khatt.s('linkCopied') })).toBeVisible();
    const origin = new URL(page.url()).origin;
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${origin}/${khatt.t('', 'en/')}e/${erbil.id}/?kinds=attack`,
    );
  });

  test('Share uses the share sheet where there is one, and copies when it fails', async ({
    page,
    context,
    khatt,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript(() => {
      const store = window as unknown as { __shared: ShareData[] };
      store.__shared = [];
      navigator.share = (data?: ShareData) => {
        store.__shared.push(data ?? {});
        return store.__shared.length > 1
          ? Promise.reject(new DOMException('no sheet', 'NotAllowedError'))
          : Promise.resolve();
      };
    });
    await khatt.open('event=erbil-rocket-attack-2021-02-15');
    const share = khatt.button(khatt.s('share:share'));
    await share.click();
    const origin = new URL(page.url()).origin;
    const link = `${origin}/${khatt.t('', 'en/')}e/erbil-rocket-attack-2021-02-15/`;
    const shared = () =>
      page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared);
    await expect.poll(async () => (await shared())[0]?.url).toBe(link);
    await share.click();
    await expect(
      page.getByRole('status').filter({ hasText: khatt.s('share:shareFailed') }),
    ).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  });

  test('the embed snippet frames the current view and can be copied', async ({
    page,
    context,
    khatt,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await khatt.open('kinds=attack');
    await expect(khatt.button(khatt.s('share:share'))).toHaveCount(0);
    const toggle = page.getByRole('button', { name: khatt.s('share:embed'), exact: true });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const snippet = page.getByRole('textbox', { name: khatt.s('share:embedLabel') });
    const origin = new URL(page.url()).origin;
    const src = `${origin}/embed/?${khatt.t('', 'lang=en&amp;')}kinds=attack`;
    await expect(snippet).toHaveValue(new RegExp(`^<iframe src="${src.replace(/[?.]/g, '\\$&')}"`));
    await expect(snippet).toHaveAttribute('readonly', '');
    await khatt.expectAccessible();
    await khatt.button(khatt.s('share:copyEmbed')).click();
    await expect(
      page.getByRole('status').filter({ hasText: khatt.s('share:embedCopied') }),
    ).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      await snippet.inputValue(),
    );
  });
});
