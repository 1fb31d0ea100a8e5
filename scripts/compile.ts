import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { KINDS, type Corpus } from '../src/domain/types';
import { compileCorpus, type CompileResult } from './compile-corpus';
import { readCorpusInputs } from './corpus/load';
import { countOf } from './corpus/problems';

/** `npm run data [-- --check]`: validates data/ and writes public/data/ (corpus.json + sources/). */

export interface CompileOptions {
  /** Repository root holding data/. */
  root: string;
  /** The output folder, replaced as a whole (normally <root>/public/data). */
  outDir: string;
  /** Validate only; write nothing. */
  check: boolean;
  out?: (line: string) => void;
  err?: (line: string) => void;
}

/** Reads and compiles the corpus under `root`; the result carries every error line. */
export function compileRepository(root: string): CompileResult {
  const inputs = readCorpusInputs(root);
  const result = compileCorpus(inputs.files, inputs.sourceTexts, inputs.sourceHashes);
  if (inputs.errors.length === 0) return result;
  return { ok: false, errors: [...inputs.errors, ...(result.ok ? [] : result.errors)] };
}

/** Pretty JSON, as written to corpus.json and printed by `export --format json`. */
export function corpusJson(corpus: Corpus): string {
  return `${JSON.stringify(corpus, null, 2)}\n`;
}

/** Builds the output in a sibling temp folder and swaps it in, so a failure never leaves half of it. */
export function writeOutput(
  outDir: string,
  corpus: Corpus,
  texts: ReadonlyMap<string, string>,
): void {
  const parent = dirname(outDir);
  mkdirSync(parent, { recursive: true });
  const tmp = mkdtempSync(join(parent, `.${basename(outDir)}-new-`));
  const old = `${tmp}-old`;
  try {
    chmodSync(tmp, 0o755);
    writeFileSync(join(tmp, 'corpus.json'), corpusJson(corpus));
    mkdirSync(join(tmp, 'sources'));
    for (const [id, text] of texts) writeFileSync(join(tmp, 'sources', `${id}.txt`), text);
    const hadOld = existsSync(outDir);
    // rename() cannot replace a non-empty folder, so move the old one aside first.
    if (hadOld) renameSync(outDir, old);
    try {
      renameSync(tmp, outDir);
    } catch (e) {
      if (hadOld) renameSync(old, outDir);
      throw e;
    }
    rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function summary(corpus: Corpus): string {
  const kinds = KINDS.map((k) => `${k} ${corpus.events.filter((e) => e.kind === k).length}`);
  return [
    countOf(corpus.sources.length, 'source'),
    countOf(corpus.actors.length, 'actor'),
    `${countOf(corpus.events.length, 'event')} (${kinds.join(', ')})`,
  ].join(', ');
}

/** Runs the compiler; returns the exit code (0 ok, 1 data errors). */
export function runCompile(options: CompileOptions): number {
  const out = options.out ?? ((line) => console.log(line));
  const err = options.err ?? ((line) => console.error(line));
  const result = compileRepository(options.root);
  if (!result.ok) {
    for (const line of result.errors) err(line);
    err(`${countOf(result.errors.length, 'error')}; nothing written.`);
    return 1;
  }
  if (options.check) {
    out(`Checked ${summary(result.corpus)}; nothing written (--check).`);
    return 0;
  }
  writeOutput(options.outDir, result.corpus, result.texts);
  const where = relative(process.cwd(), options.outDir) || '.';
  out(`Compiled ${summary(result.corpus)} into ${where}/.`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== '--check');
  if (unknown.length > 0) {
    console.error(`unknown argument ${unknown.join(' ')}; usage: npm run data [-- --check]`);
    process.exitCode = 2;
  } else {
    const root = fileURLToPath(new URL('..', import.meta.url));
    const outDir = join(root, 'public', 'data');
    process.exitCode = runCompile({ root, outDir, check: args.includes('--check') });
  }
}
