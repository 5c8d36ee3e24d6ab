// One timed step of the bundle-attachments bench, alone in a fresh process so
// its peak RSS (process.resourceUsage().maxRSS) is that step's and nothing
// else's: `export <ws> <keyring> <file>`, `import <ws> <keyring> <file> <code>`,
// or `floor <from-dir> <to-dir>` (the same attachment files copied and hashed
// with bare Node streams). Every step loads the same modules, so the
// processes start from the same baseline. Prints one line of JSON.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { performance } from 'node:perf_hooks';
import { BundleService } from '../../electron/services/bundles/workspace/service';
import { openWorkspace } from '../../electron/services/workspace/workspace';

async function floor(from: string, to: string): Promise<number> {
  mkdirSync(to, { recursive: true });
  let bytes = 0;
  for (const name of readdirSync(from).filter((n) => /^[0-9a-f]{64}$/.test(n))) {
    const hash = createHash('sha256');
    const tap = new Transform({
      transform(chunk: Buffer, _enc, done) {
        hash.update(chunk);
        bytes += chunk.length;
        done(null, chunk);
      },
    });
    await pipeline(createReadStream(join(from, name), { highWaterMark: 256 * 1024 }), tap, createWriteStream(join(to, name)));
    if (hash.digest('hex') !== name) throw new Error(`${name} does not hash to its name`);
  }
  return bytes;
}

async function main() {
  const [step, a, b, c, d] = process.argv.slice(2) as [string, string, string, string, string];
  const start = performance.now();
  let detail: unknown = null;
  if (step === 'floor') {
    detail = await floor(a, b);
  } else {
    const ws = await openWorkspace(a);
    try {
      const service = new BundleService(ws, b);
      if (step === 'export') detail = (await service.exportFile(c)).size;
      else if (step === 'import') detail = (await service.importFile(c, d)).result;
      else throw new Error(`unknown step ${step}`);
    } finally {
      await ws.store.close();
    }
  }
  const ms = performance.now() - start;
  console.log(JSON.stringify({ step, ms, maxRssKiB: process.resourceUsage().maxRSS, detail }));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
