import type { Shape } from './mark-geometry';
import { svgPaint } from './tokens';

/** One shape of mark-geometry as an SVG element: the SVG painter, nothing more. */
export function SvgShape({ shape }: { shape: Shape }) {
  const className = `tl-${shape.part}`;
  switch (shape.type) {
    case 'rect':
      return (
        <rect
          className={className}
          x={shape.x}
          y={shape.y}
          width={shape.width}
          height={shape.height}
          rx={shape.rx}
          {...(shape.paint && svgPaint(shape.paint))}
        />
      );
    case 'circle':
      return (
        <circle
          className={className}
          cx={shape.cx}
          cy={shape.cy}
          r={shape.r}
          {...(shape.paint && svgPaint(shape.paint))}
        />
      );
    case 'path':
      return <path className={className} d={shape.d} {...(shape.paint && svgPaint(shape.paint))} />;
    case 'text':
      return (
        <text
          className={className}
          x={shape.x}
          y={shape.y}
          textAnchor={shape.anchor}
          dominantBaseline="central"
        >
          {shape.text}
        </text>
      );
  }
}

/** A list of shapes, back to front. */
export function SvgShapes({ shapes }: { shapes: readonly Shape[] }) {
  return shapes.map((shape, i) => <SvgShape key={i} shape={shape} />);
}
