import type { Actor, Group } from '../../src/domain/types';
import { pathString, type Complain, type Problem } from './problems';
import { claimId, forEachRecord, type Site } from './records';
import { actorShape, actorsFileShape, groupShape, parseShape } from './shapes';
import type { YamlFile } from './yaml-file';

export interface CompiledActors {
  groups: Group[];
  actors: Actor[];
  /** Every declared actor id, valid or not, so events do not cascade into "unknown actor". */
  declared: Set<string>;
  /** How each valid actor is named in the texts: its Arabic name and its aliases. */
  names: Map<string, string[]>;
  /** Reports each valid actor that no event uses; call once all events are read. */
  reportUnused: (used: ReadonlySet<string>) => void;
}

/** Checks actors.yaml (groups, actors, references between them, aliases in the texts) and compiles it. */
export function compileActors(
  file: string,
  yaml: YamlFile,
  /** Texts of all declared sources; undefined when some are unreadable, which skips the alias check. */
  texts: readonly string[] | undefined,
  problems: Problem[],
): CompiledActors {
  const groups: Group[] = [];
  const valid: { actor: Actor; complain: Complain }[] = [];
  const groupSites = new Map<string, Site>();
  const actorSites = new Map<string, Site>();
  const top = parseShape(actorsFileShape, yaml.value ?? {}, [], (path, message) =>
    problems.push({ file, record: '(file)', field: pathString(path), message }),
  );

  forEachRecord(file, yaml, top?.groups ?? [], ['groups'], problems, (raw, complain, site) => {
    claimId(groupSites, raw, site, complain);
    const g = parseShape(groupShape, raw, [], complain);
    if (g) groups.push({ id: g.id, name: g.name });
  });

  forEachRecord(file, yaml, top?.actors ?? [], ['actors'], problems, (raw, complain, site) => {
    claimId(actorSites, raw, site, complain);
    const a = parseShape(actorShape, raw, [], complain);
    if (!a) return;
    const actor: Actor = { id: a.id, name: a.name, type: a.type, group: a.group };
    if (a.affiliation !== undefined) actor.affiliation = a.affiliation;
    if (a.aliases !== undefined) actor.aliases = a.aliases;
    if (a.wikidata !== undefined) actor.wikidata = a.wikidata;
    valid.push({ actor, complain });
  });

  // References are checked after the whole file is read: an affiliation may point further down.
  for (const { actor, complain } of valid) {
    if (!groupSites.has(actor.group)) complain(['group'], `unknown group "${actor.group}"`);
    if (actor.affiliation !== undefined && !actorSites.has(actor.affiliation)) {
      complain(['affiliation'], `unknown actor "${actor.affiliation}"`);
    }
    actor.aliases?.forEach((alias, i) => {
      if (texts && !texts.some((t) => t.includes(alias)))
        complain(['aliases', i], `"${alias}" occurs in no source text`);
    });
  }

  return {
    groups,
    actors: valid.map((e) => e.actor),
    declared: new Set(actorSites.keys()),
    names: new Map(
      valid.map(({ actor }) => [actor.id, [...new Set([actor.name.ar, ...(actor.aliases ?? [])])]]),
    ),
    reportUnused: (used) => {
      for (const { actor, complain } of valid) {
        if (!used.has(actor.id)) complain(['id'], 'no event uses this actor; remove it or use it');
      }
    },
  };
}
