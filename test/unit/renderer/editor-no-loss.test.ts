// Nothing typed is lost: for every kind of field, a value that cannot be
// saved stays where it was typed (across a new editor, a new app start),
// the saved value is kept, the quality checks read only what is saved, and
// the value goes once it is corrected or discarded. Over the real services
// and a real workspace: the editing layer (session + save queue) as the
// renderer runs it, with the API client built from the contract.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EditorSession } from '../../../renderer/src/editor/session';
import { NOT_A_NUMBER } from '../../../renderer/src/editor/values';
import { textLimit } from '../../../renderer/src/editor/validate';
import type { FieldRef } from '../../../renderer/src/lib/field-key';
import { readField, type FieldValue } from '../../../renderer/src/lib/field-paths';
import { localShelf } from '../../../renderer/src/services/autosave/local-shelf';
import { SaveQueue } from '../../../renderer/src/services/autosave/save-queue';
import { createApiClient, type ApiClient } from '../../../shared/api/client';
import { MAX_TEXT } from '../../../shared/model/primitives';
import type { Commitment } from '../../../shared/model/plan';
import { checkCommitment } from '../../../shared/quality/run';
import { type TempWorkspace, tempWorkspace } from '../../helpers/temp-workspace';

let ws: TempWorkspace;
let api: ApiClient;
let commitmentId: string;
let milestoneId: string;
let indicatorId: string;

beforeEach(async () => {
  ws = await tempWorkspace({ role: 'lfp', institution: 'MD' });
  api = createApiClient((method, input) => ws.plani.call(method, input));
  const c = await ws.ok('commitment.create', { componentCode: 'access-to-justice' });
  commitmentId = c.id;
  milestoneId = (await ws.ok('milestone.create', { commitmentId })).id;
  indicatorId = (await ws.ok('indicator.create', { commitmentId })).id;
  await ws.ok('commitment.update', {
    id: commitmentId,
    changes: { title: { sq: 'Ndihma juridike falas' }, startDate: '2021-01-15', budget: { amount: 25_000_000 }, contact: { email: 'arta@drejtesia.gov.al' } },
  });
  await ws.ok('milestone.update', { id: milestoneId, changes: { startDate: '2021-02-01' } });
  await ws.ok('indicator.update', { id: indicatorId, changes: { baseline: { year: 2020 } } });
});
afterEach(async () => {
  await ws.cleanup();
});

/** An editor as the app opens one: a save queue that has read back what was kept, a session over the stored record. */
async function openEditor(queue = new SaveQueue(api, 0)) {
  await queue.ensureRestored();
  const stored = await ws.ok('commitment.get', { id: commitmentId });
  return { saves: queue, session: new EditorSession(api, queue, stored) };
}

const stored = () => ws.ok('commitment.get', { id: commitmentId });
const kept = () => ws.ok('unsaved.list', {}).then((r) => r.values);

const ref = (recordType: FieldRef['recordType'], field: string, lang: FieldRef['lang'] = null): FieldRef => ({
  recordType,
  recordId: recordType === 'commitment' ? commitmentId : recordType === 'milestone' ? milestoneId : indicatorId,
  field,
  lang,
});

interface Kind {
  name: string;
  ref: () => FieldRef;
  /** The saved value before the refusal. */
  saved: FieldValue;
  /** A value the schema refuses, or the text of a box that held no value at all. */
  refused: { value: FieldValue; code: string } | { text: string; code: string };
  /** A value that saves. */
  fixed: FieldValue;
}

const KINDS: Kind[] = [
  { name: 'a bilingual long text over its limit', ref: () => ref('commitment', 'problem', 'sq'), saved: '', refused: { value: 'ë'.repeat(20_000), code: 'too-long' }, fixed: 'Qytetarët me të ardhura të ulëta nuk marrin ndihmë juridike.' },
  { name: 'a one-line text over its limit', ref: () => ref('commitment', 'title', 'sq'), saved: 'Ndihma juridike falas', refused: { value: 'Ç'.repeat(600), code: 'too-long' }, fixed: 'Ndihma juridike falas për të gjithë' },
  { name: 'an e-mail address', ref: () => ref('commitment', 'contact.email'), saved: 'arta@drejtesia.gov.al', refused: { value: 'arta@@drejtesia', code: 'bad-email' }, fixed: 'info@drejtesia.gov.al' },
  { name: 'an amount typed as no number at all', ref: () => ref('commitment', 'budget.amount'), saved: 25_000_000, refused: { text: '25 milionë', code: NOT_A_NUMBER }, fixed: 30_000_000 },
  { name: 'a negative amount', ref: () => ref('commitment', 'budget.amount'), saved: 25_000_000, refused: { value: -5, code: 'negative' }, fixed: 1_500_000.5 },
  { name: 'a date typed in a form that means no date', ref: () => ref('commitment', 'startDate'), saved: '2021-01-15', refused: { text: '02302021', code: 'bad-date' }, fixed: '2021-01-20' },
  { name: 'a date that does not exist', ref: () => ref('commitment', 'startDate'), saved: '2021-01-15', refused: { value: '2021-02-30', code: 'bad-date' }, fixed: '2021-02-28' },
  { name: "a milestone's date", ref: () => ref('milestone', 'startDate'), saved: '2021-02-01', refused: { value: '2021-13-01', code: 'bad-date' }, fixed: '2021-03-01' },
  { name: "an indicator's year", ref: () => ref('indicator', 'baseline.year'), saved: 2020, refused: { text: '20x0', code: NOT_A_NUMBER }, fixed: 2019 },
];

/** What the person does to put a refused value in the box: typing a value, or text that is none. */
function typeRefused(session: EditorSession, kind: Kind): void {
  if ('value' in kind.refused) session.edit(kind.ref(), kind.refused.value);
  else session.refuse(kind.ref(), kind.refused.code, kind.refused.text);
}

describe('a value that cannot be saved', () => {
  for (const kind of KINDS) {
    describe(kind.name, () => {
      it('stays in its box with its message, while the saved value stays saved', async () => {
        const { session, saves } = await openEditor();
        expect(readField(session.getSnapshot().commitment, kind.ref())).toEqual(kind.saved);
        typeRefused(session, kind);
        await saves.flushAll();

        const r = kind.ref();
        expect(saves.getGroupStatus(commitmentId).fieldErrors[`${r.recordId}:${r.lang ? `${r.field}.${r.lang}` : r.field}`]).toBe(kind.refused.code);
        if ('value' in kind.refused) expect(readField(session.getSnapshot().commitment, r)).toEqual(kind.refused.value);
        else expect(saves.keptValue(r)?.text).toBe(kind.refused.text);
        expect(readField(session.getSnapshot().accepted, r)).toEqual(kind.saved);
        expect(readField(await stored(), r)).toEqual(kind.saved);
      });

      it('is there again in a new editor and after a new start, until it is corrected', async () => {
        const first = await openEditor();
        typeRefused(first.session, kind);
        await first.saves.flushAll();
        expect(await kept()).toHaveLength(1);

        // The same app, the editor closed and opened again.
        const again = new EditorSession(api, first.saves, await stored());
        if ('value' in kind.refused) expect(readField(again.getSnapshot().commitment, kind.ref())).toEqual(kind.refused.value);
        // A new start: nothing in memory, only the workspace.
        const restarted = await openEditor();
        const r = kind.ref();
        if ('value' in kind.refused) expect(readField(restarted.session.getSnapshot().commitment, r)).toEqual(kind.refused.value);
        else expect(restarted.saves.keptValue(r)?.text).toBe(kind.refused.text);
        expect(readField(restarted.session.getSnapshot().accepted, r)).toEqual(kind.saved);
        expect(restarted.saves.keptIn(commitmentId).map((k) => k.code)).toEqual([kind.refused.code]);

        restarted.session.edit(r, kind.fixed);
        await restarted.saves.flushAll();
        expect(readField(await stored(), r)).toEqual(kind.fixed);
        expect(await kept()).toEqual([]);
        expect(restarted.saves.keptIn(commitmentId)).toEqual([]);
        expect(restarted.saves.getGroupStatus(commitmentId).fieldErrors).toEqual({});
      });

      it('goes when the person discards it, and the box shows the saved value', async () => {
        const { session, saves } = await openEditor();
        typeRefused(session, kind);
        await saves.flushAll();
        session.discardUnsaved(kind.ref());
        await saves.flushAll();
        expect(readField(session.getSnapshot().commitment, kind.ref())).toEqual(kind.saved);
        expect(saves.keptValue(kind.ref())).toBeUndefined();
        expect(await kept()).toEqual([]);
        expect((await openEditor()).saves.keptIn(commitmentId)).toEqual([]);
      });
    });
  }
});

describe('the quality checks', () => {
  it('read what is saved, not values that were refused', async () => {
    const reference = await ws.ok('reference.get', {});
    const cycle = reference.cycles.find((c) => c.id === '2020-2022') ?? null;
    const findings = (c: Commitment) => checkCommitment(c, { cycle, reference, today: '2021-01-01' });
    const { session, saves } = await openEditor();
    const before = findings(session.getSnapshot().accepted).map((f) => `${f.checkId}:${f.target.field}:${f.target.lang}`);
    // An e-mail and a budget that would each silence a warning if they counted.
    session.edit(ref('commitment', 'contact.email'), 'arta@@drejtesia');
    session.edit(ref('commitment', 'budget.amount'), -1);
    session.edit(ref('commitment', 'problem', 'sq'), 'x'.repeat(MAX_TEXT + 1));
    await saves.flushAll();
    expect(findings(session.getSnapshot().accepted).map((f) => `${f.checkId}:${f.target.field}:${f.target.lang}`)).toEqual(before);
    // Counted as if they were there, the same values would change the findings.
    expect(findings(session.getSnapshot().commitment).map((f) => `${f.checkId}:${f.target.field}:${f.target.lang}`)).not.toEqual(before);
    expect(saves.keptIn(commitmentId)).toHaveLength(3);
  });
});

describe('the message of a text over its limit', () => {
  it('says the limit and the length', () => {
    expect(textLimit(ref('commitment', 'problem', 'sq'), 'a'.repeat(12_000))).toEqual({ max: MAX_TEXT, length: 12_000 });
    expect(textLimit(ref('commitment', 'problem', 'sq'), 'short')).toBeUndefined();
  });
});

describe('values refused by the service itself', () => {
  it('are kept like the ones the editor refuses', async () => {
    const saves = new SaveQueue(api, 0);
    await saves.ensureRestored();
    // Sent without the editor's own check, as an older window might: the service answers invalid-input.
    saves.edit(ref('commitment', 'contact.email'), 'not-an-address', commitmentId);
    await saves.flushAll();
    expect(saves.keptValue(ref('commitment', 'contact.email'))).toMatchObject({ value: 'not-an-address', code: 'bad-email' });
    expect((await kept()).map((k) => k.ref.field)).toEqual(['contact.email']);
  });
});

describe('a page that goes away before its last request is through', () => {
  it('leaves its kept values on the local shelf, and the next start hands them to the workspace', async () => {
    const items = new Map<string, string>();
    const storage = {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
      removeItem: (k: string) => void items.delete(k),
    } as Storage;
    // The page's last requests are cut off on the way (a large body cannot go keepalive).
    const cutOff = createApiClient(async (method, input) =>
      method === 'unsaved.keep' ? { ok: false, error: { code: 'internal' } } : ws.plani.call(method, input),
    );
    const before = new SaveQueue(cutOff, 0, localShelf(storage));
    await before.ensureRestored();
    const session = new EditorSession(cutOff, before, await stored());
    session.edit(ref('commitment', 'problem', 'sq'), 'ë'.repeat(20_000));
    before.flushUrgent();
    expect(await kept()).toEqual([]);

    const after = await openEditor(new SaveQueue(api, 0, localShelf(storage)));
    expect(readField(after.session.getSnapshot().commitment, ref('commitment', 'problem', 'sq'))).toBe('ë'.repeat(20_000));
    await after.saves.flushAll();
    expect((await kept()).map((k) => [k.ref.field, k.code])).toEqual([['problem', 'too-long']]);
    expect(items.size).toBe(0);
  });
});
