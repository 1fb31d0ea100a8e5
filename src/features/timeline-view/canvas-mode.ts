/**
 * Whether the plot paints its marks on a canvas (with an accessible DOM twin) or as SVG.
 * `localStorage.khattCanvas` = '1' or '0' forces it either way (read once, for comparisons);
 * otherwise the canvas is on wherever a 2D canvas works, except under forced colours, where the
 * SVG layer follows the system's colours and the canvas could not.
 */
const FLAG = 'khattCanvas';

let preference: boolean | null | undefined;

function readPreference(): boolean | null {
  try {
    const value = localStorage.getItem(FLAG);
    return value === '1' ? true : value === '0' ? false : null;
  } catch {
    return null;
  }
}

/** The canvas layer's switch for this page. */
export function canvasWanted(): boolean {
  if (typeof document === 'undefined' || typeof matchMedia === 'undefined') return false;
  preference ??= readPreference();
  if (preference !== null) return preference;
  return !matchMedia('(forced-colors: active)').matches;
}
