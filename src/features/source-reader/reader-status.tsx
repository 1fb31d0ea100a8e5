import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../api/fetch-checked';

/** An HTML page where a text file was expected: a static host's fallback page, not the article. */
export const looksLikeHtml = (text: string) => /^\s*<(!doctype\s+html|html[\s>])/i.test(text);

/**
 * What the reader says while its text loads or when it failed: a short status line, or an
 * error in the UI language telling offline from a server error or a damaged file, with Retry.
 */
export function ReaderStatus({ query }: { query: UseQueryResult<string> }) {
  const { t } = useTranslation('reader');
  const corrupt = query.data !== undefined && looksLikeHtml(query.data);
  const fetching = query.fetchStatus === 'fetching';

  let message: string | null = null;
  if (corrupt) message = t('corrupt');
  else if (query.isError) {
    const error = query.error;
    if (!(error instanceof LoadError)) message = t('failed');
    else if (error.reason === 'offline') message = t('offline');
    else if (error.reason === 'corrupt') message = t('corrupt');
    else message = error.status ? t('http', { status: error.status }) : t('httpNoStatus');
  }

  return (
    <>
      <p className="reader-status" role="status">
        {query.isPending && fetching ? t('loading') : message && fetching ? t('retrying') : ''}
      </p>
      {message && (
        <div className="reader-error" role="alert">
          <p>{message}</p>
          <button
            type="button"
            aria-disabled={fetching || undefined}
            onClick={() => {
              if (!fetching) void query.refetch();
            }}
          >
            {t('retry')}
          </button>
        </div>
      )}
    </>
  );
}
