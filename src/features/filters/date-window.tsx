import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseTypedDay } from '../../domain/typed-date';
import type { Lang } from '../../domain/types';
import { formatDay } from '../../i18n/format';
import { viewActions } from '../../url-state/view-store';
import { checkDates, type DateField, type DateProblem } from './date-check';

const COMMIT_MS = 600;
type Edge = 'from' | 'to';

/** What a typed text means to the check: the day it names, or "something that is not a day". */
const fieldOf = (text: string): DateField => {
  const day = parseTypedDay(text);
  return { value: day ?? '', badInput: day === null && text.trim() !== '' };
};
const shown = (lang: Lang, day: string | null) => (day ? formatDay(lang, day) : '');

/**
 * Typed from/to dates, entered and echoed the way the page writes dates (day, month name,
 * year: «1 تموز 2021», "1 July 2021"; 1/7/2021 reads day first) — not the browser's date input,
 * whose mm/dd/yyyy an Iraqi reader takes for the wrong day. A date reaches the URL (one history
 * entry) once it names a real day and the user pauses or leaves the field; an unreadable,
 * out-of-range or inverted entry is named in an inline message and the URL keeps its last good
 * dates.
 */
export function DateWindow({
  from,
  to,
  lang,
}: {
  from: string | null;
  to: string | null;
  lang: Lang;
}) {
  const { t } = useTranslation('filters');
  const id = useId();
  const [texts, setTexts] = useState<Record<Edge, string>>({
    from: shown(lang, from),
    to: shown(lang, to),
  });
  const [problem, setProblem] = useState<{ field: Edge; problem: DateProblem } | null>(null);
  // A problem found while typing is said only when the user leaves the field or presses Enter.
  const [unsaid, setUnsaid] = useState<{ field: Edge; problem: DateProblem } | null>(null);
  // Follow the URL (Back, Clear all, a link) and the language, writing the days as the page does.
  const [seen, setSeen] = useState({ from, to, lang });
  if (seen.from !== from || seen.to !== to || seen.lang !== lang) {
    setSeen({ from, to, lang });
    setTexts({ from: shown(lang, from), to: shown(lang, to) });
    setUnsaid(null);
    setProblem(null);
  }

  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<{ from: string | null; to: string | null } | null>(null);
  const flush = () => {
    clearTimeout(timer.current);
    const next = pending.current;
    pending.current = null;
    if (unsaid) setProblem(unsaid);
    if (!next) return;
    // Our own write: the fields keep what the user typed until they leave them.
    setSeen((s) => ({ ...s, ...next }));
    viewActions.setFilters(next);
  };
  useEffect(() => () => clearTimeout(timer.current), []);

  const edit = (edge: Edge, text: string) => {
    const next = { ...texts, [edge]: text };
    setTexts(next);
    const result = checkDates(fieldOf(next.from), fieldOf(next.to), edge);
    clearTimeout(timer.current);
    if (!result.ok) {
      pending.current = null;
      setUnsaid({ field: result.field, problem: result.problem });
      return;
    }
    setUnsaid(null);
    setProblem(null);
    pending.current = { from: result.from, to: result.to };
    timer.current = setTimeout(flush, COMMIT_MS);
  };

  const input = (edge: Edge) => {
    const invalid = problem?.field === edge;
    return (
      <div className="filters-date">
        <label htmlFor={`${id}-${edge}`} className="filters-label">
          {t(`dates.${edge}`)}
        </label>
        <input
          id={`${id}-${edge}`}
          type="text"
          inputMode="text"
          autoComplete="off"
          spellCheck={false}
          placeholder={t('dates.placeholder')}
          value={texts[edge]}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${id}-problem ${id}-hint` : `${id}-hint`}
          onChange={(e) => edit(edge, e.target.value)}
          onBlur={() => {
            flush();
            // Echo a readable day the way the page writes it ("1/7/2021" → «1 تموز 2021»).
            const day = parseTypedDay(texts[edge]);
            if (day && unsaid?.field !== edge) {
              setTexts((current) => ({ ...current, [edge]: formatDay(lang, day) }));
            }
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') flush();
          }}
        />
      </div>
    );
  };

  return (
    <fieldset className="filters-group">
      <legend className="filters-legend">{t('dates.legend')}</legend>
      <div className="filters-dates">
        {input('from')}
        {input('to')}
      </div>
      <p id={`${id}-hint`} className="filters-hint">
        {t('dates.hint')}
      </p>
      <div aria-live="polite">
        {problem && (
          <p id={`${id}-problem`} className="filters-problem">
            {t(`dates.${problem.problem}`)}
          </p>
        )}
      </div>
      {(from || to || texts.from || texts.to || problem) && (
        <button
          type="button"
          className="filters-link"
          onClick={() => {
            clearTimeout(timer.current);
            pending.current = null;
            setTexts({ from: '', to: '' });
            setUnsaid(null);
            setProblem(null);
            if (from || to) viewActions.setFilters({ from: null, to: null });
          }}
        >
          {t('dates.clear')}
        </button>
      )}
    </fieldset>
  );
}
