import { useTranslation } from 'react-i18next';

/** What a panel shows when it failed to render; the rest of the app keeps working. */
export function PanelError({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="panel-error">
      <p>{t('panelFailed')}</p>
      <button type="button" onClick={onRetry}>
        {t('retry')}
      </button>
    </div>
  );
}
