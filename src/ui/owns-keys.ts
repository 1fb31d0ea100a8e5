/**
 * Who a key press belongs to: the one rule shared by every page-level shortcut (N/P and Escape
 * in the details, the reader's keys, "/" for search). Kept free of DOM types so it is testable
 * without a DOM.
 */

export interface ElementLike {
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
export function ownsKeys(target: ElementLike | EventTarget | null): boolean {
  if (!isElementLike(target)) return false;
  const tag = target.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag === 'input') return !NON_TEXT_INPUTS.has(target.getAttribute('type') ?? 'text');
  if (target.isContentEditable) return true;
  if (TEXT_ROLES.has(target.getAttribute('role') ?? '')) return true;
  return Boolean(target.closest?.('dialog, [role="dialog"], [role="alertdialog"]'));
}

function isElementLike(target: unknown): target is ElementLike {
  return (
    typeof target === 'object' &&
    target !== null &&
    typeof (target as ElementLike).tagName === 'string' &&
    typeof (target as ElementLike).getAttribute === 'function'
  );
}
