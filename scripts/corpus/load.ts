import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACTORS_FILE, REDIRECTS_FILE, SOURCES_FILE, type InputFile } from '../compile-corpus';

/** Everything compileCorpus needs, read from a repository root. */
export interface CorpusInputs {
  files: InputFile[];
  sourceTexts: Map<string, string>;
  sourceHashes: Map<string, string>;
  /** Problems found while reading, in the compiler's one-line format. */
  errors: string[];
}

const listDir = (dir: string, pattern: RegExp): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => pattern.test(name))
        .sort()
    : [];

/** Reads data/sources.yaml, data/actors.yaml, data/redirects.yaml, data/events/*.yaml and data/sources/*.txt under `root`. */
export function readCorpusInputs(root: string): CorpusInputs {
  const inputs: CorpusInputs = {
    files: [],
    sourceTexts: new Map(),
    sourceHashes: new Map(),
    errors: [],
  };
  const events = listDir(join(root, 'data/events'), /\.ya?ml$/).map(
    (name) => `data/events/${name}`,
  );
  for (const path of [SOURCES_FILE, ACTORS_FILE, REDIRECTS_FILE, ...events]) {
    // A missing sources.yaml or actors.yaml is reported by the compiler; redirects are optional.
    if (existsSync(join(root, path)))
      inputs.files.push({ path, text: readFileSync(join(root, path), 'utf8') });
  }
  // Strict decoding keeps a byte-order mark and refuses bytes that would not round-trip.
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const lenient = new TextDecoder('utf-8', { ignoreBOM: true });
  for (const name of listDir(join(root, 'data/sources'), /\.txt$/)) {
    const bytes = readFileSync(join(root, 'data/sources', name));
    inputs.sourceHashes.set(name, createHash('sha256').update(bytes).digest('hex'));
    try {
      inputs.sourceTexts.set(name, strict.decode(bytes));
    } catch {
      inputs.sourceTexts.set(name, lenient.decode(bytes));
      inputs.errors.push(`data/sources/${name}: (file): (text): not valid UTF-8`);
    }
  }
  return inputs;
}
