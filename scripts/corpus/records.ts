import { complainer, recordLabel, type Complain, type Path, type Problem } from './problems';
import { describeValue } from './shapes';
import type { YamlFile } from './yaml-file';

/** Where a record starts, for "first defined at" messages. */
export interface Site {
  file: string;
  line: number | undefined;
}

const siteText = (s: Site): string => (s.line === undefined ? s.file : `${s.file}:${s.line}`);

/** Whether a YAML value is a mapping (as opposed to a list, a scalar or null). */
export function isMapping(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The `id` of a raw record when it is a non-empty string. */
export function rawId(raw: unknown): string | undefined {
  const id = isMapping(raw) ? raw.id : undefined;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

/**
 * Records the id's first site, or reports a duplicate naming it. Ids of records that fail
 * other checks still count, so one broken record does not cascade into "unknown id" errors.
 */
export function claimId(
  seen: Map<string, Site>,
  raw: unknown,
  site: Site,
  complain: Complain,
): void {
  const id = rawId(raw);
  if (id === undefined) return;
  const first = seen.get(id);
  if (first) complain(['id'], `duplicate id; first defined at ${siteText(first)}`);
  else seen.set(id, site);
}

/** Calls `visit` for each item of the list at `at`, with a complainer labelled by the item's id. */
export function forEachRecord(
  file: string,
  yaml: YamlFile,
  items: readonly unknown[],
  at: Path,
  problems: Problem[],
  visit: (raw: unknown, complain: Complain, site: Site) => void,
): void {
  items.forEach((raw, i) => {
    const line = yaml.lineOf([...at, i]);
    visit(raw, complainer(problems, file, recordLabel(raw, line)), { file, line });
  });
}

/** The top-level list of a list file; an empty file is an empty list. */
export function topList(
  file: string,
  value: unknown,
  what: string,
  problems: Problem[],
): unknown[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value;
  problems.push({
    file,
    record: '(file)',
    field: '(root)',
    message: `expected a list of ${what}, got ${describeValue(value)}`,
  });
  return [];
}
