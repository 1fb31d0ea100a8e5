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

interface ElementLike {
  tagName: string;
  isContentEditable?: boolean;
  getAttribute(name: string): string | null;
  closest?(selector: string): unknown;
}

const TEXT_ROLES = new Set(['textbox', 'searchbox', 'combobox', 'spinbutton', 'slider']);
const NON_TEXT_INPUTS = new Set(['button', 'checkbox', 'radio', 'submit', 'reset', 'image']);

/**
 * Whether keys typed at `target` belong to it: text fields, selects and widgets that use
 * letters or Escape themselves, and anything inside a dialog.
 */
export function ownsKeys(target: ElementLike | null): boolean {
  if (!target) return false;
  const tag = target.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag === 'input') return !NON_TEXT_INPUTS.has(target.getAttribute('type') ?? 'text');
  if (target.isContentEditable) return true;
  if (TEXT_ROLES.has(target.getAttribute('role') ?? '')) return true;
  return Boolean(target.closest?.('dialog, [role="dialog"], [role="alertdialog"]'));
}
