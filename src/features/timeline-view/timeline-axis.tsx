import { memo } from 'react';
import type { Tick } from '../../timeline/ticks';
import { AXIS_H, PLOT_H } from './geometry';

/** The time axis along the top with grid lines through the lanes; decorative (the toolbar says the window in words). */
export const TimelineAxis = memo(function TimelineAxis({ ticks }: { ticks: readonly Tick[] }) {
  return (
    <g className="tl-axis" aria-hidden="true" data-testid="timeline-axis">
      <line className="tl-axis-line" x1={0} x2="100%" y1={AXIS_H - 0.5} y2={AXIS_H - 0.5} />
      {ticks.map((tick) => (
        <g key={+tick.value} className={tick.major ? 'tl-tick is-major' : 'tl-tick'}>
          <line x1={tick.x} x2={tick.x} y1={AXIS_H - 6} y2={PLOT_H} />
          <text x={tick.x} y={AXIS_H / 2 - 1} textAnchor="middle" dominantBaseline="central">
            {tick.label}
          </text>
        </g>
      ))}
    </g>
  );
});
