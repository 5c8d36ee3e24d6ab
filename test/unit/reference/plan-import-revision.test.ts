// `plan import` and the reference data's revision: a file that changes the
// reference data at the POC is an edit (the revision rises, so the LFPs take
// it from the next feedback bundle); at an LFP the revision stays the one the
// last feedback brought, so the POC's next bundle is no rollback and puts the
// POC's data back. A file that changes nothing leaves the revision alone.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportInterchange, serializeInterchange } from '../../../electron/services/interchange';
import type { InterchangeDocument } from '../../../shared/model/interchange';
import { type TempWorkspace, tempWorkspace, ticking } from '../../helpers/temp-workspace';

let poc: TempWorkspace;
let md: TempWorkspace;
beforeEach(async () => {
  poc = await tempWorkspace({ role: 'poc', institution: 'POC' }, ticking());
  md = await tempWorkspace({ role: 'lfp', institution: 'MD' }, ticking());
});
afterEach(async () => {
  await poc.cleanup();
  await md.cleanup();
});

const docOf = async (w: TempWorkspace, role: 'poc' | 'lfp', institution: string) => exportInterchange((await w.plani.context.workspace()).store, { role, institution });
const importDoc = (w: TempWorkspace, doc: InterchangeDocument) => w.ok('plan.import', { file: { name: 'plan.json', dataBase64: Buffer.from(serializeInterchange(doc)).toString('base64') } });
/** The document with institution NAIS renamed in English. */
const renamed = (doc: InterchangeDocument, en: string): InterchangeDocument => ({
  ...doc,
  reference: { ...doc.reference, institutions: doc.reference.institutions.map((i) => (i.code === 'NAIS' ? { ...i, name: { ...i.name, en } } : i)) },
});
const revision = async (w: TempWorkspace) => (await w.ok('referenceData.get', {})).revision;
const upload = (b: { fileName: string; dataBase64: string }) => ({ file: { name: b.fileName, dataBase64: b.dataBase64 } });

describe('plan import and the reference revision', () => {
  it('raises the revision at the POC when the file changes the reference data, and only then', async () => {
    const doc = await docOf(poc, 'poc', 'POC');
    await importDoc(poc, doc);
    expect(await revision(poc)).toBe(0);
    await importDoc(poc, renamed(doc, 'Information Society Agency'));
    expect(await revision(poc)).toBe(1);
    // Reaches the LFP in the next feedback bundle as a reference change.
    const fb = await poc.ok('bundle.export', { to: 'MD' });
    const preview = await md.ok('bundle.preview', upload(fb));
    expect(preview.refusal).toBeNull();
    expect(preview.changes.reference).toMatchObject({ to: 1, changes: [expect.objectContaining({ entry: 'institution', key: 'NAIS', change: 'changed' })] });
  });

  it('keeps the LFP’s revision, so the POC’s next feedback is no rollback and brings its data back', async () => {
    const pocCode = (await poc.ok('key.show', {})).safetyCode;
    await poc.ok('referenceData.saveTerm', { kind: 'ogp-value', code: 'inclusion', label: { sq: 'Përfshirja', en: 'Inclusion' } });
    await md.ok('bundle.import', { ...upload(await poc.ok('bundle.export', { to: 'MD' })), trustCode: pocCode });
    expect(await revision(md)).toBe(1);

    await importDoc(md, renamed(await docOf(md, 'lfp', 'MD'), 'Renamed at MD'));
    expect(await revision(md)).toBe(1);
    const fb = await poc.ok('bundle.export', { to: 'MD' });
    const preview = await md.ok('bundle.preview', upload(fb));
    expect(preview.refusal).toBeNull();
    const nais = preview.changes.reference?.changes.find((c) => c.key === 'NAIS');
    expect(nais?.fields).toEqual([expect.objectContaining({ field: 'name', lang: 'en', before: 'Renamed at MD' })]);
    await md.ok('bundle.import', upload(fb));
    const back = (await md.ok('referenceData.get', {})).reference.institutions.find((i) => i.code === 'NAIS')!;
    expect(back.name.en).not.toBe('Renamed at MD');
  });
});
