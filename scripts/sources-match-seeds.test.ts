import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

// The published articles live beside the project in CI and the team's checkouts
// (../shared/seeds); a user's clone has only data/sources, whose hashes the compiler pins.
const seeds = join(import.meta.dirname, '..', '..', 'shared', 'seeds');
const sources = join(import.meta.dirname, '..', 'data', 'sources');
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('data/sources', () => {
  test.runIf(existsSync(seeds))('holds every published article byte for byte', () => {
    const published = readdirSync(seeds)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    expect(published.length).toBeGreaterThan(0);
    for (const file of published) {
      expect(sha256(join(sources, file)), file).toBe(sha256(join(seeds, file)));
    }
  });

  test('holds only the five articles, each non-empty UTF-8 text', () => {
    const files = readdirSync(sources).filter((f) => f.endsWith('.txt'));
    expect(files).toHaveLength(5);
    for (const file of files) {
      const bytes = readFileSync(join(sources, file));
      expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes).length).toBeGreaterThan(1000);
    }
  });
});
