import { deferredModule } from '../../ui/deferred';

/** The export renderers (CSV, iCalendar, TimelineJS …): needed only when a download is asked for. */
export const loadExport = deferredModule(() => import('../../domain/export/render'));
