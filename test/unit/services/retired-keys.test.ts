// After a rotation the old key keeps only its public half: its sealed private
// key is gone from the row and from the database file, and no path through
// the code can make it sign again.
import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { activeKey, ownKey, unlockSigner } from '../../../electron/services/bundles/workspace/keys';
import { AppError } from '../../../shared/api/errors';
import { dbPath } from '../../../electron/services/workspace/paths';
import { type TempWorkspace, tempWorkspace } from '../../helpers/temp-workspace';

let ws: TempWorkspace;
afterEach(async () => {
  await ws?.cleanup();
});

const workspace = () => ws.plani.context.workspace();

describe('a rotated key', () => {
  for (const [role, institution] of [['lfp', 'MD'], ['poc', 'POC']] as const) {
    it(`(${role}) keeps no private key, is absent from the database file, and cannot unlock or sign`, async () => {
      ws = await tempWorkspace({ role, institution });
      const w = await workspace();
      const old = await activeKey(w.store.db, institution);
      const oldBlob = old.privateKeyProtected!;
      expect(unlockSigner(w, ws.keyringDir, old).keyId).toBe(old.keyId);

      const rotated = await ws.ok('key.rotate', {});
      const retired = (await ownKey(w.store.db, old.keyId, institution))!;
      expect(retired).toMatchObject({ keyId: old.keyId, status: 'rotated', privateKeyProtected: null });
      expect(retired.publicKeyRaw.equals(old.publicKeyRaw)).toBe(true);
      expect((await activeKey(w.store.db, institution)).keyId).toBe(rotated.keyId);

      // Not in the row, not in a page of the file, not in the WAL.
      for (const file of [dbPath(ws.dir), `${dbPath(ws.dir)}-wal`]) {
        if (existsSync(file)) expect(readFileSync(file).includes(oldBlob), file).toBe(false);
      }

      // Even handed the old key as it was, signing refuses a key that is not active.
      for (const key of [retired, { ...old, status: 'rotated' }]) {
        let caught: unknown;
        try {
          unlockSigner(w, ws.keyringDir, key);
        } catch (err) {
          caught = err;
        }
        expect(caught).toBeInstanceOf(AppError);
        expect((caught as AppError).toDto()).toEqual({ code: 'forbidden', details: { params: { reason: 'key-retired' } } });
      }

      // The workspace signs with the new key only.
      const next = await ws.ok('bundle.export', {});
      expect(next.summary).toMatchObject({ issuer: institution });
      const row = w.store.sqlite.prepare('SELECT count(*) AS n FROM signing_key WHERE private_key_protected IS NOT NULL').get();
      expect(row).toEqual({ n: 1 });
    });
  }
});
