import { AXIS_H, CHAR_W } from './geometry';

const LINE_H = 17;
const PAD = 8;

/**
 * A hover (or keyboard-focus) card with the full title, date and kind of an item, whose own
 * label may be shortened. Decorative: the item's accessible name already says all of it.
 */
export function TimelineTip({
  lines,
  x,
  y,
  width,
}: {
  lines: readonly string[];
  /** Where the item is: the card centres above it (below when there is no room). */
  x: number;
  y: number;
  /** The plot's width, which the card stays inside. */
  width: number;
}) {
  const maxChars = Math.floor((Math.min(440, width - 8) - 2 * PAD) / CHAR_W);
  const shown = lines.map((l) => (l.length > maxChars ? `${l.slice(0, maxChars - 1)}…` : l));
  const w = Math.max(...shown.map((l) => l.length)) * CHAR_W + 2 * PAD;
  const h = shown.length * LINE_H + PAD;
  const left = Math.min(Math.max(x - w / 2, 4), width - w - 4);
  const top = y - 16 - h < AXIS_H ? y + 16 : y - 16 - h;
  return (
    <g className="tl-tip" aria-hidden="true">
      <rect x={left} y={top} width={w} height={h} rx={4} />
      {shown.map((line, i) => (
        <text
          key={i}
          className={i === 0 ? 'tl-tip-title' : undefined}
          x={left + w / 2}
          y={top + PAD / 2 + LINE_H * (i + 0.5)}
          textAnchor="middle"
          dominantBaseline="central"
        >
          {line}
        </text>
      ))}
    </g>
  );
}
