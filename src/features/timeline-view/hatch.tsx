import { useId } from 'react';

/** An id usable inside `url(#…)`: React's ids carry punctuation that is better left out. */
export function useSvgId(): string {
  return `tl${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
}

/** Diagonal hatching: marks stretches of time the overview compresses. */
export function Hatch({ id }: { id: string }) {
  return (
    <pattern
      id={id}
      width={5}
      height={5}
      patternUnits="userSpaceOnUse"
      patternTransform="rotate(45)"
    >
      <rect className="tl-hatch-bg" width={5} height={5} />
      <line className="tl-hatch" x1={0} y1={0} x2={0} y2={5} />
    </pattern>
  );
}
