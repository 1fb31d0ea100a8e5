import type { Page } from '@playwright/test';
import { reconcileWithCorpus } from '../src/domain/reconcile';
import { parseViewState, serializeViewState } from '../src/domain/url-codec';
import { expect, test } from './fixtures';
import { PARAMS } from '../src/domain/url-codec';

/**
 * Every link is input from a stranger. Each one below opens the app and must leave it
 * rendered, accessible and free of page errors, console errors, dialogs and CSP violations
 * (the guard fixture), with nothing created from markup in the link, the address rewritten to
 * its canonical form, a notice naming what was ignored, and every valid part still applied.
 */

const EVENT = 'erbil-rocket-attack-2021-02-15';
const ACTOR = 'kadhimi';
const MARKUP = '<img src=x onerror=alert(1)>';
const LONG = 100_000;

interface HostileLink {
  /** Completes "a link with …". */
  name: string;
  /** Path, query and fragment as a stranger would paste them (not re-encoded). */
  link: string;
  /** Parameter names the notice must mention, in the order the app reports them. */
  ignored: string[];
  /** The canonical query the app must rewrite the link to (besides lang=en in English). */
  canonical: Record<string, string>;
  /** Text the search box must show: proof that markup in q stays inert text. */
  search?: string;
}

const every = (value: string) => PARAMS.map((p) => `${p}=${value}`).join('&');

const LINKS: HostileLink[] = [
  {
    name: 'truncated and invalid percent escapes',
    link: `/?event=${EVENT}&q=%E0%A4%A&view=%ZZ&%=1&kinds=%&from=2021-01-0%`,
    ignored: ['view', '%', 'kinds', 'from'],
    canonical: { event: EVENT, q: '\uFFFD%A' },
  },
  {
    name: 'duplicated and differently-cased keys',
    link: `/?event=${EVENT}&EVENT=kadhimi-meets-biden-2021-07-26&Event=x&kinds=attack&KINDS=diplomacy&View=LIST&view=timeline`,
    ignored: ['EVENT', 'Event', 'KINDS', 'view'],
    canonical: { event: EVENT, kinds: 'attack', view: 'list' },
  },
  {
    name: 'empty and unknown list items',
    link: `/?actors=,,${ACTOR},nobody,,${ACTOR},&kinds=attack,,bombing,&match=&event=${EVENT}`,
    ignored: ['kinds', 'match', 'actors'],
    canonical: { event: EVENT, actors: ACTOR, kinds: 'attack' },
  },
  {
    name: 'prototype names as ids and as keys',
    link:
      '/?event=__proto__&__proto__[lang]=en&constructor=1&hasOwnProperty=x&kinds=attack' +
      '&article=constructor&actors=constructor,__proto__,prototype,tostring',
    ignored: ['event', '__proto__[lang]', 'constructor', 'hasOwnProperty', 'actors'],
    canonical: { kinds: 'attack' },
  },
  {
    name: 'impossible dates that JavaScript would roll over',
    link: `/?event=${EVENT}&from=2021-02-30&to=2021-02-29&window=2021-02-10..2021-02-31`,
    ignored: ['from', 'to', 'window'],
    canonical: { event: EVENT },
  },
  {
    name: 'dates far outside any calendar the app accepts',
    link: `/?event=${EVENT}&from=0001-01-01&to=275760-09-13&window=-271821-04-20..275760-09-13`,
    ignored: ['from', 'to', 'window'],
    canonical: { event: EVENT },
  },
  {
    name: 'an inverted window and an inverted date range',
    link: `/?event=${EVENT}&window=2021-06-01..2020-01-01&from=2021-05-01&to=2020-01-01&kinds=diplomacy`,
    ignored: ['window', 'to'],
    canonical: { event: EVENT, from: '2021-05-01', kinds: 'diplomacy' },
  },
  {
    name: 'values of 100,000 characters',
    link: `/?event=${EVENT}&q=${'x'.repeat(LONG)}&actors=${'a'.repeat(LONG)}&${'k'.repeat(LONG)}=1`,
    ignored: ['actors', 'k'.repeat(40)],
    canonical: { event: EVENT, q: 'x'.repeat(200) },
  },
  {
    name: 'NUL and bidi-override characters',
    link:
      `/?event=${EVENT}&q=a%00b%E2%80%AEc%E2%81%A6d%E2%80%8Fe&kinds=attack%00` +
      `&actors=%E2%80%AE${ACTOR}&article=kadhimi-washington-eve%E2%80%AE&%00lang%E2%80%AE=en`,
    ignored: ['kinds', 'actors', 'article', 'lang'],
    canonical: { event: EVENT, q: 'abcde' },
  },
  {
    name: 'markup in every parameter and in a key',
    link: `/?${every(MARKUP)}&${MARKUP}=1&<script>alert(1)</script>=x`,
    // The notice names the first five in the codec's order (the rest as "and N more").
    ignored: ['lang', 'view', 'event', 'article', 'excerpt'],
    canonical: { q: MARKUP },
    search: MARKUP,
  },
  {
    name: 'percent-encoded markup beside a valid event',
    link:
      `/?event=${EVENT}&q=%3Csvg%2Fonload%3Dalert(1)%3E` +
      `&kinds=%3Cscript%3Ealert(1)%3C%2Fscript%3E&%3Ciframe%20src%3Djavascript%3Aalert(1)%3E=1`,
    ignored: ['kinds', '<iframe src=javascript:alert(1)>'],
    canonical: { event: EVENT, q: '<svg/onload=alert(1)>' },
    search: '<svg/onload=alert(1)>',
  },
  {
    name: 'javascript: in every parameter',
    link: `/?${every('javascript:alert(document.domain)')}`,
    // The notice names the first five in the codec's order (the rest as "and N more").
    ignored: ['lang', 'view', 'event', 'article', 'excerpt'],
    canonical: { q: 'javascript:alert(document.domain)' },
    search: 'javascript:alert(document.domain)',
  },
  {
    name: 'an unknown event, article and actor',
    link: `/?event=no-such-event&article=no-such-article&actors=${ACTOR},no-such-actor&kinds=attack`,
    ignored: ['event', 'article', 'actors'],
    canonical: { actors: ACTOR, kinds: 'attack' },
  },
  {
    name: 'an unknown path that climbs back into the app',
    link: `/nope/../?event=${EVENT}&zoom=3`,
    ignored: ['zoom'],
    canonical: { event: EVENT },
  },
  {
    name: 'an unknown path below the app',
    link: `/nope/deeper/?event=${EVENT}&zoom=3`,
    ignored: ['zoom'],
    canonical: { event: EVENT },
  },
  {
    name: 'a doubled slash before index.html',
    link: `//index.html?event=${EVENT}&zoom=3`,
    ignored: ['zoom'],
    canonical: { event: EVENT },
  },
  {
    name: 'markup and javascript: in the fragment',
    link: `/?event=${EVENT}&zoom=3#${MARKUP}javascript:alert(1)`,
    ignored: ['zoom'],
    canonical: { event: EVENT },
  },
];

/** Puts lang=en first in the English project; a link's own lang then counts as a duplicate. */
function localise(link: string, lang: 'ar' | 'en'): string {
  if (lang === 'ar') return link;
  const at = link.indexOf('?');
  return at < 0 ? `${link}?lang=en` : `${link.slice(0, at + 1)}lang=en&${link.slice(at + 1)}`;
}

/** Elements, handlers or URLs that could only have come from markup in the link. */
async function injected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const scripts = [...document.scripts];
    if (scripts.length !== 1 || !/\/assets\/[\w-]+\.js$/.test(scripts[0]?.src ?? '')) {
      found.push(`scripts: ${scripts.map((s) => s.src || s.textContent).join(' | ')}`);
    }
    for (const el of document.querySelectorAll('*')) {
      if (
        /^(img|image|iframe|frame|object|embed|style|base|form|video|audio)$/.test(el.localName)
      ) {
        found.push(`<${el.localName}>`);
      }
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) found.push(`${el.localName}[${attr.name}]`);
        if (/^(href|src|action|formaction|xlink:href)$/i.test(attr.name)) {
          if (/^\s*(javascript|data|vbscript):/i.test(attr.value)) {
            found.push(`${el.localName}[${attr.name}=${attr.value}]`);
          }
        }
      }
    }
    const pollution = ({} as Record<string, unknown>)['lang'];
    if (pollution !== undefined) found.push('Object.prototype polluted');
    // Bidi overrides and NUL must not reach the page, whatever the link carried.
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    if (/[\u0000\u202A-\u202E]/.test(document.body.textContent ?? '')) found.push('bidi/NUL');
    return found;
  });
}

test.describe('hostile links', () => {
  for (const hostile of LINKS) {
    test(`a link with ${hostile.name} opens safely, canonicalised, with a notice`, async ({
      khatt,
      page,
      corpus,
      baseURL,
    }) => {
      // Absolute, so that a link starting with // stays a path on this origin.
      const link = new URL(baseURL ?? '/').origin + localise(hostile.link, khatt.lang);
      if (link.length > 8_000) {
        // Node's HTTP server (like most hosts) refuses a request line this long with 431 before
        // any app code runs. Serve the app as a host with bigger limits would, so the link
        // itself reaches the app's parser.
        await page.route(
          (url) => url.href.length > 8_000,
          async (route) => {
            const root = new URL('/', route.request().url()).href;
            await route.fulfill({ response: await route.fetch({ url: root }) });
          },
        );
      }
      await page.goto(link);
      await expect(khatt.resultCount).toHaveText(/\d/);

      // The address is rewritten to exactly the valid part of the link.
      const expected = { ...(khatt.lang === 'en' ? { lang: 'en' } : {}), ...hostile.canonical };
      await expect
        .poll(() => Object.fromEntries(new URL(page.url()).searchParams))
        .toEqual(expected);
      const canonical = new URL(page.url());
      expect(canonical.pathname).toMatch(/^\/(index\.html)?$/);

      // Re-parsing the canonical query is stable: nothing more to drop, nothing to rewrite.
      const { state, ignored } = parseViewState(canonical.search);
      expect(ignored).toEqual([]);
      expect(reconcileWithCorpus(state, corpus).ignored).toEqual([]);
      expect(new URL(serializeViewState(state), canonical).search).toBe(canonical.search);

      // A short notice names what was ignored, as text.
      const notice = page.getByRole('status').filter({ hasText: khatt.s('linkIgnored') });
      await expect(notice).toBeVisible();
      // Known parameters are named in words, unknown ones quoted as typed.
      for (const param of hostile.ignored) {
        const known = (PARAMS as readonly string[]).includes(param.toLowerCase());
        await expect(notice).toContainText(
          known ? khatt.s(`paramName.${param.toLowerCase()}`) : param,
        );
      }

      // The valid parts still apply.
      if (hostile.canonical['event']) {
        const event = corpus.events.find((e) => e.id === hostile.canonical['event']);
        if (!event) throw new Error(`no event ${hostile.canonical['event']} in the corpus`);
        await expect(
          khatt.details.getByRole('heading', { level: 2, name: khatt.title(event) }),
        ).toBeVisible();
      }
      if (hostile.canonical['kinds']) {
        const kind = hostile.canonical['kinds'] as 'attack' | 'diplomacy';
        await expect(khatt.kindToggle(kind)).toHaveAttribute('aria-pressed', 'true');
      }
      if (hostile.search !== undefined) {
        await expect(
          khatt.filters.getByRole('searchbox', { name: khatt.s('filters:search.label') }),
        ).toHaveValue(hostile.search);
      }

      expect(await injected(page)).toEqual([]);
      await khatt.expectAccessible();

      // Opening the canonical link again changes nothing and has nothing to report.
      await page.goto(canonical.href);
      await expect(khatt.resultCount).toHaveText(/\d/);
      await expect(page).toHaveURL(canonical.href);
      await expect(notice).toHaveCount(0);
      expect(await injected(page)).toEqual([]);
    });
  }

  test('a link to dates far from any event is kept, shows no events and needs no notice', async ({
    khatt,
    page,
  }) => {
    const query = 'from=1900-01-01&to=1900-12-31&window=2099-01-01..2100-12-31';
    await khatt.open(query);
    expect(khatt.param('from')).toBe('1900-01-01');
    expect(khatt.param('window')).toBe('2099-01-01..2100-12-31');
    await expect(khatt.resultCount).toHaveText(khatt.t(/^لا أحداث/, /^0 events/));
    await expect(page.getByRole('status').filter({ hasText: khatt.s('linkIgnored') })).toHaveCount(
      0,
    );
    expect(await injected(page)).toEqual([]);
    await khatt.expectAccessible();
  });
});
