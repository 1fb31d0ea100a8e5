import { wrapText, type MeasureText } from '../../timeline/label-fit';
import { AXIS_H } from './geometry';

const LINE_H = 17;
const PAD = 8;
const MAX_W = 440;

/**
 * A hover (or keyboard-focus) card with the whole title, date and kind of an item, whose own
 * label may be cut: long lines wrap at words to the plot's width, never cut. Decorative: the
 * item's accessible name already says all of it.
 */
export function TimelineTip({
  lines,
  x,
  y,
  width,
  measure,
}: {
  lines: readonly string[];
  /** Where the item is: the card centres above it (below when there is no room). */
  x: number;
  y: number;
  /** The plot's width, which the card stays inside. */
  width: number;
  /** The label measure (at the label size, a little wider than the card's text). */
  measure: MeasureText;
}) {
  const room = Math.min(MAX_W, width - 8) - 2 * PAD;
  const shown = lines.flatMap((line, i) =>
    wrapText(line, room, measure).map((text) => ({ text, title: i === 0 })),
  );
  const w = Math.min(room, Math.max(...shown.map((l) => measure(l.text)))) + 2 * PAD;
  const h = shown.length * LINE_H + PAD;
  const left = Math.min(Math.max(x - w / 2, 4), width - w - 4);
  const top = y - 16 - h < AXIS_H ? y + 16 : y - 16 - h;
  return (
    <g className="tl-tip" aria-hidden="true">
      <rect x={left} y={top} width={w} height={h} rx={4} />
      {shown.map((line, i) => (
        <text
          key={i}
          className={line.title ? 'tl-tip-title' : undefined}
          x={left + w / 2}
          y={top + PAD / 2 + LINE_H * (i + 0.5)}
          textAnchor="middle"
          dominantBaseline="central"
        >
          {line.text}
        </text>
      ))}
    </g>
  );
}
