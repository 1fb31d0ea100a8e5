/** Problems found in the curated data, each printed as one line: `file: record: field: message`. */

export type Path = readonly (string | number)[];

export interface Problem {
  file: string;
  record: string;
  field: string;
  message: string;
}

/** Reports a problem in one field of the record a checker was made for. */
export type Complain = (path: Path, message: string) => void;

/** `['excerpts', 0, 'quote']` → `excerpts[0].quote`; the empty path is `(root)`. */
export function pathString(path: Path): string {
  let s = '';
  for (const part of path) s += typeof part === 'number' ? `[${part}]` : s ? `.${part}` : part;
  return s || '(root)';
}

/** The one-line form of a problem. */
export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.record}: ${p.field}: ${p.message}`;
}

/** A Complain that appends to `problems` under a fixed file and record label. */
export function complainer(problems: Problem[], file: string, record: string): Complain {
  return (path, message) => problems.push({ file, record, field: pathString(path), message });
}

/** How a record is named in problem lines: its id when it has one, else where it starts. */
export function recordLabel(raw: unknown, line: number | undefined): string {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  if (typeof id === 'string' && id.trim() !== '') return id;
  return line === undefined ? '(no id)' : `(line ${line})`;
}

/** `1 error` / `2 errors`. */
export function countOf(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
