import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { Corpus } from '../src/domain/types';
import { corpusExtent, defaultWindow, type Span } from '../src/timeline/time-window';
import type { SizeId } from './budgets';
import type { Mount } from './serve';
import { syntheticCorpus } from './synthetic';

/** What bench/run.ts and bench/profile.ts share: the builds, the corpora, the mounts. */

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CHROMIUM = process.env['CHROMIUM'] ?? '/usr/bin/chromium';
/** The launch flags of playwright.config.ts. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
export const SEED = 20_210_726;

const since = (t: number) => Math.round(performance.now() - t);

/**
 * Builds Khatt (`npm run -s build` → dist/, unless `skipBuild`) and copies dist into `work` as a
 * snapshot, so a rebuild elsewhere in the tree cannot change what is measured; then bundles the
 * peer page into `work/peer`. Returns what it timed.
 */
export async function buildApps(work: string, skipBuild: boolean): Promise<string[]> {
  const notes: string[] = [];
  if (!skipBuild) {
    const t = performance.now();
    const npm = spawnSync('npm', ['run', '-s', 'build'], { cwd: ROOT, encoding: 'utf8' });
    if (npm.status !== 0) throw new Error(`npm run build failed:\n${npm.stdout}\n${npm.stderr}`);
    notes.push(`built Khatt in ${since(t)} ms`);
  }
  if (!existsSync(join(ROOT, 'dist/index.html'))) {
    throw new Error('dist/index.html is missing: run `npm run build` (or drop --skip-build)');
  }
  cpSync(join(ROOT, 'dist'), join(work, 'khatt'), { recursive: true });
  const t = performance.now();
  await build({
    configFile: join(ROOT, 'bench/peer/vite.config.ts'),
    build: { outDir: join(work, 'peer') },
  });
  notes.push(`built the peer page in ${since(t)} ms`);
  return notes;
}

export interface PreparedCorpus {
  n: number;
  bytes: number;
  /** Khatt's first view (its own `defaultWindow`), which the peer opens on too. */
  first: Span;
  generateMs: number;
  defaultWindowNodeMs: number;
}

/** Writes `work/data-<n>/corpus.json` and `sources/*.txt` for n synthetic events. */
export function writeCorpus(work: string, n: number): PreparedCorpus {
  let t = performance.now();
  const { corpus, texts } = syntheticCorpus(n, SEED);
  const dir = join(work, `data-${n}`);
  mkdirSync(join(dir, 'sources'), { recursive: true });
  const json = JSON.stringify(corpus);
  writeFileSync(join(dir, 'corpus.json'), json);
  for (const [id, text] of texts) writeFileSync(join(dir, 'sources', `${id}.txt`), text);
  const generateMs = since(t);
  t = performance.now();
  const first = defaultWindow(corpus.events, corpusExtent(corpus.events));
  return { n, bytes: Buffer.byteLength(json), first, generateMs, defaultWindowNodeMs: since(t) };
}

/**
 * The real corpus as the build compiled it (`dist/data/corpus.json`, in the snapshot), or a
 * synthetic one of `size` events written by `writeCorpus`.
 */
export function prepareCorpus(work: string, size: SizeId): PreparedCorpus {
  if (size !== 'real') return writeCorpus(work, Number(size));
  const t = performance.now();
  const json = readFileSync(join(work, 'khatt/data/corpus.json'), 'utf8');
  const { events } = JSON.parse(json) as Corpus;
  const generateMs = since(t);
  const t2 = performance.now();
  const first = defaultWindow(events, corpusExtent(events));
  return {
    n: events.length,
    bytes: Buffer.byteLength(json),
    first,
    generateMs,
    defaultWindowNodeMs: since(t2),
  };
}

/**
 * `/<size>/khatt/` and `/<size>/peer/` for each size, both reading `data/` from the same folder:
 * for the real corpus, the build's own `data/`.
 */
export function mountsFor(work: string, sizes: readonly (SizeId | number)[]): Mount[] {
  return sizes.flatMap((n) =>
    n === 'real'
      ? [
          { prefix: '/real/khatt/', dir: join(work, 'khatt') },
          { prefix: '/real/peer/data/', dir: join(work, 'khatt/data') },
          { prefix: '/real/peer/', dir: join(work, 'peer') },
        ]
      : [
          { prefix: `/${n}/khatt/data/`, dir: join(work, `data-${n}`) },
          { prefix: `/${n}/khatt/`, dir: join(work, 'khatt') },
          { prefix: `/${n}/peer/data/`, dir: join(work, `data-${n}`) },
          { prefix: `/${n}/peer/`, dir: join(work, 'peer') },
        ],
  );
}
