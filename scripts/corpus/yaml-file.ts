import { isNode, LineCounter, parseDocument } from 'yaml';
import type { Path, Problem } from './problems';

/** A parsed YAML file that can still tell which line a value came from. */
export interface YamlFile {
  value: unknown;
  /** 1-based line where the node at `path` starts, if it exists. */
  lineOf: (path: Path) => number | undefined;
}

/**
 * Parses YAML 1.2 with the core schema, so `2021-07-26` stays a string and only
 * true/false/null/numbers are typed. Syntax errors and warnings become problems with line:col.
 */
export function parseYamlFile(
  file: string,
  text: string,
): { ok: true; yaml: YamlFile } | { ok: false; problems: Problem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, {
    schema: 'core',
    version: '1.2',
    uniqueKeys: true,
    prettyErrors: false,
    lineCounter: lines,
  });
  // Only the first fault: later ones are usually knock-on effects of it.
  const [fault] = [...doc.errors, ...doc.warnings];
  if (fault) {
    const { line, col } = lines.linePos(Math.max(0, fault.pos[0]));
    return {
      ok: false,
      problems: [
        { file, record: '(yaml)', field: `${line}:${col}`, message: firstLine(fault.message) },
      ],
    };
  }
  const lineOf = (path: Path): number | undefined => {
    const node: unknown = path.length === 0 ? doc.contents : doc.getIn(path, true);
    if (!isNode(node) || !node.range) return undefined;
    return lines.linePos(node.range[0]).line;
  };
  return { ok: true, yaml: { value: doc.toJS({ maxAliasCount: 100 }), lineOf } };
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).trim();
}
