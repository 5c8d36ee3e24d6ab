// What an institution's records may point at. The ownership rule on record
// ids (a submission never carries another institution's record) is not
// enough: a record of MD's own can still name MOFE's consultation event as
// its event, MOFE's idea in a score, MOFE's commitment as an attachment's
// owner, or a component MD does not lead, and then MD's data shows up in
// MOFE's report, matrix or component. So every reference of a record owned
// by `institution` must resolve to a record that institution owns (in the
// same document, deleted by it, or held by the workspace as its), and every
// component it files a record under must be one it leads. Institutions,
// cycles and vocabularies are reference data, open to all.
//
// Pure: the workspace's side comes in as `ownerOf`, so the bundle importer
// (at the POC), `plan import` (at an LFP) and the services behind the UI
// apply one rule with one list of references.
import type { Tombstone } from '../../../shared/model/bundle';
import type { Attachment, Comment, ConsultationReport, Idea, PrioritizationRound } from '../../../shared/model/cocreation';
import type { Commitment } from '../../../shared/model/plan';

export type Entity = Tombstone['entity'];

/** Path segments, formatted by the caller (bundles "comments.0.eventId", interchange "comments[0].eventId"). */
export type Path = readonly (string | number)[];

/** The records that carry references, as drafted collections (a bundle payload or an interchange document). */
export interface ReferringRecords {
  commitments: readonly Pick<Commitment, 'id' | 'owner' | 'cycleId' | 'componentCode' | 'originIdeas' | 'milestones' | 'indicators'>[];
  ideas: readonly Pick<Idea, 'id' | 'owner' | 'cycleId' | 'componentCode' | 'commitmentId' | 'mergedIntoId'>[];
  prioritizationRounds: readonly Pick<PrioritizationRound, 'id' | 'owner' | 'cycleId' | 'componentCode' | 'scores'>[];
  consultationEvents: readonly { id: string; owner: string; cycleId: string; componentCode: string }[];
  comments: readonly Pick<Comment, 'id' | 'owner' | 'eventId' | 'target'>[];
  consultationReports: readonly Pick<ConsultationReport, 'id' | 'owner' | 'cycleId' | 'componentCode' | 'events'>[];
  calendar: readonly { id: string; owner: string }[];
  attachments: readonly Pick<Attachment, 'id' | 'owner' | 'ownerType' | 'ownerId'>[];
}

export interface Reference {
  path: Path;
  id: string;
  /** What it may point at; a comment's target may be any record. */
  kinds: readonly Entity[] | 'any';
}

export interface Owned {
  entity: Entity;
  owner: string;
}

export type ReferenceProblem =
  | { code: 'foreign-reference'; path: Path; id: string; entity: Entity; owner: string }
  | { code: 'unknown-reference'; path: Path; id: string; expected: string }
  | { code: 'component-not-led'; path: Path; component: string; cycleId: string };

export interface OwnershipRules {
  institution: string;
  /** Whether `institution` leads the component (cycle, code), by the workspace's reference data. */
  leads(cycleId: string, componentCode: string): boolean;
  /** Who owns a record the workspace holds (undefined when it holds none with that id). */
  ownerOf(id: string): Owned | undefined;
  /** Ids the institution has deleted (a bundle's tombstones): a reference to them is dangling, not foreign. */
  deleted?: ReadonlySet<string>;
}

/** Every record-to-record reference of the records `institution` owns. */
export function referencesOf(r: ReferringRecords, institution: string): Reference[] {
  const out: Reference[] = [];
  const mine = <T extends { owner: string }>(list: readonly T[]) => list.map((x, i) => [x, i] as const).filter(([x]) => x.owner === institution);
  for (const [c, i] of mine(r.commitments)) c.originIdeas.forEach((id, j) => out.push({ path: ['commitments', i, 'originIdeas', j], id, kinds: ['idea'] }));
  for (const [idea, i] of mine(r.ideas)) {
    if (idea.commitmentId !== null) out.push({ path: ['ideas', i, 'commitmentId'], id: idea.commitmentId, kinds: ['commitment'] });
    // A duplicate joins one of its institution's own ideas, never another's.
    if (idea.mergedIntoId !== null) out.push({ path: ['ideas', i, 'mergedIntoId'], id: idea.mergedIntoId, kinds: ['idea'] });
  }
  for (const [round, i] of mine(r.prioritizationRounds)) round.scores.forEach((s, j) => out.push({ path: ['prioritizationRounds', i, 'scores', j, 'ideaId'], id: s.ideaId, kinds: ['idea'] }));
  for (const [c, i] of mine(r.comments)) {
    if (c.eventId !== null) out.push({ path: ['comments', i, 'eventId'], id: c.eventId, kinds: ['consultation-event'] });
    if (c.target !== null) out.push({ path: ['comments', i, 'target'], id: c.target, kinds: 'any' });
  }
  for (const [rep, i] of mine(r.consultationReports)) rep.events.forEach((id, j) => out.push({ path: ['consultationReports', i, 'events', j], id, kinds: ['consultation-event'] }));
  for (const [a, i] of mine(r.attachments)) out.push({ path: ['attachments', i, 'ownerId'], id: a.ownerId, kinds: [a.ownerType] });
  return out;
}

/** The records of the document itself, by id: they resolve before the workspace is asked. */
export function ownedIn(r: ReferringRecords): Map<string, Owned> {
  const out = new Map<string, Owned>();
  const put = (entity: Entity, list: readonly { id: string; owner: string }[]) => {
    for (const x of list) out.set(x.id, { entity, owner: x.owner });
  };
  put('commitment', r.commitments);
  for (const c of r.commitments) {
    for (const m of c.milestones) out.set(m.id, { entity: 'milestone', owner: c.owner });
    for (const x of c.indicators) out.set(x.id, { entity: 'indicator', owner: c.owner });
  }
  put('idea', r.ideas);
  put('prioritization-round', r.prioritizationRounds);
  put('consultation-event', r.consultationEvents);
  put('comment', r.comments);
  put('consultation-report', r.consultationReports);
  put('calendar-item', r.calendar);
  put('attachment', r.attachments);
  return out;
}

/** Components, then references, in document order; every problem, not only the first. */
export function checkReferences(r: ReferringRecords, rules: OwnershipRules): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const filed: [string, readonly { owner: string; cycleId: string; componentCode: string }[]][] = [
    ['commitments', r.commitments],
    ['ideas', r.ideas],
    ['prioritizationRounds', r.prioritizationRounds],
    ['consultationEvents', r.consultationEvents],
    ['consultationReports', r.consultationReports],
  ];
  for (const [name, list] of filed) {
    list.forEach((x, i) => {
      if (x.owner === rules.institution && !rules.leads(x.cycleId, x.componentCode)) {
        problems.push({ code: 'component-not-led', path: [name, i, 'componentCode'], component: x.componentCode, cycleId: x.cycleId });
      }
    });
  }
  const local = ownedIn(r);
  for (const ref of referencesOf(r, rules.institution)) {
    const target = local.get(ref.id) ?? rules.ownerOf(ref.id);
    if (target === undefined) {
      if (rules.deleted?.has(ref.id)) continue;
      problems.push({ code: 'unknown-reference', path: ref.path, id: ref.id, expected: ref.kinds === 'any' ? 'any' : ref.kinds.join('|') });
    } else if (target.owner !== rules.institution) {
      problems.push({ code: 'foreign-reference', path: ref.path, id: ref.id, entity: target.entity, owner: target.owner });
    } else if (ref.kinds !== 'any' && !ref.kinds.includes(target.entity)) {
      problems.push({ code: 'unknown-reference', path: ref.path, id: ref.id, expected: ref.kinds.join('|') });
    }
  }
  return problems;
}
