import { memo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { KhattEvent, Lang } from '../../domain/types';
import { Highlighted } from '../../ui/highlighted';
import { KindSwatch } from '../../ui/kind-swatch';

/** One event: a button named "title, date, kind" showing kind, date, status, title and place. */
export const ListItem = memo(function ListItem({
  event,
  lang,
  label,
  dateText,
  selected,
  terms,
  onSelect,
  onKeyDown,
}: {
  event: KhattEvent;
  lang: Lang;
  label: string;
  dateText: string;
  selected: boolean;
  /** The search's terms, marked in the title and place. */
  terms: readonly string[];
  onSelect: (id: string) => void;
  onKeyDown: (e: KeyboardEvent<HTMLButtonElement>, id: string) => void;
}) {
  const { t } = useTranslation('kinds');
  const statusId = `list-status-${event.id}`;
  return (
    <button
      type="button"
      className={`list-item list-item--${event.status} list-item--kind-${event.kind}`}
      data-event={event.id}
      aria-label={label}
      aria-current={selected ? 'true' : undefined}
      aria-describedby={event.status === 'occurred' ? undefined : statusId}
      onClick={() => onSelect(event.id)}
      onKeyDown={(e) => onKeyDown(e, event.id)}
    >
      <span className="list-item-meta">
        <span className={`list-item-kind list-item-kind--${event.kind}`}>
          <KindSwatch kind={event.kind} />
          {t(event.kind)}
        </span>
        <span className="list-item-date">{dateText}</span>
        {event.status !== 'occurred' && (
          <span id={statusId} className={`list-badge list-badge--${event.status}`}>
            {t(`status.${event.status}`)}
          </span>
        )}
      </span>
      <span className="list-item-title">
        <Highlighted text={event.title[lang]} terms={terms} />
      </span>
      {event.place && (
        <span className="list-item-place">
          <Highlighted text={event.place[lang]} terms={terms} />
        </span>
      )}
    </button>
  );
});
