import type { EventActor, Excerpt, KhattEvent } from '../../src/domain/types';
import { compileDate } from './dates';
import { anchorQuote } from './excerpts';
import type { Complain, Problem } from './problems';
import { claimId, forEachRecord, isMapping, rawId, topList, type Site } from './records';
import { eventActorShape, eventShape, excerptShape, parseShape } from './shapes';
import type { SourceText } from './sources';
import type { YamlFile } from './yaml-file';

/** What events are checked against, shared across all event files. */
export interface EventContext {
  /** Declared sources; undefined when sources.yaml is missing or unreadable (checks are skipped). */
  sources: ReadonlyMap<string, SourceText> | undefined;
  /** Declared actors; undefined when actors.yaml is missing or unreadable (checks are skipped). */
  actors: ReadonlySet<string> | undefined;
  /** Event ids seen so far, across files. */
  seen: Map<string, Site>;
  /** Actor ids that some event names, filled in as events are read. */
  used: Set<string>;
}

function compileActorRefs(raw: unknown, ctx: EventContext, complain: Complain): EventActor[] {
  if (!Array.isArray(raw)) return [];
  const refs: EventActor[] = [];
  raw.forEach((item: unknown, i) => {
    const id = rawId(item);
    if (id !== undefined) ctx.used.add(id);
    const ref = parseShape(eventActorShape, item, ['actors', i], complain);
    if (!ref) return;
    if (ctx.actors && !ctx.actors.has(ref.id))
      complain(['actors', i, 'id'], `unknown actor "${ref.id}"`);
    else if (refs.some((r) => r.id === ref.id))
      complain(['actors', i, 'id'], `"${ref.id}" is listed twice`);
    refs.push({ id: ref.id, role: ref.role });
  });
  return refs;
}

function compileExcerpts(raw: unknown, ctx: EventContext, complain: Complain): Excerpt[] {
  if (!Array.isArray(raw)) return [];
  const excerpts: Excerpt[] = [];
  raw.forEach((item: unknown, i) => {
    const x = parseShape(excerptShape, item, ['excerpts', i], complain);
    if (!x || !ctx.sources) return;
    const source = ctx.sources.get(x.source);
    if (!source) return complain(['excerpts', i, 'source'], `unknown source "${x.source}"`);
    // A missing file is reported once, on the source.
    if (source.text === undefined) return;
    const anchor = anchorQuote(source.text, x.quote, x.start, `${x.source} (${source.file})`);
    if (!anchor.ok) return complain(['excerpts', i, anchor.field], anchor.message);
    excerpts.push({ source: x.source, quote: x.quote, start: anchor.start, end: anchor.end });
  });
  return excerpts;
}

/** Checks one events file against the sources and actors, and compiles its events. */
export function compileEvents(
  file: string,
  yaml: YamlFile,
  ctx: EventContext,
  problems: Problem[],
): KhattEvent[] {
  const events: KhattEvent[] = [];
  const list = topList(file, yaml.value, 'events', problems);
  forEachRecord(file, yaml, list, [], problems, (raw, complain, site) => {
    const before = problems.length;
    claimId(ctx.seen, raw, site, complain);
    const head = parseShape(eventShape, raw, [], complain);
    if (!isMapping(raw)) return;
    const date = compileDate(raw.date, ['date'], complain);
    const actors = compileActorRefs(raw.actors, ctx, complain);
    const excerpts = compileExcerpts(raw.excerpts, ctx, complain);
    if (!head || !date || problems.length > before) return;
    const { id, kind, status, title, summary, place } = head;
    const where = place === undefined ? {} : { place };
    events.push({ id, kind, status, title, summary, date, ...where, actors, excerpts });
  });
  return events;
}
