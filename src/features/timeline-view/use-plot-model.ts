import { useMemo } from 'react';
import type { Lang } from '../../domain/types';
import { dateFormat } from '../../i18n/format';
import type { DateFormatter } from '../../timeline/ticks';
import type { Direction } from '../../timeline/time-scale';
import type { Span } from '../../timeline/time-window';
import type { TimeIndex } from '../../timeline/window-query';
import type { MeasureText } from '../../timeline/label-fit';
import type { QuietWarp } from '../../timeline/quiet-warp';
import { sharedPlotModel, type PlotModel } from './plot-model';

export type { PlotModel } from './plot-model';

const formatters = new Map<Lang, DateFormatter>();

/** The locale-bound label formatter for the pure tick maths: one function per language. */
export function dateFormatterFor(lang: Lang): DateFormatter {
  let format = formatters.get(lang);
  if (!format) {
    format = (options: Intl.DateTimeFormatOptions) => dateFormat(lang, options);
    formatters.set(lang, format);
  }
  return format;
}

/**
 * The plot's model for a window (see `plotModel`), memoised over its inputs: React renders it
 * when the window rests; the canvas painter asks for the frames in between. Both go through
 * `sharedPlotModel`, so a window the painter has laid out is not laid out again for React.
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
  const format = dateFormatterFor(lang);
  return useMemo(
    () => sharedPlotModel({ span, width, dir, lang, index, format, measure, keep, warp }),
    [span, width, dir, lang, index, format, measure, keep, warp],
  );
}
