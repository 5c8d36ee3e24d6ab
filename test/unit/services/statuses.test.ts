// Who may set a commitment's status, through every write that can carry one:
// the editor's save, a plan import, a submission at the POC, the POC's review
// and its feedback at the LFP. One exchange, step by step, between MD and the
// POC (real workspaces, real signed bundles).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportInterchange, importInterchange } from '../../../electron/services/interchange';
import { loadPrintData } from '../../../electron/services/pdf/print-data';
import { createI18n } from '../../../shared/i18n';
import type { Commitment } from '../../../shared/model/plan';
import { draftCommitment, type Party, party } from '../bundles/workspace-fixtures';

let poc: Party;
let md: Party;
let id: string;

beforeAll(async () => {
  poc = await party('poc', 'POC');
  md = await party('lfp', 'MD');
  id = (await draftCommitment(md, 'anti-corruption', { sq: 'Regjistri i pronësisë përfituese', en: 'Beneficial ownership register' })).commitmentId;
});
afterAll(async () => {
  for (const p of [poc, md]) await p.close();
});

const code = async (p: Party) => (await p.bundles.showKey()).safetyCode;
/** MD's submission, applied at the POC (enrolling MD's key the first time). */
async function submit() {
  const out = await md.bundles.export();
  expect((await poc.bundles.import(out.bytes, await code(md))).result).toBe('applied');
}
/** The POC's feedback, applied at MD. */
async function feedback() {
  const out = await poc.bundles.export('MD');
  expect((await md.bundles.import(out.bytes, await code(poc))).result).toBe('applied');
}
const statusAt = async (p: Party) => {
  const c = await p.commitments.get(id);
  return { status: c.status, rev: c.rev };
};
/** Writes a status past the service, as an older Plani (or a hand-edited database) could have. */
const forceStatus = (p: Party, commitmentId: string, status: Commitment['status']) =>
  p.ws.store.db.updateTable('commitment').set({ status }).where('id', '=', commitmentId).execute();
/** MD's own commitments as a plan file, with `edit` applied to them. */
async function planFile(edit: (c: Commitment) => Commitment) {
  const doc = await exportInterchange(md.ws.store, { role: 'lfp', institution: 'MD', appVersion: 'test' });
  return { ...doc, commitments: doc.commitments.map(edit) };
}

describe('commitment statuses: the LFP drafts, the POC reviews', () => {
  it('an LFP moves its commitment between draft, in consultation and ready', async () => {
    for (const status of ['in-consultation', 'ready', 'draft', 'ready'] as const) {
      await md.commitments.update(id, { status });
      expect((await statusAt(md)).status).toBe(status);
    }
  });

  it('an LFP cannot give its commitment a status of the POC’s review, and nothing changes', async () => {
    const before = await statusAt(md);
    for (const status of ['submitted', 'accepted', 'returned'] as const) {
      await expect(md.commitments.update(id, { status })).rejects.toMatchObject({ code: 'status-reserved-for-poc', details: { params: { status } } });
      // Not even together with a legitimate change: the whole save is refused.
      await expect(md.commitments.update(id, { status, title: { en: 'Changed' } })).rejects.toMatchObject({ code: 'status-reserved-for-poc' });
    }
    expect(await statusAt(md)).toEqual(before);
    expect((await md.commitments.get(id)).title.en).toBe('Beneficial ownership register');
  });

  it('says so in both languages, naming the status as the editor does', () => {
    const sq = createI18n('sq');
    const en = createI18n('en');
    expect(sq.t('errors.status-reserved-for-poc', { status: 'accepted' })).toContain('“Pranuar”');
    expect(en.t('errors.status-reserved-for-poc', { status: 'accepted' })).toContain('“Accepted”');
    expect(sq.t('errors.status-held-by-poc', { status: 'returned' })).toContain('“Kthyer për rishikim”');
    expect(en.t('errors.status-held-by-poc', { status: 'returned' })).toContain('“Returned for revision”');
  });

  it('a POC status in a submission that no review of the POC backs arrives as ready', async () => {
    await forceStatus(md, id, 'accepted');
    await submit();
    expect((await poc.commitments.get(id)).status).toBe('ready');
    await forceStatus(md, id, 'ready');
  });

  it('the POC’s review decision sets the status at the POC, without a new revision', async () => {
    const rev = (await poc.commitments.get(id)).rev;
    await poc.bundles.setReview({ commitmentId: id, planNumber: '1.2', decision: 'accepted' });
    expect(await statusAt(poc)).toEqual({ status: 'accepted', rev });
    // The LFP's next submission cannot undo the POC's decision, nor give itself another.
    await md.commitments.update(id, { status: 'in-consultation' });
    await submit();
    expect((await poc.commitments.get(id)).status).toBe('accepted');
  });

  it('the decision reaches the LFP with the feedback; the LFP cannot change it, but can still revise the text', async () => {
    await feedback();
    const held = await statusAt(md);
    expect(held.status).toBe('accepted');
    await expect(md.commitments.update(id, { status: 'ready' })).rejects.toMatchObject({ code: 'status-held-by-poc', details: { params: { status: 'accepted' } } });
    expect(await statusAt(md)).toEqual(held);
    await md.commitments.update(id, { title: { en: 'Public register of beneficial owners' } });
    expect(await statusAt(md)).toEqual({ status: 'accepted', rev: held.rev + 1 });
  });

  it('a plan import keeps a POC status only where the review held here decides it', async () => {
    const other = await md.commitments.create({ componentCode: 'access-to-justice', title: { sq: 'Ndihma juridike falas' } });
    const file = await planFile((c) => ({ ...c, status: c.id === id ? 'accepted' : 'returned' }));
    await importInterchange(md.ws.store, file);
    expect((await md.commitments.get(id)).status).toBe('accepted');
    expect((await md.commitments.get(other.id)).status).toBe('ready');
    // Nor can a file take the POC's decision away.
    await importInterchange(md.ws.store, await planFile((c) => ({ ...c, status: 'draft' })));
    expect((await md.commitments.get(id)).status).toBe('accepted');
    await md.commitments.delete(other.id);
  });

  it('the POC returns it, then withdraws its decision: the LFP follows, and may move it again', async () => {
    await poc.bundles.setReview({ commitmentId: id, decision: 'returned' });
    await feedback();
    expect((await statusAt(md)).status).toBe('returned');
    await poc.bundles.setReview({ commitmentId: id, decision: null });
    expect((await poc.commitments.get(id)).status).toBe('ready');
    await feedback();
    expect((await statusAt(md)).status).toBe('ready');
    await md.commitments.update(id, { status: 'in-consultation' });
    expect((await statusAt(md)).status).toBe('in-consultation');
  });
});

describe('the plan number: the POC’s, read from one place', () => {
  it('shows the number the POC gave in the commitment, the plan overview and the printed data, at the POC and at the LFP', async () => {
    for (const p of [poc, md]) {
      expect((await p.commitments.get(id)).planNumber).toBe('1.2');
      const row = (await p.commitments.overview()).components.flatMap((c) => c.commitments).find((c) => c.id === id);
      expect(row?.planNumber).toBe('1.2');
      expect((await loadPrintData(p.ws)).commitments.find((c) => c.id === id)?.planNumber).toBe('1.2');
    }
  });

  it('orders the overview by plan number as numbers (1.2 before 1.10), unnumbered last', async () => {
    const extra = [];
    for (const title of ['Tjetri', 'I fundit', 'Pa numër']) extra.push((await md.commitments.create({ componentCode: 'anti-corruption', title: { sq: title } })).id);
    await submit();
    await poc.bundles.setReview({ commitmentId: extra[0]!, planNumber: '1.10' });
    await poc.bundles.setReview({ commitmentId: extra[1]!, planNumber: '1.3' });
    const order = (await poc.commitments.overview()).components.find((c) => c.component.code === 'anti-corruption')!.commitments.map((c) => c.planNumber);
    expect(order).toEqual(['1.2', '1.3', '1.10', null]);
  });
});
