// One forged bundle per line of the threat checklist that can be judged from
// the file alone (shared/design/bundles-and-pdf.md §2; docs/bundle-format.md),
// each derived from a golden bundle by changing one thing, each asserting the
// exact reason code readBundle refuses it with. The mutations themselves are
// the table in mutations.ts (refusals-through-import.test.ts runs the same
// table through a workspace's import). Trust and sequence lines are the
// workspace side's tests.
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBundle } from '../../../electron/services/bundles/read';
import { jsonDepthExceeds } from '../../../electron/services/bundles/payload-checks';
import { refusalOf } from './bundle-kit';
import { MiB, mutationKit, nest, patch } from './mutations';

const kit = mutationKit();
const { S, F, R, recordsText } = kit;
beforeAll(() => kit.prepare());

describe('the forge itself', () => {
  it('reassembles the golden bundles into bundles the reader accepts', async () => {
    await expect(readBundle(S())).resolves.toBeDefined();
    await expect(readBundle(F())).resolves.toBeDefined();
    await expect(readBundle(R())).resolves.toBeDefined();
  });

  it('and so does a layout with data descriptors (bit 3), which the profile allows', async () => {
    await expect(readBundle(S({ entries: (l) => l.map((e) => ({ ...e, descriptor: true })) }))).resolves.toBeDefined();
  });
});

const groups = [...new Set(kit.mutations.map((m) => m.group))];
for (const group of groups) {
  describe(group, () => {
    for (const m of kit.mutations.filter((x) => x.group === group)) {
      it(`${m.name} → ${m.reason}`, async () => {
        const err = await refusalOf(await m.make());
        expect(err.reason, err.message).toBe(m.reason);
        if (m.params) expect(err.params).toMatchObject(m.params);
      });
    }
  });
}

describe('defences that are not a single refusal', () => {
  it('leaves Object.prototype alone when records carry __proto__', async () => {
    await refusalOf(S(recordsText((t) => t.replace('{"id":', '{"__proto__":{"polluted":true},"id":'))));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('measures depth outside strings only', () => {
    expect(jsonDepthExceeds(`{"a":"${'['.repeat(100)}"}`, 32)).toBe(false);
    expect(jsonDepthExceeds(`{"a":"\\"${'['.repeat(100)}"}`, 32)).toBe(false);
    expect(jsonDepthExceeds(nest(32), 32)).toBe(false);
    expect(jsonDepthExceeds(nest(33), 32)).toBe(true);
  });

  it('refuses before inflating: a 20 MiB bomb entry is judged on its headers alone', async () => {
    const started = performance.now();
    const err = await refusalOf(S(patch('data/records.json', { stored: randomBytes(4096), uncompressedSize: 20 * MiB })));
    expect(err.reason).toBe('compression-ratio');
    expect(performance.now() - started).toBeLessThan(200);
  });
});
