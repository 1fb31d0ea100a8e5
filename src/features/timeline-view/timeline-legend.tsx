import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventKind, Lang } from '../../domain/types';
import { formatNumber } from '../../i18n/format';
import { LANE_KINDS, MARK } from './geometry';
import { Hatch, useSvgId } from './hatch';
import { kindShape, type Shape } from './mark-geometry';
import type { LegendIds } from './names';
import { SvgShapes } from './svg-shape';
import {
  HALO,
  REPORTED_RING,
  barPaint,
  haloPaint,
  pillPaint,
  reportedPaint,
  shapePaint,
  type Certainty,
} from './tokens';

const OCCURRED: Certainty = { status: 'occurred', soft: false };

/** A small drawing beside a legend entry, from the same tokens and geometry as the plot. */
function Swatch({ shapes }: { shapes: readonly Shape[] }) {
  return (
    <svg className="tl-swatch" width={30} height={20} viewBox="-15 -10 30 20" aria-hidden="true">
      <SvgShapes shapes={shapes} />
    </svg>
  );
}

const mark = (kind: EventKind, certainty = OCCURRED, size = MARK, cx = 0) =>
  kindShape(kind, size, cx, 0, shapePaint(kind, certainty));

/** Explains every visual cue: kinds (shape and colour), spans, soft and planned dates, reports, clusters. */
export const TimelineLegend = memo(function TimelineLegend({
  lang,
  ids,
}: {
  lang: Lang;
  ids: LegendIds;
}) {
  const { t } = useTranslation('timeline');
  const hatch = useSvgId();
  return (
    <div className="tl-legend">
      <ul aria-label={t('legend.title')}>
        {LANE_KINDS.map((kind) => (
          <li key={kind}>
            <Swatch shapes={[mark(kind)]} />
            {t(`kind.${kind}`)}
          </li>
        ))}
        <li>
          <Swatch
            shapes={[
              {
                type: 'rect',
                part: 'bar',
                x: -14,
                y: -7,
                width: 28,
                height: 14,
                rx: 3,
                paint: barPaint('diplomacy', OCCURRED, false),
              },
              mark('diplomacy', OCCURRED, 9, -6),
            ]}
          />
          {t('legend.span')}
        </li>
        <li>
          <Swatch shapes={[mark('attack', { status: 'occurred', soft: true })]} />
          <span id={ids.approximate}>{t('legend.approximate')}</span>
        </li>
        <li>
          <Swatch shapes={[mark('withdrawal', { status: 'planned', soft: false })]} />
          <span id={ids.planned}>{t('legend.planned')}</span>
        </li>
        <li>
          <Swatch
            shapes={[
              {
                type: 'circle',
                part: 'reported',
                cx: 0,
                cy: 0,
                r: MARK * REPORTED_RING,
                paint: reportedPaint('attack'),
              },
              mark('attack', { status: 'reported', soft: false }),
            ]}
          />
          <span id={ids.reported}>{t('legend.reported')}</span>
        </li>
        <li>
          <Swatch
            shapes={[
              {
                type: 'rect',
                part: 'pill',
                x: -13,
                y: -9,
                width: 26,
                height: 18,
                rx: 9,
                paint: pillPaint('attack', false),
              },
              {
                type: 'text',
                part: 'count',
                x: 0,
                y: 0,
                text: formatNumber(lang, 3),
                anchor: 'middle',
              },
            ]}
          />
          {t('legend.cluster')}
        </li>
        <li>
          <Swatch
            shapes={[
              { type: 'circle', part: 'halo', cx: 0, cy: 0, r: MARK * HALO, paint: haloPaint },
              mark('diplomacy'),
            ]}
          />
          {t('legend.selected')}
        </li>
        <li>
          <svg
            className="tl-swatch"
            width={30}
            height={20}
            viewBox="-15 -10 30 20"
            aria-hidden="true"
          >
            <defs>
              <Hatch id={hatch} />
            </defs>
            <rect fill={`url(#${hatch})`} x={-14} y={-8} width={28} height={16} />
          </svg>
          {t('legend.compressed')}
        </li>
      </ul>
      <p id={ids.keys} className="tl-keys">
        {t('keys')}
      </p>
    </div>
  );
});
