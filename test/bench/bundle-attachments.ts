// Bundles with attachments (issue 14): an LFP submission carrying 50 MB of
// attachments (5 files of 10 MB, incompressible bodies behind real PNG and
// PDF headers, so the type sniffing passes) exported to a file and imported
// from it by the POC. Each step runs in a fresh process
// (bundle-attachments-child.ts), timed there and measured by its peak RSS.
// The floor is the same 50 MB copied and hashed with bare Node streams in
// a process that loads the same modules.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPlani } from '../../electron/services/app';
import { ATTACHMENTS_DIR } from '../../electron/services/attachments/content-store';
import { row } from './stats';

const ROOT = join(__dirname, '..', '..');
const CHILD = join(__dirname, 'bundle-attachments-child.ts');
const FILE_BYTES = 10_000_000;
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PDF = Buffer.from('%PDF-1.7\n', 'latin1');

interface Step {
  ms: number;
  maxRssKiB: number;
}

function step(...args: string[]): Step {
  const out = execFileSync(process.execPath, ['--import', 'tsx', CHILD, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').at(-1)!) as Step;
}

async function workspace(dir: string, keyringDir: string, role: 'lfp' | 'poc', institution: string) {
  const plani = createPlani({ mode: 'cli', workspaceDir: dir, keyringDir, onUnexpected: () => {} });
  const init = await plani.call('workspace.init', { role, institution });
  if (!init.ok) throw new Error(JSON.stringify(init.error));
  return plani;
}

export async function benchBundleAttachments(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'plani-bench-att-'));
  const keyringDir = join(root, 'keyring');
  const lfpDir = join(root, 'lfp');
  const pocDir = join(root, 'poc');
  try {
    const lfp = await workspace(lfpDir, keyringDir, 'lfp', 'MD');
    const created = await lfp.call('commitment.create', { componentCode: 'anti-corruption', title: { sq: 'Regjistri i pronësisë përfituese', en: 'Beneficial ownership register' } });
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    for (let i = 0; i < 5; i++) {
      const [magic, ext] = i % 2 === 0 ? [PNG, 'png'] : [PDF, 'pdf'];
      const data = Buffer.concat([magic, randomBytes(FILE_BYTES - magic.length)]);
      const res = await lfp.call('attachment.add', { ownerType: 'commitment', ownerId: (created.value as { id: string }).id, file: { name: `prova-${i}.${ext}`, dataBase64: data.toString('base64') } });
      if (!res.ok) throw new Error(JSON.stringify(res.error));
    }
    const key = await lfp.call('key.show', {});
    if (!key.ok) throw new Error(JSON.stringify(key.error));
    await lfp.close();
    await (await workspace(pocDir, keyringDir, 'poc', 'POC')).close();

    const bundle = join(root, 'MD-submission.plani');
    const exported = step('export', lfpDir, keyringDir, bundle);
    const imported = step('import', pocDir, keyringDir, bundle, (key.value as { safetyCode: string }).safetyCode);
    const floor = step('floor', join(lfpDir, ATTACHMENTS_DIR), join(root, 'floor-copy'));

    const MB = (kib: number) => `${(kib / 1024).toFixed(0)} MB`;
    const vs = (s: Step, f: Step) => `${(s.ms / f.ms).toFixed(1)}× floor time, ${(s.maxRssKiB / f.maxRssKiB).toFixed(2)}× floor RSS`;
    console.log(`\nBundle with 5 × 10 MB attachments (${((5 * FILE_BYTES) / 1e6).toFixed(0)} MB), each step in a fresh process:`);
    console.log(row('bundle export to file, 50 MB attachments', `${(exported.ms / 1000).toFixed(2)} s`, '< 5 s'));
    console.log(row('  its peak RSS', MB(exported.maxRssKiB), '< 300 MB'));
    console.log(row('bundle import from file, 50 MB attachments', `${(imported.ms / 1000).toFixed(2)} s`, '< 5 s'));
    console.log(row('  its peak RSS', MB(imported.maxRssKiB), '< 300 MB'));
    console.log(row('  floor: copy + SHA-256 of the 50 MB, bare streams', `${(floor.ms / 1000).toFixed(2)} s`, MB(floor.maxRssKiB)));
    console.log(row('  export against the floor', vs(exported, floor)));
    console.log(row('  import against the floor', vs(imported, floor)));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
