import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compileRepository, corpusJson } from './compile';
import { eventsCsv } from './corpus/csv';
import { countOf } from './corpus/problems';

/** `npm run -s export -- --format json|csv`: the compiled corpus on stdout, nothing written to disk. */

export const FORMATS = ['json', 'csv'] as const;
type Format = (typeof FORMATS)[number];

export interface ExportOptions {
  root: string;
  argv: readonly string[];
  write: (text: string) => void;
  err: (line: string) => void;
}

function formatArg(argv: readonly string[]): string | undefined {
  const i = argv.indexOf('--format');
  if (i >= 0) return argv[i + 1];
  return argv.find((a) => a.startsWith('--format='))?.slice('--format='.length);
}

const isFormat = (f: string | undefined): f is Format => FORMATS.includes(f as Format);

/** Runs the export; returns the exit code (0 ok, 1 data errors, 2 bad usage). */
export function runExport({ root, argv, write, err }: ExportOptions): number {
  const format = formatArg(argv);
  if (!isFormat(format)) {
    const got = format === undefined ? 'no --format given' : `unknown format "${format}"`;
    err(`${got}; use --format ${FORMATS.join(' or --format ')}`);
    return 2;
  }
  const result = compileRepository(root);
  if (!result.ok) {
    for (const line of result.errors) err(line);
    err(`${countOf(result.errors.length, 'error')}; nothing exported.`);
    return 1;
  }
  write(format === 'json' ? corpusJson(result.corpus) : eventsCsv(result.corpus));
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  // `export … | head` closes the pipe early; that is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  process.exitCode = runExport({
    root: fileURLToPath(new URL('..', import.meta.url)),
    argv: process.argv.slice(2),
    write: (text) => process.stdout.write(text),
    err: (line) => console.error(line),
  });
}
