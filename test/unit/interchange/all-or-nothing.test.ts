import { afterEach, describe, expect, it } from 'vitest';
import { importInterchange, parseInterchange, writeInterchange } from '../../../electron/services/interchange';
import type { InterchangeDocument } from '../../../shared/model/interchange';
import { stableUuid, syntheticPlan } from '../../fixtures/synthetic-plan';
import { type TestWorkspace, testWorkspace } from './workspace';

let w: TestWorkspace | undefined;
afterEach(async () => {
  await w?.close();
  w = undefined;
});

const parsed = (doc: InterchangeDocument) => {
  const res = parseInterchange(JSON.stringify(doc));
  if (!res.ok) throw new Error(JSON.stringify(res.issues));
  return res.doc;
};

/** A workspace that already holds one plan, so "unchanged" is a real comparison. */
async function populated() {
  w = await testWorkspace();
  await importInterchange(w.ws.store, parsed(syntheticPlan({ commitments: 3, seed: 'before' })));
  return w;
}

describe('import is all or nothing', () => {
  it('rolls back everything when the database refuses a record half-way', async () => {
    const ws = await populated();
    const before = await ws.snapshot();
    // The calendar is written last: by then reference data, commitments,
    // milestones, ideas and events have all been written inside the transaction.
    ws.ws.store.sqlite.exec(`CREATE TRIGGER refuse_calendar BEFORE INSERT ON calendar_item BEGIN SELECT RAISE(ABORT, 'refused by test'); END;`);
    const incoming = parsed(syntheticPlan({ commitments: 5, seed: 'incoming' }));
    incoming.reference.cycles[0]!.title.sq = 'Titull i ndryshuar nga importi';
    await expect(importInterchange(ws.ws.store, incoming)).rejects.toThrow(/refused by test/);
    ws.ws.store.sqlite.exec('DROP TRIGGER refuse_calendar');
    expect(await ws.snapshot()).toBe(before);
  });

  it('rolls back on a foreign-key violation inside the transaction', async () => {
    const ws = await populated();
    const before = await ws.snapshot();
    const incoming = parsed(syntheticPlan({ commitments: 5, seed: 'incoming' }));
    // Bypasses the pre-checks on purpose: a comment pointing at an event that exists nowhere.
    incoming.comments[incoming.comments.length - 1]!.eventId = stableUuid('missing event');
    await expect(ws.ws.store.db.transaction().execute((trx) => writeInterchange(trx, incoming))).rejects.toThrow(/FOREIGN KEY/);
    expect(await ws.snapshot()).toBe(before);
  });

  it('writes nothing for a document that fails the cross-record checks', async () => {
    const ws = await populated();
    const before = await ws.snapshot();
    const incoming = parsed(syntheticPlan({ commitments: 2, seed: 'incoming' }));
    incoming.commitments[1]!.owner = 'XYZ';
    incoming.comments[0]!.eventId = stableUuid('missing event');
    await expect(importInterchange(ws.ws.store, incoming)).rejects.toMatchObject({
      code: 'invalid-interchange',
      details: {
        params: { count: 2 },
        issues: [
          expect.objectContaining({ path: 'commitments[1].owner', code: 'unknown-institution' }),
          expect.objectContaining({ path: 'comments[0].eventId', code: 'unknown-event' }),
        ],
      },
    });
    expect(await ws.snapshot()).toBe(before);
  });

  it('accepts a comment on an event the workspace already has', async () => {
    const ws = await populated();
    const existing = parsed(syntheticPlan({ commitments: 3, seed: 'before' })).consultationEvents[0]!.id;
    const incoming = parsed(syntheticPlan({ commitments: 1, seed: 'incoming', events: 0 }));
    incoming.comments[0]!.eventId = existing;
    await expect(importInterchange(ws.ws.store, incoming)).resolves.toMatchObject({ comments: incoming.comments.length });
  });
});
