// Files handed over and fetched a chunk at a time: chunks in order only, never
// past the size announced, read only once whole, and nothing left on disk
// once discarded or closed (a crash's leftovers are removed a day later).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STAGE_CHUNK_BYTES } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/errors';
import { MAX_STAGED_FILES, StagedFiles } from '../../../electron/services/staging/staged-files';

let dir: string;
let staging: StagedFiles;
const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e instanceof AppError ? e.code : String(e);
  }
  return 'no error';
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'plani-staging-'));
  staging = new StagedFiles(dir);
});
afterEach(() => {
  staging.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('staged files', () => {
  it('takes chunks in order into one file, and gives its path only once it is whole', () => {
    const data = Buffer.from('PK\u0003\u0004 një skedar i vogël, çelësi', 'utf8');
    const id = staging.begin('MD-1.plani', data.length);
    expect(staging.append(id, 0, data.subarray(0, 10))).toBe(10);
    expect(codeOf(() => staging.completePath(id))).toBe('staged-file-incomplete');
    expect(codeOf(() => staging.append(id, 0, data.subarray(0, 10)))).toBe('staged-file-out-of-order');
    expect(codeOf(() => staging.append(id, 12, data.subarray(12)))).toBe('staged-file-out-of-order');
    expect(codeOf(() => staging.append(id, 10, Buffer.concat([data.subarray(10), Buffer.from('x')])))).toBe('staged-file-too-large');
    expect(staging.append(id, 10, data.subarray(10))).toBe(data.length);
    expect(readFileSync(staging.completePath(id)).equals(data)).toBe(true);
  });

  it('reads a written file back a chunk at a time', () => {
    const { id, path } = staging.reserve('POC-3.plani');
    const data = Buffer.alloc(STAGE_CHUNK_BYTES * 2 + 123, 7);
    writeFileSync(path, data);
    expect(staging.sealWritten(id)).toBe(data.length);
    const parts: Buffer[] = [];
    for (let offset = 0; offset < data.length; ) {
      const { bytes, size } = staging.read(id, offset);
      expect(size).toBe(data.length);
      expect(bytes.length).toBeLessThanOrEqual(STAGE_CHUNK_BYTES);
      parts.push(bytes);
      offset += bytes.length;
    }
    expect(parts).toHaveLength(3);
    expect(Buffer.concat(parts).equals(data)).toBe(true);
    expect(staging.read(id, data.length).bytes.length).toBe(0);
  });

  it('refuses an unknown id and a size over the bundle limit', () => {
    expect(codeOf(() => staging.append('6f1c1a3e-4a4e-4f4b-9d7a-0a0a0a0a0a0a', 0, Buffer.from('x')))).toBe('not-found');
    expect(codeOf(() => staging.begin('huge.plani', 600 * 1024 * 1024))).toBe('staged-file-too-large');
  });

  it('keeps at most a few files, dropping the oldest, and leaves nothing once discarded or closed', () => {
    const ids = Array.from({ length: MAX_STAGED_FILES + 1 }, (_, i) => staging.begin(`${i}.plani`, 1));
    expect(codeOf(() => staging.append(ids[0]!, 0, Buffer.from('a')))).toBe('not-found');
    expect(staging.append(ids[1]!, 0, Buffer.from('b'))).toBe(1);
    const session = readdirSync(join(dir, '.staging'));
    expect(session).toHaveLength(1);
    expect(readdirSync(join(dir, '.staging', session[0]!))).toHaveLength(MAX_STAGED_FILES);
    staging.discard(ids[1]!);
    expect(readdirSync(join(dir, '.staging', session[0]!))).toHaveLength(MAX_STAGED_FILES - 1);
    staging.close();
    expect(readdirSync(join(dir, '.staging'))).toEqual([]);
  });

  it("removes a crashed session's folder a day old, and not a recent one", () => {
    const root = join(dir, '.staging');
    mkdirSync(join(root, 'old-session'), { recursive: true });
    mkdirSync(join(root, 'recent-session'), { recursive: true });
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    utimesSync(join(root, 'old-session'), twoDaysAgo, twoDaysAgo);
    staging.begin('a.plani', 1);
    const left = readdirSync(root);
    expect(left).toContain('recent-session');
    expect(left).not.toContain('old-session');
    expect(left).toHaveLength(2);
  });
});
