import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import { ARABIC_FACES, CORE_CODE_POINTS, coreFileName } from '../src/fonts/arabic-core';

/**
 * `npm run fonts`: cuts the core of each bundled Arabic face (the Arabic block and the spaces and
 * joiners written with it, src/fonts/arabic-core.ts) out of @fontsource's file into
 * src/fonts/core/, which the app's @font-face rules load first (src/fonts/fonts.css). HarfBuzz's
 * subsetter keeps every glyph and shaping rule those characters reach, so Arabic joins and
 * shapes as in the whole face, at half its size. Writes only what is missing or was cut from
 * other bytes (`npm start` and `npm run build` run it first).
 */

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, 'src/fonts/core');
const require = createRequire(import.meta.url);

/** Each family's @fontsource folder. */
const PACKAGE_DIR = {
  'noto-naskh-arabic': dirname(require.resolve('@fontsource/noto-naskh-arabic/package.json')),
  'noto-sans-arabic': dirname(require.resolve('@fontsource/noto-sans-arabic/package.json')),
};

const sourceOf = (face: (typeof ARABIC_FACES)[number]) =>
  resolve(PACKAGE_DIR[face.family], `files/${face.family}-arabic-${face.weight}-normal.woff2`);

/** The subsetter's version: a new one may cut differently. */
const SUBSETTER = (require('subset-font/package.json') as { version: string }).version;

/**
 * What a core is cut from: its source file's bytes, the characters asked for and the subsetter
 * (npm gives every installed file the same old mtime, so a date could not tell an updated face).
 */
const keyOf = (source: Buffer, text: string) =>
  createHash('sha256').update(source).update(text).update(SUBSETTER).digest('hex');

export async function makeCoreFonts(): Promise<string[]> {
  const text = String.fromCodePoint(...CORE_CODE_POINTS);
  const stampFile = resolve(OUT, 'stamp.json');
  const stamp: Record<string, string> = existsSync(stampFile)
    ? (JSON.parse(readFileSync(stampFile, 'utf8')) as Record<string, string>)
    : {};
  const made: string[] = [];
  mkdirSync(OUT, { recursive: true });
  for (const face of ARABIC_FACES) {
    const name = coreFileName(face);
    const source = readFileSync(sourceOf(face));
    const key = keyOf(source, text);
    const target = resolve(OUT, name);
    if (stamp[name] === key && existsSync(target)) continue;
    const core = await subsetFont(source, text, { targetFormat: 'woff2' });
    // Written aside and renamed, so an interrupted run never leaves half a font.
    writeFileSync(`${target}.tmp`, core);
    renameSync(`${target}.tmp`, target);
    stamp[name] = key;
    made.push(`${name} ${(core.length / 1024).toFixed(1)} KB`);
  }
  if (made.length > 0) writeFileSync(stampFile, `${JSON.stringify(stamp, null, 2)}\n`);
  return made;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  makeCoreFonts().then(
    (made) => {
      if (made.length > 0) console.log(`fonts: wrote ${made.join(', ')}`);
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
