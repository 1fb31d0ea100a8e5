/** The key shape the rule reads (a DOM or React keyboard event, or a test's plain object). */
export interface KeyLike {
  key: string;
  code: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/**
 * N (next) or P (previous), unmodified: the one step rule of the details, the reader's passages
 * and the timeline's marks. Letters are read from `key` on Latin layouts and from the physical
 * `code` otherwise, so N and P also work with an Arabic keyboard layout (ى, ح).
 */
export function stepKey(e: KeyLike): 'next' | 'previous' | null {
  if (e.altKey || e.ctrlKey || e.metaKey) return null;
  const letter = /^[a-z]$/i.test(e.key) ? e.key.toLowerCase() : /^Key([A-Z])$/.exec(e.code)?.[1];
  if (letter?.toLowerCase() === 'n') return 'next';
  if (letter?.toLowerCase() === 'p') return 'previous';
  return null;
}
