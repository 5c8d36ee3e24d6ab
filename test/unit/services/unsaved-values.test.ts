// The workspace's store of values typed but not saved yet, and the removal of
// an abandoned new commitment: what the API accepts and refuses, that a value
// never outlives its record, and that neither reaches a bundle or a backup.
import { describe, expect, it, afterEach } from 'vitest';
import { MAX_UNSAVED_CHARS } from '../../../shared/api/contract';
import { type TempWorkspace, tempWorkspace } from '../../helpers/temp-workspace';

let ws: TempWorkspace;
afterEach(async () => {
  await ws?.cleanup();
});

async function draft() {
  ws = await tempWorkspace({ role: 'lfp', institution: 'MD' });
  const c = await ws.ok('commitment.create', { componentCode: 'access-to-justice' });
  const m = await ws.ok('milestone.create', { commitmentId: c.id });
  return { c, m };
}

const problem = (recordId: string) => ({ recordType: 'commitment' as const, recordId, field: 'problem', lang: 'sq' as const });

describe('unsaved values', () => {
  it('keeps one value per field, replaces it when kept again, and forgets it on request', async () => {
    const { c, m } = await draft();
    await ws.ok('unsaved.keep', { ref: problem(c.id), commitmentId: c.id, valueJson: JSON.stringify('ë'.repeat(12_000)), typedText: null, code: 'too-long' });
    await ws.ok('unsaved.keep', { ref: problem(c.id), commitmentId: c.id, valueJson: JSON.stringify('ç'.repeat(11_000)), typedText: null, code: 'too-long' });
    const date = { recordType: 'milestone' as const, recordId: m.id, field: 'startDate', lang: null };
    await ws.ok('unsaved.keep', { ref: date, commitmentId: c.id, valueJson: null, typedText: '30.02.2021', code: 'bad-date' });

    const { values } = await ws.ok('unsaved.list', {});
    expect(values.map((v) => [v.ref.field, v.ref.lang, v.typedText ?? JSON.parse(v.valueJson!).length])).toEqual([
      ['problem', 'sq', 11_000],
      ['startDate', null, '30.02.2021'],
    ]);
    expect(JSON.parse(values[0]!.valueJson!)).toBe('ç'.repeat(11_000));

    expect(await ws.ok('unsaved.forget', { refs: [problem(c.id), problem(c.id)] })).toEqual({ forgotten: 1 });
    expect((await ws.ok('unsaved.list', {})).values.map((v) => v.ref.field)).toEqual(['startDate']);
  });

  it('forgets the values of a record deleted since', async () => {
    const { c, m } = await draft();
    await ws.ok('unsaved.keep', { ref: { recordType: 'milestone', recordId: m.id, field: 'activity', lang: 'en' }, commitmentId: c.id, valueJson: '"x"', typedText: null, code: 'too-long' });
    await ws.ok('unsaved.keep', { ref: problem(c.id), commitmentId: c.id, valueJson: '"y"', typedText: null, code: 'too-long' });
    await ws.ok('milestone.delete', { id: m.id });
    expect((await ws.ok('unsaved.list', {})).values.map((v) => v.ref.recordType)).toEqual(['commitment']);
    await ws.ok('commitment.delete', { id: c.id });
    expect((await ws.ok('unsaved.list', {})).values).toEqual([]);
  });

  it('keeps a consultation report’s section typed over its limit, and forgets it once the report is deleted', async () => {
    await draft();
    const report = await ws.ok('report.create', { componentCode: 'access-to-justice', kind: 'consultation' });
    const ref = { recordType: 'consultation-report' as const, recordId: report.id, field: 'findings', lang: 'en' as const };
    await ws.ok('unsaved.keep', { ref, commitmentId: report.id, valueJson: JSON.stringify('ë'.repeat(40_000)), typedText: null, code: 'too-long' });
    expect((await ws.ok('unsaved.list', {})).values.map((v) => v.ref)).toEqual([ref]);
    await ws.ok('report.delete', { id: report.id });
    expect((await ws.ok('unsaved.list', {})).values).toEqual([]);
  });

  it('takes the values of the POC feedback framework and of the replies to it, and forgets them once that feedback is gone', async () => {
    const { c } = await draft();
    const gone = '99999999-9999-4999-8999-999999999999';
    await ws.ok('unsaved.keep', { ref: { recordType: 'poc-feedback', recordId: gone, field: 'items.item-2.dueDate', lang: null }, commitmentId: gone, valueJson: null, typedText: '31.02.2025', code: 'bad-date' });
    await ws.ok('unsaved.keep', { ref: { recordType: 'feedback-reply', recordId: gone, field: 'items.item-2.reply', lang: 'en' }, commitmentId: gone, valueJson: '"x"', typedText: null, code: 'too-long' });
    await ws.ok('unsaved.keep', { ref: problem(c.id), commitmentId: c.id, valueJson: '"y"', typedText: null, code: 'too-long' });
    // No feedback record of that id is held here: both are orphans.
    expect((await ws.ok('unsaved.list', {})).values.map((v) => v.ref.recordType)).toEqual(['commitment']);
  });

  it('refuses what is not a field, a value or within bounds, and keeps nothing of it', async () => {
    const { c } = await draft();
    const good = { ref: problem(c.id), commitmentId: c.id, valueJson: '"x"', typedText: null, code: 'too-long' };
    const bad: unknown[] = [
      { ...good, ref: { ...good.ref, recordType: 'round' } },
      { ...good, ref: { ...good.ref, field: '__proto__.x' } },
      { ...good, ref: { ...good.ref, field: 'a'.repeat(121) } },
      { ...good, ref: { ...good.ref, recordId: 'not-a-uuid' } },
      { ...good, valueJson: '{not json' },
      { ...good, valueJson: null, typedText: null },
      { ...good, valueJson: JSON.stringify('x'.repeat(MAX_UNSAVED_CHARS)) },
      { ...good, code: '' },
      { ...good, extra: 1 },
    ];
    for (const input of bad) {
      const r = await ws.plani.call('unsaved.keep', input);
      expect(r, JSON.stringify(input).slice(0, 120)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect((await ws.ok('unsaved.list', {})).values).toEqual([]);
  });

  it('never travels: not in a plan export, not in a bundle', async () => {
    const { c } = await draft();
    await ws.ok('unsaved.keep', { ref: problem(c.id), commitmentId: c.id, valueJson: JSON.stringify('Teksti i paruajtur ë'), typedText: null, code: 'too-long' });
    const bundle = await ws.ok('bundle.export', {});
    expect(Buffer.from(bundle.dataBase64, 'base64').includes(Buffer.from('paruajtur'))).toBe(false);
    const { store } = await ws.plani.context.workspace();
    const { exportInterchange } = await import('../../../electron/services/interchange/export');
    expect(JSON.stringify(await exportInterchange(store, { institution: 'MD', role: 'lfp' }))).not.toContain('paruajtur');
  });
});

describe('an abandoned new commitment', () => {
  it('is removed while it is exactly as created, without a trace in the next bundle', async () => {
    ws = await tempWorkspace({ role: 'lfp', institution: 'MD' });
    const c = await ws.ok('commitment.create', { componentCode: 'access-to-justice' });
    expect(await ws.ok('commitment.discardUntouched', { id: c.id })).toEqual({ id: c.id, discarded: true });
    expect((await ws.plani.call('commitment.get', { id: c.id })).ok).toBe(false);
    const bundle = await ws.ok('bundle.export', {});
    expect(bundle.summary.counts.tombstones).toBe(0);
    // Gone already: nothing to do, and no error.
    expect(await ws.ok('commitment.discardUntouched', { id: c.id })).toEqual({ id: c.id, discarded: false });
  });

  it('stays once anything was saved in it, a milestone added, or a value kept unsaved', async () => {
    ws = await tempWorkspace({ role: 'lfp', institution: 'MD' });
    const titled = await ws.ok('commitment.create', { componentCode: 'access-to-justice' });
    await ws.ok('commitment.update', { id: titled.id, changes: { title: { en: 'Free legal aid' } } });
    const withMilestone = await ws.ok('commitment.create', { componentCode: 'access-to-justice' });
    await ws.ok('milestone.create', { commitmentId: withMilestone.id });
    const withKept = await ws.ok('commitment.create', { componentCode: 'access-to-justice' });
    await ws.ok('unsaved.keep', { ref: problem(withKept.id), commitmentId: withKept.id, valueJson: '"x"', typedText: null, code: 'too-long' });
    for (const c of [titled, withMilestone, withKept]) {
      expect(await ws.ok('commitment.discardUntouched', { id: c.id })).toEqual({ id: c.id, discarded: false });
      expect((await ws.plani.call('commitment.get', { id: c.id })).ok).toBe(true);
    }
  });

  it('is recorded as deleted when a bundle went out after it was created', async () => {
    ws = await tempWorkspace({ role: 'lfp', institution: 'MD' });
    const c = await ws.ok('commitment.create', { componentCode: 'access-to-justice' });
    await ws.ok('bundle.export', {});
    expect(await ws.ok('commitment.discardUntouched', { id: c.id })).toEqual({ id: c.id, discarded: true });
    expect((await ws.ok('bundle.export', {})).summary.counts.tombstones).toBe(1);
  });

  it("is another institution's to remove", async () => {
    ws = await tempWorkspace({ role: 'lfp', institution: 'MOFE' });
    const mine = await ws.ok('commitment.create', { componentCode: 'fiscal-transparency' });
    const { store } = await ws.plani.context.workspace();
    await store.db.updateTable('commitment').set({ owner: 'MD' }).where('id', '=', mine.id).execute();
    expect(await ws.plani.call('commitment.discardUntouched', { id: mine.id })).toMatchObject({ ok: false, error: { code: 'not-owner' } });
  });
});
