import { isBoundedDay, isRealDay } from '../../domain/iso-day';

/** Checks the typed from/to dates of the filter before they reach the URL. */

export type DateProblem = 'invalid' | 'outOfRange' | 'inverted';

export interface DateField {
  /** The input's value: '' when empty or when the browser could not read what was typed. */
  value: string;
  /** The browser's validity.badInput: something was typed that is not a date. */
  badInput: boolean;
}

/** What is wrong with one field, or null when it is empty or a day in 1900–2100. */
export function fieldProblem(field: DateField): DateProblem | null {
  if (field.value === '') return field.badInput ? 'invalid' : null;
  if (!isRealDay(field.value)) return 'invalid';
  if (!isBoundedDay(field.value)) return 'outOfRange';
  return null;
}

/**
 * The problems of a from/to pair, per field, or the dates to commit when there are none.
 * An inverted pair is blamed on the field the user just edited.
 */
export function checkDates(
  from: DateField,
  to: DateField,
  edited: 'from' | 'to',
):
  | { ok: true; from: string | null; to: string | null }
  | { ok: false; field: 'from' | 'to'; problem: DateProblem } {
  const fromProblem = fieldProblem(from);
  if (fromProblem) return { ok: false, field: 'from', problem: fromProblem };
  const toProblem = fieldProblem(to);
  if (toProblem) return { ok: false, field: 'to', problem: toProblem };
  if (from.value && to.value && from.value > to.value) {
    return { ok: false, field: edited, problem: 'inverted' };
  }
  return { ok: true, from: from.value || null, to: to.value || null };
}
