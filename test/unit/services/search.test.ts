import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { ftsQuery, searchPlan } from '../../../electron/services/search/search';
import { dbPath } from '../../../electron/services/workspace/paths';
import type { SearchHit } from '../../../shared/api/contract';
import { type TempWorkspace, tempWorkspace } from '../../helpers/temp-workspace';

let ws: TempWorkspace;
afterEach(async () => {
  await ws?.cleanup();
});

const search = async (q: string, limit?: number) => (await ws.ok('search.query', limit ? { q, limit } : { q })).hits;
const where = (hits: SearchHit[]) => hits.map((h) => `${h.recordType}:${h.field}:${h.lang}`);

async function draft() {
  ws = await tempWorkspace({ role: 'lfp', institution: 'MD' });
  const c = await ws.ok('commitment.create', {
    componentCode: 'access-to-justice',
    title: { sq: 'Përfshirja e qytetarëve në çështjet e drejtësisë', en: 'Involving citizens in justice matters' },
  });
  await ws.ok('commitment.update', {
    id: c.id,
    changes: { budget: { fundingSource: { sq: 'Buxheti i shtetit', en: 'State budget and EU funds' } }, problem: { sq: 'Perfshirje e ulet' } },
  });
  const m = await ws.ok('milestone.create', { commitmentId: c.id });
  await ws.ok('milestone.update', { id: m.id, changes: { deliverable: { sq: 'Raporti vjetor i ndihmës juridike', en: 'Annual legal aid report' } } });
  const i = await ws.ok('indicator.create', { commitmentId: c.id });
  await ws.ok('indicator.update', { id: i.id, changes: { dataSource: { en: 'Court statistics yearbook' }, name: { sq: 'Numri i çështjeve' } } });
  return { c, m, i };
}

describe('search', () => {
  it('ignores accents both ways: plain letters find ë and ç, and ë and ç find plain letters', async () => {
    const { c } = await draft();
    expect(where(await search('perfshirja'))).toEqual(['commitment:title:sq']);
    expect(where(await search('ceshtjet drejtesise'))).toEqual(['commitment:title:sq']);
    // "Perfshirje e ulet" was typed without diacritics; the Albanian spelling still finds it.
    expect(where(await search('përfshirje'))).toEqual(['commitment:problem:sq']);
    expect(where(await search('PËRFSHIRJE ULËT'))).toEqual(['commitment:problem:sq']);
    // Decomposed input (e + combining diaeresis) is the same word.
    expect(where(await search('Pe\u0308rfshirja'))).toEqual(['commitment:title:sq']);
    const [hit] = await search('perfshirja');
    expect(hit).toEqual({
      recordType: 'commitment',
      recordId: c.id,
      commitmentId: c.id,
      componentCode: 'access-to-justice',
      field: 'title',
      lang: 'sq',
      snippet: '\u0002Përfshirja\u0003 e qytetarëve në çështjet e drejtësisë',
      commitmentTitle: { sq: 'Përfshirja e qytetarëve në çështjet e drejtësisë', en: 'Involving citizens in justice matters' },
    });
  });

  it('matches word prefixes and needs every word', async () => {
    await draft();
    expect(where(await search('drejt'))).toEqual(['commitment:title:sq']);
    expect(where(await search('qytet drejt'))).toEqual(['commitment:title:sq']);
    expect(await search('qytet buxhet')).toEqual([]);
    expect(where(await search('çësht'))).toEqual(expect.arrayContaining(['commitment:title:sq', 'indicator:name:sq']));
  });

  it('reports the record, the field path and the language that matched', async () => {
    const { c, m, i } = await draft();
    const funds = await search('EU funds');
    expect(funds.map((h) => [h.recordType, h.recordId, h.field, h.lang])).toEqual([['commitment', c.id, 'budget.fundingSource', 'en']]);
    const [ms] = await search('ndihmës juridike');
    expect(ms).toMatchObject({ recordType: 'milestone', recordId: m.id, commitmentId: c.id, field: 'deliverable', lang: 'sq', componentCode: 'access-to-justice' });
    expect(ms!.snippet).toContain('\u0002ndihmës\u0003 \u0002juridike\u0003');
    const [ind] = await search('yearbook');
    expect(ind).toMatchObject({ recordType: 'indicator', recordId: i.id, commitmentId: c.id, field: 'dataSource', lang: 'en' });
    expect(ind!.commitmentTitle.en).toBe('Involving citizens in justice matters');
  });

  it('ranks closer matches first and honours the limit', async () => {
    ws = await tempWorkspace({ role: 'lfp', institution: 'MOFE' });
    const long = await ws.ok('commitment.create', { componentCode: 'fiscal-transparency', title: { sq: 'Platforma' } });
    await ws.ok('commitment.update', {
      id: long.id,
      changes: { problem: { sq: `${'Një tekst i gjatë për diçka tjetër. '.repeat(40)}Transparenca përmendet një herë.` } },
    });
    const short = await ws.ok('commitment.create', { componentCode: 'fiscal-transparency', title: { sq: 'Transparenca fiskale' } });
    const hits = await search('transparenca');
    expect(hits.map((h) => h.commitmentId)).toEqual([short.id, long.id]);
    expect(hits[1]!.snippet.length).toBeLessThan(150);
    expect(await search('transparenca', 1)).toHaveLength(1);
  });

  it('lists a query matching more texts than are ranked, or holding a word nearly every text has, in document order', async () => {
    ws = await tempWorkspace({ role: 'lfp', institution: 'MOFE' });
    const titles = ['Transparenca e buxhetit', 'Transparenca', 'Transparenca e plotë e prokurimit publik', 'Transparenca fiskale'];
    const ids: string[] = [];
    for (const sq of titles) ids.push((await ws.ok('commitment.create', { componentCode: 'fiscal-transparency', title: { sq } })).id);
    const db = (await ws.plani.context.workspace()).store.db;
    const order = async (q: string, caps?: { ranked: number; common: number }) => (await searchPlan(db, q, 50, caps)).map((h) => ids.indexOf(h.commitmentId!));
    // Ranked: the shortest text first (bm25).
    expect(await order('transparenca')).toEqual([1, 3, 0, 2]);
    // Four texts match, more than the two ranked: written order, the same hits.
    expect(await order('transparenca', { ranked: 2, common: 100 })).toEqual([0, 1, 2, 3]);
    // Two texts match both words, but "transparenca" alone is in more than three: written order.
    expect(await order('transparenca e', { ranked: 100, common: 3 })).toEqual([0, 2]);
    expect(await order('transparenca e', { ranked: 100, common: 100 })).toEqual([0, 2]);
    expect(await order('transparenca e', { ranked: 1, common: 100 })).toEqual([0, 2]);
    expect(await order('prokurimit transparenca', { ranked: 100, common: 3 })).toEqual([2]);
    // Snippets mark the words either way.
    const [hit] = await searchPlan(db, 'prokurimit', 50, { ranked: 0, common: 0 });
    expect(hit!.snippet).toBe('Transparenca e plotë e \u0002prokurimit\u0003 publik');
  });

  it('follows every save and deletion, whoever writes', async () => {
    const { c, m, i } = await draft();
    await ws.ok('commitment.update', { id: c.id, changes: { title: { sq: 'Ndihmë juridike falas' } } });
    expect(await search('perfshirja')).toEqual([]);
    expect(where(await search('falas'))).toEqual(['commitment:title:sq']);
    // The English title did not change and is still found once.
    expect(where(await search('involving'))).toEqual(['commitment:title:en']);
    await ws.ok('commitment.update', { id: c.id, changes: { title: { en: '' } } });
    expect(await search('involving')).toEqual([]);

    await ws.ok('milestone.delete', { id: m.id });
    expect(await search('ndihmës juridike vjetor')).toEqual([]);
    expect(where(await search('yearbook'))).toEqual(['indicator:dataSource:en']);

    // Another writer (a bundle or interchange import) goes through the same triggers.
    const db = new Database(dbPath(ws.dir));
    db.prepare('UPDATE indicator SET data_source_en = ? WHERE id = ?').run('Ministry registry', i.id);
    db.close();
    expect(await search('yearbook')).toEqual([]);
    expect(where(await search('registry'))).toEqual(['indicator:dataSource:en']);

    // Deleting the commitment takes its milestones' and indicators' entries with it.
    await ws.ok('commitment.delete', { id: c.id });
    for (const q of ['registry', 'falas', 'numri', 'EU']) expect(await search(q), q).toEqual([]);
  });

  it('treats FTS syntax in the query as plain words', async () => {
    await draft();
    const queries = [
      '"', '""', '"unterminated', '*', 'drejt*', 'NEAR', 'NEAR(qytet drejt)', 'qytet NEAR drejt', 'drejt -qytet', '-drejt',
      'title:drejt', 'body:drejt', 'sq:perfshirja', 'qytet OR buxhet', 'NOT drejt', 'AND', '(drejt', 'drejt)', '^drejt', '{title}: drejt', 'a+b', "'; DROP TABLE commitment; --",
    ];
    for (const q of queries) {
      const res = await ws.plani.call('search.query', { q });
      expect(res.ok, q).toBe(true);
    }
    // The operators are words like any other, so they are simply required.
    expect(await search('qytet OR buxhet')).toEqual([]);
    expect(where(await search('drejt -qytet'))).toEqual(['commitment:title:sq']);
    // "body" is the index's real column: as a column filter it would match; as a word it is required.
    expect(await search('body:drejt')).toEqual([]);
    expect(where(await search('"drejt*'))).toEqual(['commitment:title:sq']);
    expect((await ws.ok('plan.overview', {})).components.flatMap((x) => x.commitments)).toHaveLength(1);
  });

  it('answers an empty or punctuation-only query with no hits, not an error', async () => {
    await draft();
    for (const q of [' ', '!!!', '"*"', '— … ·', '\u0308']) expect(await search(q), JSON.stringify(q)).toEqual([]);
    const tooLong = await ws.plani.call('search.query', { q: 'x'.repeat(201) });
    expect(tooLong.ok === false && tooLong.error.code).toBe('invalid-input');
  });

  it('builds FTS queries only from quoted word tokens', () => {
    expect(ftsQuery('Përf-shirje NEAR "x":*')).toBe('"Përf"* "shirje"* "NEAR"* "x"*');
    expect(ftsQuery('...')).toBeNull();
  });
});
