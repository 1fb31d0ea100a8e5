import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { corpusSchema } from '../src/domain/corpus-schema';

/**
 * The JSON Schema (draft 2020-12) of the `khatt` v1 format, derived from the zod schema the app
 * parses with, for consumers of `export --format json`. Refinements (real calendar days, end not
 * before start) cannot be expressed in JSON Schema and are left out.
 */
export function khattJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(corpusSchema),
    title: 'Khatt corpus, format "khatt" version 1',
  };
}

// `tsx scripts/khatt-schema.ts` prints the schema; `-- --out <file>` writes it instead.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const text = `${JSON.stringify(khattJsonSchema(), null, 2)}\n`;
  const i = process.argv.indexOf('--out');
  const target = i >= 0 ? process.argv[i + 1] : undefined;
  if (i >= 0 && !target) {
    console.error('usage: tsx scripts/khatt-schema.ts [--out <file>]');
    process.exitCode = 2;
  } else if (target) writeFileSync(target, text);
  else process.stdout.write(text);
}
