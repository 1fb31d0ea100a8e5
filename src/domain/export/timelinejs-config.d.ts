/** The part of TimelineJS's data model the TimelineJS export test loads its JSON through. */
declare module '@knight-lab/timelinejs/src/js/core/TimelineConfig' {
  export class TimelineConfig {
    constructor(data: unknown);
    /** Logs what would stop a timeline from drawing; read it back with getErrors(). */
    validate(): void;
    isValid(): boolean;
    getErrors(): unknown[];
    events: unknown[];
  }
}
