// A file written by another tool (a converted spreadsheet) says only what it
// knows: ids, owner, component, titles, some texts. Import fills the rest
// with what a new record starts with, and still refuses unknown keys and
// wrong types at their path.
import { afterEach, describe, expect, it } from 'vitest';
import { type InterchangeIssue, exportInterchange, importInterchange, parseInterchange } from '../../../electron/services/interchange';
import { InterchangeInput } from '../../../shared/model/interchange';
import { SEED_REFERENCE } from '../../../shared/reference/seed';
import { interchangeJsonSchema } from '../../../scripts/gen-interchange-schema';
import { type TestWorkspace, testWorkspace } from './workspace';

const open: TestWorkspace[] = [];
afterEach(async () => {
  while (open.length > 0) await open.pop()!.close();
});

const COMMITMENT_ID = '3f2b8c1e-4d5a-4b6c-9d7e-8f9a0b1c2d3e';
const MILESTONE_ID = '9d7e2c1a-6b3f-4e8d-8c2b-1a0f9e8d7c6b';
const INDICATOR_ID = '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d';
const KNOWN = { reference: SEED_REFERENCE, eventIds: new Set<string>() };

/** What a script converting one spreadsheet row would write, and nothing more. */
function minimalFile(): Record<string, any> {
  return {
    format: 'plani.interchange',
    version: 1,
    exportedAt: '2021-04-01T08:00:00.000Z',
    source: { role: 'lfp', institution: 'MD' },
    commitments: [
      {
        id: COMMITMENT_ID,
        cycleId: '2020-2022',
        componentCode: 'access-to-justice',
        owner: 'MD',
        title: { sq: 'Ndihma juridike falas' },
        problem: { sq: 'Shumë qytetarë nuk e dinë se kanë të drejtë për ndihmë juridike.', en: 'Many citizens do not know they are entitled to legal aid.' },
        milestones: [{ id: MILESTONE_ID, seq: 1, activity: { sq: 'Hartimi i udhëzuesit' }, endDate: '2021-06-30' }],
        indicators: [{ id: INDICATOR_ID, seq: 1, name: { sq: 'Qendra të hapura' }, type: 'output', targets: [{ year: 2021, value: 4 }] }],
      },
    ],
  };
}

function issuesOf(doc: unknown): InterchangeIssue[] {
  const res = parseInterchange(JSON.stringify(doc), { known: KNOWN });
  if (res.ok) throw new Error('expected the file to be refused');
  return res.issues;
}
const located = (issues: InterchangeIssue[]) => issues.map((i) => `${i.path} ${i.code}`).sort();

describe('a minimal hand-written interchange file', () => {
  it('imports, with every absent field set as a new record has it and bookkeeping set on import', async () => {
    const before = new Date().toISOString();
    const res = parseInterchange(JSON.stringify(minimalFile()), { known: KNOWN });
    expect(res.ok ? [] : res.issues).toEqual([]);
    if (!res.ok) return;
    const w = await testWorkspace('MD');
    open.push(w);
    expect(await importInterchange(w.ws.store, res.doc)).toMatchObject({ commitments: 1, milestones: 1, indicators: 1, ideas: 0 });

    const out = await exportInterchange(w.ws.store, { role: 'lfp', institution: 'MD' });
    const c = out.commitments.find((x) => x.id === COMMITMENT_ID)!;
    expect(c).toMatchObject({
      title: { sq: 'Ndihma juridike falas', en: '' },
      shortTitle: { sq: '', en: '' },
      problem: { en: 'Many citizens do not know they are entitled to legal aid.' },
      causes: { sq: '', en: '' },
      planNumber: null,
      leadInstitution: null,
      supportingInstitutions: [],
      startDate: null,
      budget: { amount: null, currency: 'ALL', fundingSource: { sq: '', en: '' } },
      contact: { name: '', title: '', email: '', phone: '' },
      sdgs: [],
      status: 'draft',
      rev: 1,
    });
    expect(c.createdAt >= before).toBe(true);
    expect(c.updatedAt).toBe(c.createdAt);
    expect(c.milestones).toEqual([
      expect.objectContaining({ activity: { sq: 'Hartimi i udhëzuesit', en: '' }, startDate: null, endDate: '2021-06-30', status: 'not-started', progressPct: 0, cost: null, rev: 1 }),
    ]);
    expect(c.indicators).toEqual([
      expect.objectContaining({ milestoneId: null, type: 'output', baseline: { value: null, year: null }, targets: [{ year: 2021, value: 4 }], frequency: null, rev: 1 }),
    ]);
  });

  it('continues the stored history of a record the workspace holds, when the file leaves out rev', async () => {
    const w = await testWorkspace('MD');
    open.push(w);
    const importText = async (doc: unknown) => {
      const res = parseInterchange(JSON.stringify(doc), { known: KNOWN });
      if (!res.ok) throw new Error(JSON.stringify(res.issues));
      return importInterchange(w.ws.store, res.doc, res.bookkeepingLeftOut);
    };
    const stored = async () => (await exportInterchange(w.ws.store, { role: 'lfp', institution: 'MD' })).commitments.find((c) => c.id === COMMITMENT_ID)!;

    await importText(minimalFile());
    const first = await stored();
    const again = minimalFile();
    again.commitments[0].problem.sq = 'Një tekst tjetër.';
    await importText(again);
    const second = await stored();
    expect(second).toMatchObject({ rev: 2, createdAt: first.createdAt, problem: { sq: 'Një tekst tjetër.' } });
    expect(second.updatedAt >= first.updatedAt).toBe(true);
    expect(second.milestones[0]).toMatchObject({ rev: 2, createdAt: first.milestones[0]!.createdAt });
    expect(second.indicators[0]).toMatchObject({ rev: 2 });

    // A file that says rev is taken at its word, as an export read back is.
    const said = minimalFile();
    said.commitments[0].rev = 7;
    await importText(said);
    expect(await stored()).toMatchObject({ rev: 7, milestones: [expect.objectContaining({ rev: 3 })] });
  });

  it('keeps the bookkeeping a file does carry (updatedAt defaults to createdAt)', () => {
    const doc = minimalFile();
    doc.commitments[0].createdAt = '2021-03-15T09:30:00.000Z';
    doc.commitments[0].rev = 4;
    const res = parseInterchange(JSON.stringify(doc), { known: KNOWN });
    if (!res.ok) throw new Error(JSON.stringify(res.issues));
    expect(res.doc.commitments[0]).toMatchObject({ rev: 4, createdAt: '2021-03-15T09:30:00.000Z', updatedAt: '2021-03-15T09:30:00.000Z' });
  });

  it('gives each record its own empty values (a default is never shared)', () => {
    const doc = minimalFile();
    doc.commitments.push({ ...doc.commitments[0], id: '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e', milestones: [], indicators: [] });
    const parsed = InterchangeInput.parse(doc);
    expect(parsed.commitments[0]!.causes).toEqual(parsed.commitments[1]!.causes);
    expect(parsed.commitments[0]!.causes).not.toBe(parsed.commitments[1]!.causes);
    expect(parsed.commitments[0]!.budget).not.toBe(parsed.commitments[1]!.budget);
  });

  it('still refuses an unknown key and a wrong type, each at its path', () => {
    const doc = minimalFile();
    doc.commitments[0].titel = 'typo';
    doc.commitments[0].startDate = 20210101;
    doc.commitments[0].milestones[0].cost = '1000';
    doc.commitments[0].indicators[0].baseline = { value: 3, yaer: 2020 };
    doc.commitments[0].problem.fr = 'non';
    doc.ideas = {};
    expect(located(issuesOf(doc))).toEqual(
      [
        'commitments[0].titel unrecognized_keys',
        'commitments[0].startDate invalid_type',
        'commitments[0].milestones[0].cost invalid_type',
        'commitments[0].indicators[0].baseline.yaer unrecognized_keys',
        'commitments[0].problem.fr unrecognized_keys',
        'ideas invalid_type',
      ].sort(),
    );
  });

  it('refuses a record without what names it: id, owner, component, title', () => {
    const doc = minimalFile();
    const c = doc.commitments[0];
    delete c.owner;
    delete c.componentCode;
    delete c.title;
    delete c.milestones[0].id;
    delete c.indicators[0].type;
    expect(located(issuesOf(doc))).toEqual(
      [
        'commitments[0].owner invalid_type',
        'commitments[0].componentCode invalid_type',
        'commitments[0].title invalid_type',
        'commitments[0].milestones[0].id invalid_type',
        'commitments[0].indicators[0].type invalid_value',
      ].sort(),
    );
  });

  it('accepts the other record kinds with only what names them', () => {
    const doc = {
      ...minimalFile(),
      commitments: [],
      ideas: [{ id: '11111111-1111-4111-8111-111111111111', cycleId: '2020-2022', componentCode: 'access-to-justice', owner: 'MD', receivedAt: '2021-01-10', channel: 'email', title: { sq: 'Ide' } }],
      calendar: [{ id: '22222222-2222-4222-8222-222222222222', cycleId: '2020-2022', owner: 'MD', title: { sq: 'Takim' } }],
      consultationEvents: [
        { id: '33333333-3333-4333-8333-333333333333', cycleId: '2020-2022', componentCode: 'access-to-justice', owner: 'MD', type: 'validation', mode: 'online', title: { sq: 'Validim' }, participants: [{ name: 'Elira Çela' }] },
      ],
    };
    const res = parseInterchange(JSON.stringify(doc), { known: KNOWN });
    if (!res.ok) throw new Error(JSON.stringify(res.issues));
    expect(res.doc.ideas[0]).toMatchObject({ status: 'received', consentToPublish: false, submitter: { name: '', organisation: '', orgType: null }, rev: 1 });
    expect(res.doc.calendar[0]).toMatchObject({ status: 'planned', start: null, due: null, phase: { sq: '', en: '' } });
    expect(res.doc.consultationEvents[0]!.participants).toEqual([{ name: 'Elira Çela', organisation: '', sector: '', gender: 'undisclosed', consent: false }]);
    expect(res.doc.consultationEvents[0]).toMatchObject({ participantsConsent: false, date: null, invitedOrganisations: [] });
  });
});

describe('docs/interchange.schema.json marks what a file must carry', () => {
  const defs = (interchangeJsonSchema() as { $defs: Record<string, { required?: string[] }> }).$defs;

  it('requires the identifying fields and nothing a script cannot know', () => {
    expect(defs.Commitment!.required).toEqual(['id', 'cycleId', 'componentCode', 'owner', 'title']);
    expect(defs.Milestone!.required).toEqual(['id', 'seq', 'activity']);
    expect(defs.Indicator!.required).toEqual(['id', 'seq', 'name', 'type']);
    expect(defs.Text!.required).toBeUndefined();
    for (const record of ['Commitment', 'Milestone', 'Indicator', 'Idea', 'ConsultationEvent', 'Comment', 'CalendarItem', 'Attachment']) {
      expect(defs[record]!.required).not.toContain('rev');
      expect(defs[record]!.required).not.toContain('createdAt');
      expect(defs[record]!.required).not.toContain('status');
    }
    expect((interchangeJsonSchema() as { required: string[] }).required).toEqual(['format', 'version', 'exportedAt', 'source']);
  });
});
