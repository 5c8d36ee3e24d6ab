// The whole exchange with real workspaces: two LFPs (MD, NAIS) and the POC.
// Each LFP exports; the POC previews, enrolls with the safety codes and
// consolidates; an LFP edits and re-exports and the POC sees exactly those
// changes; the POC reviews and sends feedback; the LFP imports it, sees the
// comment, and after a further edit sees it marked as on an earlier revision.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPrintData } from '../../../electron/services/pdf/print-data';
import { draftCommitment, type Party, party } from './workspace-fixtures';

let poc: Party;
let md: Party;
let nais: Party;
let a: Awaited<ReturnType<typeof draftCommitment>>;
let b: Awaited<ReturnType<typeof draftCommitment>>;
let n: Awaited<ReturnType<typeof draftCommitment>>;

beforeAll(async () => {
  poc = await party('poc', 'POC');
  md = await party('lfp', 'MD');
  nais = await party('lfp', 'NAIS');
  a = await draftCommitment(md, 'anti-corruption', { sq: 'Regjistri i pronësisë përfituese', en: 'Beneficial ownership register' });
  b = await draftCommitment(md, 'access-to-justice', { sq: 'Ndihma juridike falas', en: 'Free legal aid' });
  n = await draftCommitment(nais, 'digital-governance', { sq: 'Shërbime dixhitale për të gjithë', en: 'Digital services for everyone' });
});
afterAll(async () => {
  for (const p of [poc, md, nais]) await p.close();
});

/** The manifest hash of the bundle the POC applied last from each institution. */
const applied = new Map<string, string>();
const code = async (p: Party) => (await p.bundles.showKey()).safetyCode;
const ids = (list: { id: string }[]) => list.map((c) => c.id).sort();

describe('LFP → POC → LFP round trip', () => {
  it('each LFP exports a signed snapshot of what it owns, numbered from 1', async () => {
    const out = await md.bundles.export();
    expect(out.fileName).toBe('MD-submission-2020-2022-0001.plani');
    // 2 commitments, each with 2 milestones and 1 indicator.
    expect(out.summary).toMatchObject({ bundleType: 'submission', issuer: 'MD', audience: 'POC', seq: 1, counts: { records: 8, tombstones: 0, attachments: 0 } });
    expect(await md.bundles.log(1)).toEqual([expect.objectContaining({ direction: 'export', result: 'exported', institution: 'POC', seq: 1 })]);
  });

  it('the POC previews each first bundle (unknown signer, first in sequence, all added), then enrolls and applies it', async () => {
    for (const [lfp, count] of [
      [md, 8],
      [nais, 4],
    ] as const) {
      const out = await lfp.bundles.export();
      const preview = await poc.bundles.preview(out.bytes);
      expect(preview.signer).toMatchObject({ status: 'unknown', safetyCode: await code(lfp) });
      expect(preview.sequence.verdict).toBe('first');
      expect(preview.changes.added).toHaveLength(count);
      expect(preview.refusal).toBeNull();
      const res = await poc.bundles.import(out.bytes, await code(lfp));
      expect(res).toMatchObject({ result: 'applied', enrolled: true, signer: { status: 'trusted' } });
      applied.set(out.summary.issuer, out.summary.manifestSha256);
    }
  });

  it('the printed plan names the bundle each institution’s data came from', async () => {
    const sources = (await loadPrintData(poc.ws)).sources;
    expect(sources.map((s) => [s.institution, s.seq, s.manifestSha256])).toEqual([
      ['MD', 2, applied.get('MD')],
      ['NAIS', 1, applied.get('NAIS')],
    ]);
  });

  it('consolidates: every institution’s status and the commitments in plan order', async () => {
    const c = await poc.bundles.consolidation();
    expect(c.commitments.map((x) => [x.owner, x.componentCode])).toEqual([
      ['MD', 'anti-corruption'],
      ['NAIS', 'digital-governance'],
      ['MD', 'access-to-justice'],
    ]);
    const status = new Map(c.institutions.map((i) => [i.institution, i]));
    // MD's workspace exported twice: the POC took number 2 (the first export never reached it: a gap).
    expect(status.get('MD')).toMatchObject({ lastSeq: 2, commitments: 2, signer: { status: 'trusted', safetyCode: await code(md) } });
    expect(status.get('NAIS')).toMatchObject({ lastSeq: 1, commitments: 1 });
    expect(status.get('MOFE')).toMatchObject({ lastSeq: null, lastReceivedAt: null, signer: null, commitments: 0 });
    expect(status.get('MD')!.blocking + status.get('MD')!.warnings).toBeGreaterThan(0);
  });

  it('after an edit and a deleted milestone, the preview shows exactly those changes', async () => {
    await md.commitments.update(a.commitmentId, { title: { en: 'Public register of beneficial owners' } });
    await md.milestones.update(a.milestoneIds[0]!, { deliverable: { sq: 'Regjistri online' } });
    await md.milestones.delete(a.milestoneIds[1]!);
    const out = await md.bundles.export();
    expect(out.summary).toMatchObject({ seq: 3, counts: { records: 7, tombstones: 1 } });
    const preview = await poc.bundles.preview(out.bytes);
    expect(preview.signer.status).toBe('trusted');
    expect(preview.sequence).toEqual({ incoming: 3, lastAccepted: 2, verdict: 'next' });
    const { added, changed, deleted, missing } = preview.changes;
    expect(added).toEqual([]);
    expect(missing).toEqual([]);
    expect(changed.map((c) => [c.entity, c.id, c.fields])).toEqual([
      ['commitment', a.commitmentId, [{ field: 'title', lang: 'en', before: 'Beneficial ownership register', after: 'Public register of beneficial owners' }]],
      ['milestone', a.milestoneIds[0], [{ field: 'deliverable', lang: 'sq', before: '', after: 'Regjistri online' }]],
    ]);
    expect(changed[0]!.label).toEqual({ sq: 'Regjistri i pronësisë përfituese', en: 'Public register of beneficial owners' });
    expect(deleted.map((d) => [d.entity, d.id, d.commitmentId])).toEqual([['milestone', a.milestoneIds[1], a.commitmentId]]);
    const res = await poc.bundles.import(out.bytes);
    expect(res.result).toBe('applied');
    expect(res.changes).toEqual(preview.changes);
    const held = await poc.commitments.get(a.commitmentId);
    expect(held.title.en).toBe('Public register of beneficial owners');
    expect(ids(held.milestones)).toEqual([a.milestoneIds[0]]);
  });

  it('the POC numbers, accepts and returns with a comment; an LFP workspace cannot review', async () => {
    await poc.bundles.setReview({ commitmentId: a.commitmentId, planNumber: '1.1', decision: 'returned', comment: { sq: 'Shtoni vitin bazë të treguesit.', en: 'Add the indicator’s baseline year.' } });
    await poc.bundles.setReview({ commitmentId: n.commitmentId, planNumber: '2.1', decision: 'accepted' });
    await poc.bundles.setReview({ commitmentId: b.commitmentId, planNumber: '3.10' });
    await poc.bundles.setReview({ commitmentId: b.commitmentId, comment: { en: 'Fine.' } });
    const c = await poc.bundles.consolidation();
    expect(c.commitments.map((x) => [x.id, x.review?.planNumber, x.review?.decision])).toEqual([
      [a.commitmentId, '1.1', 'returned'],
      [n.commitmentId, '2.1', 'accepted'],
      [b.commitmentId, '3.10', null],
    ]);
    expect(c.commitments.find((x) => x.id === b.commitmentId)!.review!.comment).toEqual({ sq: '', en: 'Fine.' });
    await expect(md.bundles.setReview({ commitmentId: a.commitmentId, decision: 'accepted' })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('the LFP imports the POC’s feedback (enrolling the POC key) and sees the comment and the plan number', async () => {
    const fb = await poc.bundles.export();
    expect(fb.summary).toMatchObject({ bundleType: 'feedback', issuer: 'POC', audience: '*', seq: 1 });
    expect(fb.fileName).toBe('POC-feedback-2020-2022-0001.plani');
    const revBefore = (await md.commitments.get(a.commitmentId)).rev;
    const res = await md.bundles.import(fb.bytes, await code(poc));
    expect(res.result).toBe('applied');
    const view = await md.bundles.feedback();
    expect(view.pocSeq).toBe(1);
    expect(view.receipts).toEqual(expect.arrayContaining([expect.objectContaining({ institution: 'MD', seq: 3 })]));
    // Only MD's own commitments' reviews are kept at MD.
    expect(view.reviews.map((r) => r.commitmentId).sort()).toEqual([a.commitmentId, b.commitmentId].sort());
    const ra = view.reviews.find((r) => r.commitmentId === a.commitmentId)!;
    expect(ra).toMatchObject({ decision: 'returned', planNumber: '1.1', comment: { sq: 'Shtoni vitin bazë të treguesit.', en: 'Add the indicator’s baseline year.' } });
    // The plan number comes with it, without a new revision.
    const held = await md.commitments.get(a.commitmentId);
    expect(held.planNumber).toBe('1.1');
    expect(held.rev).toBe(revBefore);
    expect((await md.bundles.reviewsWithMarkers()).find((r) => r.review.commitmentId === a.commitmentId)!.outdated).toBe(false);
    // The same feedback again changes nothing.
    expect((await md.bundles.import(fb.bytes)).result).toBe('already-imported');
  });

  it('after a further edit the LFP sees the comment as made on an earlier revision, and so does the POC', async () => {
    await md.commitments.update(a.commitmentId, { problem: { sq: 'Mungon transparenca.', en: 'Transparency is lacking.' } });
    const marked = (await md.bundles.reviewsWithMarkers()).find((r) => r.review.commitmentId === a.commitmentId)!;
    expect(marked.outdated).toBe(true);
    expect(marked.currentRev).toBe(marked.review.commitmentRev + 1);
    const out = await md.bundles.export();
    expect(out.summary.seq).toBe(4);
    await poc.bundles.import(out.bytes);
    const c = await poc.bundles.consolidation();
    expect(c.commitments.find((x) => x.id === a.commitmentId)).toMatchObject({ reviewOutdated: true });
    expect(c.commitments.find((x) => x.id === n.commitmentId)).toMatchObject({ reviewOutdated: false });
  });

  it('feedback to one institution carries only its reviews and receipt; the POC numbers all feedback in one sequence', async () => {
    const fb = await poc.bundles.export('NAIS');
    expect(fb.summary).toMatchObject({ audience: 'NAIS', seq: 2 });
    const res = await nais.bundles.import(fb.bytes, await code(poc));
    expect(res.result).toBe('applied');
    const view = await nais.bundles.feedback();
    expect(view.reviews.map((r) => r.commitmentId)).toEqual([n.commitmentId]);
    expect(view.receipts).toEqual([expect.objectContaining({ institution: 'NAIS', seq: 1 })]);
    // MD then receives number 3: number 2 went to NAIS, a gap MD accepts.
    const next = await poc.bundles.export();
    const preview = await md.bundles.preview(next.bytes);
    expect(preview.sequence).toEqual({ incoming: 3, lastAccepted: 1, verdict: 'gap' });
    // NAIS's bundle is not for MD.
    expect((await md.bundles.preview(fb.bytes)).refusal).toMatchObject({ reason: 'wrong-audience' });
  });
});
