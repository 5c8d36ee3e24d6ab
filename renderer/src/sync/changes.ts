// What a bundle changes, arranged for reading: records grouped under the
// commitment they belong to (a milestone's edit shows under its commitment's
// title), the commitment itself first, then its milestones and indicators;
// a record's field changes grouped by field, Albanian before English.
import type { BundleChanges } from '../../../shared/model/bundle';
import type { Lang } from '../../../shared/model/primitives';

export type RecordChange = BundleChanges['added'][number];
export type FieldChange = RecordChange['fields'][number];
export type BilingualLine = RecordChange['label'];

export const CHANGE_KINDS = ['added', 'changed', 'deleted', 'missing'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export type ChangeCounts = Record<ChangeKind, number>;

export function changeCounts(changes: BundleChanges): ChangeCounts {
  return { added: changes.added.length, changed: changes.changed.length, deleted: changes.deleted.length, missing: changes.missing.length };
}

export const totalChanges = (counts: ChangeCounts): number => CHANGE_KINDS.reduce((n, k) => n + counts[k], 0);

export interface ChangeGroup {
  /** The commitment id, or "" for records that belong to no commitment (ideas, consultations, …). */
  readonly key: string;
  readonly commitmentId: string | null;
  /** The commitment's title when known (from the changes themselves or the caller's look-up). */
  readonly label: BilingualLine | null;
  readonly records: readonly RecordChange[];
}

const ENTITY_RANK: Partial<Record<RecordChange['entity'], number>> = { commitment: 0, milestone: 1, indicator: 2 };
const rank = (r: RecordChange) => ENTITY_RANK[r.entity] ?? 3;

/** Titles of the commitments named anywhere in the changes, by id. */
export function commitmentTitles(changes: BundleChanges): Map<string, BilingualLine> {
  const out = new Map<string, BilingualLine>();
  for (const kind of CHANGE_KINDS) for (const r of changes[kind]) if (r.entity === 'commitment' && !out.has(r.id)) out.set(r.id, r.label);
  return out;
}

/**
 * Groups records by the commitment they belong to, groups in the order they
 * first appear and records without a commitment last; inside a group the
 * commitment comes first, then milestones, indicators and the rest, each in
 * the order given.
 */
export function groupChanges(records: readonly RecordChange[], titleOf: (commitmentId: string) => BilingualLine | null = () => null): ChangeGroup[] {
  const groups = new Map<string, RecordChange[]>();
  for (const r of records) {
    const key = r.commitmentId ?? (r.entity === 'commitment' ? r.id : '');
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(r);
  }
  const out: ChangeGroup[] = [];
  let loose: ChangeGroup | null = null;
  for (const [key, list] of groups) {
    const sorted = list.map((r, i) => ({ r, i })).sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i).map((x) => x.r);
    if (key === '') {
      loose = { key, commitmentId: null, label: null, records: sorted };
      continue;
    }
    const own = sorted.find((r) => r.entity === 'commitment' && r.id === key);
    out.push({ key, commitmentId: key, label: own?.label ?? titleOf(key), records: sorted });
  }
  if (loose) out.push(loose);
  return out;
}

const LANG_RANK = (lang: Lang | null) => (lang === null ? 0 : lang === 'sq' ? 1 : 2);

/** A record's field changes, fields in the order first given, each field's languages as sq then en. */
export function orderFieldChanges(fields: readonly FieldChange[]): FieldChange[] {
  const firstSeen = new Map<string, number>();
  fields.forEach((f, i) => {
    if (!firstSeen.has(f.field)) firstSeen.set(f.field, i);
  });
  return fields
    .map((f, i) => ({ f, i }))
    .sort((a, b) => firstSeen.get(a.f.field)! - firstSeen.get(b.f.field)! || LANG_RANK(a.f.lang) - LANG_RANK(b.f.lang) || a.i - b.i)
    .map((x) => x.f);
}

/** A long value cut at a word boundary near `max` characters, for a first look. */
export function clipText(text: string, max: number): { text: string; clipped: boolean } {
  if (text.length <= max) return { text, clipped: false };
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return { text: `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`, clipped: true };
}
