import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import { activeFilterCount } from '../../domain/filter';
import type { KhattEvent, Lang } from '../../domain/types';
import { useDateText, useEventLabel } from '../../i18n/event-label';
import { dateFormat, formatNumber } from '../../i18n/format';
import {
  selectFilters,
  shallowEqual,
  useSearchTerms,
  useView,
  viewActions,
} from '../../url-state/view-store';
import { ListItem } from './list-item';
import { buildRows, type GroupKey, type Row } from './rows';
import { useRowWindow } from './use-row-window';
import './list-view.css';
import { NARROW_SCREEN } from '../../ui/use-media-query';
import { markDrawn } from '../../ui/first-draw';

/** Above this many rows only those on screen are rendered, each ROW_REM tall. */
const WINDOW_FROM = 300;
const ROW_REM = 5.25;

function useGroupLabel(lang: Lang): (group: GroupKey) => string {
  const { t } = useTranslation('list');
  return useCallback(
    (group: GroupKey) => {
      const year = Number(group.year);
      if (group.kind === 'year') {
        return t('yearGroup', {
          year: dateFormat(lang, { year: 'numeric' }).format(Date.UTC(year, 0, 1)),
        });
      }
      return dateFormat(lang, { month: 'long', year: 'numeric' }).format(
        Date.UTC(year, Number(group.month) - 1, 1),
      );
    },
    [lang, t],
  );
}

/**
 * The filtered events in time order, grouped by the month they start in (year-precise events
 * under their year; see rows.ts) — the accessible twin of the timeline. Arrow keys move between
 * items; the selected one is marked aria-current and scrolled into view. Thousands of events
 * are windowed: only the rows on screen (plus the selected and focused ones) are rendered.
 */
export function ListView({ events }: { events: readonly KhattEvent[] }) {
  const { t } = useTranslation('list');
  const titleId = useId();
  const lang = useView((s) => s.lang);
  const selectedId = useView((s) => s.event);
  const filters = useView(selectFilters, shallowEqual);
  const terms = useSearchTerms();
  const eventLabel = useEventLabel(lang);
  const dateText = useDateText(lang);
  const groupLabel = useGroupLabel(lang);
  const rows = useMemo(() => buildRows(events), [events]);
  const order = useMemo(
    () => rows.flatMap((row) => (row.type === 'event' ? [row.id] : [])),
    [rows],
  );
  const rowIndex = useMemo(
    () => new Map(rows.map((row, i) => [`${row.type}:${row.id}`, i])),
    [rows],
  );
  const windowed = rows.length > WINDOW_FROM;
  const containerRef = useRef<HTMLDivElement>(null);
  const win = useRowWindow(containerRef, rows.length, ROW_REM, windowed);
  const [focusRequest, setFocusRequest] = useState<{ id: string } | null>(null);

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLButtonElement>, id: string) => {
      const at = order.indexOf(id);
      const target =
        e.key === 'ArrowDown'
          ? at + 1
          : e.key === 'ArrowUp'
            ? at - 1
            : e.key === 'Home'
              ? 0
              : e.key === 'End'
                ? order.length - 1
                : null;
      if (target === null) return;
      e.preventDefault();
      const next = order[Math.max(0, Math.min(order.length - 1, target))];
      if (next) setFocusRequest({ id: next });
    },
    [order],
  );

  // Focus after render: a windowed row must be rendered (pinned) before it can take focus.
  useEffect(() => {
    if (!focusRequest) return;
    containerRef.current?.querySelector<HTMLElement>(`[data-event="${focusRequest.id}"]`)?.focus();
  }, [focusRequest]);

  // The benchmark's "drawn" signal (DESIGN.md), for when the list is the view on screen.
  useEffect(() => {
    markDrawn();
  }, [rows]);

  // Bring the selection into view when it changes (a deep link, the details panel's steps).
  const scrolledTo = useRef<string | null>(null);
  useEffect(() => {
    if (!selectedId || scrolledTo.current === selectedId) return;
    const element = containerRef.current?.querySelector<HTMLElement>(
      `[data-event="${selectedId}"]`,
    );
    if (!element) return;
    scrolledTo.current = selectedId;
    // On a phone the details open above the list and take the view; closing them returns focus here.
    if (window.matchMedia(NARROW_SCREEN).matches) return;
    element.scrollIntoView({ block: 'nearest' });
  }, [selectedId, rows]);

  const renderItem = (event: KhattEvent) => (
    <ListItem
      event={event}
      lang={lang}
      label={eventLabel(event)}
      dateText={dateText(event.date)}
      selected={event.id === selectedId}
      terms={terms}
      onSelect={viewActions.selectEvent}
      onKeyDown={onKeyDown}
    />
  );
  const renderHeading = (row: Extract<Row, { type: 'heading' }>, id?: string) => (
    <h3 className="list-heading" id={id}>
      <span>{groupLabel(row.group)}</span>
      <span className="list-heading-count">
        {t('count', { count: row.count, n: formatNumber(lang, row.count) })}
      </span>
    </h3>
  );

  if (rows.length === 0) {
    const active = activeFilterCount(filters);
    return (
      <section className="list-view list-empty" aria-labelledby={titleId}>
        <h2 id={titleId} className="list-title">
          {t('label')}
        </h2>
        <p>{t('empty')}</p>
        {active > 0 && (
          <button type="button" onClick={viewActions.clearFilters}>
            {t('clearAll')}
          </button>
        )}
      </section>
    );
  }

  let body;
  if (windowed) {
    const shown = new Set<number>();
    for (let i = win.first; i < win.last; i++) shown.add(i);
    for (const id of [selectedId, focusRequest?.id]) {
      const i = id ? rowIndex.get(`event:${id}`) : undefined;
      if (i !== undefined) shown.add(i);
    }
    body = (
      <ul className="list-window" style={{ blockSize: `${rows.length * win.rowPx}px` }}>
        {[...shown]
          .sort((a, b) => a - b)
          .map((i) => {
            const row = rows[i];
            if (!row) return null;
            return (
              <li
                key={`${row.type}:${row.id}`}
                className={`list-row list-row--${row.type}`}
                style={{ insetBlockStart: `${i * win.rowPx}px`, blockSize: `${win.rowPx}px` }}
                aria-setsize={row.type === 'event' ? order.length : undefined}
                aria-posinset={row.type === 'event' ? row.position : undefined}
              >
                {row.type === 'heading' ? renderHeading(row) : renderItem(row.event)}
              </li>
            );
          })}
      </ul>
    );
  } else {
    const groups: { heading: Extract<Row, { type: 'heading' }>; items: KhattEvent[] }[] = [];
    for (const row of rows) {
      if (row.type === 'heading') groups.push({ heading: row, items: [] });
      else groups[groups.length - 1]?.items.push(row.event);
    }
    body = groups.map(({ heading, items }) => (
      <section key={heading.id} className="list-group" aria-labelledby={`${titleId}-${heading.id}`}>
        {renderHeading(heading, `${titleId}-${heading.id}`)}
        <ul className="list-items">
          {items.map((event) => (
            <li key={event.id}>{renderItem(event)}</li>
          ))}
        </ul>
      </section>
    ));
  }

  return (
    <section className="list-view" aria-labelledby={titleId}>
      <h2 id={titleId} className="list-title">
        {t('label')}
      </h2>
      <div ref={containerRef} className={windowed ? 'list-body list-body--windowed' : 'list-body'}>
        {body}
      </div>
    </section>
  );
}
