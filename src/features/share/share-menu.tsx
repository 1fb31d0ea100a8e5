import { useQuery } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { corpusQuery } from '../../api/corpus';
import { embedLink, embedSnippet, shareLink } from '../../domain/entry-paths';
import { appRootUrl, useViewState } from '../../url-state/url-store';
import './share-menu.css';

type Status = 'idle' | 'linkCopied' | 'linkCopyFailed' | 'share:embedCopied' | 'share:shareFailed';

/**
 * Sharing the current view: "Copy link" (a selected event's own entry, which gives a link
 * preview), the system share sheet where the browser has one, and the `<iframe>` snippet of the
 * embed for the same view.
 */
export function ShareMenu() {
  const { t } = useTranslation();
  const [state] = useViewState();
  const corpus = useQuery(corpusQuery);
  const selected = corpus.data?.events.find((e) => e.id === state.event) ?? null;
  const [status, setStatus] = useState<Status>('idle');
  const [embedOpen, setEmbedOpen] = useState(false);
  const snippetRef = useRef<HTMLTextAreaElement>(null);
  const panelId = useId();
  const snippetId = useId();
  const hintId = useId();
  const canShare = typeof navigator.share === 'function';

  const root = appRootUrl();
  const link = shareLink(root, state);
  const snippet = embedSnippet(embedLink(root, state), t('share:frameTitle'));

  const copy = async (text: string, done: Status) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(done);
    } catch {
      setStatus('linkCopyFailed');
    }
  };

  const share = async () => {
    const title = selected ? t('share:shareTitle', { title: selected.title[state.lang] }) : null;
    try {
      await navigator.share({ title: title ?? t('tagline'), url: link });
      setStatus('idle');
    } catch (error) {
      // Closing the sheet is the reader's choice, not a failure.
      if (error instanceof DOMException && error.name === 'AbortError') return;
      await copy(link, 'share:shareFailed');
    }
  };

  return (
    <div className="share-menu">
      <button type="button" onClick={() => void copy(link, 'linkCopied')}>
        {t('copyLink')}
      </button>
      {canShare && (
        <button type="button" onClick={() => void share()}>
          {t('share:share')}
        </button>
      )}
      <button
        type="button"
        aria-expanded={embedOpen}
        aria-controls={panelId}
        onClick={() => setEmbedOpen((open) => !open)}
      >
        {t('share:embed')}
      </button>
      <span role="status" className="copy-status">
        {status === 'idle' ? '' : t(status)}
      </span>
      <div id={panelId} className="share-embed" hidden={!embedOpen}>
        <label htmlFor={snippetId}>{t('share:embedLabel')}</label>
        <textarea
          id={snippetId}
          ref={snippetRef}
          readOnly
          dir="ltr"
          rows={4}
          value={snippet}
          aria-describedby={hintId}
          onFocus={(e) => e.currentTarget.select()}
        />
        <p id={hintId} className="share-hint">
          {t('share:embedHint')}
        </p>
        <button
          type="button"
          onClick={() => {
            snippetRef.current?.select();
            void copy(snippet, 'share:embedCopied');
          }}
        >
          {t('share:copyEmbed')}
        </button>
      </div>
    </div>
  );
}
