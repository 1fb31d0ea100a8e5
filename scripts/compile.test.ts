import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { corpusSchema } from '../src/domain/corpus-schema';
import { runCompile } from './compile';
import { FILE, GOOD, TEXT } from './corpus/test-fixture';

let root: string;
let outDir: string;
let out: string[];
let err: string[];

/** Writes the fixture repository, with optional replacements of whole files. */
function writeRepo(files: Record<string, string> = {}): void {
  for (const [path, text] of Object.entries({ ...GOOD, ...files })) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  mkdirSync(join(root, 'data/sources'), { recursive: true });
  writeFileSync(join(root, 'data/sources', FILE), TEXT);
}

const run = (check = false): number =>
  runCompile({
    root,
    outDir,
    check,
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'khatt-compile-'));
  outDir = join(root, 'public', 'data');
  out = [];
  err = [];
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('runCompile', () => {
  it('writes corpus.json and each exact source text, and prints one summary line', () => {
    writeRepo();
    expect(run()).toBe(0);
    const corpus = corpusSchema.parse(
      JSON.parse(readFileSync(join(outDir, 'corpus.json'), 'utf8')),
    );
    expect(corpus.events).toHaveLength(2);
    expect(readFileSync(join(outDir, 'sources', 'test-2021-07-25.txt'), 'utf8')).toBe(TEXT);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(
      /^Compiled 1 source, 2 actors, 2 events \(withdrawal 1, attack 0, diplomacy 1\) into .*public\/data\/\.$/,
    );
    expect(err).toEqual([]);
  });

  it('replaces the previous output entirely and leaves no temporary folders', () => {
    writeRepo();
    mkdirSync(join(outDir, 'sources'), { recursive: true });
    writeFileSync(join(outDir, 'sources', 'stale.txt'), 'old');
    expect(run()).toBe(0);
    expect(readdirSync(join(outDir, 'sources'))).toEqual(['test-2021-07-25.txt']);
    expect(readdirSync(join(root, 'public'))).toEqual(['data']);
  });

  it('with --check validates and writes nothing', () => {
    writeRepo();
    expect(run(true)).toBe(0);
    expect(readdirSync(root)).toEqual(['data']);
    expect(out).toEqual([
      'Checked 1 source, 2 actors, 2 events (withdrawal 1, attack 0, diplomacy 1); nothing written (--check).',
    ]);
  });

  it('prints each error and a count, exits 1, and leaves the previous output untouched', () => {
    writeRepo({
      'data/events/a.yaml':
        GOOD['data/events/a.yaml']?.replace('kind: diplomacy', 'kind: war') ?? '',
    });
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'corpus.json'), '{"previous":true}');
    expect(run()).toBe(1);
    expect(err).toEqual([
      'data/events/a.yaml: kadhimi-visit-2021-07-26: kind: must be one of withdrawal, attack, diplomacy (got "war")',
      '1 error; nothing written.',
    ]);
    expect(out).toEqual([]);
    expect(readFileSync(join(outDir, 'corpus.json'), 'utf8')).toBe('{"previous":true}');
    expect(readdirSync(outDir)).toEqual(['corpus.json']);
    expect(readdirSync(join(root, 'public'))).toEqual(['data']);
  });

  it('writes nothing at all when the data has errors and there was no previous output', () => {
    writeRepo({ 'data/actors.yaml': 'groups: []\nactors: []\n' });
    expect(run()).toBe(1);
    expect(err.at(-1)).toMatch(/^\d+ errors; nothing written\.$/);
    expect(readdirSync(root)).toEqual(['data']);
  });

  it('refuses a source file that is not valid UTF-8', () => {
    writeRepo();
    writeFileSync(join(root, 'data/sources', FILE), Buffer.from([0xd8, 0x28]));
    expect(run(true)).toBe(1);
    expect(err[0]).toBe(`data/sources/${FILE}: (file): (text): not valid UTF-8`);
  });
});
