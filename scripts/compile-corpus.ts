import { corpusSchema } from '../src/domain/corpus-schema';
import type { Corpus, KhattEvent } from '../src/domain/types';
import { compileActors } from './corpus/actors';
import { compileEvents, type EventContext } from './corpus/events';
import { formatProblem, pathString, type Problem } from './corpus/problems';
import { compileRedirects } from './corpus/redirects';
import { compileSources } from './corpus/sources';
import { parseYamlFile, type YamlFile } from './corpus/yaml-file';

/** Compiles the curated YAML (data/README.md) into the `khatt` v1 corpus, or lists every problem. */

export const SOURCES_FILE = 'data/sources.yaml';
export const ACTORS_FILE = 'data/actors.yaml';
/** Optional: old event ids and what became of them. */
export const REDIRECTS_FILE = 'data/redirects.yaml';
export const EVENTS_FILE = /^data\/events\/[^/]+\.ya?ml$/;

export interface InputFile {
  /** Path relative to the repository root, with `/` separators: it is how problems name the file. */
  path: string;
  text: string;
}

export type CompileResult =
  { ok: true; corpus: Corpus; texts: Map<string, string> } | { ok: false; errors: string[] };

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byDate = (a: KhattEvent, b: KhattEvent): number =>
  compare(a.date.start, b.date.start) || compare(a.id, b.id);

const fileProblem = (file: string, message: string): Problem => ({
  file,
  record: '(file)',
  field: '(root)',
  message,
});

function parseAll(files: readonly InputFile[], problems: Problem[]): Map<string, YamlFile> {
  const parsed = new Map<string, YamlFile>();
  for (const { path, text } of files) {
    const known = [SOURCES_FILE, ACTORS_FILE, REDIRECTS_FILE].includes(path);
    if (!known && !EVENTS_FILE.test(path)) {
      const expected = `${SOURCES_FILE}, ${ACTORS_FILE}, ${REDIRECTS_FILE} or data/events/*.yaml`;
      problems.push(fileProblem(path, `not a corpus file (expected ${expected})`));
      continue;
    }
    const result = parseYamlFile(path, text);
    if (result.ok) parsed.set(path, result.yaml);
    else problems.push(...result.problems);
  }
  for (const path of [SOURCES_FILE, ACTORS_FILE]) {
    if (!files.some((f) => f.path === path)) problems.push(fileProblem(path, 'file is missing'));
  }
  return parsed;
}

/**
 * Checks and compiles the corpus. `sourceTexts` and `sourceHashes` are keyed by file name in
 * data/sources/ (hashes are SHA-256 hex of the file's bytes). On any problem only the error
 * lines are returned, all of them: checking goes on past the first.
 */
export function compileCorpus(
  files: readonly InputFile[],
  sourceTexts: ReadonlyMap<string, string>,
  sourceHashes: ReadonlyMap<string, string>,
): CompileResult {
  const problems: Problem[] = [];
  const parsed = parseAll(files, problems);

  // A missing or unparsable file skips the checks that depend on it instead of cascading.
  const sourcesYaml = parsed.get(SOURCES_FILE);
  const sources =
    sourcesYaml && compileSources(SOURCES_FILE, sourcesYaml, sourceTexts, sourceHashes, problems);
  const declared = sources ? [...sources.declared.values()] : [];
  const texts = declared.flatMap((s) => (s.text === undefined ? [] : [s.text]));
  const allTexts = sources && texts.length === declared.length ? texts : undefined;
  const actorsYaml = parsed.get(ACTORS_FILE);
  const actors = actorsYaml && compileActors(ACTORS_FILE, actorsYaml, allTexts, problems);

  const ctx: EventContext = {
    sources: sources?.declared,
    actors: actors?.declared,
    names: actors?.names,
    seen: new Map(),
    used: new Set(),
  };
  const eventFiles = files
    .map((f) => f.path)
    .filter((p) => EVENTS_FILE.test(p))
    .sort();
  const events = eventFiles.flatMap((path) => {
    const yaml = parsed.get(path);
    return yaml ? compileEvents(path, yaml, ctx, problems) : [];
  });
  if (actors && eventFiles.every((p) => parsed.has(p))) actors.reportUnused(ctx.used);
  const redirectsYaml = parsed.get(REDIRECTS_FILE);
  // Checked against every event id claimed, valid or not, so a broken event does not cascade.
  const redirects = redirectsYaml
    ? compileRedirects(REDIRECTS_FILE, redirectsYaml, new Set(ctx.seen.keys()), problems)
    : [];

  if (problems.length > 0 || !sources || !actors) {
    return { ok: false, errors: ordered(problems, eventFiles).map(formatProblem) };
  }
  const corpus: Corpus = {
    format: 'khatt',
    version: 1,
    groups: actors.groups,
    sources: sources.sources,
    actors: actors.actors,
    events: events.sort(byDate),
    ...(redirects.length ? { redirects } : {}),
  };
  // A guard against compiler bugs: the output must satisfy the schema the app parses with.
  const check = corpusSchema.safeParse(corpus);
  if (!check.success) {
    return {
      ok: false,
      errors: check.error.issues.map((i) => {
        const path = i.path.map((k) => (typeof k === 'symbol' ? String(k) : k));
        return `(compiled): (corpus): ${pathString(path)}: ${i.message}`;
      }),
    };
  }
  return { ok: true, corpus, texts: sources.texts };
}

/** Problems grouped by file (sources, actors, events by name, others), in discovery order within each. */
function ordered(problems: Problem[], eventFiles: string[]): Problem[] {
  const rank = (file: string): number => {
    if (file === SOURCES_FILE) return 0;
    if (file === ACTORS_FILE) return 1;
    if (file === REDIRECTS_FILE) return 2 + eventFiles.length;
    const i = eventFiles.indexOf(file);
    return i < 0 ? 3 + eventFiles.length : 2 + i;
  };
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => rank(a.p.file) - rank(b.p.file) || a.i - b.i)
    .map(({ p }) => p);
}
