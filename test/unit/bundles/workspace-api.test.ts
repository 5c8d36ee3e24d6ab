// The bundle methods through the API dispatcher, outputs checked against the
// contract (checkOutputs): what the UI gets, base64 uploads included.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TempWorkspace, tempWorkspace } from '../../helpers/temp-workspace';

let poc: TempWorkspace;
let md: TempWorkspace;

beforeEach(async () => {
  poc = await tempWorkspace({ role: 'poc', institution: 'POC' });
  md = await tempWorkspace({ role: 'lfp', institution: 'MD' });
});
afterEach(async () => {
  await poc.cleanup();
  await md.cleanup();
});

const upload = (name: string, dataBase64: string) => ({ file: { name, dataBase64 } });

describe('bundle API', () => {
  it('exports, previews, refuses, imports with the code, consolidates, reviews and sends feedback', async () => {
    const key = await md.ok('key.show', {});
    expect(key).toMatchObject({ institution: 'MD', safetyCode: expect.stringMatching(/^\d{5}( \d{5}){5}$/) });
    const c = await md.ok('commitment.create', { componentCode: 'anti-corruption', title: { sq: 'Çështjet e hapura', en: 'Open matters' } });

    const exported = await md.ok('bundle.export', {});
    expect(exported.summary).toMatchObject({ issuer: 'MD', audience: 'POC', seq: 1, bundleType: 'submission' });
    const file = upload(exported.fileName, exported.dataBase64);

    const preview = await poc.ok('bundle.preview', file);
    expect(preview).toMatchObject({ signer: { status: 'unknown', safetyCode: key.safetyCode }, sequence: { verdict: 'first' }, refusal: null });
    expect(preview.changes.added).toEqual([expect.objectContaining({ entity: 'commitment', id: c.id, label: { sq: 'Çështjet e hapura', en: 'Open matters' } })]);
    // The preview writes nothing, not even the log.
    expect((await poc.ok('bundle.log', {})).entries).toEqual([]);

    const refused = await poc.plani.call('bundle.import', file);
    expect(refused).toEqual({ ok: false, error: { code: 'bundle-refused', details: { params: { reason: 'unknown-signer', safetyCode: key.safetyCode } } } });
    const badCode = await poc.plani.call('bundle.import', { ...file, trustCode: 'abc' });
    expect(badCode).toMatchObject({ ok: false, error: { code: 'invalid-input' } });

    const imported = await poc.ok('bundle.import', { ...file, trustCode: key.safetyCode });
    expect(imported.result).toBe('applied');
    expect((await poc.ok('bundle.log', { limit: 5 })).entries.map((e) => [e.result, e.reason])).toEqual([
      ['applied', null],
      ['refused', 'unknown-signer'],
    ]);
    expect((await poc.ok('trust.list', {})).signers).toEqual([expect.objectContaining({ institution: 'MD', status: 'active' })]);

    const overview = await poc.ok('consolidation.overview', {});
    expect(overview.commitments.map((x) => x.id)).toEqual([c.id]);
    expect(await poc.ok('review.set', { commitmentId: c.id, planNumber: '1.1', decision: 'returned', comment: { sq: 'Shtoni treguesit.' } })).toEqual({ commitmentId: c.id, commitmentRev: 1 });
    expect(await md.plani.call('review.set', { commitmentId: c.id, decision: 'accepted' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await poc.plani.call('feedback.get', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    expect(await md.ok('feedback.get', {})).toEqual({ receipts: [], reviews: [], feedback: [], reference: null, receivedAt: null, pocSeq: null });
    const fb = await poc.ok('bundle.export', { to: 'MD' });
    const pocKey = await poc.ok('key.show', {});
    await md.ok('bundle.import', { ...upload(fb.fileName, fb.dataBase64), trustCode: pocKey.safetyCode.replace(/ /g, '') });
    const view = await md.ok('feedback.get', {});
    expect(view).toMatchObject({ pocSeq: 1, receipts: [{ institution: 'MD', seq: 1 }], reviews: [{ commitmentId: c.id, planNumber: '1.1', decision: 'returned', comment: { sq: 'Shtoni treguesit.', en: '' } }] });
    expect(view.reference?.institutions.length).toBeGreaterThan(0);

    const revoked = await poc.ok('trust.revoke', { safetyCode: key.safetyCode });
    expect(revoked).toMatchObject({ institution: 'MD', status: 'revoked' });
    expect(await poc.plani.call('trust.revoke', { safetyCode: '0'.repeat(30) })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('key.rotate: a new key and the rotation bundle; the LFP that trusted the old key takes it, then the new key signs', async () => {
    const fb1 = await poc.ok('bundle.export', { to: 'MD' });
    const old = await poc.ok('key.show', {});
    await md.ok('bundle.import', { ...upload(fb1.fileName, fb1.dataBase64), trustCode: old.safetyCode });

    expect(await poc.plani.call('key.rotate', { extra: 1 } as never)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const r = await poc.ok('key.rotate', {});
    expect(r).toEqual({ fileName: expect.stringMatching(/^POC-key-rotation-.+-0002\.plani$/), dataBase64: expect.any(String), keyId: expect.stringMatching(/^[0-9a-f]{16}$/), safetyCode: expect.stringMatching(/^\d{5}( \d{5}){5}$/) });
    expect(r.keyId).not.toBe(old.keyId);
    expect(await poc.ok('key.show', {})).toMatchObject({ keyId: r.keyId, safetyCode: r.safetyCode });
    expect((await poc.ok('app.info', {})).workspace?.keyFingerprint).toBe(r.safetyCode);

    const preview = await md.ok('bundle.preview', upload(r.fileName, r.dataBase64));
    expect(preview).toMatchObject({ summary: { bundleType: 'key-rotation', issuer: 'POC', seq: 2 }, refusal: null });
    expect((await md.ok('bundle.import', upload(r.fileName, r.dataBase64))).result).toBe('applied');
    expect((await md.ok('trust.list', {})).signers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ institution: 'POC', keyId: old.keyId, status: 'rotated' }),
        expect.objectContaining({ institution: 'POC', keyId: r.keyId, status: 'active', safetyCode: r.safetyCode }),
      ]),
    );
    // The next feedback is signed by the new key and accepted without a code.
    const fb3 = await poc.ok('bundle.export', { to: 'MD' });
    expect((await md.ok('bundle.import', upload(fb3.fileName, fb3.dataBase64))).result).toBe('applied');
  });

  it('an LFP exports only to the POC; the POC only to institutions it knows', async () => {
    expect(await md.plani.call('bundle.export', { to: 'NAIS' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await poc.plani.call('bundle.export', { to: 'XYZ' })).toMatchObject({ ok: false, error: { code: 'unknown-institution' } });
  });
});
