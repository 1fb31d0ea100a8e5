/** The reader's few direct DOM concerns: where keys belong and how to scroll a highlight into view. */

/**
 * Whether focus sat on a control the reader has just covered (the details panel's "Read in
 * article" hides with its panel). Focus on <body> — a shared link opening the page, Back — is
 * left where it is.
 */
export function focusWasCovered(): boolean {
  const active = document.activeElement;
  return (
    active instanceof HTMLElement &&
    active !== document.body &&
    active.getClientRects().length === 0
  );
}

/**
 * Centres the current highlight. Where the reader scrolls on its own (wide screens) only the
 * reader scrolls, never the page under the user's timeline. Where it is part of the page
 * (narrow screens) the page scrolls only when the reader was just opened or holds the focus.
 * A highlight the user has just activated is already in view and stays put.
 */
export function scrollToCurrent(panel: HTMLElement, mark: HTMLElement, opening: boolean): void {
  const active = document.activeElement;
  if (active && mark.contains(active)) return;
  const behavior: ScrollBehavior = window.matchMedia('(prefers-reduced-motion: reduce)').matches
    ? 'auto'
    : 'smooth';
  const scrollsItself =
    getComputedStyle(panel).overflowY !== 'visible' && panel.scrollHeight > panel.clientHeight;
  if (scrollsItself) {
    const m = mark.getBoundingClientRect();
    const p = panel.getBoundingClientRect();
    const top = panel.scrollTop + (m.top - p.top) - (panel.clientHeight - m.height) / 2;
    panel.scrollTo({ top, behavior });
  } else if (opening || !active || active === document.body || panel.contains(active)) {
    mark.scrollIntoView({ block: 'center', inline: 'nearest', behavior });
  }
}
