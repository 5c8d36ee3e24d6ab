// One forged bundle per line of the threat checklist that can be judged from
// the file alone (shared/design/bundles-and-pdf.md §2; docs/bundle-format.md),
// each derived from a golden bundle by changing one thing, each asserting the
// exact reason code readBundle refuses it with. The mutations themselves are
// the table in mutations.ts (refusals-through-import.test.ts runs the same
// table through a workspace's import). Trust and sequence lines are the
// workspace side's tests.
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { readBundle } from '../../../electron/services/bundles/file/read';
import { scanJson } from '../../../electron/services/json/strict-json';
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
  it('never hands the 19.9 MiB records.json to JSON.parse: the scan refuses its title first', async () => {
    const big = kit.mutations.find((m) => m.name.startsWith('records.json of about 19.9 MiB'))!;
    const bytes = await big.make();
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const err = await refusalOf(bytes);
      expect(err.params).toMatchObject({ issue: 'string-too-long' });
      const longest = Math.max(0, ...parse.mock.calls.map(([text]) => (typeof text === 'string' ? text.length : 0)));
      expect(longest).toBeLessThan(MiB);
    } finally {
      parse.mockRestore();
    }
  });

  it('accepts an escaped surrogate pair, which is one character', async () => {
    const v = await readBundle(S(recordsText((t) => t.replace('"title":{"sq":"', '"title":{"sq":"\\ud83d\\ude00 '))));
    expect((v.payload as { commitments: { title: { sq: string } }[] }).commitments[0]!.title.sq.startsWith('\u{1F600} ')).toBe(true);
  });

  it('leaves Object.prototype alone when records carry __proto__', async () => {
    await refusalOf(S(recordsText((t) => t.replace('{"id":', '{"__proto__":{"polluted":true},"id":'))));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('measures depth outside strings only', () => {
    const depthIssues = (text: string) => scanJson(text, { maxDepth: 32, maxStringLength: 10_000 }).filter((p) => p.issue === 'depth');
    expect(depthIssues(`{"a":"${'['.repeat(100)}"}`)).toEqual([]);
    expect(depthIssues(`{"a":"\\"${'['.repeat(100)}"}`)).toEqual([]);
    expect(depthIssues(nest(32))).toEqual([]);
    expect(depthIssues(nest(33))).toHaveLength(1);
  });

  it('refuses before inflating: a 20 MiB bomb entry is judged on its headers alone', async () => {
    // The stored bytes are random, not deflate: had anything inflated them, the refusal would be
    // zip-malformed. compression-ratio can only come from the headers, before any inflating.
    const err = await refusalOf(S(patch('data/records.json', { stored: randomBytes(4096), uncompressedSize: 20 * MiB })));
    expect(err.reason).toBe('compression-ratio');
  });
});
