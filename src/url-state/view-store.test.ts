// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLEARED_FILTERS } from '../domain/filter';
import {
  getView,
  registerReveal,
  selectFilters,
  shallowEqual,
  startViewStore,
  subscribeView,
  viewActions,
} from './view-store';

let stop: () => void = () => {};
const open = (search: string, applyLanguage = vi.fn()) => {
  window.history.replaceState(null, '', `/${search}`);
  stop = startViewStore({ applyLanguage });
  return applyLanguage;
};
const back = async () => {
  const popped = new Promise((resolve) =>
    window.addEventListener('popstate', resolve, { once: true }),
  );
  window.history.back();
  await popped;
};

beforeEach(() => window.history.replaceState(null, '', '/'));
afterEach(() => stop());

describe('startViewStore', () => {
  it('reads the opening link and applies its language before anyone renders', () => {
    const applyLanguage = open('?lang=en&event=erbil-attack');
    expect(getView().lang).toBe('en');
    expect(getView().event).toBe('erbil-attack');
    expect(applyLanguage).toHaveBeenCalledWith('en');
  });

  it('rewrites a link with unusable parts to its canonical form at once', () => {
    open('?bogus=1&event=ok-id');
    expect(window.location.search).toBe('?event=ok-id');
  });

  it('reads nothing before it is started', async () => {
    vi.resetModules();
    window.history.replaceState(null, '', '/?lang=en');
    const fresh = await import('./view-store');
    expect(fresh.getView().lang).toBe('ar');
  });
});

describe('viewActions', () => {
  it('pushes a history entry for a selection, and Back undoes it', async () => {
    open('?kinds=attack');
    const length = window.history.length;
    viewActions.selectEvent('erbil-attack');
    expect(window.history.length).toBe(length + 1);
    expect(window.location.search).toBe('?event=erbil-attack&kinds=attack');
    await back();
    expect(getView().event).toBeNull();
    expect(getView().kinds).toEqual(['attack']);
  });

  it('marks a passage with its article, and selecting another event unmarks it', () => {
    open('?event=erbil-attack');
    viewActions.openArticle('watan', { excerpt: 'erbil-attack.2' });
    expect(window.location.search).toBe('?event=erbil-attack&article=watan&excerpt=erbil-attack.2');
    viewActions.selectEvent('nato-meeting');
    expect(getView()).toMatchObject({ event: 'nato-meeting', article: 'watan', excerpt: null });
    viewActions.selectEvent('erbil-attack', { excerpt: 'erbil-attack.1' });
    expect(getView().excerpt).toBe('erbil-attack.1');
    viewActions.openArticle(null);
    expect(window.location.search).toBe('?event=erbil-attack');
  });

  it('puts the revealed window into the same entry as the selection', () => {
    open('?window=2021-02-13..2021-03-01');
    const off = registerReveal((id) =>
      id === 'far-away' ? { start: '2014-06-01', end: '2014-06-30' } : undefined,
    );
    const length = window.history.length;
    viewActions.selectEvent('far-away');
    expect(window.history.length).toBe(length + 1);
    expect(getView().window).toEqual({ start: '2014-06-01', end: '2014-06-30' });
    viewActions.selectEvent('in-view');
    expect(getView().window).toEqual({ start: '2014-06-01', end: '2014-06-30' });
    off();
  });

  it('commits a window without a new history entry, and Back after it returns to the step before', async () => {
    open('');
    viewActions.selectEvent('erbil-attack');
    const length = window.history.length;
    viewActions.commitWindow({ start: '2021-02-10', end: '2021-02-20' });
    expect(window.history.length).toBe(length);
    expect(window.location.search).toBe('?event=erbil-attack&window=2021-02-10..2021-02-20');
    await back();
    expect(getView()).toMatchObject({ event: null, window: null });
  });

  it('applies a new language before telling subscribers', () => {
    const seen: string[] = [];
    const applyLanguage = open(
      '',
      vi.fn((lang: string) => seen.push(`apply:${lang}`)),
    );
    const off = subscribeView(() => seen.push(`emit:${getView().lang}`));
    viewActions.setLanguage('en');
    off();
    expect(applyLanguage).toHaveBeenLastCalledWith('en');
    expect(seen.slice(-2)).toEqual(['apply:en', 'emit:en']);
  });

  it('replaces the entry for a search correction and pushes for a new search', () => {
    open('');
    const length = window.history.length;
    viewActions.setFilters({ q: 'أربيل' });
    viewActions.setFilters({ q: 'أربيل مطار' }, { replace: true });
    expect(window.history.length).toBe(length + 1);
    expect(getView().q).toBe('أربيل مطار');
  });

  it('clears every filter in one step and keeps the selection', () => {
    open('?event=erbil-attack&kinds=attack&subtypes=rocket&source=s1&q=x&from=2021-01-01');
    viewActions.clearFilters();
    expect(selectFilters(getView())).toEqual(CLEARED_FILTERS);
    expect(getView().event).toBe('erbil-attack');
  });

  it('tells no one when nothing changed', () => {
    open('?event=erbil-attack');
    const listener = vi.fn();
    const off = subscribeView(listener);
    viewActions.selectEvent('erbil-attack');
    off();
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('shallowEqual', () => {
  it('compares the fields of two selections, not their identity', () => {
    expect(shallowEqual({ a: 1, b: [] as unknown[] }, { a: 1, b: [] as unknown[] })).toBe(false);
    const list: string[] = [];
    expect(shallowEqual({ a: 1, b: list }, { a: 1, b: list })).toBe(true);
    expect(shallowEqual(['x', 'y'], ['x', 'y'])).toBe(true);
    expect(shallowEqual(['x'], ['x', 'y'])).toBe(false);
  });
});
