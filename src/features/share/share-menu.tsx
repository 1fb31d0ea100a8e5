import { useQuery } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { corpusQuery } from '../../api/corpus';
import { embedLink, embedSnippet, shareLink } from '../../domain/entry-paths';
import { appRootUrl, getView, useView } from '../../url-state/view-store';
import './share-menu.css';

type Status = 'idle' | 'linkCopied' | 'linkCopyFailed' | 'share:embedCopied' | 'share:shareFailed';

/**
 * Sharing the current view: "Copy link" (a selected event's own entry, which gives a link
 * preview), the system share sheet where the browser has one, and the `<iframe>` snippet of the
 * embed for the same view.
 */
export function ShareMenu() {
  const { t } = useTranslation(['common', 'share']);
  const corpus = useQuery(corpusQuery);
  const [status, setStatus] = useState<Status>('idle');
  const [embedOpen, setEmbedOpen] = useState(false);
  const panelId = useId();
  const canShare = typeof navigator.share === 'function';

  // The links are made from the view at the moment of the click, so the menu does not
  // re-render on every zoom; only the open embed box follows the view as it changes.
  const linkNow = () => shareLink(appRootUrl(), getView());

  const copy = async (text: string, done: Status) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(done);
    } catch {
      setStatus('linkCopyFailed');
    }
  };

  const share = async () => {
    const view = getView();
    const selected = corpus.data?.events.find((e) => e.id === view.event) ?? null;
    const title = selected ? t('share:shareTitle', { title: selected.title[view.lang] }) : null;
    const link = linkNow();
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
      <button type="button" onClick={() => void copy(linkNow(), 'linkCopied')}>
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
        {embedOpen && (
          <EmbedSnippet onCopy={(snippet) => void copy(snippet, 'share:embedCopied')} />
        )}
      </div>
    </div>
  );
}

/** The ready `<iframe>` for the current view, kept up to date while the box is open. */
function EmbedSnippet({ onCopy }: { onCopy: (snippet: string) => void }) {
  const { t } = useTranslation(['common', 'share']);
  const view = useView((s) => s);
  const snippetRef = useRef<HTMLTextAreaElement>(null);
  const snippetId = useId();
  const hintId = useId();
  const snippet = embedSnippet(embedLink(appRootUrl(), view), t('share:frameTitle'));
  return (
    <>
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
          onCopy(snippet);
        }}
      >
        {t('share:copyEmbed')}
      </button>
    </>
  );
}
