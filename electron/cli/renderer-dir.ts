// Where the built renderer is. The CLI is bundled to dist/node/cli.cjs, so the
// renderer build is its sibling dist/renderer; run from source (tsx, tests)
// the same folder is two levels up. PLANI_RENDERER_DIR overrides both.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export function rendererCandidates(env: NodeJS.ProcessEnv): string[] {
  if (env.PLANI_RENDERER_DIR) return [env.PLANI_RENDERER_DIR];
  return [join(__dirname, '..', 'renderer'), join(__dirname, '..', '..', 'dist', 'renderer')];
}

/** The first candidate holding an index.html, or null. */
export function findRendererDir(env: NodeJS.ProcessEnv): string | null {
  return rendererCandidates(env).find((dir) => existsSync(join(dir, 'index.html'))) ?? null;
}
