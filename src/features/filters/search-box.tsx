import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { prepareSearch } from '../../domain/filter';
import type { Corpus } from '../../domain/types';
import { viewActions } from '../../url-state/view-store';

const DEBOUNCE_MS = 300;

/**
 * The text search. Typing stays local and reaches the URL 300 ms after the last keystroke:
 * the first write of a typing session pushes one history entry (so Back undoes the search),
 * later writes replace it (so Back is not flooded). Enter writes at once; leaving the box
 * ends the session.
 */
export function SearchBox({
  corpus,
  q,
  inputRef,
}: {
  corpus: Corpus;
  q: string;
  inputRef: RefObject<HTMLInputElement | null>;
}) {
  const { t } = useTranslation('filters');
  const hintId = useId();
  const [draft, setDraft] = useState(q);
  // Follow the URL when it changes from outside (Back, Clear all, a link).
  const [seenQ, setSeenQ] = useState(q);
  if (q !== seenQ) {
    setSeenQ(q);
    if (q !== draft.trim()) setDraft(q);
  }
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<string | null>(null);
  const sessionPushed = useRef(false);

  const flush = () => {
    clearTimeout(timer.current);
    const value = pending.current;
    pending.current = null;
    if (value === null) return;
    viewActions.setFilters({ q: value.trim() }, { replace: sessionPushed.current });
    sessionPushed.current = true;
  };

  useEffect(() => () => clearTimeout(timer.current), []);

  return (
    <div className="filters-search">
      <label htmlFor={`${hintId}-input`} className="filters-label">
        {t('search.label')}
      </label>
      <input
        ref={inputRef}
        id={`${hintId}-input`}
        type="search"
        value={draft}
        placeholder={t('search.placeholder')}
        aria-describedby={hintId}
        aria-keyshortcuts="/"
        autoComplete="off"
        spellCheck={false}
        maxLength={400}
        onChange={(e) => {
          setDraft(e.target.value);
          pending.current = e.target.value;
          clearTimeout(timer.current);
          timer.current = setTimeout(flush, DEBOUNCE_MS);
        }}
        onFocus={() => prepareSearch(corpus)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') flush();
        }}
        onBlur={() => {
          flush();
          sessionPushed.current = false;
        }}
      />
      <p id={hintId} className="filters-hint">
        {t('search.hint')}
      </p>
    </div>
  );
}
