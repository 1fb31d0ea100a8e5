import { stepKey, type KeyLike } from '../../ui/step-key';

/** The details panel's keyboard map, kept pure so it can be tested without a DOM. */

export type PanelCommand = 'next' | 'previous' | 'close';

/** The keys, as `aria-keyshortcuts` spells them. */
export const SHORTCUTS: Record<PanelCommand, string> = {
  next: 'N',
  previous: 'P',
  close: 'Escape',
};

/** The command a key press asks for: Escape closes; N and P step (see `stepKey`). */
export function panelCommand(e: KeyLike): PanelCommand | null {
  if (e.key === 'Escape') return e.altKey || e.ctrlKey || e.metaKey ? null : 'close';
  return stepKey(e);
}
