import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FIRST_VIEW_BUDGET, firstViewFiles } from './first-view';

/**
 * Fails when a built page's first-view JavaScript (its entry, static imports and module
 * preloads, gzip) exceeds the budget. Runs after every `npm run build`, so the e2e tests, the
 * benchmark and Lighthouse never measure a build over budget. `-- --dist DIR` for another build.
 */
const at = process.argv.indexOf('--dist');
const dist = resolve(at < 0 ? 'dist' : (process.argv[at + 1] ?? 'dist'));
const read = (file: string) => readFileSync(resolve(dist, file), 'utf8');

let over = false;
for (const page of ['index.html', 'embed/index.html']) {
  const files = firstViewFiles(page, read);
  const total = files.reduce((sum, f) => sum + f.gzip, 0);
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  const list = files.map((f) => `${f.file.replace(/^assets\//, '')} ${kb(f.gzip)}`).join(', ');
  const verdict = total <= FIRST_VIEW_BUDGET ? 'ok' : 'OVER BUDGET';
  console.log(
    `first-view JS ${page}: ${kb(total)} gzip of ${kb(FIRST_VIEW_BUDGET)} — ${verdict} (${list})`,
  );
  if (total > FIRST_VIEW_BUDGET) over = true;
}
if (over) process.exit(1);
