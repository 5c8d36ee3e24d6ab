// Field paths: how the editor, the save queue and the undo history name "this
// field of this record in this language", and how a change to it becomes a
// patch (shared/api/patch.ts: a bilingual field may carry one language, a
// nested object some of its fields, a list is replaced whole).
import type { Commitment } from '../../../shared/model/plan';
import type { Lang } from '../../../shared/model/primitives';
import type { FieldRef } from './field-key';

export type { FieldRef, FieldRecordType } from './field-key';

/** A field value as the editor holds it: text, number, null, or a list / small object (targets, codes). */
export type FieldValue = unknown;

/** The key a field's validation message is filed under: "title.sq", "budget.amount", "targets". */
export const errorKey = (field: string, lang: Lang | null): string => (lang ? `${field}.${lang}` : field);

/** One key per (record, field, language): what the save queue debounces and the history coalesces. */
export const targetKey = (ref: FieldRef): string => `${ref.recordId}|${ref.field}|${ref.lang ?? '-'}`;

const segments = (field: string, lang: Lang | null): string[] => (lang ? [...field.split('.'), lang] : field.split('.'));

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value at a path of a record (undefined when the path does not exist). */
export function getAt(record: unknown, field: string, lang: Lang | null): FieldValue {
  let cur: unknown = record;
  for (const s of segments(field, lang)) {
    if (!isPlainObject(cur)) return undefined;
    cur = cur[s];
  }
  return cur;
}

/** A copy of the record with the value at the path replaced; untouched branches keep their identity. */
export function setAt<T>(record: T, field: string, lang: Lang | null, value: FieldValue): T {
  const path = segments(field, lang);
  const put = (node: unknown, i: number): unknown => {
    const obj = isPlainObject(node) ? node : {};
    const key = path[i]!;
    const next = i === path.length - 1 ? value : put(obj[key], i + 1);
    if (Object.is(obj[key], next)) return obj;
    return { ...obj, [key]: next };
  };
  return put(record, 0) as T;
}

/** The smallest patch that carries one field change, e.g. { budget: { fundingSource: { en: '…' } } }. */
export function patchFor(field: string, lang: Lang | null, value: FieldValue): Record<string, unknown> {
  return setAt({} as Record<string, unknown>, field, lang, value);
}

/** Merges two patches: objects field by field, anything else (texts, numbers, lists) replaced. */
export function mergePatch(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const prev = out[k];
    out[k] = isPlainObject(prev) && isPlainObject(v) ? mergePatch(prev, v) : v;
  }
  return out;
}

/** Whether a located issue ("budget.amount", "targets[1].value") is about the field with this error key. */
export function issueBelongsTo(issuePath: string, key: string): boolean {
  return issuePath === key || issuePath.startsWith(`${key}.`) || issuePath.startsWith(`${key}[`);
}

/** Deep equality for field values (strings, numbers, null, lists of those or of small objects). */
export function sameValue(a: FieldValue, b: FieldValue): boolean {
  if (Object.is(a, b)) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The value of a field of the commitment or of one of its milestones or indicators. */
export function readField(commitment: Commitment, ref: FieldRef): FieldValue {
  return getAt(findRecord(commitment, ref), ref.field, ref.lang);
}

export function findRecord(commitment: Commitment, ref: Pick<FieldRef, 'recordType' | 'recordId'>): object | undefined {
  switch (ref.recordType) {
    case 'commitment':
      return commitment.id === ref.recordId ? commitment : undefined;
    case 'milestone':
      return commitment.milestones.find((m) => m.id === ref.recordId);
    case 'indicator':
      return commitment.indicators.find((i) => i.id === ref.recordId);
    case 'front-matter':
      // Not part of a commitment: the front-matter screen holds it (front-matter/session.ts).
    case 'idea':
    case 'consultation-event':
    case 'comment':
    case 'consultation-report':
    case 'poc-feedback':
    case 'feedback-reply':
    case 'calendar-item':
      // Not part of a commitment: the ideas register edits ideas on their own (ideas/idea-session.ts).
      return undefined;
  }
}

/** The commitment with one field changed; the same object when nothing changes. */
export function applyField(commitment: Commitment, ref: FieldRef, value: FieldValue): Commitment {
  switch (ref.recordType) {
    case 'commitment':
      return commitment.id === ref.recordId ? setAt(commitment, ref.field, ref.lang, value) : commitment;
    case 'milestone': {
      const milestones = commitment.milestones.map((m) => (m.id === ref.recordId ? setAt(m, ref.field, ref.lang, value) : m));
      return milestones.some((m, i) => m !== commitment.milestones[i]) ? { ...commitment, milestones } : commitment;
    }
    case 'indicator': {
      const indicators = commitment.indicators.map((x) => (x.id === ref.recordId ? setAt(x, ref.field, ref.lang, value) : x));
      return indicators.some((x, i) => x !== commitment.indicators[i]) ? { ...commitment, indicators } : commitment;
    }
    case 'front-matter':
    case 'idea':
    case 'consultation-event':
    case 'comment':
    case 'consultation-report':
    case 'poc-feedback':
    case 'feedback-reply':
    case 'calendar-item':
      return commitment;
  }
}
