import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { reconcileWithCorpus } from '../domain/reconcile';
import type { Ignored } from '../domain/url-codec';
import type { Corpus } from '../domain/types';
import type { ViewState } from '../domain/view-state';
import { dismissIgnored, ignoreFromLink } from '../url-state/url-store';

const SHOWN = 5;

/**
 * Says briefly what an opened link held that could not be used (garbage, an unknown event or
 * actor); the URL store has already dropped it and rewritten the address to its canonical form.
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

  useEffect(() => {
    const reconciled = reconcileWithCorpus(state, corpus);
    if (reconciled.ignored.length > 0) ignoreFromLink(reconciled.state, reconciled.ignored);
  }, [state, corpus]);

  if (ignored.length === 0) return null;
  const items = ignored.slice(0, SHOWN).map((item) => {
    // A moved or removed event says why, in the corpus's own words.
    const why = corpus.redirects?.find((r) => r.from === item.value)?.reason[state.lang] ?? '';
    return t(`ignoredReason.${item.reason}`, { ...item, why });
  });
  if (ignored.length > SHOWN) items.push(t('andMore', { count: ignored.length - SHOWN }));
  return (
    <div className="link-notice" role="status">
      <p>
        {t('linkIgnored')} <bdi>{items.join(t('listSeparator'))}</bdi>
      </p>
      <button type="button" onClick={dismissIgnored}>
        {t('dismiss')}
      </button>
    </div>
  );
}
