import type { Corpus, KhattEvent } from '../../domain/types';
import type { ViewState } from '../../domain/view-state';

/** TEMPORARY stub — the owner of this feature replaces it. */
export function ListView(_props: {
  corpus: Corpus;
  state: ViewState;
  events?: KhattEvent[];
  event?: KhattEvent;
}) {
  return null;
}
