// The process calendar's round trip POC → LFP → POC through two real
// workspaces and real signed bundles, at the API: the POC's items reach MD in
// a feedback bundle (read-only there), MD's own items go back in its
// submission, and Annex V prints both at both ends, "late" worked out on the
// calendar's data date (its latest update, from each party's fixed clock),
// never on the day the test runs.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { calendarAsOf, calendarStatus } from '../../../shared/cocreation/calendar';
import { loadPrintData } from '../../../electron/services/pdf/print-data';
import { renderDocument } from '../../../electron/services/pdf/render';
import { extractPdf } from '../../helpers/pdf-text';
import { type TempWorkspace, tempWorkspace, ticking } from '../../helpers/temp-workspace';

let poc: TempWorkspace;
let md: TempWorkspace;
beforeEach(async () => {
  poc = await tempWorkspace({ role: 'poc', institution: 'POC' }, ticking('2021-05-20T08:00:00.000Z'));
  md = await tempWorkspace({ role: 'lfp', institution: 'MD' }, ticking('2021-05-20T09:00:00.000Z'));
});
afterEach(async () => {
  await poc.cleanup();
  await md.cleanup();
});

const upload = (b: { fileName: string; dataBase64: string }) => ({ file: { name: b.fileName, dataBase64: b.dataBase64 } });
const annexV = async (ws: TempWorkspace, lang: 'sq' | 'en') => {
  const { bytes } = await renderDocument(await loadPrintData(await ws.plani.context.workspace()), { annex: 'calendar', lang });
  return (await extractPdf(bytes)).pages.join(' ').replace(/\s+/g, ' ');
};

describe('the calendar travels POC → LFP → POC', () => {
  it('brings the POC’s items to MD read-only, MD’s back to the POC, and prints both in Annex V at both ends', async () => {
    const pocCode = (await poc.ok('key.show', {})).safetyCode;
    const mdCode = (await md.ok('key.show', {})).safetyCode;

    const launch = await poc.ok('calendar.create', { fields: { phase: 'launch', title: { sq: 'Nisja e procesit në Tiranë', en: 'Launch in Tirana' }, start: '2021-02-01', due: '2021-02-05', status: 'done' } });
    const consult = await poc.ok('calendar.create', { fields: { phase: 'thematic-consultations', title: { sq: 'Konsultimet për drejtësinë, Korçë', en: 'Justice consultations, Korçë' }, start: '2021-03-01', due: '2021-04-30', status: 'in-progress' } });
    const adoption = await poc.ok('calendar.create', { fields: { phase: 'adoption', title: { sq: 'Miratimi në qeveri', en: 'Adoption by the government' }, due: '2021-09-30' } });

    // The feedback bundle shows the POC's items before they are applied.
    const feedback = await poc.ok('bundle.export', { to: 'MD' });
    const preview = await md.ok('bundle.preview', upload(feedback));
    expect(preview.refusal).toBeNull();
    expect(preview.changes.added.filter((c) => c.entity === 'calendar-item').map((c) => c.id).sort()).toEqual([launch.id, consult.id, adoption.id].sort());
    expect((await md.ok('bundle.import', { ...upload(feedback), trustCode: pocCode })).result).toBe('applied');

    // At MD: the POC's items, read-only; MD's own next to them.
    const refused = await md.plani.call('calendar.update', { id: consult.id, changes: { status: 'done' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'not-owner' } });
    expect((await md.plani.call('calendar.delete', { id: launch.id })).ok).toBe(false);
    const mdConsult = await md.ok('calendar.create', { fields: { phase: 'thematic-consultations', title: { sq: 'Konsultimi i MD për ndihmën juridike; Shkodër', en: 'MD consultation on legal aid; Shkodër' }, start: '2021-04-01', due: '2021-04-15' } });
    const mdDraft = await md.ok('calendar.create', { fields: { phase: 'drafting', title: { sq: 'Afati i hartimit të MD', en: 'MD drafting deadline' }, due: '2021-06-30', status: 'in-progress' } });
    const atMd = (await md.ok('calendar.list', {})).items;
    expect(atMd.map((i) => [i.id, i.owner])).toEqual([
      [launch.id, 'POC'],
      [consult.id, 'POC'],
      [mdConsult.id, 'MD'],
      [mdDraft.id, 'MD'],
      [adoption.id, 'POC'],
    ]);

    // Late against a fixed date: the data date is the latest update, 2021-05-20 at both ends.
    const asOf = calendarAsOf(atMd);
    expect(asOf).toBe('2021-05-20');
    expect(atMd.map((i) => calendarStatus(i, asOf))).toEqual(['done', 'late', 'late', 'in-progress', 'planned']);
    expect(atMd.map((i) => calendarStatus(i, '2021-03-01'))).toEqual(['done', 'in-progress', 'planned', 'in-progress', 'planned']);

    const mdSq = await annexV(md, 'sq');
    for (const title of ['Nisja e procesit në Tiranë', 'Konsultimet për drejtësinë, Korçë', 'Konsultimi i MD për ndihmën juridike; Shkodër', 'Afati i hartimit të MD', 'Miratimi në qeveri']) expect(mdSq).toContain(title);
    expect(mdSq).toContain('Të dhënat më 20.05.2021');
    expect(mdSq).toMatch(/01\.03\.2021 30\.04\.2021 Me vonesë/);
    expect(mdSq).toMatch(/01\.04\.2021 15\.04\.2021 Me vonesë/);
    expect(mdSq).toMatch(/01\.02\.2021 05\.02\.2021 Kryer/);

    // MD's submission carries its own items, not the POC's back.
    const submission = await md.ok('bundle.export', {});
    const back = await poc.ok('bundle.preview', upload(submission));
    expect(back.refusal).toBeNull();
    expect(back.changes.added.filter((c) => c.entity === 'calendar-item').map((c) => c.id).sort()).toEqual([mdConsult.id, mdDraft.id].sort());
    expect(back.changes.changed.filter((c) => c.entity === 'calendar-item')).toEqual([]);
    expect((await poc.ok('bundle.import', { ...upload(submission), trustCode: mdCode })).result).toBe('applied');

    const atPoc = (await poc.ok('calendar.list', {})).items;
    expect(atPoc.map((i) => [i.id, i.owner, i.rev])).toEqual(atMd.map((i) => [i.id, i.owner, i.rev]));
    expect(atPoc.find((i) => i.id === mdConsult.id)?.title).toEqual({ sq: 'Konsultimi i MD për ndihmën juridike; Shkodër', en: 'MD consultation on legal aid; Shkodër' });
    expect(await poc.plani.call('calendar.update', { id: mdDraft.id, changes: { status: 'done' } })).toMatchObject({ ok: false, error: { code: 'not-owner' } });

    const pocEn = await annexV(poc, 'en');
    for (const title of ['Launch in Tirana', 'Justice consultations, Korçë', 'MD consultation on legal aid; Shkodër', 'MD drafting deadline', 'Adoption by the government']) expect(pocEn).toContain(title);
    expect(pocEn).toContain('Data as of 20.05.2021');
    expect(pocEn).toMatch(/01\.04\.2021 15\.04\.2021 Late/);
    expect(pocEn).toMatch(/30\.06\.2021 In progress/);
    // The same data prints the same Annex V at both ends.
    expect(await annexV(poc, 'sq')).toBe(mdSq);
  });
});
