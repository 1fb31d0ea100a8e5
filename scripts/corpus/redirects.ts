import type { Redirect } from '../../src/domain/types';
import { complainer, recordLabel, type Problem } from './problems';
import { isMapping, topList } from './records';
import { parseShape, redirectShape } from './shapes';
import type { YamlFile } from './yaml-file';

/**
 * Checks data/redirects.yaml against the compiled event ids and compiles it: each `from` is an
 * id no event has any more, listed once; each `to` is a current event.
 */
export function compileRedirects(
  file: string,
  yaml: YamlFile,
  events: ReadonlySet<string>,
  problems: Problem[],
): Redirect[] {
  const redirects: Redirect[] = [];
  const seen = new Map<string, number | undefined>();
  topList(file, yaml.value, 'redirects', problems).forEach((raw, i) => {
    const line = yaml.lineOf([i]);
    const from = isMapping(raw) && typeof raw.from === 'string' ? raw.from : undefined;
    const complain = complainer(problems, file, from ?? recordLabel(raw, line));
    const r = parseShape(redirectShape, raw, [], complain);
    if (!r) return;
    if (seen.has(r.from)) {
      const first = seen.get(r.from);
      return complain(['from'], `listed twice; first at ${file}${first ? `:${first}` : ''}`);
    }
    seen.set(r.from, line);
    if (events.has(r.from))
      return complain(['from'], 'is a current event id; redirect only ids that are gone');
    if (r.to !== undefined && !events.has(r.to)) return complain(['to'], `unknown event "${r.to}"`);
    redirects.push(
      r.to === undefined
        ? { from: r.from, reason: r.reason }
        : { from: r.from, to: r.to, reason: r.reason },
    );
  });
  return redirects;
}
