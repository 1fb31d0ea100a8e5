/** Checks the typed from/to dates of the filter before they reach the URL. */

export type DateProblem = 'invalid' | 'outOfRange' | 'inverted';

export interface DateField {
  /** The input's value: '' when empty or when the browser could not read what was typed. */
  value: string;
  /** The browser's validity.badInput: something was typed that is not a date. */
  badInput: boolean;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDay(s: string): boolean {
  const m = ISO_DAY.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** What is wrong with one field, or null when it is empty or a day in 1900–2100. */
export function fieldProblem(field: DateField): DateProblem | null {
  if (field.value === '') return field.badInput ? 'invalid' : null;
  if (!isRealDay(field.value)) return 'invalid';
  if (field.value < '1900-01-01' || field.value > '2100-12-31') return 'outOfRange';
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
