import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { reconcileWithCorpus } from '../domain/reconcile';
import type { Corpus } from '../domain/types';
import { getView, useOpenedLink, viewActions } from '../url-state/view-store';

const SHOWN = 5;

/**
 * Says briefly what an opened link held that could not be used (garbage, an unknown event or
 * actor); the view store has already dropped it and rewritten the address to its canonical form.
 * The link is checked against the corpus when the corpus arrives and whenever a link is opened
 * (load, Back/Forward) — not on the app's own writes, whose ids come from the corpus.
 */
export function LinkNotice({ corpus }: { corpus: Corpus }) {
  const { t } = useTranslation();
  const { ignored, link } = useOpenedLink();

  useEffect(() => {
    const reconciled = reconcileWithCorpus(getView(), corpus);
    if (reconciled.ignored.length > 0) {
      viewActions.ignoreFromLink(reconciled.state, reconciled.ignored);
    }
  }, [link, corpus]);

  if (ignored.length === 0) return null;
  const items = ignored
    .slice(0, SHOWN)
    .map((item) => t(`ignoredReason.${item.reason}`, { param: item.param, value: item.value }));
  if (ignored.length > SHOWN) items.push(t('andMore', { count: ignored.length - SHOWN }));
  return (
    <div className="link-notice" role="status">
      <p>
        {t('linkIgnored')} <bdi>{items.join(t('listSeparator'))}</bdi>
      </p>
      <button type="button" onClick={viewActions.dismissIgnored}>
        {t('dismiss')}
      </button>
    </div>
  );
}
