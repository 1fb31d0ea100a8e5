import { utcDay as utcDayInterval, utcMonth } from 'd3-time';
import type { TFunction } from 'i18next';
import { isApproximate } from '../../domain/fuzzy-date';
import type { EventKind, KhattEvent, Lang } from '../../domain/types';
import { dateFormat, formatDayRange, formatNumber } from '../../i18n/format';
import { DAY } from '../../timeline/time-window';

type T = TFunction<'timeline'>;

/** Whether an event's date is only approximately known: EDTF `~`, or a date inferred by reasoning. */
export function isSoftDate(event: KhattEvent): boolean {
  return isApproximate(event.date) || event.date.basis === 'inferred';
}

/** `fn` remembered per event object (events are immutable once loaded). */
export function cachedPerEvent<R>(fn: (event: KhattEvent) => R): (event: KhattEvent) => R {
  const cache = new WeakMap<KhattEvent, R>();
  return (event) => {
    if (!cache.has(event)) cache.set(event, fn(event));
    return cache.get(event) as R;
  };
}

const ranges = new Map<string, string>();

/**
 * A range of days in words, cached: clusters and density bars are renamed on every frame of a
 * zoom. Bars a month or wider are named by months, so the cache keeps hitting.
 */
function rangeText(lang: Lang, start: number, end: number): string {
  const monthly = end - start >= 28 * DAY;
  const floor = monthly ? utcMonth.floor : utcDayInterval.floor;
  const a = floor(new Date(start));
  const b = floor(new Date(Math.max(start, end - 1)));
  const key = `${lang}|${monthly ? 'm' : 'd'}|${+a}|${+b}`;
  let text = ranges.get(key);
  if (text === undefined) {
    if (ranges.size > 20_000) ranges.clear();
    text = monthly
      ? dateFormat(lang, { month: 'long', year: 'numeric' }).formatRange(a, b)
      : formatDayRange(lang, a, b);
    ranges.set(key, text);
  }
  return text;
}

/** Ids of the legend entries that describe marks; a mark points at the ones that apply. */
export interface LegendIds {
  keys: string;
  planned: string;
  reported: string;
  approximate: string;
}

export const legendIds = (base: string): LegendIds => ({
  keys: `${base}-keys`,
  planned: `${base}-planned`,
  reported: `${base}-reported`,
  approximate: `${base}-approximate`,
});

/** What the shape says beyond the name (planned, reported, approximate), as legend entries. */
export function describedBy(ids: LegendIds, event: KhattEvent): string | undefined {
  const parts: string[] = [];
  if (event.status !== 'occurred') parts.push(ids[event.status]);
  if (isSoftDate(event)) parts.push(ids.approximate);
  return parts.length ? parts.join(' ') : undefined;
}

const groupNames = new Map<string, string>();

/**
 * A cluster's or density bar's name: how many events of a kind, when, and that it zooms in.
 * Cached by what it says: the twin renames up to 200 of them on every render of a gesture, and
 * a pluralised, interpolated translation is dear.
 */
export function groupName(
  t: T,
  lang: Lang,
  kind: EventKind,
  count: number,
  span: readonly [number, number],
): string {
  const range = rangeText(lang, span[0], span[1]);
  const key = `${lang}|${kind}|${count}|${range}`;
  let name = groupNames.get(key);
  if (name === undefined) {
    if (groupNames.size > 20_000) groupNames.clear();
    name = t('groupName', { count, n: formatNumber(lang, count), kind: t(`lane.${kind}`), range });
    groupNames.set(key, name);
  }
  return name;
}
