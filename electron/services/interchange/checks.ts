// Consistency rules the schema cannot express because they span records:
// unique ids, references to cycles, components, institutions, milestones and
// events that must exist (in the file or in the workspace it goes into).
// Every rule here either guards a database constraint (so a bad file is
// refused with a located message instead of failing half-way through the
// transaction) or keeps the plan meaningful (an owner nobody knows).
import { scorerKey } from '../cocreation/round-store';
import type { InterchangeDocument } from '../../../shared/model/interchange';
import type { ReferenceData } from '../../../shared/model/reference';
import { type InterchangeIssue, issue, jsonPath } from './issues';

/** What the receiving workspace already holds that a file may refer to. */
export interface KnownData {
  reference: ReferenceData;
  eventIds: ReadonlySet<string>;
}

export const NOTHING_KNOWN: KnownData = {
  reference: { cycles: [], institutions: [], components: [], terms: [] },
  eventIds: new Set(),
};

const componentKey = (cycleId: string, code: string) => `${cycleId}\u0000${code}`;

class Checker {
  readonly issues: InterchangeIssue[] = [];
  readonly cycles = new Set<string>();
  readonly components = new Set<string>();
  readonly institutions = new Set<string>();

  add(path: string, code: string, message: string, params?: Record<string, string | number>) {
    this.issues.push(issue(path, code, message, params));
  }

  /** Reports the second and later uses of a key, naming where it was first used. */
  uniqueIn(seen: Map<string, string>, key: string, path: string, shown = key) {
    const first = seen.get(key);
    if (first !== undefined) this.add(path, 'duplicate-id', `"${shown}" is already used at ${first}`, { id: shown, first });
    else seen.set(key, path);
  }

  institution(code: string | null, path: string) {
    if (code !== null && !this.institutions.has(code)) {
      this.add(path, 'unknown-institution', `Institution code "${code}" is not in the reference data`, { code });
    }
  }

  cycle(cycleId: string, path: string): boolean {
    if (this.cycles.has(cycleId)) return true;
    this.add(path, 'unknown-cycle', `Cycle "${cycleId}" is not in the reference data`, { cycle: cycleId });
    return false;
  }

  component(cycleId: string, code: string, basePath: string) {
    if (!this.cycle(cycleId, `${basePath}.cycleId`)) return;
    if (!this.components.has(componentKey(cycleId, code))) {
      this.add(`${basePath}.componentCode`, 'unknown-component', `Component "${code}" does not exist in cycle "${cycleId}"`, {
        code,
        cycle: cycleId,
      });
    }
  }
}

function checkReference(ck: Checker, ref: ReferenceData, known: ReferenceData) {
  const seen = () => new Map<string, string>();
  const ids = { cycle: seen(), inst: seen(), code: seen(), comp: seen(), compKey: seen(), term: seen() };
  const knownInstByCode = new Map(known.institutions.map((i) => [i.code, i.id]));
  const knownCompByKey = new Map(known.components.map((c) => [componentKey(c.cycleId, c.code), c.id]));

  ref.cycles.forEach((c, i) => {
    const p = jsonPath('reference', 'cycles', i);
    ck.uniqueIn(ids.cycle, c.id, `${p}.id`);
    if (c.periodStart > c.periodEnd) {
      ck.add(`${p}.periodEnd`, 'period-reversed', `periodEnd ${c.periodEnd} is before periodStart ${c.periodStart}`, { start: c.periodStart, end: c.periodEnd });
    }
  });
  ref.institutions.forEach((inst, i) => {
    const p = jsonPath('reference', 'institutions', i);
    ck.uniqueIn(ids.inst, inst.id, `${p}.id`);
    ck.uniqueIn(ids.code, inst.code, `${p}.code`);
    const other = knownInstByCode.get(inst.code);
    // institution.code is UNIQUE: the same code under another id cannot be stored.
    if (other !== undefined && other !== inst.id) {
      ck.add(`${p}.code`, 'code-conflict', `Code "${inst.code}" belongs to institution "${other}" in this workspace`, { code: inst.code, id: other });
    }
  });
  ref.components.forEach((c, i) => {
    const p = jsonPath('reference', 'components', i);
    ck.uniqueIn(ids.comp, c.id, `${p}.id`);
    ck.uniqueIn(ids.compKey, componentKey(c.cycleId, c.code), `${p}.code`, `${c.cycleId}/${c.code}`);
    ck.cycle(c.cycleId, `${p}.cycleId`);
    const other = knownCompByKey.get(componentKey(c.cycleId, c.code));
    if (other !== undefined && other !== c.id) {
      ck.add(`${p}.code`, 'code-conflict', `Component "${c.code}" of cycle "${c.cycleId}" is "${other}" in this workspace`, { code: c.code, id: other });
    }
    const leads = new Map<string, string>();
    c.leadInstitutions.forEach((code, j) => {
      const lp = jsonPath('reference', 'components', i, 'leadInstitutions', j);
      ck.uniqueIn(leads, code, lp);
      ck.institution(code, lp);
    });
  });
  ref.terms.forEach((term, i) => ck.uniqueIn(ids.term, `${term.kind}/${term.code}`, jsonPath('reference', 'terms', i, 'code')));
}

function checkCommitments(ck: Checker, doc: InterchangeDocument) {
  const ids = new Map<string, string>();
  const milestoneIds = new Map<string, string>();
  const indicatorIds = new Map<string, string>();
  doc.commitments.forEach((c, i) => {
    const p = jsonPath('commitments', i);
    ck.uniqueIn(ids, c.id, `${p}.id`);
    ck.component(c.cycleId, c.componentCode, p);
    ck.institution(c.owner, `${p}.owner`);
    ck.institution(c.leadInstitution, `${p}.leadInstitution`);
    c.supportingInstitutions.forEach((code, j) => ck.institution(code, `${p}.supportingInstitutions[${j}]`));
    const own = new Set<string>();
    c.milestones.forEach((m, j) => {
      const mp = `${p}.milestones[${j}]`;
      ck.uniqueIn(milestoneIds, m.id, `${mp}.id`);
      ck.institution(m.responsibleInstitution, `${mp}.responsibleInstitution`);
      own.add(m.id);
    });
    c.indicators.forEach((ind, j) => {
      const ip = `${p}.indicators[${j}]`;
      ck.uniqueIn(indicatorIds, ind.id, `${ip}.id`);
      ck.institution(ind.responsibleInstitution, `${ip}.responsibleInstitution`);
      if (ind.milestoneId !== null && !own.has(ind.milestoneId)) {
        ck.add(`${ip}.milestoneId`, 'unknown-milestone', `Milestone ${ind.milestoneId} is not a milestone of this commitment`, { id: ind.milestoneId });
      }
    });
  });
}

function checkCoCreation(ck: Checker, doc: InterchangeDocument, known: KnownData) {
  const unique = (list: readonly { id: string }[], name: string) => {
    const seen = new Map<string, string>();
    list.forEach((r, i) => ck.uniqueIn(seen, r.id, jsonPath(name, i, 'id')));
  };

  unique(doc.ideas, 'ideas');
  doc.ideas.forEach((idea, i) => {
    const p = jsonPath('ideas', i);
    ck.component(idea.cycleId, idea.componentCode, p);
    ck.institution(idea.owner, `${p}.owner`);
    ck.institution(idea.suggestedLead, `${p}.suggestedLead`);
  });

  unique(doc.prioritizationRounds, 'prioritizationRounds');
  doc.prioritizationRounds.forEach((round, i) => {
    const p = jsonPath('prioritizationRounds', i);
    ck.component(round.cycleId, round.componentCode, p);
    ck.institution(round.owner, `${p}.owner`);
    if (round.scale.min >= round.scale.max) {
      ck.add(`${p}.scale`, 'bad-scale', `scale.min (${round.scale.min}) must be below scale.max (${round.scale.max})`, { min: round.scale.min, max: round.scale.max });
    }
    const criteria = new Map<string, string>();
    round.criteria.forEach((c, j) => ck.uniqueIn(criteria, c.id, `${p}.criteria[${j}].id`));
    // One row per idea and per scorer name (however cased or spaced): the tables' keys.
    const entered = new Map<string, string>();
    round.ideaIds.forEach((id, j) => {
      const first = entered.get(id);
      if (first !== undefined) ck.add(`${p}.ideaIds[${j}]`, 'duplicate-round-idea', `Idea "${id}" is already listed at ${first}`, { id, first });
      else entered.set(id, `${p}.ideaIds[${j}]`);
    });
    const names = new Map<string, string>();
    round.scorers.forEach((name, j) => {
      const first = names.get(scorerKey(name));
      if (first !== undefined) ck.add(`${p}.scorers[${j}]`, 'duplicate-scorer', `Scorer "${name}" is already listed at ${first}`, { name, first });
      else names.set(scorerKey(name), `${p}.scorers[${j}]`);
    });
    const scores = new Map<string, string>();
    round.scores.forEach((s, j) => {
      const sp = `${p}.scores[${j}]`;
      // One score per idea, criterion and scorer (the table's primary key).
      const key = [s.ideaId, s.criterionId, s.scorer].join('\u0000');
      const first = scores.get(key);
      if (first !== undefined) ck.add(sp, 'duplicate-score', `Same idea, criterion and scorer as ${first}`, { first });
      else scores.set(key, sp);
      if (!criteria.has(s.criterionId)) {
        ck.add(`${sp}.criterionId`, 'unknown-criterion', `Criterion "${s.criterionId}" is not a criterion of this round`, { id: s.criterionId });
      }
    });
  });

  unique(doc.consultationEvents, 'consultationEvents');
  const eventIds = new Set(doc.consultationEvents.map((e) => e.id));
  doc.consultationEvents.forEach((ev, i) => {
    const p = jsonPath('consultationEvents', i);
    ck.component(ev.cycleId, ev.componentCode, p);
    ck.institution(ev.owner, `${p}.owner`);
    ck.institution(ev.organizer, `${p}.organizer`);
  });

  unique(doc.comments, 'comments');
  doc.comments.forEach((c, i) => {
    const p = jsonPath('comments', i);
    ck.institution(c.owner, `${p}.owner`);
    if (c.eventId !== null && !eventIds.has(c.eventId) && !known.eventIds.has(c.eventId)) {
      ck.add(`${p}.eventId`, 'unknown-event', `Consultation event ${c.eventId} is neither in the file nor in the workspace`, { id: c.eventId });
    }
  });

  unique(doc.consultationReports, 'consultationReports');
  doc.consultationReports.forEach((r, i) => {
    const p = jsonPath('consultationReports', i);
    ck.component(r.cycleId, r.componentCode, p);
    ck.institution(r.owner, `${p}.owner`);
  });

  unique(doc.feedback, 'feedback');
  doc.feedback.forEach((f, i) => ck.institution(f.owner, jsonPath('feedback', i, 'owner')));

  unique(doc.calendar, 'calendar');
  doc.calendar.forEach((item, i) => {
    const p = jsonPath('calendar', i);
    ck.cycle(item.cycleId, `${p}.cycleId`);
    ck.institution(item.owner, `${p}.owner`);
  });

  unique(doc.attachments, 'attachments');
  doc.attachments.forEach((a, i) => ck.institution(a.owner, jsonPath('attachments', i, 'owner')));
}

/** One front matter per cycle, of a known cycle, written by the POC; focal points of known institutions. */
function checkFrontMatter(ck: Checker, doc: InterchangeDocument, known: KnownData) {
  // Only the POC writes a front matter: one "written" by an institution is no plan's.
  const pocs = new Set([...known.reference.institutions, ...(doc.reference?.institutions ?? [])].filter((i) => i.role === 'poc').map((i) => i.code));
  const ids = new Map<string, string>();
  const cycles = new Map<string, string>();
  (doc.frontMatter ?? []).forEach((fm, i) => {
    const p = jsonPath('frontMatter', i);
    ck.uniqueIn(ids, fm.id, `${p}.id`);
    ck.uniqueIn(cycles, fm.cycleId, `${p}.cycleId`);
    ck.cycle(fm.cycleId, `${p}.cycleId`);
    ck.institution(fm.owner, `${p}.owner`);
    if (ck.institutions.has(fm.owner) && !pocs.has(fm.owner)) ck.add(`${p}.owner`, 'front-matter-not-poc', `Institution "${fm.owner}" is not the Point of Contact; only the POC writes the front matter`, { code: fm.owner });
    fm.focalPoints.forEach((f, j) => ck.institution(f.institution, `${p}.focalPoints[${j}].institution`));
  });
}

function runChecks(ck: Checker, doc: InterchangeDocument, known: KnownData) {
  for (const ref of [known.reference, doc.reference]) {
    for (const c of ref.cycles) ck.cycles.add(c.id);
    for (const c of ref.components) ck.components.add(componentKey(c.cycleId, c.code));
    for (const i of ref.institutions) ck.institutions.add(i.code);
  }
  checkReference(ck, doc.reference, known.reference);
  checkCommitments(ck, doc);
  checkCoCreation(ck, doc, known);
  checkFrontMatter(ck, doc, known);
}

/** Every cross-record problem of a schema-valid document, each with its JSON path. */
export function checkInterchange(doc: InterchangeDocument, known: KnownData = NOTHING_KNOWN): InterchangeIssue[] {
  const ck = new Checker();
  runChecks(ck, doc, known);
  return ck.issues;
}

/**
 * The same checks on a document the schema refused, so one pass shows every
 * problem. Malformed parts can stop the walk early; what was found up to
 * there is still reported, and the schema issues cover the rest.
 */
export function checkInterchangeBestEffort(value: unknown, known: KnownData = NOTHING_KNOWN): InterchangeIssue[] {
  const ck = new Checker();
  try {
    runChecks(ck, value as InterchangeDocument, known);
  } catch {
    // A list that is not a list, a record that is not an object: already a schema issue.
  }
  return ck.issues;
}
