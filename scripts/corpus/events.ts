import {
  kindOfSubtype,
  SUBTYPES,
  type EventActor,
  type EventKind,
  type EventSubtype,
  type Excerpt,
  type KhattEvent,
} from '../../src/domain/types';
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
  /** How each valid actor is named in the texts (Arabic name and aliases), for the role checks. */
  names?: ReadonlyMap<string, readonly string[]> | undefined;
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
    refs.push(
      ref.indirect === undefined
        ? { id: ref.id, role: ref.role }
        : { id: ref.id, role: ref.role, indirect: ref.indirect },
    );
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
    const excerpt: Excerpt = {
      source: x.source,
      quote: x.quote,
      start: anchor.start,
      end: anchor.end,
    };
    if (x.accuses) excerpt.accuses = x.accuses;
    excerpts.push(excerpt);
  });
  return excerpts;
}

/** The subtype when it belongs to the kind's vocabulary; otherwise says why not. */
function checkSubtype(
  kind: EventKind,
  subtype: string,
  complain: Complain,
): EventSubtype | undefined {
  const own = SUBTYPES[kind] as readonly string[];
  if (own.includes(subtype)) return subtype as EventSubtype;
  const other = kindOfSubtype(subtype);
  const allowed = `${kind}: ${own.join(', ')}`;
  complain(
    ['subtype'],
    other
      ? `"${subtype}" belongs to ${other}, not ${kind} (${allowed})`
      : `"${subtype}" is not a subtype (${allowed})`,
  );
  return undefined;
}

/** Whether `quote` names `name`, also after the preposition لـ, which writes ال + name as لل. */
function namesIn(quote: string, name: string): boolean {
  return quote.includes(name) || (name.startsWith('ال') && quote.includes(`لل${name.slice(2)}`));
}

/**
 * The codebook's role rules: each actor is named (by its Arabic name or an alias) in an excerpt
 * of the event unless the ref says why it is `indirect`; an `accused` actor is named in an
 * excerpt marked `accuses: [id]`, and only accused actors are marked so.
 */
function checkRoles(
  actors: readonly EventActor[],
  excerpts: readonly Excerpt[],
  names: ReadonlyMap<string, readonly string[]>,
  complain: Complain,
): void {
  const naming = (id: string, x: Excerpt) => (names.get(id) ?? []).some((n) => namesIn(x.quote, n));
  actors.forEach((ref, i) => {
    if (!names.has(ref.id)) return;
    const named = excerpts.findIndex((x) => naming(ref.id, x));
    if (ref.indirect === undefined && named < 0) {
      complain(
        ['actors', i, 'id'],
        `no excerpt names "${ref.id}" (as ${(names.get(ref.id) ?? []).join(' / ')}); quote a passage that does, or say why in indirect`,
      );
    } else if (ref.indirect !== undefined && named >= 0) {
      complain(['actors', i, 'indirect'], `excerpts[${named}] names "${ref.id}"; drop indirect`);
    }
    if (ref.role !== 'accused') return;
    const accusing = excerpts.filter((x) => x.accuses?.includes(ref.id));
    if (accusing.length === 0) {
      complain(
        ['actors', i, 'role'],
        `accused needs the accusing passage: mark an excerpt with accuses: [${ref.id}]`,
      );
    } else if (ref.indirect === undefined && !accusing.some((x) => naming(ref.id, x))) {
      complain(['actors', i, 'role'], `no accusing excerpt names "${ref.id}"`);
    }
  });
  excerpts.forEach((x, j) => {
    x.accuses?.forEach((id, k) => {
      if (!actors.some((a) => a.id === id && a.role === 'accused'))
        complain(['excerpts', j, 'accuses', k], `"${id}" is not an accused actor of this event`);
    });
  });
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
    const subtype = checkSubtype(head.kind, head.subtype, complain);
    // Roles are judged on the quotes; skipped when some could not be read (reported elsewhere).
    const allRead = Array.isArray(raw.excerpts) && excerpts.length === raw.excerpts.length;
    if (ctx.names && allRead) checkRoles(actors, excerpts, ctx.names, complain);
    if (!subtype || problems.length > before) return;
    const { id, kind, status, title, summary, place } = head;
    const where = place === undefined ? {} : { place };
    events.push({ id, kind, subtype, status, title, summary, date, ...where, actors, excerpts });
  });
  return events;
}
