import type { ViewState } from '../domain/view-state';
import { getView, useView, writeView } from './view-store';

/** @deprecated Transitional shim over view-store.ts while components move to useView/actions. */
export function navigate(next: ViewState, options: { replace?: boolean } = {}): void {
  writeView(next, options);
}

/** @deprecated */
export function getSnapshot(): { state: ViewState } {
  return { state: getView() };
}

/** @deprecated */
export function useViewState(): [
  ViewState,
  (patch: Partial<ViewState>, options?: { replace?: boolean }) => void,
] {
  const state = useView((s) => s);
  return [state, (patch, options) => writeView({ ...getView(), ...patch }, options)];
}
