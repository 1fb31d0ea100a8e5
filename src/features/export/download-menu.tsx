import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { corpusQuery } from '../../api/corpus';
import { EXPORT_FORMATS, exportFileName, type ExportFormat } from '../../domain/export/file-name';
import { filterEvents } from '../../domain/filter';
import { formatNumber } from '../../i18n/format';
import { getView } from '../../url-state/view-store';
import { loadExport } from './load-export';
import { saveText } from './save-text';
import './download-menu.css';

/**
 * The Download menu: a disclosure button whose panel offers the five export formats, each made
 * in the browser from the loaded corpus and the events the current filters let through. It
 * reads the corpus and the view state itself, so the shell mounts it with one line.
 */
export function DownloadMenu() {
  const { t } = useTranslation('export');
  const corpus = useQuery(corpusQuery);
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState('');
  const panelId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    // A click or focus anywhere outside the menu closes it, as a disclosure menu does.
    const away = (event: Event) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const escape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      // Esc closes the menu only; the details panel behind it stays open.
      event.stopPropagation();
      setOpen(false);
      toggle.current?.focus();
    };
    document.addEventListener('pointerdown', away);
    document.addEventListener('focusin', away);
    document.addEventListener('keydown', escape, true);
    return () => {
      document.removeEventListener('pointerdown', away);
      document.removeEventListener('focusin', away);
      document.removeEventListener('keydown', escape, true);
    };
  }, [open]);

  const data = corpus.data;

  const download = async (format: ExportFormat) => {
    if (!data) return;
    // Filtering is memoised per corpus and filter set, so this reuses what the view computed.
    // Read at the click, so the menu does not re-render on every change of the view.
    const state = getView();
    const events = filterEvents(data, state);
    // The renderers are preloaded at idle after the first view; this waits only on a first
    // click that comes sooner (or retries one whose fetch failed).
    let renderers: Awaited<ReturnType<typeof loadExport>>;
    try {
      renderers = await loadExport();
    } catch {
      setSaved(t('loadFailed'));
      return;
    }
    const { MEDIA_TYPES, renderExport } = renderers;
    const text = renderExport(format, { corpus: data, events, lang: state.lang, now: new Date() });
    saveText(text, MEDIA_TYPES[format], exportFileName(state, format));
    setSaved(
      t('saved', {
        count: events.length,
        n: formatNumber(state.lang, events.length),
        format: t(`format.${format}.name`),
      }),
    );
    setOpen(false);
    toggle.current?.focus();
  };

  return (
    <div className="download-menu" ref={root}>
      <button
        type="button"
        ref={toggle}
        aria-expanded={open}
        aria-controls={panelId}
        // Shown (not yet usable) while the corpus loads, so the header does not re-wrap when it
        // arrives: on a phone its row of actions is full, and the page under it moved down.
        disabled={!data}
        onClick={() => {
          setSaved('');
          setOpen((was) => !was);
        }}
      >
        {t('toggle')}
      </button>
      <div id={panelId} className="download-panel" hidden={!open}>
        <p className="download-hint">{t('hint')}</p>
        <ul>
          {EXPORT_FORMATS.map((format) => (
            <li key={format}>
              <button
                type="button"
                aria-describedby={`${panelId}-${format}`}
                onClick={() => void download(format)}
              >
                {t(`format.${format}.name`)}
              </button>
              <span id={`${panelId}-${format}`} className="download-what">
                {t(`format.${format}.what`)}
              </span>
            </li>
          ))}
        </ul>
      </div>
      <span role="status" className="download-status">
        {saved}
      </span>
    </div>
  );
}
