// The values a person typed that could not be saved yet (see migration 0005).
// One row per field; keeping a value again replaces it. Listing forgets the
// values of records deleted since, so a value never outlives its record.
import type { KeptValue, UnsavedValue } from '../../../shared/api/contract';
import type { FieldRef } from '../../../shared/model/field-ref';
import { frontMatterIdOf } from '../front-matter/store';
import { WorkspaceService } from '../workspace/workspace-service';

const TABLE_OF = { commitment: 'commitment', milestone: 'milestone', indicator: 'indicator', 'front-matter': 'front_matter', idea: 'idea', 'consultation-event': 'consultation_event', comment: 'comment', 'consultation-report': 'consultation_report', 'poc-feedback': 'poc_feedback', 'feedback-reply': 'poc_feedback', 'calendar-item': 'calendar_item' } as const;

export class UnsavedValueService extends WorkspaceService {
  async list(): Promise<{ values: KeptValue[] }> {
    await this.forgetOrphans();
    const rows = await this.db.selectFrom('unsaved_value').selectAll().orderBy('updated_at').execute();
    return {
      values: rows.map((r) => ({
        ref: { recordType: r.record_type, recordId: r.record_id, field: r.field, lang: r.lang === '' ? null : r.lang },
        commitmentId: r.commitment_id,
        valueJson: r.value_json,
        typedText: r.typed_text,
        code: r.code,
        updatedAt: r.updated_at,
      })),
    };
  }

  async keep(value: UnsavedValue): Promise<{ updatedAt: string }> {
    const updatedAt = this.now();
    const row = {
      record_type: value.ref.recordType,
      record_id: value.ref.recordId,
      field: value.ref.field,
      lang: value.ref.lang ?? '',
      commitment_id: value.commitmentId,
      value_json: value.valueJson,
      typed_text: value.typedText,
      code: value.code,
      updated_at: updatedAt,
    } as const;
    await this.db
      .insertInto('unsaved_value')
      .values(row)
      .onConflict((oc) =>
        oc.columns(['record_type', 'record_id', 'field', 'lang']).doUpdateSet({
          commitment_id: row.commitment_id,
          value_json: row.value_json,
          typed_text: row.typed_text,
          code: row.code,
          updated_at: updatedAt,
        }),
      )
      .execute();
    return { updatedAt };
  }

  async forget(refs: readonly FieldRef[]): Promise<{ forgotten: number }> {
    let forgotten = 0;
    await this.db.transaction().execute(async (trx) => {
      for (const ref of refs) {
        const r = await trx
          .deleteFrom('unsaved_value')
          .where('record_type', '=', ref.recordType)
          .where('record_id', '=', ref.recordId)
          .where('field', '=', ref.field)
          .where('lang', '=', ref.lang ?? '')
          .executeTakeFirst();
        forgotten += Number(r.numDeletedRows);
      }
    });
    return { forgotten };
  }

  private async forgetOrphans(): Promise<void> {
    // A cycle's front matter has its id before its first save: a value kept then (a date typed wrong first) is no orphan.
    const unsavedFrontMatter = (await this.db.selectFrom('cycle').select('id').execute()).map((c) => frontMatterIdOf(c.id));
    for (const [type, table] of Object.entries(TABLE_OF)) {
      let q = this.db
        .deleteFrom('unsaved_value')
        .where('record_type', '=', type as keyof typeof TABLE_OF)
        .where((eb) => eb.not(eb.exists(eb.selectFrom(table).select('id').whereRef(`${table}.id`, '=', 'unsaved_value.record_id'))));
      if (type === 'front-matter' && unsavedFrontMatter.length > 0) q = q.where('record_id', 'not in', unsavedFrontMatter);
      await q.execute();
    }
  }
}
