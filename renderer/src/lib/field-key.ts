// One name for "this field of this record in this language", shared by the
// editor (which gives each input that DOM id), the quality panel and search
// results (which link to it). A finding or a hit becomes a link; the editor
// scrolls to the input with that id and focuses it.
import { FIELD_RECORD_TYPES, type FieldRecordType, type FieldRef } from '../../../shared/model/field-ref';

export type { FieldRecordType, FieldRef };

/** The value of the route's `focus` parameter. */
export function fieldKey(ref: FieldRef): string {
  return [ref.recordType, ref.recordId, ref.field, ref.lang ?? '-'].join(':');
}

export function parseFieldKey(key: string): FieldRef | null {
  const [recordType, recordId, field, lang] = key.split(':');
  if (!recordType || !recordId || !field || !lang) return null;
  if (!(FIELD_RECORD_TYPES as readonly string[]).includes(recordType)) return null;
  return {
    recordType: recordType as FieldRecordType,
    recordId,
    field,
    lang: lang === 'sq' || lang === 'en' ? lang : null,
  };
}

/** The DOM id the editor gives the input of a field (valid as an HTML id and a CSS selector). */
export function fieldDomId(ref: FieldRef): string {
  return `fld-${ref.recordType}-${ref.recordId}-${ref.field.replace(/[^A-Za-z0-9]/g, '_')}-${ref.lang ?? 'x'}`;
}
