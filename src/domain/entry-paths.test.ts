import { describe, expect, it } from 'vitest';
import {
  appRootPath,
  embedLink,
  embedSnippet,
  eventFromPath,
  eventPagePath,
  isEmbedPath,
  shareLink,
} from './entry-paths';
import { parseViewState } from './url-codec';
import { DEFAULT_VIEW_STATE, type ViewState } from './view-state';

const ROOT = 'https://khatt.example/news/';
const state = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW_STATE, ...patch });

describe('eventFromPath', () => {
  it('reads the event of an Arabic entry, at the site root or under a folder', () => {
    expect(eventFromPath('/e/erbil-rocket-attack-2021-02-15/')).toEqual({
      event: 'erbil-rocket-attack-2021-02-15',
      lang: null,
    });
    expect(eventFromPath('/news/e/talks-1/index.html')).toEqual({ event: 'talks-1', lang: null });
  });

  it('reads the language of an English entry', () => {
    expect(eventFromPath('/en/e/talks-1/')).toEqual({ event: 'talks-1', lang: 'en' });
  });

  it('is null for the root, the embed and anything that is not an event id', () => {
    for (const path of ['/', '/index.html', '/embed/', '/e/', '/e/Bad_Id/', '/e/x/y/', '/ex/a/']) {
      expect(eventFromPath(path)).toBeNull();
    }
  });
});

describe('appRootPath', () => {
  it('strips an entry to the root it lives under', () => {
    expect(appRootPath('/e/talks-1/')).toBe('/');
    expect(appRootPath('/news/en/e/talks-1/')).toBe('/news/');
    expect(appRootPath('/news/embed/')).toBe('/news/');
    expect(appRootPath('/news/embed/index.html')).toBe('/news/');
  });

  it('keeps the folder of any other page', () => {
    expect(appRootPath('/')).toBe('/');
    expect(appRootPath('/news/index.html')).toBe('/news/');
  });

  it('never gives a protocol-relative root, however many leading slashes', () => {
    expect(appRootPath('//index.html')).toBe('/');
    expect(appRootPath('///evil.example/e/x/')).toBe('/evil.example/');
  });
});

describe('isEmbedPath', () => {
  it('tells the embed entry from the others', () => {
    expect(isEmbedPath('/embed/')).toBe(true);
    expect(isEmbedPath('/news/embed/index.html')).toBe(true);
    expect(isEmbedPath('/embed/x/')).toBe(false);
    expect(isEmbedPath('/')).toBe(false);
  });
});

describe('shareLink', () => {
  it('gives the root with the state when no event is selected', () => {
    expect(shareLink(ROOT, state({ kinds: ['attack'] }))).toBe(`${ROOT}?kinds=attack`);
    expect(shareLink(ROOT, DEFAULT_VIEW_STATE)).toBe(ROOT);
  });

  it("gives a selected event's own entry, with the rest of the state in the query", () => {
    expect(shareLink(ROOT, state({ event: 'talks-1', kinds: ['attack'], q: 'أربيل' }))).toBe(
      `${ROOT}e/talks-1/?kinds=attack&q=${encodeURIComponent('أربيل')}`,
    );
  });

  it('gives the English entry for an English view, without repeating the language', () => {
    expect(shareLink(ROOT, state({ event: 'talks-1', lang: 'en', view: 'list' }))).toBe(
      `${ROOT}en/e/talks-1/?view=list`,
    );
    expect(shareLink(ROOT, state({ event: 'talks-1' }))).toBe(`${ROOT}e/talks-1/`);
  });

  it('round-trips: the entry path plus its query give back the shared state', () => {
    const shared = state({
      event: 'talks-1',
      excerpt: 'talks-1.2',
      article: 'watan',
      lang: 'en',
      actors: ['iraq'],
      match: 'all',
    });
    const url = new URL(shareLink(ROOT, shared));
    const entry = eventFromPath(url.pathname);
    const { state: parsed } = parseViewState(url.search);
    expect({ ...parsed, event: entry?.event, lang: entry?.lang ?? parsed.lang }).toEqual(shared);
  });
});

describe('embedLink and embedSnippet', () => {
  it('puts the whole state on the embed path', () => {
    expect(embedLink(ROOT, state({ event: 'talks-1', lang: 'en' }))).toBe(
      `${ROOT}embed/?lang=en&event=talks-1`,
    );
  });

  it('escapes the address and the title into a sized, borderless iframe', () => {
    const html = embedSnippet(`${ROOT}embed/?lang=en&event=a`, 'Khatt "test" <b>');
    expect(html).toBe(
      `<iframe src="${ROOT}embed/?lang=en&amp;event=a" title="Khatt &quot;test&quot; &lt;b&gt;" ` +
        'width="100%" height="480" loading="lazy" referrerpolicy="no-referrer" ' +
        'style="border: 0; max-width: 100%"></iframe>',
    );
  });
});

describe('eventPagePath', () => {
  it('puts English entries under en/', () => {
    expect(eventPagePath('a', 'ar')).toBe('e/a/');
    expect(eventPagePath('a', 'en')).toBe('en/e/a/');
  });
});
