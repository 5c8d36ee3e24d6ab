import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { dbPath } from '../../../electron/services/workspace/paths';
import { type TempWorkspace, tempWorkspace, ticking } from '../../helpers/temp-workspace';

let ws: TempWorkspace;
afterEach(async () => {
  await ws?.cleanup();
});

describe('commitments', () => {
  it('shows the four components of 2020-2022 with their lead institutions', async () => {
    ws = await tempWorkspace({ role: 'lfp', institution: 'MD' });
    const plan = await ws.ok('plan.overview', {});
    expect(plan.cycle.id).toBe('2020-2022');
    expect(plan.components.map((c) => [c.component.number, c.component.code, c.leads.map((l) => l.code)])).toEqual([
      [1, 'anti-corruption', ['MD', 'MOFE']],
      [2, 'digital-governance', ['NAIS', 'ADISA']],
      [3, 'access-to-justice', ['MD']],
      [4, 'fiscal-transparency', ['MOFE']],
    ]);
    expect(plan.components[1]!.component.title.sq).toBe('Qeverisja Dixhitale / Shërbimet Publike');
  });

  it('creates, edits one language at a time, and keeps the other', async () => {
    ws = await tempWorkspace({ role: 'lfp', institution: 'MD' }, ticking());
    const created = await ws.ok('commitment.create', { componentCode: 'access-to-justice', title: { sq: 'Ndihmë juridike falas' } });
    expect(created).toMatchObject({ owner: 'MD', leadInstitution: 'MD', status: 'draft', rev: 1, title: { sq: 'Ndihmë juridike falas', en: '' } });

    const saved = await ws.ok('commitment.update', { id: created.id, changes: { title: { en: 'Free legal aid' } } });
    expect(saved.rev).toBe(2);
    await ws.ok('commitment.update', {
      id: created.id,
      changes: { briefDescription: { sq: 'Përmirësimi i aksesit në drejtësi për të gjithë — Ë Ç ë ç' }, budget: { amount: 1500, currency: 'EUR' } },
    });
    const got = await ws.ok('commitment.get', { id: created.id });
    expect(got.title).toEqual({ sq: 'Ndihmë juridike falas', en: 'Free legal aid' });
    expect(got.briefDescription).toEqual({ sq: 'Përmirësimi i aksesit në drejtësi për të gjithë — Ë Ç ë ç', en: '' });
    expect(got.budget).toEqual({ amount: 1500, currency: 'EUR', fundingSource: { sq: '', en: '' } });
    expect(got.rev).toBe(3);
    expect(got.updatedAt > got.createdAt).toBe(true);

    const overview = await ws.ok('plan.overview', {});
    const justice = overview.components.find((c) => c.component.code === 'access-to-justice')!;
    expect(justice.commitments.map((c) => c.title)).toEqual([{ sq: 'Ndihmë juridike falas', en: 'Free legal aid' }]);
  });

  it('survives closing and reopening the app', async () => {
    ws = await tempWorkspace({ role: 'lfp', institution: 'MOFE' });
    const c = await ws.ok('commitment.create', { componentCode: 'fiscal-transparency' });
    await ws.ok('commitment.update', { id: c.id, changes: { title: { sq: 'Buxheti i hapur për qytetarët' } } });
    await ws.plani.close();
    const again = await ws.ok('commitment.get', { id: c.id });
    expect(again.title.sq).toBe('Buxheti i hapur për qytetarët');
  });

  it('lets an institution draft only in the components it leads', async () => {
    ws = await tempWorkspace({ role: 'lfp', institution: 'NAIS' });
    const res = await ws.plani.call('commitment.create', { componentCode: 'access-to-justice' });
    expect(res).toEqual({ ok: false, error: { code: 'not-lead', details: { params: { code: 'NAIS', component: 'access-to-justice' } } } });
    const unknown = await ws.plani.call('commitment.create', { componentCode: 'space-program' });
    expect(unknown.ok === false && unknown.error.code).toBe('unknown-component');
  });

  it("refuses edits and deletions of another institution's commitment", async () => {
    ws = await tempWorkspace({ role: 'lfp', institution: 'MD' });
    const c = await ws.ok('commitment.create', { componentCode: 'anti-corruption', title: { sq: 'E MD-së' } });
    // The record arrives from another institution (as a bundle or interchange import would bring it).
    const db = new Database(dbPath(ws.dir));
    db.prepare("UPDATE commitment SET owner = 'MOFE' WHERE id = ?").run(c.id);
    db.close();
    const upd = await ws.plani.call('commitment.update', { id: c.id, changes: { title: { sq: 'Ndryshuar' } } });
    expect(upd).toEqual({ ok: false, error: { code: 'not-owner', details: { params: { owner: 'MOFE' } } } });
    const del = await ws.plani.call('commitment.delete', { id: c.id });
    expect(del.ok === false && del.error.code).toBe('not-owner');
    expect((await ws.ok('commitment.get', { id: c.id })).title.sq).toBe('E MD-së');
  });

  it('deletes with a tombstone, so the deletion can travel in a bundle', async () => {
    ws = await tempWorkspace({ role: 'lfp', institution: 'MD' });
    const c = await ws.ok('commitment.create', { componentCode: 'anti-corruption' });
    await ws.ok('commitment.delete', { id: c.id });
    const missing = await ws.plani.call('commitment.get', { id: c.id });
    expect(missing.ok === false && missing.error.code).toBe('not-found');
    const db = new Database(dbPath(ws.dir), { readonly: true });
    expect(db.prepare('SELECT entity, id, owner, rev FROM tombstone').all()).toEqual([{ entity: 'commitment', id: c.id, owner: 'MD', rev: 2 }]);
    db.close();
  });

  it('refuses bad field input with located issues and saves nothing', async () => {
    ws = await tempWorkspace({ role: 'lfp', institution: 'MD' });
    const c = await ws.ok('commitment.create', { componentCode: 'anti-corruption', title: { sq: 'Origjinali' } });
    const before = readFileSync(dbPath(ws.dir));
    const cases: unknown[] = [
      { id: c.id, changes: { title: { sq: 'x'.repeat(600) } } },
      { id: c.id, changes: { title: { sq: 'zile\u0007' } } },
      { id: c.id, changes: { budget: { amount: -5 } } },
      { id: c.id, changes: { contact: { email: 'not-an-email' } } },
      { id: c.id, changes: { startDate: '2021-02-30' } },
      { id: c.id, changes: { owner: 'MOFE' } },
      { id: c.id, changes: {} },
      { id: 'not-a-uuid', changes: { title: { sq: 'x' } } },
      { id: c.id, changes: { briefDescription: { sq: 'a'.repeat(100_000) } } },
    ];
    for (const input of cases) {
      const res = await ws.plani.call('commitment.update', input);
      expect(res.ok, JSON.stringify(input).slice(0, 80)).toBe(false);
      if (!res.ok) expect(res.error.code).toBe('invalid-input');
    }
    const long = await ws.plani.call('commitment.update', cases[0]);
    expect(!long.ok && long.error.details?.issues).toEqual([{ path: 'changes.title.sq', code: 'too_big', message: 'too-long' }]);
    expect((await ws.ok('commitment.get', { id: c.id })).title.sq).toBe('Origjinali');
    expect((await ws.ok('commitment.get', { id: c.id })).rev).toBe(1);
    expect(readFileSync(dbPath(ws.dir)).length).toBe(before.length);
  });

  it('stores text in NFC so the same letter is always the same bytes', async () => {
    ws = await tempWorkspace({ role: 'lfp', institution: 'MD' });
    const c = await ws.ok('commitment.create', { componentCode: 'anti-corruption' });
    const decomposed = 'Pe\u0308rfshirje c\u0327eshtje'; // ë and ç as base letter + combining mark
    await ws.ok('commitment.update', { id: c.id, changes: { title: { sq: decomposed } } });
    expect((await ws.ok('commitment.get', { id: c.id })).title.sq).toBe('Përfshirje çeshtje');
  });
});
