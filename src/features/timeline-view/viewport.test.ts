// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KhattEvent } from '../../domain/types';
import { testEvent } from '../../timeline/test-event';
import { DAY, eventAnchor, spanFromView, utcDay } from '../../timeline/time-window';
import { createTimeIndex } from '../../timeline/window-query';
import { getView, startViewStore, viewActions } from '../../url-state/view-store';
import { createViewport, type Viewport } from './viewport';

const ev = (id: string, day: string) => testEvent(id, day);

// A corpus from January 2020 to December 2021, so every window below fits inside its extent.
const events = [
  ev('first', '2020-01-10'),
  ev('feb', '2021-02-15'),
  ev('mar', '2021-03-10'),
  ev('jun', '2021-06-20'),
  ev('last', '2021-12-20'),
];
const byId = (id: string) => events.find((e) => e.id === id) as KhattEvent;

const param = (name: string) => new URLSearchParams(window.location.search).get(name);
const windowParam = () => param('window');
/** Back or Forward as the browser does it: the address changes, then popstate fires. */
const goTo = (search: string) => {
  window.history.replaceState(null, '', `/${search}`);
  window.dispatchEvent(new PopStateEvent('popstate'));
};

let stopStore: () => void;
let stopViewport: () => void;
let viewport: Viewport;

/** A stand-in for the corpus filter: `q` keeps the events whose id contains it. */
const filter = (state: { q: string }) => events.filter((e) => e.id.includes(state.q));

function open(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  stopStore = startViewStore();
  viewport = createViewport(createTimeIndex(events), {
    commitMs: 250,
    now: () => Date.now(),
    filter,
  });
  viewport.setEvents(events);
  stopViewport = viewport.start();
}

beforeEach(() => {
  vi.useFakeTimers({ now: Date.UTC(2026, 0, 1) });
});

afterEach(() => {
  stopViewport();
  stopStore();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('the viewport', () => {
  it('opens on the window of the link, in whole days', () => {
    open('?window=2021-02-01..2021-02-28');
    expect(viewport.getSpan()).toEqual([utcDay('2021-02-01'), utcDay('2021-03-01')]);
    expect(viewport.getSettled()).toEqual(viewport.getSpan());
  });

  it('opens a link to an event without a window with that event in view', () => {
    open('?event=first');
    const [start, end] = viewport.getSpan();
    const at = eventAnchor(byId('first'));
    expect(at).toBeGreaterThan(start);
    expect(at).toBeLessThan(end);
    // The link keeps its form: no window is added to it.
    expect(windowParam()).toBeNull();
  });

  it('keeps the window of a link that carries one, even when its event lies outside', () => {
    open('?event=first&window=2021-02-01..2021-02-28');
    expect(viewport.getSpan()).toEqual(spanFromView({ start: '2021-02-01', end: '2021-02-28' }));
  });

  it('brings a search whose results lie outside the window to them, in the same entry', () => {
    open('?window=2021-02-01..2021-02-28');
    const length = window.history.length;
    viewActions.setFilters({ q: 'first' });
    expect(window.history.length).toBe(length + 1);
    expect(param('q')).toBe('first');
    const at = eventAnchor(byId('first'));
    const [start, end] = viewport.getSpan();
    expect(at).toBeGreaterThan(start);
    expect(at).toBeLessThan(end);
    expect(windowParam()).not.toBe('2021-02-01..2021-02-28');
  });

  it('leaves the window alone when some results are already in it', () => {
    open('?window=2021-02-01..2021-02-28');
    viewActions.setFilters({ q: 'f' }); // first, feb
    expect(windowParam()).toBe('2021-02-01..2021-02-28');
  });

  it('draws a gesture without writing the URL, then keeps its exact window', () => {
    open('?window=2021-02-01..2021-02-28');
    const step: [number, number] = [utcDay('2021-02-03') + DAY / 3, utcDay('2021-03-04')];
    viewport.preview(step);
    expect(viewport.getSpan()).toEqual(step);
    expect(windowParam()).toBe('2021-02-01..2021-02-28');
    viewport.show(step);
    expect(windowParam()).toBe('2021-02-03..2021-03-03');
    // The URL has whole days; the screen keeps the sub-day window the gesture ended on.
    expect(viewport.getSpan()).toEqual(step);
    expect(viewport.getSettled()).toEqual(step);
  });

  it('lets the URL win when it changes during a gesture, and drops the pending write', () => {
    open('?window=2021-02-01..2021-02-28');
    viewport.show([utcDay('2021-02-05'), utcDay('2021-03-05')]); // written at once
    vi.advanceTimersByTime(100);
    const gesture: [number, number] = [utcDay('2021-02-10'), utcDay('2021-03-10')];
    viewport.preview(gesture);
    viewport.show(gesture); // throttled: due at 250 ms
    expect(windowParam()).toBe('2021-02-05..2021-03-04');
    goTo('?window=2021-05-01..2021-05-31'); // Back, mid-throttle
    expect(viewport.getSpan()).toEqual(spanFromView({ start: '2021-05-01', end: '2021-05-31' }));
    vi.advanceTimersByTime(1000);
    expect(windowParam()).toBe('2021-05-01..2021-05-31');
    expect(viewport.getSettled()).toEqual(viewport.getSpan());
  });

  it('goes back to the window of the previous entry after a zoom was kept', () => {
    open('?window=2021-02-01..2021-02-28');
    viewActions.selectEvent('feb'); // a new entry; the event is in view, the window stays
    expect(window.location.search).toContain('event=feb');
    viewport.show([utcDay('2021-02-10'), utcDay('2021-02-20')]);
    expect(windowParam()).toBe('2021-02-10..2021-02-19');
    goTo('?window=2021-02-01..2021-02-28'); // what Back restores: the entry before the selection
    expect(getView().event).toBeNull();
    expect(viewport.getSpan()).toEqual([utcDay('2021-02-01'), utcDay('2021-03-01')]);
  });

  it('writes at most once per 250 ms across two gestures, the last window always arriving', () => {
    open('?window=2021-02-01..2021-02-28');
    const replace = vi.spyOn(window.history, 'replaceState');
    viewport.show([utcDay('2021-02-02'), utcDay('2021-03-02')]); // gesture 1 ends: at once
    expect(replace).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(100);
    viewport.preview([utcDay('2021-02-03'), utcDay('2021-03-03')]);
    viewport.show([utcDay('2021-02-04'), utcDay('2021-03-04')]); // gesture 2 ends, 100 ms later
    expect(replace).toHaveBeenCalledTimes(1);
    expect(windowParam()).toBe('2021-02-02..2021-03-01');
    vi.advanceTimersByTime(149);
    expect(replace).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(replace).toHaveBeenCalledTimes(2);
    expect(windowParam()).toBe('2021-02-04..2021-03-03');
  });

  it('brings a selected event into view in the same history entry as the selection', () => {
    open('?window=2021-02-01..2021-02-28');
    const push = vi.spyOn(window.history, 'pushState');
    const replace = vi.spyOn(window.history, 'replaceState');
    viewActions.selectEvent('jun'); // from the list, the details or the reader
    expect(push).toHaveBeenCalledTimes(1);
    expect(param('event')).toBe('jun');
    const [start, end] = viewport.getSpan();
    const at = eventAnchor(byId('jun'));
    expect(start).toBeLessThan(at);
    expect(end).toBeGreaterThan(at);
    expect(spanFromView(getView().window ?? { start: '', end: '' })[0]).toBeLessThan(at);
    vi.advanceTimersByTime(1000);
    expect(replace).not.toHaveBeenCalled(); // no push-then-replace
  });

  it('leaves the window alone for a selection already comfortably in view', () => {
    open('?window=2021-02-01..2021-03-31');
    viewActions.selectEvent('mar');
    expect(windowParam()).toBe('2021-02-01..2021-03-31');
  });

  it('brings an event near the edge into view by the same rule for the keyboard', () => {
    open('?window=2021-02-01..2021-03-11');
    viewport.bringIntoView(eventAnchor(byId('mar'))); // 10 March: inside, but within 4 %
    const [start, end] = viewport.getSpan();
    expect((start + end) / 2).toBe(eventAnchor(byId('mar')));
  });

  it('stops revealing once the timeline is gone (the list view keeps the window)', () => {
    open('?window=2021-02-01..2021-02-28');
    stopViewport();
    viewActions.selectEvent('jun');
    expect(windowParam()).toBe('2021-02-01..2021-02-28');
    stopViewport = () => {};
  });

  it('zooms in from the buttons around the events in view, keeping them in view', () => {
    // 2020-01 → 2021-12: the middle (January 2021) is empty; feb, mar and jun are the story.
    open('?window=2020-06-01..2021-08-31');
    viewport.zoom(2);
    const [a, b] = viewport.getSpan();
    expect(b - a).toBeCloseTo(
      (spanFromView({ start: '2020-06-01', end: '2021-08-31' })[1] - utcDay('2020-06-01')) / 2,
    );
    for (const id of ['feb', 'mar', 'jun']) {
      expect(eventAnchor(byId(id))).toBeGreaterThan(a);
      expect(eventAnchor(byId(id))).toBeLessThan(b);
    }
  });

  it('zooms around the selected event when it is in view', () => {
    open('?window=2020-06-01..2021-08-31&event=jun');
    viewport.zoom(4);
    const [a, b] = viewport.getSpan();
    const at = eventAnchor(byId('jun'));
    expect(at).toBeGreaterThan(a);
    expect(at).toBeLessThan(b);
    expect(eventAnchor(byId('feb'))).toBeLessThan(a);
  });
});
