import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/types';
import { formatNumber } from '../../i18n/format';
import { LANE_KINDS, MARK } from './geometry';
import { Hatch, useSvgId } from './hatch';
import { KindShape } from './kind-shape';
import type { LegendIds } from './names';

/** A small drawing beside a legend entry, using the same classes as the plot so it matches. */
function Swatch({ children, className = '' }: { children: ReactNode; className?: string }) {
  return (
    <svg
      className={`tl-swatch ${className}`}
      width={30}
      height={20}
      viewBox="-15 -10 30 20"
      aria-hidden="true"
    >
      {children}
    </svg>
  );
}

/** Explains every visual cue: kinds (shape and colour), spans, soft and planned dates, reports, clusters. */
export function TimelineLegend({ lang, ids }: { lang: Lang; ids: LegendIds }) {
  const { t } = useTranslation('timeline');
  const hatch = useSvgId();
  return (
    <div className="tl-legend">
      <ul aria-label={t('legend.title')}>
        {LANE_KINDS.map((kind) => (
          <li key={kind}>
            <Swatch className={`tl-kind-${kind}`}>
              <KindShape kind={kind} size={MARK} />
            </Swatch>
            {t(`kind.${kind}`)}
          </li>
        ))}
        <li>
          <Swatch className="tl-span tl-kind-diplomacy">
            <rect className="tl-bar" x={-14} y={-7} width={28} height={14} rx={3} />
            <g transform="translate(-6 0)">
              <KindShape kind="diplomacy" size={9} />
            </g>
          </Swatch>
          {t('legend.span')}
        </li>
        <li>
          <Swatch className="tl-mark is-soft tl-kind-attack">
            <KindShape kind="attack" size={MARK} />
          </Swatch>
          <span id={ids.approximate}>{t('legend.approximate')}</span>
        </li>
        <li>
          <Swatch className="tl-mark is-planned tl-kind-withdrawal">
            <KindShape kind="withdrawal" size={MARK} />
          </Swatch>
          <span id={ids.planned}>{t('legend.planned')}</span>
        </li>
        <li>
          <Swatch className="tl-mark is-reported tl-kind-attack">
            <circle className="tl-reported" r={MARK * 0.8} />
            <KindShape kind="attack" size={MARK} />
          </Swatch>
          <span id={ids.reported}>{t('legend.reported')}</span>
        </li>
        <li>
          <Swatch className="tl-cluster tl-kind-attack">
            <rect className="tl-pill" x={-13} y={-9} width={26} height={18} rx={9} />
            <text className="tl-count" x={0} y={0} textAnchor="middle" dominantBaseline="central">
              {formatNumber(lang, 3)}
            </text>
          </Swatch>
          {t('legend.cluster')}
        </li>
        <li>
          <Swatch className="tl-mark is-selected tl-kind-diplomacy">
            <circle className="tl-halo" r={MARK * 0.95} />
            <KindShape kind="diplomacy" size={MARK} />
          </Swatch>
          {t('legend.selected')}
        </li>
        <li>
          <Swatch>
            <defs>
              <Hatch id={hatch} />
            </defs>
            <rect fill={`url(#${hatch})`} x={-14} y={-8} width={28} height={16} />
          </Swatch>
          {t('legend.compressed')}
        </li>
      </ul>
      <p id={ids.keys} className="tl-keys">
        {t('keys')}
      </p>
    </div>
  );
}
