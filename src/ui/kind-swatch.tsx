import type { EventKind } from '../domain/types';
import './kind-swatch.css';

/** The timeline's shape per kind, so kinds differ by more than colour: ▲ attack, ● diplomacy, ■ withdrawal. */
const SHAPES: Record<EventKind, string> = {
  attack: 'M7 1.5 L13 12.5 L1 12.5 Z',
  diplomacy: 'M7 1.5 A5.5 5.5 0 1 1 6.99 1.5 Z',
  withdrawal: 'M2 2 H12 V12 H2 Z',
};

/** The kind's mark, decorative beside its text label. */
export function KindSwatch({ kind }: { kind: EventKind }) {
  return (
    <svg className={`kind-mark kind-mark--${kind}`} viewBox="0 0 14 14" aria-hidden="true">
      <path d={SHAPES[kind]} />
    </svg>
  );
}
