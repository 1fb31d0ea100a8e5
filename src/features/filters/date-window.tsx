import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { viewActions } from '../../url-state/view-store';
import { checkDates, type DateField, type DateProblem } from './date-check';

const COMMIT_MS = 600;
type Edge = 'from' | 'to';
const EMPTY: DateField = { value: '', badInput: false };

/**
 * Typed from/to dates. A date reaches the URL (one history entry) once it is whole and valid
 * and the user pauses or leaves the field; a half-typed, impossible, out-of-range or inverted
 * entry is named in an inline message and the URL keeps its last good dates.
 */
export function DateWindow({ from, to }: { from: string | null; to: string | null }) {
  const { t } = useTranslation('filters');
  const id = useId();
  const [fields, setFields] = useState<Record<Edge, DateField>>({
    from: { value: from ?? '', badInput: false },
    to: { value: to ?? '', badInput: false },
  });
  const [problem, setProblem] = useState<{ field: Edge; problem: DateProblem } | null>(null);
  // Follow the URL when it changes from outside (Back, Clear all, a link).
  const [seen, setSeen] = useState({ from, to });
  if (seen.from !== from || seen.to !== to) {
    setSeen({ from, to });
    setFields({
      from: { value: from ?? '', badInput: false },
      to: { value: to ?? '', badInput: false },
    });
    setProblem(null);
  }

  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<{ from: string | null; to: string | null } | null>(null);
  const flush = () => {
    clearTimeout(timer.current);
    const next = pending.current;
    pending.current = null;
    if (next) viewActions.setFilters(next);
  };
  useEffect(() => () => clearTimeout(timer.current), []);

  const edit = (edge: Edge, field: DateField) => {
    const next = { ...fields, [edge]: field };
    setFields(next);
    const result = checkDates(next.from, next.to, edge);
    clearTimeout(timer.current);
    if (!result.ok) {
      pending.current = null;
      setProblem({ field: result.field, problem: result.problem });
      return;
    }
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
          type="date"
          min="1900-01-01"
          max="2100-12-31"
          value={fields[edge].value}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${id}-problem` : undefined}
          onChange={(e) =>
            edit(edge, { value: e.target.value, badInput: e.target.validity.badInput })
          }
          onBlur={(e) => {
            // Chrome reports a half-typed date only as badInput, without a change event.
            const { badInput } = e.target.validity;
            if (badInput !== fields[edge].badInput) edit(edge, { value: e.target.value, badInput });
            else flush();
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
      <div aria-live="polite">
        {problem && (
          <p id={`${id}-problem`} className="filters-problem">
            {t(`dates.${problem.problem}`)}
          </p>
        )}
      </div>
      {(from || to || fields.from.value || fields.to.value || problem) && (
        <button
          type="button"
          className="filters-link"
          onClick={() => {
            clearTimeout(timer.current);
            pending.current = null;
            setFields({ from: EMPTY, to: EMPTY });
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
