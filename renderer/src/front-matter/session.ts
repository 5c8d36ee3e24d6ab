// The front matter as the screen shows it: the stored fields with what the
// save queue still holds laid over them (values on their way, values kept
// because they could not be saved), so a reopened screen or a reload shows
// what was typed. Every change goes through the same path as the
// commitment editor's: the contract's schema (editor/validate.ts), then the
// one save queue (services/autosave), refused values kept there.
import type { FrontMatterFields } from '../../../shared/model/front-matter';
import type { Lang } from '../../../shared/model/primitives';
import { validateField } from '../editor/validate';
import type { FieldRef } from '../lib/field-key';
import { getAt, setAt, type FieldValue } from '../lib/field-paths';
import type { SaveQueue } from '../services/autosave/save-queue';

export class FrontMatterSession {
  private fields: FrontMatterFields;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly saves: SaveQueue,
    readonly id: string,
    stored: FrontMatterFields,
    readonly editable: boolean,
  ) {
    let shown = stored;
    for (const { ref, value } of saves.pendingEdits(id)) shown = setAt(shown, ref.field, ref.lang, value);
    for (const k of saves.keptIn(id)) if (k.value !== undefined) shown = setAt(shown, k.ref.field, k.ref.lang, k.value);
    this.fields = shown;
  }

  ref(field: string, lang: Lang | null = null): FieldRef {
    return { recordType: 'front-matter', recordId: this.id, field, lang };
  }

  getSnapshot = (): FrontMatterFields => this.fields;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  value(field: string, lang: Lang | null = null): FieldValue {
    return getAt(this.fields, field, lang);
  }

  /** A person changed a field (a list is one field, replaced whole). */
  edit(field: string, lang: Lang | null, value: FieldValue): void {
    if (!this.editable) return;
    this.fields = setAt(this.fields, field, lang, value);
    const ref = this.ref(field, lang);
    const code = validateField(ref, value);
    if (code) this.saves.reject(ref, code, this.id, { value });
    else this.saves.edit(ref, value, this.id);
    this.emit();
  }

  /** A box holds text that is no value at all (a date that does not exist): kept as typed, never saved. */
  refuse(field: string, code: string, text: string): void {
    if (this.editable) this.saves.reject(this.ref(field), code, this.id, { text });
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }
}
