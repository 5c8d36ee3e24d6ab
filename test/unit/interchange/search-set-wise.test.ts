// An import writes the search index set-wise (store/search-bulk.ts) with the
// row triggers dropped for the transaction: the index, and every search, end
// exactly as the triggers would have left them, on a fresh import and on a
// re-import that changes, empties and removes texts.
import { afterEach, describe, expect, it } from 'vitest';
import { parseInterchange, writeInterchange } from '../../../electron/services/interchange';
import { searchPlan } from '../../../electron/services/search/search';
import type { InterchangeDocument } from '../../../shared/model/interchange';
import { syntheticPlan } from '../../fixtures/synthetic-plan';
import { type TestWorkspace, testWorkspace } from './workspace';

const open: TestWorkspace[] = [];
afterEach(async () => {
  for (const w of open.splice(0)) await w.close();
});

const parsed = (doc: InterchangeDocument) => {
  const res = parseInterchange(JSON.stringify(doc));
  if (!res.ok) throw new Error(JSON.stringify(res.issues));
  return res.doc;
};

async function imported(docs: InterchangeDocument[], setWise: boolean) {
  const w = await testWorkspace();
  open.push(w);
  for (const doc of docs) await w.ws.store.db.transaction().execute((trx) => writeInterchange(trx, parsed(doc), setWise));
  const index = w.ws.store.sqlite
    .prepare('SELECT d.id, d.record_type, d.record_id, d.field, d.lang, t.body FROM search_doc d LEFT JOIN search_text t ON t.rowid = d.id ORDER BY d.id')
    .all();
  const triggers = w.ws.store.sqlite.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all();
  const searches = [];
  for (const q of ['a', 'zbatim', 'e', 'plan', 'ministria']) searches.push(await searchPlan(w.ws.store.db, q));
  return { index, triggers, searches };
}

describe('search index after an import', () => {
  it('is the same set-wise as row by row, on a fresh import', async () => {
    const doc = syntheticPlan({ commitments: 12, milestonesPer: 3, indicatorsPer: 2, owner: 'MD' });
    const setWise = await imported([doc], true);
    expect(setWise.index.length).toBeGreaterThan(100);
    expect(setWise).toEqual(await imported([doc], false));
  });

  it('is the same on a re-import that changes, empties and removes texts', async () => {
    const first = syntheticPlan({ commitments: 8, milestonesPer: 3, indicatorsPer: 2, owner: 'MD' });
    const second = structuredClone(first);
    const [c0, c1] = second.commitments as [(typeof second.commitments)[number], (typeof second.commitments)[number]];
    c0.title = { sq: 'Titull i ri për zbatim', en: 'A new title' };
    c0.problem = { sq: '', en: '' };
    c0.milestones = c0.milestones.slice(1);
    c1.indicators = [];
    second.commitments = second.commitments.slice(0, 6);
    const setWise = await imported([first, second], true);
    expect(setWise).toEqual(await imported([first, second], false));
  });
});
