// What a submission changes for the receiver: records added, changed (field
// by field, each language on its own line) and deleted (by an explicit
// tombstone), and the issuer's known records the snapshot no longer carries
// without a tombstone ("missing": kept, and shown). The "before" side is the
// receiver's current copy of the issuer's records, which is the previous
// accepted bundle: the POC never edits an LFP's records.
import type { BundleChanges, ChangeEntity, SubmissionPayload } from '../../../../shared/model/bundle';
import { comparePlanNumbers } from '../../../../shared/model/plan-number';
import { MAX_LINE } from '../../../../shared/model/primitives';
import type { z } from 'zod';
import type { FieldChange, RecordChange } from '../../../../shared/model/bundle';
import type { OwnedRecords } from './snapshot';

type Entity = ChangeEntity;
type Change = z.infer<typeof RecordChange>;
type Field = z.infer<typeof FieldChange>;
type Line = { sq: string; en: string };
type AnyRecord = { id: string } & Record<string, unknown>;

interface Flat {
  entity: Entity;
  record: AnyRecord;
  commitmentId: string | null;
}

/**
 * Bookkeeping that is not content (rev and timestamps move with every save),
 * the children compared as records of their own, and the plan number, which
 * the POC assigns and an LFP only echoes back.
 */
const SKIPPED: Record<string, ReadonlySet<string>> = {
  commitment: new Set(['rev', 'createdAt', 'updatedAt', 'milestones', 'indicators', 'planNumber']),
  default: new Set(['rev', 'createdAt', 'updatedAt']),
  // The POC's framework: what it says (items, overall), not where it points or the fields older records carried.
  'poc-feedback': new Set(['rev', 'createdAt', 'updatedAt', 'owner', 'targetType', 'targetId', 'targetRev', 'targetOwner', 'lfpReply', 'resolved']),
  'feedback-reply': new Set(['rev', 'createdAt', 'updatedAt', 'owner', 'feedbackId', 'itemId']),
};

const ORDER: readonly Entity[] = [
  'commitment', 'milestone', 'indicator', 'idea', 'prioritization-round', 'consultation-event', 'comment', 'consultation-report', 'calendar-item', 'attachment', 'poc-feedback', 'feedback-reply',
];

/** Every record of a snapshot, children beside their parents, keyed by id. */
export function flatten(records: OwnedRecords): Map<string, Flat> {
  const out = new Map<string, Flat>();
  const put = (entity: Entity, record: AnyRecord, commitmentId: string | null) => out.set(record.id, { entity, record, commitmentId });
  for (const c of records.commitments) {
    put('commitment', c as unknown as AnyRecord, c.id);
    for (const m of c.milestones) put('milestone', m as unknown as AnyRecord, c.id);
    for (const i of c.indicators) put('indicator', i as unknown as AnyRecord, c.id);
  }
  for (const r of records.ideas) put('idea', r as unknown as AnyRecord, r.commitmentId);
  for (const r of records.prioritizationRounds) put('prioritization-round', r as unknown as AnyRecord, null);
  for (const r of records.consultationEvents) put('consultation-event', r as unknown as AnyRecord, null);
  for (const r of records.comments) put('comment', r as unknown as AnyRecord, null);
  for (const r of records.consultationReports) put('consultation-report', r as unknown as AnyRecord, null);
  for (const r of records.calendar) put('calendar-item', r as unknown as AnyRecord, null);
  for (const r of records.attachments) put('attachment', r as unknown as AnyRecord, r.ownerType === 'commitment' ? r.ownerId : null);
  for (const r of records.feedbackReplies ?? []) put('feedback-reply', r as unknown as AnyRecord, null);
  return out;
}

const isText = (v: unknown): v is Line =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 2 && typeof (v as Line).sq === 'string' && typeof (v as Line).en === 'string';

/** A value as one line of text: lists of plain values joined, anything else as JSON. */
function show(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number')) return v.join(', ');
  return JSON.stringify(v);
}

/** The record as field path → (language | null) → text, nested objects walked down, bilingual texts split. */
function fieldsOf(entity: Entity | 'reference', record: Record<string, unknown>): Map<string, { lang: 'sq' | 'en' | null; text: string }> {
  const skip = SKIPPED[entity] ?? SKIPPED.default!;
  const out = new Map<string, { lang: 'sq' | 'en' | null; text: string }>();
  const walk = (value: unknown, path: string) => {
    if (isText(value)) {
      out.set(`${path}\u0000sq`, { lang: 'sq', text: value.sq });
      out.set(`${path}\u0000en`, { lang: 'en', text: value.en });
    } else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) if (v !== undefined) walk(v, path ? `${path}.${k}` : k);
    } else {
      out.set(`${path}\u0000`, { lang: null, text: show(value) });
    }
  };
  for (const [k, v] of Object.entries(record)) {
    if (skip.has(k)) continue;
    // A framework's items by their number (1, 2…: nothing reorders them), each item's id left out.
    if (entity === 'poc-feedback' && k === 'items' && Array.isArray(v)) v.forEach((item: Record<string, unknown>, i) => walk({ ...item, id: undefined }, `items.${i + 1}`));
    else walk(v, k);
  }
  return out;
}

/** Field-level differences, in the record's own field order, sq before en ('reference': an entry of the reference data). */
export function fieldChanges(entity: Entity | 'reference', before: Record<string, unknown>, after: Record<string, unknown>): Field[] {
  const a = fieldsOf(entity, before);
  const b = fieldsOf(entity, after);
  const keys = [...new Set([...b.keys(), ...a.keys()])];
  const changes: Field[] = [];
  for (const key of keys) {
    const x = a.get(key);
    const y = b.get(key);
    const beforeText = x?.text ?? '';
    const afterText = y?.text ?? '';
    if (beforeText !== afterText) changes.push({ field: key.slice(0, key.indexOf('\u0000')), lang: (y ?? x)!.lang, before: beforeText, after: afterText });
  }
  return changes;
}

const clip = (s: string) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > MAX_LINE ? `${one.slice(0, MAX_LINE - 1)}…` : one;
};

/** A readable name for a record, in both languages (its title, name, activity, text or file name). */
export function labelOf(entity: Entity, r: AnyRecord): Line {
  const pick = (...keys: string[]): Line => {
    for (const k of keys) {
      const v = r[k];
      if (isText(v) && (v.sq.trim() || v.en.trim())) return { sq: clip(v.sq), en: clip(v.en) };
      if (typeof v === 'string' && v.trim()) return { sq: clip(v), en: clip(v) };
    }
    return { sq: '', en: '' };
  };
  switch (entity) {
    case 'commitment':
      return pick('title', 'shortTitle');
    case 'milestone':
      return pick('activity', 'deliverable');
    case 'indicator':
      return pick('name');
    case 'comment':
      return pick('text', 'author');
    case 'attachment':
      return pick('fileName');
    case 'prioritization-round':
      return pick('stage');
    case 'consultation-report':
      return pick('kind');
    case 'feedback-reply':
      return pick('reply');
    case 'poc-feedback':
      return pick('overall');
    default:
      return pick('title');
  }
}

const change = (f: Flat, fields: Field[]): Change => ({ entity: f.entity, id: f.record.id, commitmentId: f.commitmentId, label: labelOf(f.entity, f.record), fields });

const rank = (c: Change) => ORDER.indexOf(c.entity);

/**
 * The plan's order, as a reader expects it: commitments by plan number ("1.2"
 * before "1.10", unnumbered after), each followed by its own records, the
 * milestones and indicators by their number (seq); then the records that
 * belong to no commitment. The receiver's copy names the number first (the
 * POC's review number at the POC); ids only break ties.
 */
function planOrder(old: ReadonlyMap<string, Flat>, next: ReadonlyMap<string, Flat>) {
  const find = (id: string) => old.get(id) ?? next.get(id);
  const planNumber = (commitmentId: string) => {
    const n = find(commitmentId)?.record.planNumber;
    return typeof n === 'string' ? n : null;
  };
  const seq = (c: Change) => {
    const s = (next.get(c.id) ?? old.get(c.id))?.record.seq;
    return typeof s === 'number' ? s : 0;
  };
  return (x: Change, y: Change): number => {
    const cx = x.commitmentId;
    const cy = y.commitmentId;
    if (cx === null || cy === null) return cx === cy ? rank(x) - rank(y) || x.id.localeCompare(y.id) : cx === null ? 1 : -1;
    if (cx !== cy) return comparePlanNumbers(planNumber(cx), planNumber(cy)) || cx.localeCompare(cy);
    return rank(x) - rank(y) || seq(x) - seq(y) || x.id.localeCompare(y.id);
  };
}

/**
 * `before`: what the receiver holds of the issuer in the cycle; `after`: the
 * incoming snapshot with its tombstones. A tombstone for a record the
 * receiver does not hold (already deleted, never seen) changes nothing and is
 * not listed.
 */
export function diffSnapshots(before: OwnedRecords, after: SubmissionPayload): BundleChanges {
  const old = flatten(before);
  const next = flatten(after);
  const tombstoned = new Set(after.tombstones.map((t) => t.id));
  const added: Change[] = [];
  const changed: Change[] = [];
  const deleted: Change[] = [];
  const missing: Change[] = [];
  for (const [id, f] of next) {
    const prev = old.get(id);
    if (!prev) {
      added.push(change(f, []));
      continue;
    }
    const fields = fieldChanges(f.entity, prev.record, f.record);
    if (fields.length > 0) changed.push(change(f, fields));
  }
  for (const [id, f] of old) {
    if (next.has(id)) continue;
    // A commitment travels as a whole: a milestone or indicator its carried commitment no longer lists is gone with it.
    const inCarriedAggregate = (f.entity === 'milestone' || f.entity === 'indicator') && f.commitmentId !== null && next.has(f.commitmentId);
    if (tombstoned.has(id) || inCarriedAggregate) deleted.push(change(f, []));
    else missing.push(change(f, []));
  }
  const order = planOrder(old, next);
  return { added: added.sort(order), changed: changed.sort(order), deleted: deleted.sort(order), missing: missing.sort(order) };
}

export const NO_CHANGES: BundleChanges = { added: [], changed: [], deleted: [], missing: [] };

/**
 * What replacing a whole list of records changes (the POC's feedback at an
 * LFP: each feedback bundle carries all of it): added, changed field by
 * field, and deleted when the new list no longer has it. `place` names the
 * commitment a record belongs to and a better label where the caller knows them.
 */
export function diffLists(entity: Entity, before: readonly AnyRecord[], after: readonly AnyRecord[], place: (r: AnyRecord) => { commitmentId: string | null; label?: Line }): BundleChanges {
  const old = new Map(before.map((r) => [r.id, r]));
  const next = new Map(after.map((r) => [r.id, r]));
  const make = (r: AnyRecord, fields: Field[]): Change => {
    const p = place(r);
    return { entity, id: r.id, commitmentId: p.commitmentId, label: p.label ?? labelOf(entity, r), fields };
  };
  const added: Change[] = [];
  const changed: Change[] = [];
  const deleted: Change[] = [];
  for (const [id, r] of next) {
    const prev = old.get(id);
    if (!prev) added.push(make(r, []));
    else {
      const fields = fieldChanges(entity, prev, r);
      if (fields.length > 0) changed.push(make(r, fields));
    }
  }
  for (const [id, r] of old) if (!next.has(id)) deleted.push(make(r, []));
  return { added, changed, deleted, missing: [] };
}

/** Two sets of changes as one, each kind's lists joined. */
export function joinChanges(a: BundleChanges, b: BundleChanges): BundleChanges {
  return { added: [...a.added, ...b.added], changed: [...a.changed, ...b.changed], deleted: [...a.deleted, ...b.deleted], missing: [...a.missing, ...b.missing] };
}
