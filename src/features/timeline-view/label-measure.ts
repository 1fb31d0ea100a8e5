import { useEffect, useMemo, useState } from 'react';
import type { Lang } from '../../domain/types';
import { charMeasure, type MeasureText } from '../../timeline/label-fit';
import { CHAR_W, LABEL_FONT_PX } from './geometry';

/** The label face per language; app.css's `--ui-font` names the same families. */
const FAMILY: Record<Lang, string> = {
  ar: '"Noto Sans Arabic", "Noto Sans", system-ui, sans-serif',
  en: '"Noto Sans", "Noto Sans Arabic", system-ui, sans-serif',
};

/** The CSS font of timeline labels in a language. */
export const labelFont = (lang: Lang): string => `${LABEL_FONT_PX}px ${FAMILY[lang]}`;

let shared: CanvasRenderingContext2D | null | undefined;
/** One offscreen 2D context for every measure (never attached to the page). */
function context(): CanvasRenderingContext2D | null {
  if (shared === undefined) {
    shared =
      typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  }
  return shared;
}

/** A canvas measure in `font`, memoised per text; the per-character fallback without a canvas. */
export function canvasMeasure(font: string): MeasureText {
  const ctx = context();
  if (!ctx) return charMeasure(CHAR_W);
  const cache = new Map<string, number>();
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      ctx.font = font;
      width = ctx.measureText(text).width;
      cache.set(text, width);
    }
    return width;
  };
}

/**
 * The label measure for the layout. Until `document.fonts` has loaded the label face the widths
 * would be the fallback font's, so the measure is replaced (and the lanes laid out again) once
 * it has.
 */
export function useLabelMeasure(lang: Lang): MeasureText {
  const font = labelFont(lang);
  const [loaded, setLoaded] = useState(0);
  useEffect(() => {
    if (typeof document === 'undefined' || !('fonts' in document)) return;
    let live = true;
    document.fonts
      .load(font, lang === 'ar' ? 'خط' : 'Khatt')
      .then(() => live && setLoaded((n) => n + 1))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [font, lang]);
  // `loaded` invalidates the memo (and its cache): widths change when the face arrives.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => canvasMeasure(font), [font, loaded]);
}
