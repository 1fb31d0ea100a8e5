import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { EXPORT_FORMATS, type ExportFormat } from '../src/domain/export/file-name';
import { renderExport } from '../src/domain/export/render';
import { filterEvents } from '../src/domain/filter';
import { reconcileWithCorpus } from '../src/domain/reconcile';
import { LANGS, type KhattEvent, type Lang } from '../src/domain/types';
import { parseViewState } from '../src/domain/url-codec';
import { compileRepository } from './compile';
import { countOf } from './corpus/problems';

/**
 * `npm run -s export -- --format csv|json|ics|timelinejs|acled [--link '<Khatt URL or query>']
 * [--lang ar|en]`: the compiled corpus, or the events a saved link's filters let through, on
 * stdout in the format asked for — the same modules the Download menu uses. Nothing is written
 * to disk.
 */

export const FORMATS = EXPORT_FORMATS;
const USAGE = `use --format ${FORMATS.join('|')} [--link '<Khatt URL or query string>'] [--lang ar|en]`;

export interface ExportOptions {
  root: string;
  argv: readonly string[];
  write: (text: string) => void;
  err: (line: string) => void;
  /** The iCalendar DTSTAMP; the present moment unless a test fixes it. */
  now?: Date;
}

/** The value of `--name value` or `--name=value`; null when the flag is absent. */
function arg(argv: readonly string[], name: string): string | undefined | null {
  const i = argv.indexOf(`--${name}`);
  if (i >= 0) return argv[i + 1];
  const inline = argv.find((a) => a.startsWith(`--${name}=`));
  return inline === undefined ? null : inline.slice(name.length + 3);
}

const isFormat = (f: string | null | undefined): f is ExportFormat =>
  FORMATS.includes(f as ExportFormat);
const isLang = (l: string | null | undefined): l is Lang => LANGS.includes(l as Lang);

/** The query part of a saved link: a full URL, a path with a query, or a bare query string. */
function queryOf(link: string): string {
  const withoutHash = link.split('#')[0] ?? '';
  const i = withoutHash.indexOf('?');
  return i >= 0 ? withoutHash.slice(i) : withoutHash;
}

/** Runs the export; returns the exit code (0 ok, 1 data errors, 2 bad usage). */
export function runExport({ root, argv, write, err, now = new Date() }: ExportOptions): number {
  const format = arg(argv, 'format');
  if (!isFormat(format)) {
    err(`${format == null ? 'no --format given' : `unknown format "${format}"`}; ${USAGE}`);
    return 2;
  }
  const langArg = arg(argv, 'lang');
  if (langArg !== null && !isLang(langArg)) {
    err(`unknown language "${langArg ?? ''}"; ${USAGE}`);
    return 2;
  }
  const link = arg(argv, 'link');
  if (link === undefined) {
    err(`--link needs a value; ${USAGE}`);
    return 2;
  }
  const result = compileRepository(root);
  if (!result.ok) {
    for (const line of result.errors) err(line);
    err(`${countOf(result.errors.length, 'error')}; nothing exported.`);
    return 1;
  }
  const corpus = result.corpus;
  let events: readonly KhattEvent[] = corpus.events;
  let lang: Lang = langArg ?? 'ar';
  if (link !== null) {
    // The link is read exactly as the app reads it, so the export holds what it showed.
    const parsed = parseViewState(queryOf(link));
    const { state, ignored } = reconcileWithCorpus(parsed.state, corpus);
    for (const i of [...parsed.ignored, ...ignored]) {
      err(`note: ignored from the link: ${i.param}=${i.value} (${i.reason})`);
    }
    events = filterEvents(corpus, state);
    lang = langArg ?? state.lang;
  }
  write(renderExport(format, { corpus, events, lang, now }));
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
