import { useTranslation } from 'react-i18next';
import { LoadError } from '../api/fetch-checked';

/**
 * The corpus did not load: why, in words, and for a corrupt file the exact problems (the path
 * of each bad field and what is wrong with it) behind a disclosure, so a newsroom that swapped
 * `corpus.json` can fix it.
 */
export function CorpusError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useTranslation();
  const corrupt = error instanceof LoadError && error.reason === 'corrupt';
  const problems = error instanceof LoadError ? error.problems : [];
  return (
    <div role="alert" className="load-error">
      <p>{corrupt ? t('corpusCorrupt') : t('corpusLoadFailed')}</p>
      {problems.length > 0 && (
        <details className="load-error-details">
          <summary>{t('corpusProblems')}</summary>
          <ul dir="ltr">
            {problems.map((line, i) => (
              <li key={i}>
                <code>{line}</code>
              </li>
            ))}
          </ul>
        </details>
      )}
      <button type="button" onClick={onRetry}>
        {t('retry')}
      </button>
    </div>
  );
}
