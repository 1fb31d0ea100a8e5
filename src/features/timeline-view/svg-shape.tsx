import { createElement } from 'react';
import type { Shape } from './mark-geometry';
import { LABEL_HALO_W, svgPaint } from './tokens';

/** One shape of mark-geometry as an SVG element: the SVG painter, nothing more. */
export function SvgShape({ shape }: { shape: Shape }) {
  const className = `tl-${shape.part}`;
  if (shape.type === 'text') {
    return (
      <text
        className={className}
        x={shape.x}
        y={shape.y}
        textAnchor={shape.anchor}
        dominantBaseline="central"
        {...(shape.halo && {
          stroke: shape.halo,
          strokeWidth: LABEL_HALO_W,
          strokeLinejoin: 'round' as const,
          paintOrder: 'stroke',
        })}
      >
        {shape.text}
      </text>
    );
  }
  // The geometry fields (x, y, width, height, rx, cx, cy, r, d) are the SVG attributes' names;
  // `part` is named by the class, not written as an attribute.
  const { type, paint, ...geometry } = shape;
  return createElement(type, {
    className,
    ...geometry,
    part: undefined,
    ...(paint && svgPaint(paint)),
  });
}

/** A list of shapes, back to front. */
export function SvgShapes({ shapes }: { shapes: readonly Shape[] }) {
  return shapes.map((shape, i) => <SvgShape key={i} shape={shape} />);
}
