import { afterEach, describe, expect, it } from 'vitest';
import {
  exportInterchange,
  importInterchange,
  parseInterchange,
  serializeInterchange,
} from '../../../electron/services/interchange';
import type { InterchangeDocument } from '../../../shared/model/interchange';
import { syntheticPlan } from '../../fixtures/synthetic-plan';
import { type TestWorkspace, testWorkspace } from './workspace';

const open: TestWorkspace[] = [];
async function workspace(institution = 'MD') {
  const w = await testWorkspace(institution);
  open.push(w);
  return w;
}
afterEach(async () => {
  while (open.length > 0) await open.pop()!.close();
});

function mustParse(text: string): InterchangeDocument {
  const res = parseInterchange(text);
  if (!res.ok) throw new Error(JSON.stringify(res.issues.slice(0, 5), null, 2));
  return res.doc;
}

const withoutEnvelope = ({ exportedAt: _e, source: _s, reference: _r, ...rest }: InterchangeDocument) => rest;
const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

describe('interchange round trip', () => {
  it('export → import into a fresh workspace → export gives the same document', async () => {
    const a = await workspace();
    await importInterchange(a.ws.store, mustParse(JSON.stringify(syntheticPlan({ commitments: 12 }))));
    const first = await a.snapshot();

    const b = await workspace();
    const summary = await importInterchange(b.ws.store, mustParse(first));
    expect(summary).toMatchObject({ commitments: 12, milestones: 60, indicators: 36, ideas: 6, prioritizationRounds: 1, consultationEvents: 2, participants: 6 });
    const second = await b.snapshot();
    expect(second).toBe(first);
  });

  it('loses nothing: what was imported is exactly what is exported', async () => {
    const plan = syntheticPlan({ commitments: 9, milestonesPer: 4, indicatorsPer: 4 });
    const a = await workspace();
    await importInterchange(a.ws.store, mustParse(JSON.stringify(plan)));
    const out = await exportInterchange(a.ws.store, { role: 'lfp', institution: 'MD' });
    expect(withoutEnvelope(out)).toEqual(withoutEnvelope(plan));
    expect(byId(out.reference.components)).toEqual(byId(plan.reference.components));
    expect(byId(out.reference.institutions)).toEqual(byId(plan.reference.institutions));
    expect(out.reference.cycles).toEqual(plan.reference.cycles);
  });

  it('carries no security state: no key, fingerprint, signer or bundle log', async () => {
    const a = await workspace();
    const text = await a.snapshot();
    const key = a.ws.store.sqlite.prepare('SELECT key_id, fingerprint, public_key FROM signing_key').get() as { key_id: string; fingerprint: string; public_key: Buffer };
    for (const secret of [key.key_id, key.fingerprint, key.public_key.toString('base64'), key.public_key.toString('base64url'), key.public_key.toString('hex'), a.ws.info.id]) {
      expect(text).not.toContain(secret);
    }
    expect(Object.keys(JSON.parse(text))).not.toEqual(expect.arrayContaining(['signingKeys', 'trustedSigners', 'bundleLog']));
  });

  it('two exports of the same data differ only in exportedAt', async () => {
    const a = await workspace();
    await importInterchange(a.ws.store, mustParse(JSON.stringify(syntheticPlan())));
    const one = await exportInterchange(a.ws.store, { role: 'lfp', institution: 'MD' }, { now: () => new Date('2024-01-01T00:00:00Z') });
    const two = await exportInterchange(a.ws.store, { role: 'lfp', institution: 'MD' }, { now: () => new Date('2024-06-01T00:00:00Z') });
    expect(one.exportedAt).not.toBe(two.exportedAt);
    expect(serializeInterchange({ ...one, exportedAt: two.exportedAt })).toBe(serializeInterchange(two));
  });

  it('keeps Albanian letters byte for byte and stores them in NFC', async () => {
    const plan = syntheticPlan({ commitments: 1 });
    const c = plan.commitments[0]!;
    c.title = { sq: 'Çështja e Ëndrrës: ë ç Ë Ç', en: 'Ç-ë test' };
    // "e" + combining diaeresis: the schema stores the one-code-point form.
    c.shortTitle = { sq: 'Shqipe\u0308ri', en: '' };
    const a = await workspace();
    await importInterchange(a.ws.store, mustParse(JSON.stringify(plan)));
    const text = await a.snapshot();
    const bytes = Buffer.from(text, 'utf8');
    // Ç = C3 87, ë = C3 AB: written as UTF-8, never as \u escapes.
    expect(bytes.includes(Buffer.from([0xc3, 0x87, 0xc3, 0xab, 0x73, 0x68, 0x74, 0x6a, 0x61]))).toBe(true);
    expect(bytes.includes(Buffer.from('ë ç Ë Ç', 'utf8'))).toBe(true);
    expect(Buffer.from('ë ç Ë Ç', 'utf8').toString('hex')).toBe('c3ab20c3a720c38b20c387');
    const back = mustParse(text).commitments[0]!;
    expect(back.title.sq).toBe('Çështja e Ëndrrës: ë ç Ë Ç');
    expect(back.shortTitle.sq).toBe('Shqipëri');
    expect(back.shortTitle.sq.length).toBe(8);
  });

  it('upserts by id and treats each parent’s child lists as authoritative', async () => {
    const plan = syntheticPlan({ commitments: 3, milestonesPer: 3, indicatorsPer: 2 });
    const a = await workspace();
    await importInterchange(a.ws.store, mustParse(JSON.stringify(plan)));

    const edited = structuredClone(plan);
    const target = edited.commitments[0]!;
    target.title.sq = 'Titull i ri për angazhimin';
    const dropped = target.milestones.pop()!;
    target.indicators = target.indicators.filter((i) => i.milestoneId !== dropped.id);
    edited.consultationEvents[0]!.participants = [{ name: 'Vetëm një', organisation: '', sector: '', gender: 'female', consent: true }];
    edited.prioritizationRounds[0]!.scores = edited.prioritizationRounds[0]!.scores.slice(0, 2);
    // Records absent from the file are left alone (a missing record is never a deletion).
    edited.commitments = [target];
    edited.ideas = [];

    await importInterchange(a.ws.store, mustParse(JSON.stringify(edited)));
    const out = await exportInterchange(a.ws.store, { role: 'lfp', institution: 'MD' });
    expect(out.commitments).toHaveLength(3);
    const after = out.commitments.find((c) => c.id === target.id)!;
    expect(after.title.sq).toBe('Titull i ri për angazhimin');
    expect(after.milestones.map((m) => m.id)).toEqual(target.milestones.map((m) => m.id));
    expect(after.indicators).toEqual(target.indicators);
    expect(out.ideas).toHaveLength(plan.ideas.length);
    expect(out.consultationEvents.find((e) => e.id === edited.consultationEvents[0]!.id)!.participants).toEqual([
      { name: 'Vetëm një', organisation: '', sector: '', gender: 'female', consent: true },
    ]);
    expect(out.prioritizationRounds[0]!.scores).toHaveLength(2);
  });

  it('handles the benchmark size (400 commitments, 2,000 milestones, 1,200 indicators)', async () => {
    const plan = syntheticPlan({ commitments: 400, milestonesPer: 5, indicatorsPer: 3 });
    const a = await workspace();
    const summary = await importInterchange(a.ws.store, mustParse(JSON.stringify(plan)));
    expect(summary).toMatchObject({ commitments: 400, milestones: 2000, indicators: 1200 });
    const out = await exportInterchange(a.ws.store, { role: 'lfp', institution: 'MD' });
    expect(withoutEnvelope(out)).toEqual(withoutEnvelope(plan));
  });
});
