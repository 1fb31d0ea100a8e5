import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { reconcileWithCorpus } from '../domain/reconcile';
import type { Corpus } from '../domain/types';
import { PARAMS } from '../domain/url-codec';
import { getView, useOpenedLink, useView, viewActions } from '../url-state/view-store';

const SHOWN = 5;

/** A value from the link, isolated so its direction cannot reorder the sentence around it. */
const isolate = (text: string) => `\u2068${text}\u2069`;
const isParam = (name: string): name is (typeof PARAMS)[number] =>
  (PARAMS as readonly string[]).includes(name);

/**
 * Says briefly what an opened link held that could not be used (garbage, an unknown event or
 * actor); the view store has already dropped it and rewritten the address to its canonical form.
 * The link is checked against the corpus when the corpus arrives and whenever a link is opened
 * (load, Back/Forward) — not on the app's own writes, whose ids come from the corpus.
 */
export function LinkNotice({ corpus }: { corpus: Corpus }) {
  const { t } = useTranslation();
  const { ignored, link } = useOpenedLink();
  const lang = useView((s) => s.lang);
  // Known parameters are named in words ("time window"); an unknown one is quoted as typed.
  const nameOf = (param: string) => {
    const key = param.toLowerCase();
    return isParam(key) ? t(`paramName.${key}`) : isolate(param);
  };

  useEffect(() => {
    const current = getView();
    const reconciled = reconcileWithCorpus(current, corpus);
    // Also when nothing was dropped but something was filled in (a linked excerpt's article).
    if (reconciled.ignored.length > 0 || reconciled.state !== current) {
      viewActions.ignoreFromLink(reconciled.state, reconciled.ignored);
    }
  }, [link, corpus]);

  if (ignored.length === 0) return null;
  const items = ignored.slice(0, SHOWN).map((item) => {
    // A moved or removed event says why, in the corpus's own words.
    const why = corpus.redirects?.find((r) => r.from === item.value)?.reason[lang] ?? '';
    return t(`ignoredReason.${item.reason}`, {
      param: nameOf(item.param),
      value: isolate(item.value),
      to: isolate(item.to ?? ''),
      why,
    });
  });
  if (ignored.length > SHOWN) items.push(t('andMore', { count: ignored.length - SHOWN }));
  return (
    <div className="link-notice" role="status">
      <p>
        {t('linkIgnored')} {items.join(t('listSeparator'))}
      </p>
      <button type="button" onClick={viewActions.dismissIgnored}>
        {t('dismiss')}
      </button>
    </div>
  );
}
