/** The details panel's keyboard map, kept pure so it can be tested without a DOM. */

export type PanelCommand = 'next' | 'previous' | 'close';

/** The keys, as `aria-keyshortcuts` spells them. */
export const SHORTCUTS: Record<PanelCommand, string> = {
  next: 'N',
  previous: 'P',
  close: 'Escape',
};

interface KeyLike {
  key: string;
  code: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/**
 * The command a key press asks for. Letters are read from `key` on Latin layouts and from the
 * physical `code` otherwise, so N and P also work with an Arabic keyboard layout (ى, ح).
 */
export function panelCommand(e: KeyLike): PanelCommand | null {
  if (e.altKey || e.ctrlKey || e.metaKey) return null;
  if (e.key === 'Escape') return 'close';
  const letter = /^[a-z]$/i.test(e.key) ? e.key.toLowerCase() : /^Key([A-Z])$/.exec(e.code)?.[1];
  if (letter?.toLowerCase() === 'n') return 'next';
  if (letter?.toLowerCase() === 'p') return 'previous';
  return null;
}
