// References into another institution's records (issue 9 §2): each attack a
// hostile MD signer made with a validly signed bundle, at a POC that holds
// MOFE's records and MD's enrolled key. Each is refused with the reason that
// names the field, the database is unchanged and one refused row is logged;
// the honest bundle is applied after all of them. The same rule holds for
// `plan import` at an LFP and for the services behind the UI.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TableName } from '../../../electron/services/store/schema';
import { AppError } from '../../../shared/api/errors';
import type { SubmissionPayload } from '../../../shared/model/bundle';
import type { InterchangeDocument } from '../../../shared/model/interchange';
import { exportInterchange, importInterchange } from '../../../electron/services/interchange';
import { partsOf } from './bundle-kit';
import { forge, loadSynthetic, type Party, party } from './workspace-fixtures';

let poc: Party;
let md: Party;
let mofe: Party;
let mdPayload: SubmissionPayload;
/** MOFE's records as the POC holds them. */
let theirs: InterchangeDocument;

const UUID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

beforeAll(async () => {
  poc = await party('poc', 'POC');
  md = await party('lfp', 'MD');
  mofe = await party('lfp', 'MOFE');
  await loadSynthetic(md, 'MD', { commitments: 2, seed: 'cross-references/md' });
  await loadSynthetic(mofe, 'MOFE', { commitments: 2, seed: 'cross-references/mofe' });
  await poc.bundles.import((await mofe.bundles.export()).bytes, (await mofe.bundles.showKey()).safetyCode);
  const first = (await md.bundles.export()).bytes;
  await poc.bundles.import(first, (await md.bundles.showKey()).safetyCode);
  mdPayload = JSON.parse(partsOf(first).records.toString('utf8'));
  const all = await exportInterchange(poc.ws.store, { role: 'poc', institution: 'POC', appVersion: 'test' });
  const ofMofe = <T extends { owner: string }>(list: T[]) => list.filter((r) => r.owner === 'MOFE');
  theirs = {
    ...all,
    commitments: ofMofe(all.commitments),
    ideas: ofMofe(all.ideas),
    consultationEvents: ofMofe(all.consultationEvents),
    consultationReports: ofMofe(all.consultationReports),
  };
  expect(theirs.commitments.length).toBeGreaterThan(0);
  expect(theirs.ideas.length).toBeGreaterThan(0);
  expect(theirs.consultationEvents.length).toBeGreaterThan(0);
}, 60_000);

afterAll(async () => {
  for (const p of [poc, md, mofe]) await p?.close();
});

/** MD's real snapshot with one change, signed by MD's real key as its next bundle. */
async function mdBundle(edit: (p: SubmissionPayload) => void): Promise<Buffer> {
  const payload = structuredClone(mdPayload);
  edit(payload);
  return forge({ key: await md.ownKey(), institution: 'MD', manifest: { seq: 2 }, payload });
}

async function state() {
  const dump = async (table: TableName) => poc.ws.store.db.selectFrom(table).selectAll().execute();
  return { records: await poc.snapshot(), signers: await dump('trusted_signer'), inbox: await dump('bundle_inbox'), archive: (await dump('bundle_archive')).length };
}

async function expectRefused(bytes: Buffer, reason: string, params: Record<string, string | number>) {
  const before = await state();
  const logBefore = await poc.logCount();
  let caught: unknown;
  try {
    await poc.bundles.import(bytes);
  } catch (err) {
    caught = err;
  }
  expect(caught, 'the bundle was applied').toBeInstanceOf(AppError);
  const e = caught as AppError;
  expect(e.code).toBe('bundle-refused');
  expect(e.details?.params).toMatchObject({ reason, ...params });
  expect(await state()).toEqual(before);
  expect(await poc.logCount()).toBe(logBefore + 1);
  expect((await poc.bundles.log(1))[0]).toMatchObject({ result: 'refused', reason, institution: 'MD', seq: 2 });
}

describe('a validly signed MD submission that reaches into MOFE’s records', () => {
  it('a comment on MOFE’s consultation event', async () => {
    const event = theirs.consultationEvents[0]!;
    await expectRefused(
      await mdBundle((p) => void (p.comments[0]!.eventId = event.id)),
      'foreign-reference',
      { path: 'comments.0.eventId', id: event.id, owner: 'MOFE', entity: 'consultation-event' },
    );
  });

  it('a new comment, "Comment injected by MD", on MOFE’s event', async () => {
    const event = theirs.consultationEvents[0]!;
    await expectRefused(
      await mdBundle((p) => {
        const c = { ...p.comments[0]!, id: UUID(1), eventId: event.id, text: { sq: 'Koment i injektuar nga MD', en: 'Comment injected by MD' } };
        p.comments.push(c);
      }),
      'foreign-reference',
      { path: `comments.${mdPayload.comments.length}.eventId`, owner: 'MOFE' },
    );
  });

  it('a comment whose target is MOFE’s commitment', async () => {
    await expectRefused(await mdBundle((p) => void (p.comments[0]!.target = theirs.commitments[0]!.id)), 'foreign-reference', { path: 'comments.0.target', entity: 'commitment', owner: 'MOFE' });
  });

  it('a commitment filed under a component MD does not lead', async () => {
    await expectRefused(
      await mdBundle((p) => void (p.commitments[0]!.componentCode = 'fiscal-transparency')),
      'component-not-led',
      { path: 'commitments.0.componentCode', component: 'fiscal-transparency', institution: 'MD' },
    );
  });

  it('an idea, an event, a round and a report under a component MD does not lead', async () => {
    await expectRefused(await mdBundle((p) => void (p.ideas[0]!.componentCode = 'digital-governance')), 'component-not-led', { path: 'ideas.0.componentCode' });
    await expectRefused(await mdBundle((p) => void (p.consultationEvents[0]!.componentCode = 'digital-governance')), 'component-not-led', { path: 'consultationEvents.0.componentCode' });
    await expectRefused(await mdBundle((p) => void (p.prioritizationRounds[0]!.componentCode = 'fiscal-transparency')), 'component-not-led', { path: 'prioritizationRounds.0.componentCode' });
    await expectRefused(await mdBundle((p) => void (p.consultationReports[0]!.componentCode = 'fiscal-transparency')), 'component-not-led', { path: 'consultationReports.0.componentCode' });
  });

  it('a score on a MOFE idea', async () => {
    const idea = theirs.ideas[0]!;
    await expectRefused(
      await mdBundle((p) => void (p.prioritizationRounds[0]!.scores[0]!.ideaId = idea.id)),
      'foreign-reference',
      { path: 'prioritizationRounds.0.scores.0.ideaId', id: idea.id, owner: 'MOFE', entity: 'idea' },
    );
  });

  it('an attachment on a MOFE commitment', async () => {
    const target = theirs.commitments[0]!;
    await expectRefused(
      await mdBundle((p) => {
        expect(p.attachments.length).toBeGreaterThan(0);
        Object.assign(p.attachments[0]!, { ownerType: 'commitment', ownerId: target.id });
      }),
      'foreign-reference',
      { path: 'attachments.0.ownerId', id: target.id, owner: 'MOFE' },
    );
  });

  it('a report whose events name MOFE’s event', async () => {
    const event = theirs.consultationEvents[0]!;
    await expectRefused(await mdBundle((p) => void p.consultationReports[0]!.events.push(event.id)), 'foreign-reference', {
      path: `consultationReports.0.events.${mdPayload.consultationReports[0]!.events.length}`,
      owner: 'MOFE',
    });
  });

  it('a commitment whose originIdeas name MOFE’s idea; an idea adopted into MOFE’s commitment', async () => {
    await expectRefused(await mdBundle((p) => void (p.commitments[0]!.originIdeas = [theirs.ideas[0]!.id])), 'foreign-reference', { path: 'commitments.0.originIdeas.0', entity: 'idea', owner: 'MOFE' });
    await expectRefused(await mdBundle((p) => void (p.ideas[0]!.commitmentId = theirs.commitments[0]!.id)), 'foreign-reference', { path: 'ideas.0.commitmentId', entity: 'commitment', owner: 'MOFE' });
  });

  it('an idea merged as a duplicate into MOFE’s idea', async () => {
    await expectRefused(await mdBundle((p) => void Object.assign(p.ideas[0]!, { status: 'merged', mergedIntoId: theirs.ideas[0]!.id })), 'foreign-reference', {
      path: 'ideas.0.mergedIntoId',
      entity: 'idea',
      owner: 'MOFE',
    });
  });

  it('a reference to a record nobody has (that MOFE might send later) is refused too, naming the field', async () => {
    await expectRefused(await mdBundle((p) => void (p.commitments[0]!.originIdeas = [UUID(99)])), 'payload-invalid', { path: 'commitments.0.originIdeas.0', issue: 'unknown-reference', id: UUID(99) });
  });

  it('a reference of the wrong kind to MD’s own record is refused (an attachment "on an idea" naming a commitment)', async () => {
    await expectRefused(
      await mdBundle((p) => void Object.assign(p.attachments[0]!, { ownerType: 'idea', ownerId: p.commitments[0]!.id })),
      'payload-invalid',
      { path: 'attachments.0.ownerId', issue: 'unknown-reference' },
    );
  });

  it('after all that, MD’s own references (to its own records, and to one it deleted) are applied', async () => {
    const bytes = await mdBundle((p) => {
      p.commitments[0]!.originIdeas = [p.ideas[0]!.id];
      p.tombstones.push({ entity: 'idea', id: UUID(77), rev: 2, deletedAt: '2024-05-01T09:00:00.000Z' });
      p.commitments[1]!.originIdeas = [UUID(77)];
    });
    const outcome = await poc.bundles.import(bytes);
    expect(outcome.result).toBe('applied');
  });
});

describe('plan import at an LFP holds the LFP’s own records to the same rule', () => {
  let file: InterchangeDocument;
  beforeAll(async () => {
    file = await exportInterchange(md.ws.store, { role: 'lfp', institution: 'MD', appVersion: 'test' });
  });

  const importRefused = async (edit: (doc: InterchangeDocument) => void) => {
    const doc = structuredClone(file);
    edit(doc);
    const before = await md.snapshot();
    let caught: unknown;
    try {
      await importInterchange(md.ws.store, doc);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect(await md.snapshot()).toBe(before);
    return caught as AppError;
  };

  it('an own comment on a MOFE event carried in the same file', async () => {
    const event = { ...theirs.consultationEvents[0]!, participants: [] };
    const err = await importRefused((doc) => {
      doc.consultationEvents.push(event);
      doc.comments[0]!.eventId = event.id;
    });
    expect(err.code).toBe('invalid-interchange');
    expect(err.details?.issues).toEqual([expect.objectContaining({ path: 'comments[0].eventId', code: 'foreign-reference' })]);
  });

  it('an own commitment in a component MD does not lead', async () => {
    const err = await importRefused((doc) => void (doc.commitments[0]!.componentCode = 'digital-governance'));
    expect(err.details?.issues).toEqual([expect.objectContaining({ path: 'commitments[0].componentCode', code: 'component-not-led' })]);
  });

  it('the file as exported imports again unchanged', async () => {
    await expect(importInterchange(md.ws.store, file)).resolves.toBeDefined();
  });
});

describe('the services behind the UI', () => {
  it('a commitment’s origin ideas may be the workspace’s own ideas only', async () => {
    const doc = await exportInterchange(md.ws.store, { role: 'lfp', institution: 'MD', appVersion: 'test' });
    const c = doc.commitments[0]!;
    await expect(md.commitments.update(c.id, { originIdeas: [doc.ideas[0]!.id] })).resolves.toMatchObject({ id: c.id });
    // MOFE's idea, as the MD workspace would hold it after a plan import of the POC's copy.
    const mofeDoc = await exportInterchange(mofe.ws.store, { role: 'lfp', institution: 'MOFE', appVersion: 'test' });
    await importInterchange(md.ws.store, { ...doc, commitments: [], comments: [], consultationEvents: [], consultationReports: [], prioritizationRounds: [], attachments: [], calendar: [], ideas: [mofeDoc.ideas[0]!] });
    const before = await md.snapshot();
    await expect(md.commitments.update(c.id, { originIdeas: [mofeDoc.ideas[0]!.id] })).rejects.toMatchObject({ code: 'foreign-reference', details: { params: { path: 'originIdeas.0', owner: 'MOFE' } } });
    await expect(md.commitments.update(c.id, { originIdeas: [UUID(5)] })).rejects.toMatchObject({ code: 'not-found' });
    expect(await md.snapshot()).toBe(before);
  });
});
