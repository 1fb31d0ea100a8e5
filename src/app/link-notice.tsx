import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ignored } from '../domain/url-codec';
import type { Corpus } from '../domain/types';
import type { ViewState } from '../domain/view-state';
import { reconcileWithCorpus } from '../domain/reconcile';
import { navigate } from '../url-state/url-store';

/**
 * When an opened link held something unusable (garbage, an unknown event or actor), drops it,
 * rewrites the address to its canonical form and says briefly what was ignored.
 */
export function LinkNotice({
  corpus,
  state,
  ignored,
}: {
  corpus: Corpus;
  state: ViewState;
  ignored: Ignored[];
}) {
  const { t } = useTranslation();
  const reconciled = useMemo(() => reconcileWithCorpus(state, corpus), [state, corpus]);
  const [shown, setShown] = useState<Ignored[]>([]);

  useEffect(() => {
    const all = [...ignored, ...reconciled.ignored];
    if (all.length === 0) return;
    setShown(all);
    navigate(reconciled.state, { replace: true });
  }, [ignored, reconciled]);

  if (shown.length === 0) return null;
  return (
    <div className="link-notice" role="status">
      <p>
        {t('linkIgnored')}{' '}
        {shown
          .slice(0, 5)
          .map((item) =>
            t(`ignoredReason.${item.reason}`, { param: item.param, value: item.value }),
          )
          .join(t('listSeparator'))}
      </p>
      <button type="button" onClick={() => setShown([])}>
        {t('dismiss')}
      </button>
    </div>
  );
}
