import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { corpusSchema } from '../src/domain/corpus-schema';
import { parseCsv } from './corpus/csv';
import { FILE, GOOD, TEXT } from './corpus/test-fixture';
import { runExport } from './export';
import { khattJsonSchema } from './khatt-schema';

function exportFrom(root: string, ...argv: string[]) {
  let stdout = '';
  const stderr: string[] = [];
  const code = runExport({ root, argv, write: (t) => (stdout += t), err: (l) => stderr.push(l) });
  return { code, stdout, stderr };
}

/** Validates against the published JSON Schema, as an outside consumer of the export would. */
const jsonSchemaValidator = z.fromJSONSchema(khattJsonSchema());

describe('export on a fixture repository', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'khatt-export-'));
    for (const [path, text] of Object.entries(GOOD)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    mkdirSync(join(root, 'data/sources'), { recursive: true });
    writeFileSync(join(root, 'data/sources', FILE), TEXT);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('prints the compiled corpus as JSON that satisfies the JSON Schema', () => {
    const { code, stdout, stderr } = exportFrom(root, '--format', 'json');
    expect(code).toBe(0);
    expect(stderr).toEqual([]);
    const json: unknown = JSON.parse(stdout);
    expect(() => jsonSchemaValidator.parse(json)).not.toThrow();
    expect(corpusSchema.parse(json).events).toHaveLength(2);
  });

  it('prints CSV with a byte-order mark, CRLF line ends and one row per event', () => {
    const { code, stdout } = exportFrom(root, '--format=csv');
    expect(code).toBe(0);
    expect(stdout.startsWith('\uFEFFid,kind,')).toBe(true);
    expect(stdout.endsWith('\r\n')).toBe(true);
    expect(parseCsv(stdout)).toHaveLength(3);
  });

  it('names the allowed formats and exits 2 for an unknown or missing format', () => {
    expect(exportFrom(root, '--format', 'xml')).toEqual({
      code: 2,
      stdout: '',
      stderr: ['unknown format "xml"; use --format json or --format csv'],
    });
    expect(exportFrom(root)).toEqual({
      code: 2,
      stdout: '',
      stderr: ['no --format given; use --format json or --format csv'],
    });
  });

  it('prints the data errors, nothing on stdout, and exits 1 when the data is wrong', () => {
    writeFileSync(join(root, 'data/events/c.yaml'), '- id: Bad\n');
    try {
      const { code, stdout, stderr } = exportFrom(root, '--format', 'json');
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr[0]).toBe(
        'data/events/c.yaml: Bad: id: must be lower-case letters, digits and hyphens (got "Bad")',
      );
      expect(stderr.at(-1)).toMatch(/^\d+ errors; nothing exported\.$/);
    } finally {
      rmSync(join(root, 'data/events/c.yaml'));
    }
  });
});

describe('export of the repository data', () => {
  const repo = fileURLToPath(new URL('..', import.meta.url));
  const eventsDir = join(repo, 'data/events');
  const hasEvents = existsSync(eventsDir) && readdirSync(eventsDir).some((f) => /\.ya?ml$/.test(f));

  // While the corpus is being written there may be no event files yet: then there is nothing to
  // assert. Once any exist, the real data must compile cleanly.
  it('compiles to a valid corpus and a CSV with one row per event', () => {
    if (!hasEvents) return;
    const json = exportFrom(repo, '--format', 'json');
    expect(json.stderr).toEqual([]);
    expect(json.code).toBe(0);
    const corpus = corpusSchema.parse(JSON.parse(json.stdout));
    expect(() => jsonSchemaValidator.parse(JSON.parse(json.stdout))).not.toThrow();
    const csv = exportFrom(repo, '--format', 'csv');
    expect(csv.code).toBe(0);
    expect(csv.stdout.startsWith('\uFEFF')).toBe(true);
    expect(parseCsv(csv.stdout)).toHaveLength(corpus.events.length + 1);
  });
});
