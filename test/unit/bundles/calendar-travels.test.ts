// The process calendar between two real workspaces: an LFP's items in its
// submission (added, changed, deleted at the POC, shown in the preview), the
// POC's items in its feedback (in place of the LFP's copy, shown in the
// preview), each side's items read-only to the other.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import { CalendarService } from '../../../electron/services/calendar/calendar-service';
import { type Party, pocMdNais } from './workspace-fixtures';

let poc: Party, md: Party, nais: Party;
beforeEach(async () => {
  ({ poc, md, nais } = await pocMdNais());
});
afterEach(async () => {
  for (const p of [poc, md, nais]) await p.close();
});

const code = async (p: Party) => (await p.bundles.showKey()).safetyCode;
const calendar = (p: Party) => new CalendarService(p.ws);
const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);

describe('the calendar travels', () => {
  it('an LFP’s items in its submission: added, then changed and deleted at the POC', async () => {
    const a = await calendar(md).create({ fields: { phase: 'thematic-consultations', title: { sq: 'Konsultimi në Korçë', en: 'Consultation in Korçë' }, start: '2020-10-05', due: '2020-10-06' } });
    const b = await calendar(md).create({ fields: { phase: 'drafting', title: { sq: 'Afati i hartimit', en: 'Drafting deadline' }, due: '2020-11-30' } });
    const first = await md.bundles.export();
    expect((await poc.bundles.preview(first.bytes)).changes.added.filter((c) => c.entity === 'calendar-item').map((c) => c.id).sort()).toEqual([a.id, b.id].sort());
    await poc.bundles.import(first.bytes, await code(md));
    const atPoc = (await calendar(poc).list()).items;
    expect(atPoc.find((i) => i.id === a.id)).toMatchObject({ owner: 'MD', title: { sq: 'Konsultimi në Korçë', en: 'Consultation in Korçë' } });
    await expect(calendar(poc).update(a.id, { status: 'done' })).rejects.toMatchObject({ code: 'not-owner' });

    await calendar(md).update(a.id, { status: 'done' });
    await calendar(md).delete(b.id);
    const second = await md.bundles.export();
    const changes = (await poc.bundles.preview(second.bytes)).changes;
    expect(changes.changed.map((c) => [c.entity, c.id])).toEqual([['calendar-item', a.id]]);
    expect(changes.changed[0]!.fields.map((f) => [f.field, f.before, f.after])).toEqual([['status', 'planned', 'done']]);
    expect(changes.deleted.map((c) => [c.entity, c.id])).toEqual([['calendar-item', b.id]]);
    await poc.bundles.import(second.bytes);
    expect(ids((await calendar(poc).list()).items)).toEqual([a.id]);
    expect((await calendar(poc).get(a.id)).status).toBe('done');
  });

  it('the POC’s items in its feedback, in place of the copy the last feedback left, read-only at the LFP', async () => {
    const launch = await calendar(poc).create({ fields: { phase: 'launch', title: { sq: 'Nisja', en: 'Launch' }, start: '2020-09-01', due: '2020-09-05' } });
    const adoption = await calendar(poc).create({ fields: { phase: 'adoption', title: { sq: 'Miratimi', en: 'Adoption' }, due: '2020-12-20' } });
    const own = await calendar(md).create({ fields: { phase: 'drafting', title: { sq: 'Hartimi i MD', en: 'MD drafting' } } });
    const fb1 = await poc.bundles.export();
    const preview = await md.bundles.preview(fb1.bytes);
    expect(preview.changes.added.map((c) => c.id).sort()).toEqual([launch.id, adoption.id].sort());
    await md.bundles.import(fb1.bytes, await code(poc));
    expect(ids((await calendar(md).list()).items)).toEqual([launch.id, own.id, adoption.id]);
    const refused = await calendar(md).update(launch.id, { status: 'done' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: 'not-owner', details: { params: { owner: 'POC' } } });

    await calendar(poc).update(launch.id, { status: 'done', notes: { sq: 'U krye me vonesë; ç ë' } });
    await calendar(poc).delete(adoption.id);
    const fb2 = await poc.bundles.export();
    const changes = (await md.bundles.preview(fb2.bytes)).changes;
    expect(changes.changed.map((c) => c.id)).toEqual([launch.id]);
    expect(changes.deleted.map((c) => c.id)).toEqual([adoption.id]);
    await md.bundles.import(fb2.bytes);
    const items = (await calendar(md).list()).items;
    expect(ids(items)).toEqual([launch.id, own.id]);
    expect(items[0]).toMatchObject({ owner: 'POC', status: 'done', notes: { sq: 'U krye me vonesë; ç ë', en: '' } });
    // The LFP's own item went nowhere, and the LFP's submission carries only its own.
    const sub = await md.bundles.export();
    await poc.bundles.import(sub.bytes, await code(md));
    expect((await calendar(poc).list()).items.filter((i) => i.owner === 'MD').map((i) => i.id)).toEqual([own.id]);
    expect((await calendar(poc).get(launch.id)).rev).toBe(3);
  });
});
