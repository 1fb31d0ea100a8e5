import type { EventKind } from '../../domain/types';

/**
 * The shape of each kind, centred on (0, 0) — kinds differ by shape as well as colour, so they
 * stay apart without colour vision: withdrawal a square, attack a triangle, diplomacy a circle.
 */
export function KindShape({
  kind,
  size,
  className = 'tl-shape',
}: {
  kind: EventKind;
  size: number;
  className?: string;
}) {
  const s = size;
  switch (kind) {
    case 'withdrawal':
      return (
        <rect
          className={className}
          x={-0.44 * s}
          y={-0.44 * s}
          width={0.88 * s}
          height={0.88 * s}
        />
      );
    case 'attack':
      return (
        <path
          className={className}
          d={`M0 ${-0.62 * s}L${0.6 * s} ${0.44 * s}L${-0.6 * s} ${0.44 * s}Z`}
        />
      );
    case 'diplomacy':
      return <circle className={className} r={0.5 * s} />;
  }
}
