// The POC's edits of the reference data: a cycle's title, number, period and
// phase; institutions (a supporting one added, any renamed); components (title,
// policy goal, lead institutions); the OGP values and policy areas. Every
// workspace reads it; only the POC writes it, and the check is here, not in
// the UI: an LFP's copy is the one its last feedback bundle brought, and an
// edit there would never reach anyone (refused with reference-poc-only,
// nothing changed). A removal that would orphan records (a component with
// commitments, an institution that owns records, a value in use) is refused
// with reference-in-use naming what uses it. Each edit is one transaction and
// raises the revision by one; feedback bundles carry it (a bundle with an
// older revision is refused at the LFP as a rollback).
import type { InstitutionEdit, ReferenceState } from '../../../shared/api/contract/reference-data';
import { AppError } from '../../../shared/api/errors';
import { periodProblem } from '../../../shared/cycles/period';
import type { Component, Cycle, ReferenceData, ReferenceTerm, TermKind } from '../../../shared/model/reference';
import type { AnyDb } from '../store/database';
import { assertOpenCycle } from '../store/open-cycle';
import { upsertRecords } from '../store/records';
import { COMPONENT, CYCLE, INSTITUTION, REFERENCE_TERM } from '../store/tables';
import { cycleRefusal } from '../cycles/refusal';
import { WorkspaceService } from '../workspace/workspace-service';
import { readReference, readRevision, writeRevision } from './reference-store';
import { componentUses, institutionUses, leadUses, termUses, type Use } from './usage';

type Text2 = { sq: string; en: string };

const label = (t: Text2) => (t.sq.trim() && t.en.trim() && t.sq !== t.en ? `${t.sq} / ${t.en}` : t.sq.trim() || t.en.trim());

/** The refusal for something still in use: the first use named, the total counted. */
function inUse(item: string, found: readonly Use[]): AppError {
  const first = found[0]!;
  const total = found.reduce((s, u) => s + u.count, 0);
  return new AppError('reference-in-use', { params: { item, entity: first.entity, count: first.count, total } }, `${item} is used by ${first.count} ${first.entity}`);
}

const invalid = (issue: string, params: Record<string, string | number> = {}) => new AppError('reference-invalid', { params: { issue, ...params } });

const blank = (t: Text2) => !t.sq.trim() || !t.en.trim();

export class ReferenceDataService extends WorkspaceService {
  async get(): Promise<ReferenceState> {
    return this.state(this.db);
  }

  private async state(db: AnyDb): Promise<ReferenceState> {
    const [reference, rev] = await Promise.all([readReference(db), readRevision(db)]);
    return { reference, revision: rev.revision, updatedAt: rev.updatedAt, editable: this.ws.info.role === 'poc' };
  }

  /** One edit: POC only, in one transaction, the revision raised with it. */
  private edit(change: (trx: AnyDb, ref: ReferenceData) => Promise<void>): Promise<ReferenceState> {
    if (this.ws.info.role !== 'poc') throw new AppError('reference-poc-only', { params: { institution: this.me } });
    const at = this.now();
    return this.db.transaction().execute(async (trx) => {
      await change(trx, await readReference(trx));
      await writeRevision(trx, (await readRevision(trx)).revision + 1, at);
      return this.state(trx);
    });
  }

  saveCycle(cycle: Cycle): Promise<ReferenceState> {
    return this.edit(async (trx, ref) => {
      if (!ref.cycles.some((c) => c.id === cycle.id)) throw new AppError('not-found', { params: { id: cycle.id } });
      if (blank(cycle.title)) throw invalid('title-missing');
      // The period rule of a new cycle (shared/cycles/period.ts), refused with the same codes.
      const period = periodProblem(cycle, ref.cycles);
      if (period) throw cycleRefusal(period);
      await upsertRecords(trx, CYCLE, [cycle]);
    });
  }

  saveInstitution(edit: InstitutionEdit): Promise<ReferenceState> {
    return this.edit(async (trx, ref) => {
      if (blank(edit.name) || blank(edit.acronym)) throw invalid('name-missing');
      const held = ref.institutions.find((i) => i.code === edit.code);
      const id = held?.id ?? edit.code.toLowerCase();
      if (!held && ref.institutions.some((i) => i.id === id)) throw new AppError('reference-exists', { params: { item: edit.code } });
      await upsertRecords(trx, INSTITUTION, [{ id, code: edit.code, acronym: edit.acronym, name: edit.name, type: edit.type, role: held?.role ?? 'support' }]);
    });
  }

  removeInstitution(code: string): Promise<ReferenceState> {
    return this.edit(async (trx, ref) => {
      const held = ref.institutions.find((i) => i.code === code);
      if (!held) throw new AppError('not-found', { params: { id: code } });
      if (held.role === 'poc' || code === this.me) throw inUse(code, [{ entity: 'workspace', count: 1 }]);
      const found = await institutionUses(trx, code);
      if (found.length > 0) throw inUse(`${code} — ${label(held.name)}`, found);
      await trx.deleteFrom('institution').where('code', '=', code).execute();
    });
  }

  saveComponent(component: Component): Promise<ReferenceState> {
    return this.edit(async (trx, ref) => {
      if (blank(component.title)) throw invalid('title-missing');
      if (!ref.cycles.some((c) => c.id === component.cycleId)) throw new AppError('not-found', { params: { id: component.cycleId } });
      // An earlier cycle's components stay as its commitments were drafted under them.
      await assertOpenCycle(trx, component.cycleId);
      const leads = component.leadInstitutions;
      if (new Set(leads).size !== leads.length) throw invalid('lead-twice');
      const unknown = leads.find((code) => !ref.institutions.some((i) => i.code === code));
      if (unknown) throw new AppError('unknown-institution', { params: { code: unknown, known: ref.institutions.map((i) => i.code).join(', ') } });
      const held = ref.components.find((c) => c.id === component.id);
      if (held) {
        // Records point at a component by its cycle and code: they stay as they are.
        if (held.code !== component.code || held.cycleId !== component.cycleId) throw invalid('code-fixed');
        for (const gone of held.leadInstitutions.filter((code) => !leads.includes(code))) {
          const found = await leadUses(trx, held.cycleId, held.code, gone);
          if (found.length > 0) throw inUse(`${gone} — ${label(held.title)}`, found);
        }
      } else if (ref.components.some((c) => c.cycleId === component.cycleId && c.code === component.code)) {
        throw new AppError('reference-exists', { params: { item: component.code } });
      }
      if (ref.components.some((c) => c.id !== component.id && c.cycleId === component.cycleId && c.number === component.number)) {
        throw invalid('number-taken', { number: component.number });
      }
      const { leadInstitutions, ...row } = component;
      await upsertRecords(trx, COMPONENT, [row]);
      await trx.deleteFrom('component_lead').where('component_id', '=', component.id).execute();
      if (leadInstitutions.length > 0) {
        await trx.insertInto('component_lead').values(leadInstitutions.map((code, position) => ({ component_id: component.id, institution_code: code, position }))).execute();
      }
    });
  }

  removeComponent(id: string): Promise<ReferenceState> {
    return this.edit(async (trx, ref) => {
      const held = ref.components.find((c) => c.id === id);
      if (!held) throw new AppError('not-found', { params: { id } });
      await assertOpenCycle(trx, held.cycleId);
      const found = await componentUses(trx, held.cycleId, held.code);
      if (found.length > 0) throw inUse(label(held.title), found);
      await trx.deleteFrom('component').where('id', '=', id).execute();
    });
  }

  saveTerm(term: ReferenceTerm): Promise<ReferenceState> {
    return this.edit(async (trx) => {
      if (blank(term.label)) throw invalid('label-missing');
      // A relabelled entry keeps its place; a new one goes last.
      const held = await trx.selectFrom('reference_term').select('position').where('kind', '=', term.kind).where('code', '=', term.code).executeTakeFirst();
      const last = await trx.selectFrom('reference_term').select((eb) => eb.fn.max('position').as('p')).executeTakeFirst();
      const position = held?.position ?? Number(last?.p ?? -1) + 1;
      await upsertRecords(trx, REFERENCE_TERM, [{ ...term, position }], ['kind', 'code']);
    });
  }

  removeTerm(kind: TermKind, code: string): Promise<ReferenceState> {
    return this.edit(async (trx, ref) => {
      const held = ref.terms.find((t) => t.kind === kind && t.code === code);
      if (!held) throw new AppError('not-found', { params: { id: code } });
      const found = await termUses(trx, kind, code);
      if (found.length > 0) throw inUse(label(held.label), found);
      await trx.deleteFrom('reference_term').where('kind', '=', kind).where('code', '=', code).execute();
    });
  }
}
