import type { Source } from '../../src/domain/types';
import { compileDate } from './dates';
import type { Problem } from './problems';
import { claimId, forEachRecord, isMapping, rawId, topList, type Site } from './records';
import { parseShape, sourceShape } from './shapes';
import type { YamlFile } from './yaml-file';

/** What excerpts need to know about a declared source, even one with other problems. */
export interface SourceText {
  file: string;
  /** Undefined when the file is missing. */
  text: string | undefined;
}

export interface CompiledSources {
  sources: Source[];
  /** Verbatim text of each compiled source, by source id. */
  texts: Map<string, string>;
  /** Every declared source id with its file, for excerpt anchoring and reference checks. */
  declared: Map<string, SourceText>;
}

/** Checks sources.yaml against the text files and their hashes, and compiles its sources. */
export function compileSources(
  file: string,
  yaml: YamlFile,
  sourceTexts: ReadonlyMap<string, string>,
  sourceHashes: ReadonlyMap<string, string>,
  problems: Problem[],
): CompiledSources {
  const out: CompiledSources = { sources: [], texts: new Map(), declared: new Map() };
  const seen = new Map<string, Site>();
  const list = topList(file, yaml.value, 'sources', problems);
  forEachRecord(file, yaml, list, [], problems, (raw, complain, site) => {
    const before = problems.length;
    claimId(seen, raw, site, complain);
    const s = parseShape(sourceShape, raw, [], complain);
    if (!isMapping(raw)) return;
    const published = compileDate(raw.published, ['published'], complain);
    const id = rawId(raw);
    if (id !== undefined && typeof raw.file === 'string' && !out.declared.has(id)) {
      out.declared.set(id, { file: raw.file, text: sourceTexts.get(raw.file) });
    }
    if (!s) return;
    const text = sourceTexts.get(s.file);
    const hash = sourceHashes.get(s.file);
    if (text === undefined) {
      complain(['file'], `data/sources/${s.file} not found`);
    } else if (hash !== s.sha256) {
      complain(
        ['sha256'],
        `does not match data/sources/${s.file}, whose SHA-256 is ${hash ?? '?'}`,
      );
    } else if (text.startsWith('\uFEFF')) {
      // fetch().text() drops a byte-order mark, which would shift every excerpt offset by one.
      complain(['file'], `data/sources/${s.file} starts with a byte-order mark`);
    }
    if (!published || text === undefined || problems.length > before) return;
    const { id: sourceId, outlet, title, sha256 } = s;
    out.sources.push({ id: sourceId, outlet, title, published, text_sha256: sha256 });
    out.texts.set(sourceId, text);
  });
  return out;
}
