// How a route names a bundle already handed to the service ("?staged=…"): the
// renderer's import screens read it (renderer/src/lib/route.ts), the desktop
// main process writes it for a bundle opened by double-click or given at launch.
export interface StagedBundle {
  readonly id: string;
  readonly name: string;
  readonly size: number;
}

const STAGED = /^\?staged=([0-9a-f-]{36})&size=(\d{1,12})&name=([^&]{1,800})$/i;

export const stagedBundleQuery = (s: StagedBundle) => `?staged=${s.id}&size=${s.size}&name=${encodeURIComponent(s.name)}`;

export function parseStagedBundleQuery(query: string): StagedBundle | undefined {
  const m = STAGED.exec(query);
  if (!m) return undefined;
  try {
    return { id: m[1]!, size: Number(m[2]), name: decodeURIComponent(m[3]!).slice(-255) };
  } catch {
    return undefined;
  }
}

/** The import screen of a role, with a staged bundle: the POC's "#/import", an LFP's "#/bundles". */
export const stagedImportHash = (role: 'poc' | 'lfp', s: StagedBundle) => `${role === 'poc' ? '#/import' : '#/bundles'}${stagedBundleQuery(s)}`;
