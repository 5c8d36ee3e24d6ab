// Runs before every test file: the keyring (key-encryption keys) goes to a
// fresh temporary folder, so no test can read or write the real user's keys
// even when it forgets to pass keyringDir.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const keyringDir = mkdtempSync(join(tmpdir(), 'plani-keyring-'));
process.env.PLANI_KEYRING_DIR = keyringDir;

afterAll(() => {
  rmSync(keyringDir, { recursive: true, force: true });
});
