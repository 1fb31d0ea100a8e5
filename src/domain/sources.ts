import type { Source } from './types';

/**
 * Whether an article names no outlet: the curated data says "unknown" then (data/README.md).
 * The UI says so in words instead of printing the placeholder.
 */
export function isUnnamedOutlet(source: Pick<Source, 'outlet'>): boolean {
  return source.outlet.en.trim().toLowerCase() === 'unknown';
}
