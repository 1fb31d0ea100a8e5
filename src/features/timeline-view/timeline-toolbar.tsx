import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/types';
import { formatDayRange, formatNumber } from '../../i18n/format';
import { shownDays, type Span } from '../../timeline/time-window';
import type { Viewport } from './viewport';

export interface ToolbarProps {
  lang: Lang;
  span: Span;
  /** Events of the filtered set inside the window. */
  count: number;
  /** The window shows density bars rather than marks. */
  lod: boolean;
  canZoomIn: boolean;
  canZoomOut: boolean;
  /** Filters hide some events: "Show all" shows all of the shown ones. */
  filtered: boolean;
  /** The buttons zoom it, show the whole extent, or go back to the first view. */
  viewport: Viewport;
}

/** The window in words and the zoom buttons (the keyboard's +/− do the same from the marks). */
export function TimelineToolbar(props: ToolbarProps) {
  const { t } = useTranslation('timeline');
  const { lang, span, count, viewport } = props;
  const [first, last] = shownDays(span);
  return (
    <div className="tl-toolbar">
      <p className="tl-readout">
        <span className="tl-range">{formatDayRange(lang, new Date(first), new Date(last))}</span>
        <span className="tl-count-in-view">
          {t('countInView', { count, n: formatNumber(lang, count) })}
        </span>
        {props.lod && <span className="tl-note">{t('density')}</span>}
      </p>
      <div className="tl-zoom" role="group" aria-label={t('zoomControls')}>
        {/* aria-disabled, not disabled: a button that disables itself must not drop the focus. */}
        <button
          type="button"
          aria-disabled={!props.canZoomIn}
          onClick={() => props.canZoomIn && viewport.zoom(2)}
        >
          {t('zoomIn')}
        </button>
        <button
          type="button"
          aria-disabled={!props.canZoomOut}
          onClick={() => props.canZoomOut && viewport.zoom(0.5)}
        >
          {t('zoomOut')}
        </button>
        <button
          type="button"
          onClick={() => (props.filtered ? viewport.fitResults() : viewport.show(viewport.extent))}
        >
          {t('showAll')}
        </button>
        <button type="button" onClick={() => viewport.fitResults()}>
          {t('zoomToResults')}
        </button>
        <button type="button" onClick={() => viewport.show(null)}>
          {t('firstView')}
        </button>
      </div>
    </div>
  );
}
