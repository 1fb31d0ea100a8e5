import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { z } from 'zod';
import { corpusSchema } from '../src/domain/corpus-schema';
import { FILE, GOOD, TEXT } from './corpus/test-fixture';
import { runExport } from './export';
import { khattJsonSchema } from './khatt-schema';

const NOW = new Date(Date.UTC(2026, 11, 1, 12, 0, 0));

function exportFrom(root: string, ...argv: string[]) {
  let stdout = '';
  const stderr: string[] = [];
  const write = (t: string) => (stdout += t);
  const code = runExport({ root, argv, write, err: (l) => stderr.push(l), now: NOW });
  return { code, stdout, stderr };
}

/** RFC 4180 rows, read by an independent parser. */
const parseCsv = (text: string): string[][] => parse(text, { bom: true });

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
    expect(stdout.startsWith('\uFEFFid,kind,subtype,')).toBe(true);
    expect(stdout.endsWith('\r\n')).toBe(true);
    expect(parseCsv(stdout)).toHaveLength(3);
  });

  it("exports only the events a saved link's filters let through, in the link's language", () => {
    const link = 'https://khatt.example/?lang=en&kinds=withdrawal&event=withdrawal-end-2021-12';
    const csv = parseCsv(exportFrom(root, '--format', 'csv', '--link', link).stdout);
    expect(csv.map((row) => row[0])).toEqual(['id', 'withdrawal-end-2021-12']);
    expect(csv[1]?.[4]).toBe('Withdrawal completed');
    const json = exportFrom(root, '--format', 'json', `--link=${link}`);
    expect(corpusSchema.parse(JSON.parse(json.stdout)).events.map((e) => e.id)).toEqual([
      'withdrawal-end-2021-12',
    ]);
  });

  it('takes a bare query string as a link, and --lang over the language the link names', () => {
    const csv = exportFrom(
      root,
      '--format',
      'csv',
      '--link',
      '?lang=en&actors=kadhimi',
      '--lang',
      'ar',
    );
    const rows = parseCsv(csv.stdout);
    expect(rows).toHaveLength(2);
    expect(rows[1]?.[4]).toBe('زيارة الكاظمي إلى واشنطن');
  });

  it('says on stderr what a link named that cannot be used, and exports the rest', () => {
    const { code, stdout, stderr } = exportFrom(
      root,
      '--format',
      'csv',
      '--link',
      'actors=nobody&x=1',
    );
    expect(code).toBe(0);
    expect(stderr).toEqual([
      'note: ignored from the link: x=1 (unknown-param)',
      'note: ignored from the link: actors=nobody (unknown-id)',
    ]);
    expect(parseCsv(stdout)).toHaveLength(3);
  });

  it('prints an iCalendar file with one VEVENT per event', () => {
    const { code, stdout } = exportFrom(root, '--format', 'ics');
    expect(code).toBe(0);
    const calendar = new ICAL.Component(ICAL.parse(stdout));
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(2);
    expect(stdout).toContain('DTSTAMP:20261201T120000Z');
  });

  it('prints TimelineJS JSON and an ACLED-style CSV that leaves planned events out', () => {
    const timeline = JSON.parse(exportFrom(root, '--format', 'timelinejs').stdout) as {
      events: unknown[];
    };
    expect(timeline.events).toHaveLength(2);
    // Both fixture events are planned: ACLED codes what happened, so only the header is left.
    expect(parseCsv(exportFrom(root, '--format', 'acled').stdout)).toEqual([
      [
        'event_id_cnty',
        'event_date',
        'time_precision',
        'event_type',
        'sub_event_type',
        'actor1',
        'assoc_actor_1',
        'actor2',
        'location',
        'source',
        'notes',
      ],
    ]);
  });

  it('names the allowed formats and exits 2 for bad usage', () => {
    const usage =
      "use --format csv|json|ics|timelinejs|acled [--link '<Khatt URL or query string>'] [--lang ar|en]";
    expect(exportFrom(root, '--format', 'xml')).toEqual({
      code: 2,
      stdout: '',
      stderr: [`unknown format "xml"; ${usage}`],
    });
    expect(exportFrom(root)).toEqual({
      code: 2,
      stdout: '',
      stderr: [`no --format given; ${usage}`],
    });
    expect(exportFrom(root, '--format', 'csv', '--lang', 'fr').stderr).toEqual([
      `unknown language "fr"; ${usage}`,
    ]);
    expect(exportFrom(root, '--format', 'csv', '--link').stderr).toEqual([
      `--link needs a value; ${usage}`,
    ]);
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
    for (const format of ['ics', 'timelinejs', 'acled'] as const) {
      const out = exportFrom(repo, '--format', format, '--lang', 'en');
      expect(out.code, format).toBe(0);
      expect(out.stdout.length, format).toBeGreaterThan(0);
    }
  });
});
