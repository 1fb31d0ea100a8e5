import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';

const START = '<!-- results:start -->';
const END = '<!-- results:end -->';

/** Puts the latest table between README's result markers, formatted as Prettier would. */
export async function updateReadme(file: string, body: string): Promise<void> {
  const text = readFileSync(file, 'utf8');
  const from = text.indexOf(START);
  const to = text.indexOf(END);
  if (from < 0 || to < from) throw new Error(`${file}: no ${START} … ${END} block`);
  const next = `${text.slice(0, from + START.length)}\n\n${body}\n\n${text.slice(to)}`;
  const options = (await resolveConfig(file)) ?? {};
  writeFileSync(file, await format(next, { ...options, filepath: file }));
}
