// What a POC's feedback bundle changes in an LFP's reference data, shown in
// the import preview before anything is applied: each cycle, institution,
// component and vocabulary entry added, changed (field by field, each
// language on its own line) or removed, with the two revisions. A bundle with
// an older revision than the one held is a rollback (a restored or second
// POC workspace): refused, since applying it would undo edits the LFP has.
import type { FeedbackPayload, ReferenceChange, ReferenceChanges } from '../../../../shared/model/bundle';
import type { ReferenceData } from '../../../../shared/model/reference';
import { BundleRefusal } from '../types';
import { fieldChanges } from './diff';

type Keyed = { key: string; label: { sq: string; en: string }; record: Record<string, unknown> };

function entries(ref: ReferenceData): Map<string, Keyed & { entry: ReferenceChange['entry'] }> {
  const out = new Map<string, Keyed & { entry: ReferenceChange['entry'] }>();
  for (const c of ref.cycles) out.set(`cycle:${c.id}`, { entry: 'cycle', key: c.id, label: c.title, record: { ...c } });
  for (const i of ref.institutions) {
    const { id: _id, ...record } = i;
    out.set(`institution:${i.code}`, { entry: 'institution', key: i.code, label: { sq: `${i.code} — ${i.name.sq}`, en: `${i.code} — ${i.name.en}` }, record });
  }
  for (const c of ref.components) out.set(`component:${c.id}`, { entry: 'component', key: c.id, label: c.title, record: { ...c } });
  for (const t of ref.terms) out.set(`${t.kind}:${t.code}`, { entry: t.kind, key: t.code, label: t.label, record: { ...t } });
  return out;
}

/** The changes from `held` to `incoming`, in the order the incoming data lists them, removals last. */
export function diffReference(held: ReferenceData, incoming: ReferenceData, from: number, to: number): ReferenceChanges {
  const before = entries(held);
  const after = entries(incoming);
  const changes: ReferenceChange[] = [];
  for (const [k, e] of after) {
    const prev = before.get(k);
    if (!prev) changes.push({ entry: e.entry, key: e.key, change: 'added', label: e.label, fields: [] });
    else {
      const fields = fieldChanges('reference', prev.record, e.record);
      if (fields.length > 0) changes.push({ entry: e.entry, key: e.key, change: 'changed', label: e.label, fields });
    }
  }
  for (const [k, e] of before) if (!after.has(k)) changes.push({ entry: e.entry, key: e.key, change: 'removed', label: e.label, fields: [] });
  return { from, to, changes };
}

/** The revision a feedback bundle's reference data carries (0 for a bundle from before revisions travelled). */
export const incomingRevision = (p: FeedbackPayload): number => p.referenceRevision ?? 0;

/** Refused when the bundle's reference data is older than what this workspace holds. */
export function referenceRollback(p: FeedbackPayload, held: number): BundleRefusal | null {
  if (p.reference === null) return null;
  const incoming = incomingRevision(p);
  if (incoming >= held) return null;
  return new BundleRefusal('reference-rollback', { incoming, held }, `reference data revision ${incoming} is older than the held revision ${held}`);
}
