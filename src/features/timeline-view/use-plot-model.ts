import { useCallback, useMemo } from 'react';
import type { Lang } from '../../domain/types';
import { dateFormat } from '../../i18n/format';
import type { DateFormatter } from '../../timeline/ticks';
import type { Direction } from '../../timeline/time-scale';
import type { Span } from '../../timeline/time-window';
import type { TimeIndex } from '../../timeline/window-query';
import type { MeasureText } from '../../timeline/label-fit';
import type { QuietWarp } from '../../timeline/quiet-warp';
import { plotModel, type PlotModel } from './plot-model';

export type { PlotModel } from './plot-model';

/** The view's memoised, locale-bound label formatters for the pure tick maths. */
export function useDateFormatter(lang: Lang): DateFormatter {
  return useCallback((options: Intl.DateTimeFormatOptions) => dateFormat(lang, options), [lang]);
}

/**
 * The plot's model for a window (see `plotModel`), memoised over its inputs: React renders it
 * on commit; the canvas painter calls `plotModel` itself for the frames in between.
 */
export function usePlotModel(o: {
  span: Span;
  width: number;
  dir: Direction;
  lang: Lang;
  index: TimeIndex;
  /** Label widths in the label font (useLabelMeasure). */
  measure: MeasureText;
  /** The selected event: never hidden inside a cluster. */
  keep?: string | null;
  /** The broken axis over the shown events (none: linear). */
  warp?: QuietWarp;
}): PlotModel {
  const { span, width, dir, lang, index, measure, keep = null, warp } = o;
  const format = useDateFormatter(lang);
  return useMemo(
    () => plotModel({ span, width, dir, lang, index, format, measure, keep, warp }),
    [span, width, dir, lang, index, format, measure, keep, warp],
  );
}
