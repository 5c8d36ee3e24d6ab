// Issue 9 §4 through a signed bundle: MD signs a commitment title that holds
// invisible characters, so that it would look like another in the POC's diff.
// The payload schema strips them from one-line texts, so what the POC is shown
// and stores is the visible title only; the bundle itself still verifies (its
// hashes are over the bytes, which are not changed).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubmissionPayload } from '../../../shared/model/bundle';
import { partsOf } from './bundle-kit';
import { draftCommitment, forge, type Party, party } from './workspace-fixtures';

let poc: Party;
let md: Party;
let payload: SubmissionPayload;

beforeAll(async () => {
  poc = await party('poc', 'POC');
  md = await party('lfp', 'MD');
  await draftCommitment(md, 'anti-corruption', { sq: 'Regjistri i pronësisë përfituese', en: 'Beneficial ownership register' });
  const first = (await md.bundles.export()).bytes;
  await poc.bundles.import(first, (await md.bundles.showKey()).safetyCode);
  payload = JSON.parse(partsOf(first).records.toString('utf8'));
}, 30_000);

afterAll(async () => {
  await poc?.close();
  await md?.close();
});

describe('a signed title with invisible characters', () => {
  it('is shown and stored without them', async () => {
    const p = structuredClone(payload);
    const c = p.commitments[0]!;
    c.title = { sq: 'Regjistri\u200B i pronësisë\u2028 përfituese\uFEFF', en: 'Beneficial\u200F ownership register' };
    c.rev += 1;
    const bytes = await forge({ key: await md.ownKey(), institution: 'MD', manifest: { seq: 2 }, payload: p });

    const preview = await poc.bundles.preview(bytes);
    expect(preview.refusal).toBeNull();
    const labels = [...preview.changes.changed, ...preview.changes.added].map((x) => x.label);
    for (const label of labels) expect(label.sq + label.en).not.toMatch(/[\u200B\u200F\u2028\uFEFF]/u);

    expect((await poc.bundles.import(bytes)).result).toBe('applied');
    const stored = await poc.ws.store.db.selectFrom('commitment').select(['title_sq', 'title_en']).where('id', '=', c.id).executeTakeFirstOrThrow();
    expect(stored).toEqual({ title_sq: 'Regjistri i pronësisë përfituese', title_en: 'Beneficial ownership register' });
  });
});
