// The plan's front matter: the POC writes it (validated by the one schema),
// an institution's write is refused with nothing saved, the POC's feedback
// bundle carries it to the institutions, and the interchange file carries it
// both ways (a file from before it existed stays readable).
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import { FeedbackPayload } from '../../../shared/model/bundle';
import { InterchangeInput } from '../../../shared/model/interchange';
import { CURRENT_CYCLE_ID } from '../../../shared/reference/seed';
import { FrontMatterService } from '../../../electron/services/front-matter/service';
import { exportInterchange, importInterchange } from '../../../electron/services/interchange';
import { type TempWorkspace, tempWorkspace } from '../../helpers/temp-workspace';
import { forge, type Party, party, steppingClock } from '../bundles/workspace-fixtures';

const FOREWORD = { sq: 'Qeverisja e hapur është angazhim i përbashkët: çdo qytetar ka zë.', en: 'Open government is a shared commitment: every citizen has a voice.' };
const FOCAL = { institution: 'MD', name: 'Arbëreshë Çela', role: { sq: 'Drejtore e Politikave', en: 'Director of Policy' }, email: 'arbereshe.cela@drejtesia.gov.al' };

describe('frontMatter.get / frontMatter.update', () => {
  const open: TempWorkspace[] = [];
  afterEach(async () => {
    for (const w of open.splice(0)) await w.cleanup();
  });
  const workspace = async (role: 'poc' | 'lfp', institution: string) => {
    const w = await tempWorkspace({ role, institution });
    open.push(w);
    return w;
  };

  it('reads empty before anything is written, with the id the first save keeps', async () => {
    const poc = await workspace('poc', 'POC');
    const before = await poc.ok('frontMatter.get', {});
    expect(before).toMatchObject({ cycleId: CURRENT_CYCLE_ID, editable: true, rev: 0, updatedAt: null });
    expect(before.fields.foreword).toEqual({ sq: '', en: '' });
    const saved = await poc.ok('frontMatter.update', { id: before.id, changes: { foreword: { sq: FOREWORD.sq } } });
    expect(saved).toMatchObject({ id: before.id, rev: 1 });
    await poc.ok('frontMatter.update', { id: before.id, changes: { foreword: { en: FOREWORD.en }, approval: { decisionNumber: 'Nr. 1023', decisionDate: '2020-12-23' } } });
    await poc.ok('frontMatter.update', { id: before.id, changes: { abbreviations: [{ short: { sq: 'AKSHI', en: 'NAIS' }, expansion: { sq: 'Agjencia Kombëtare e Shoqërisë së Informacionit', en: 'National Agency for Information Society' } }], focalPoints: [FOCAL] } });
    const after = await poc.ok('frontMatter.get', {});
    expect(after.id).toBe(before.id);
    expect(after.rev).toBe(3);
    // One language saved never overwrites the other.
    expect(after.fields.foreword).toEqual(FOREWORD);
    expect(after.fields.approval).toEqual({ decisionNumber: 'Nr. 1023', decisionDate: '2020-12-23', text: { sq: '', en: '' } });
    expect(after.fields.abbreviations[0]!.short).toEqual({ sq: 'AKSHI', en: 'NAIS' });
    expect(after.fields.focalPoints).toEqual([FOCAL]);
  });

  it('refuses what the schema refuses, at its path, and saves nothing', async () => {
    const poc = await workspace('poc', 'POC');
    const { id } = await poc.ok('frontMatter.get', {});
    const bad = [
      { focalPoints: [{ ...FOCAL, email: 'not-an-address' }] },
      { approval: { decisionDate: '2021-02-30' } },
      { foreword: { sq: 'x'.repeat(10_001) } },
    ];
    for (const changes of bad) {
      const res = await poc.plani.call('frontMatter.update', { id, changes } as never);
      expect(res.ok).toBe(false);
      if (!res.ok) expect(res.error.code).toBe('invalid-input');
    }
    const email = await poc.plani.call('frontMatter.update', { id, changes: { focalPoints: [{ ...FOCAL, email: 'not-an-address' }] } });
    expect(!email.ok && email.error.details?.issues?.[0]).toMatchObject({ path: 'changes.focalPoints[0].email', message: 'bad-email' });
    expect((await poc.ok('frontMatter.get', {})).rev).toBe(0);
  });

  it('refuses an institution’s write with poc-only, and reads it read-only', async () => {
    const md = await workspace('lfp', 'MD');
    const view = await md.ok('frontMatter.get', {});
    expect(view.editable).toBe(false);
    const res = await md.plani.call('frontMatter.update', { id: view.id, changes: { foreword: { sq: 'Parathënia ime' } } });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error).toMatchObject({ code: 'poc-only', details: { params: { institution: 'MD' } } });
    expect((await md.ok('frontMatter.get', {})).rev).toBe(0);
  });

  it('answers not-found for an id that names no cycle', async () => {
    const poc = await workspace('poc', 'POC');
    const res = await poc.plani.call('frontMatter.update', { id: '7b0a1c2e-4d5f-4a6b-8c7d-9e0f1a2b3c4d', changes: { foreword: { sq: 'x' } } });
    expect(!res.ok && res.error.code).toBe('not-found');
  });
});

describe('the front matter in the POC’s feedback', () => {
  let poc: Party, md: Party;
  afterEach(async () => {
    await poc.close();
    await md.close();
  });

  it('reaches the institution, replaces its copy whole, and an older bundle without it leaves the copy', async () => {
    const clock = steppingClock();
    poc = await party('poc', 'POC', clock);
    md = await party('lfp', 'MD', clock);
    const pocCode = (await poc.bundles.showKey()).safetyCode;
    const pocFm = new FrontMatterService(poc.ws, clock);
    const mdFm = new FrontMatterService(md.ws, clock);
    const { id } = await pocFm.get();
    await pocFm.update(id, { foreword: FOREWORD, process: { sq: 'Procesi i bashkëkrijimit u zhvillua në katër faza.', en: 'Co-creation ran in four phases.' }, focalPoints: [FOCAL, { ...FOCAL, name: 'Gëzim Hoxha', email: '' }] });

    const first = await poc.bundles.export();
    expect(first.summary.counts.records).toBe(1);
    await md.bundles.import(first.bytes, pocCode);
    const seen = await mdFm.get();
    expect(seen).toMatchObject({ id, editable: false, rev: 1 });
    expect(seen.fields.foreword).toEqual(FOREWORD);
    expect(seen.fields.focalPoints.map((f) => f.name)).toEqual(['Arbëreshë Çela', 'Gëzim Hoxha']);

    // The POC drops a focal point: the next feedback's list replaces the institution's.
    await pocFm.update(id, { focalPoints: [FOCAL] });
    await md.bundles.import((await poc.bundles.export()).bytes);
    expect((await mdFm.get()).fields.focalPoints).toEqual([FOCAL]);

    // A feedback bundle from before the front matter travelled (no key at all) changes nothing of it.
    const old = FeedbackPayload.parse({ receipts: [], reviews: [], feedback: [], reference: null });
    expect('frontMatter' in old).toBe(false);
    await md.bundles.import(await forge({ key: await poc.ownKey(), institution: 'POC', manifest: { bundleType: 'feedback', audience: '*', seq: 3 }, payload: old }));
    expect((await mdFm.get()).fields.focalPoints).toEqual([FOCAL]);
  });

  it('refuses a feedback bundle whose front matter is another institution’s', async () => {
    const clock = steppingClock();
    poc = await party('poc', 'POC', clock);
    md = await party('lfp', 'MD', clock);
    const fm = { id: '0c8e2a7d-51f4-8b3e-9a1c-2d4e6f8a0b1c', cycleId: CURRENT_CYCLE_ID, owner: 'NAIS', foreword: FOREWORD, introduction: { sq: '', en: '' }, process: { sq: '', en: '' }, approval: { decisionNumber: '', decisionDate: null, text: { sq: '', en: '' } }, abbreviations: [], focalPoints: [], rev: 1, createdAt: '2024-05-01T08:00:00.000Z', updatedAt: '2024-05-01T08:00:00.000Z' };
    const err = await forge({ key: await poc.ownKey(), institution: 'POC', manifest: { bundleType: 'feedback', audience: '*', seq: 1 }, payload: { receipts: [], reviews: [], feedback: [], reference: null, frontMatter: fm } }).then(
      () => null,
      (e: unknown) => e,
    );
    // The writer runs the receiver's checks on its draft: such a bundle is never even written.
    expect(err).toBeInstanceOf(Error);
    expect(String((err as Error).message)).toContain('frontMatter belongs to NAIS');
    expect(err instanceof AppError).toBe(false);
  });
});

describe('the front matter in the interchange file', () => {
  let poc: Party, other: Party;
  afterEach(async () => {
    await poc.close();
    await other.close();
  });

  it('goes out with plan export and comes back with plan import; a file without the key stays readable', async () => {
    poc = await party('poc', 'POC');
    other = await party('poc', 'POC');
    const fm = new FrontMatterService(poc.ws);
    const { id } = await fm.get();
    await fm.update(id, { introduction: { sq: 'Shqipëria u bashkua me OGP-në në vitin 2011.', en: 'Albania joined the OGP in 2011.' }, approval: { decisionNumber: 'Nr. 1023', decisionDate: '2020-12-23', text: { sq: 'Miratuar me VKM.', en: 'Approved by DCM.' } }, focalPoints: [FOCAL] });
    const doc = await exportInterchange(poc.ws.store, { role: 'poc', institution: 'POC' });
    expect(doc.frontMatter).toHaveLength(1);
    const text = JSON.stringify(doc);
    await importInterchange(other.ws.store, InterchangeInput.parse(JSON.parse(text)));
    expect((await new FrontMatterService(other.ws).get()).fields).toEqual((await fm.get()).fields);

    const { frontMatter: _gone, ...older } = JSON.parse(text) as Record<string, unknown>;
    const parsed = InterchangeInput.safeParse(older);
    expect(parsed.success).toBe(true);
    if (parsed.success) expect(parsed.data.frontMatter).toEqual([]);
  });
});

describe('a value kept before the front matter was first saved', () => {
  let w: TempWorkspace;
  afterEach(async () => w.cleanup());

  it('is listed again (the front matter has its id before it exists), and forgotten with a record that is gone', async () => {
    w = await tempWorkspace({ role: 'poc', institution: 'POC' });
    const { id } = await w.ok('frontMatter.get', {});
    await w.ok('unsaved.keep', { ref: { recordType: 'front-matter', recordId: id, field: 'approval.decisionDate', lang: null }, commitmentId: id, valueJson: null, typedText: '30.02.2021', code: 'ui-not-a-date' });
    await w.ok('unsaved.keep', { ref: { recordType: 'front-matter', recordId: '7b0a1c2e-4d5f-4a6b-8c7d-9e0f1a2b3c4d', field: 'foreword', lang: 'sq' }, commitmentId: '7b0a1c2e-4d5f-4a6b-8c7d-9e0f1a2b3c4d', valueJson: '"x"', typedText: null, code: 'too-long' });
    const { values } = await w.ok('unsaved.list', {});
    expect(values.map((v) => [v.ref.recordId, v.typedText])).toEqual([[id, '30.02.2021']]);
  });
});

describe('an interchange file’s front matter', () => {
  let poc: Party;
  afterEach(async () => poc.close());

  it('is refused at its path when an institution, not the POC, is named as its writer', async () => {
    poc = await party('poc', 'POC');
    const fm = new FrontMatterService(poc.ws);
    await fm.update((await fm.get()).id, { foreword: FOREWORD });
    const doc = await exportInterchange(poc.ws.store, { role: 'poc', institution: 'POC' });
    doc.frontMatter[0]!.owner = 'MD';
    const err = await importInterchange(poc.ws.store, doc).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).details?.issues).toEqual([expect.objectContaining({ path: 'frontMatter[0].owner', code: 'front-matter-not-poc' })]);
  });
});
