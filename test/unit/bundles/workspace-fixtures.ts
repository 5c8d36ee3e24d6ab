// Real workspaces (SQLite files in temporary folders, their own keyring) for
// the bundle tests, and a forger that signs any bundle with any key, for the
// refusals a well-behaved exporter never produces.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Manifest, SubmissionPayload } from '../../../shared/model/bundle';
import { CURRENT_CYCLE_ID } from '../../../shared/reference/seed';
import { activeKey } from '../../../electron/services/bundles/workspace/keys';
import { BundleService } from '../../../electron/services/bundles/workspace/service';
import type { BundleDraft, BundlePayload, BundleSigner } from '../../../electron/services/bundles/types';
import { writeBundle } from '../../../electron/services/bundles/file/write';
import { exportInterchange, importInterchange, serializeInterchange } from '../../../electron/services/interchange';
import { type GeneratedKey, generateSigningKey } from '../../../electron/services/keys/identity';
import { keyringProtector } from '../../../electron/services/keys/protector';
import { CommitmentService } from '../../../electron/services/plan/commitments';
import { IndicatorService } from '../../../electron/services/plan/indicators';
import { MilestoneService } from '../../../electron/services/plan/milestones';
import { initWorkspace, type Workspace } from '../../../electron/services/workspace/workspace';
import { syntheticPlan } from '../../fixtures/synthetic-plan';

/** A clock that moves one second per call, from a fixed start: ordered and repeatable timestamps. */
export function steppingClock(start = '2024-05-01T08:00:00.000Z'): () => Date {
  let t = new Date(start).getTime();
  return () => new Date((t += 1000));
}

export interface Party {
  root: string;
  dir: string;
  keyringDir: string;
  ws: Workspace;
  bundles: BundleService;
  commitments: CommitmentService;
  milestones: MilestoneService;
  indicators: IndicatorService;
  /** This workspace's whole content as interchange text (fixed exportedAt): "the database content". */
  snapshot(): Promise<string>;
  /** Number of bundle_log rows. */
  logCount(): Promise<number>;
  /** This workspace's own key, private part included (for forging bundles "it" signed). */
  ownKey(): Promise<GeneratedKey>;
  close(): Promise<void>;
}

export async function party(role: 'lfp' | 'poc', institution: string, clock: () => Date = steppingClock()): Promise<Party> {
  const root = mkdtempSync(join(tmpdir(), `plani-bundles-${institution.toLowerCase()}-`));
  const dir = join(root, 'ws');
  const keyringDir = join(root, 'keyring');
  const ws = await initWorkspace({ dir, role, institution, protectorFor: (id) => keyringProtector(keyringDir, id), now: clock });
  return {
    root,
    dir,
    keyringDir,
    ws,
    bundles: new BundleService(ws, keyringDir, clock),
    commitments: new CommitmentService(ws, clock),
    milestones: new MilestoneService(ws, clock),
    indicators: new IndicatorService(ws, clock),
    snapshot: async () =>
      serializeInterchange(await exportInterchange(ws.store, { role, institution, appVersion: 'test' }, { now: () => new Date('2024-01-01T00:00:00.000Z') })),
    logCount: async () => Number((await ws.store.db.selectFrom('bundle_log').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
    async ownKey() {
      const k = await activeKey(ws.store.db, institution);
      const privateKeyPkcs8 = keyringProtector(keyringDir, ws.info.id).unprotect(k.keyId, k.privateKeyProtected!);
      return { keyId: k.keyId, publicKeyRaw: k.publicKeyRaw, privateKeyPkcs8 };
    },
    async close() {
      await ws.store.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** The three workspaces most exchanges run between, made in this order: the POC and two LFPs, MD and NAIS. */
export async function pocMdNais(): Promise<{ poc: Party; md: Party; nais: Party }> {
  const poc = await party('poc', 'POC');
  const md = await party('lfp', 'MD');
  return { poc, md, nais: await party('lfp', 'NAIS') };
}

/** A commitment with a title in both languages, two milestones and an indicator. */
export async function draftCommitment(p: Party, componentCode: string, title: { sq: string; en: string }) {
  const c = await p.commitments.create({ componentCode, title });
  const m1 = await p.milestones.create(c.id);
  await p.milestones.update(m1.id, { activity: { sq: `Hapi i parë: ${title.sq}`, en: `First step: ${title.en}` } });
  const m2 = await p.milestones.create(c.id);
  await p.milestones.update(m2.id, { activity: { sq: `Hapi i dytë: ${title.sq}`, en: `Second step: ${title.en}` } });
  const i1 = await p.indicators.create(c.id, m1.id);
  await p.indicators.update(i1.id, { name: { sq: 'Numri i vendimeve të publikuara', en: 'Number of decisions published' } });
  return { commitmentId: c.id, milestoneIds: [m1.id, m2.id], indicatorId: i1.id };
}

/** Loads a synthetic plan owned by `institution` (every record an LFP drafts) into its workspace. */
export async function loadSynthetic(p: Party, institution: string, size: { commitments: number; milestonesPer?: number; indicatorsPer?: number; seed?: string }) {
  const doc = syntheticPlan({ owner: institution, ideas: 4, events: 2, comments: 3, calendar: 2, ...size });
  // The POC's own records of the fixture (feedback, calendar) stay out of an LFP's workspace.
  await importInterchange(p.ws.store, { ...doc, feedback: [], calendar: doc.calendar.filter((c) => c.owner === institution) });
}

export const emptySubmission = (): SubmissionPayload => ({
  commitments: [],
  ideas: [],
  prioritizationRounds: [],
  consultationEvents: [],
  comments: [],
  consultationReports: [],
  calendar: [],
  attachments: [],
  tombstones: [],
});

/** Signs whatever it is given: the manifest fields default to a valid submission from `institution` to POC. */
export async function forge(opts: {
  key: GeneratedKey;
  institution: string;
  manifest?: Partial<Omit<Manifest, 'format' | 'formatVersion' | 'files' | 'counts'>>;
  payload?: BundlePayload;
  extraSigners?: BundleSigner[];
}): Promise<Buffer> {
  const draft: BundleDraft = {
    manifest: {
      bundleType: 'submission',
      bundleId: randomUUID(),
      cycleId: CURRENT_CYCLE_ID,
      issuer: { institution: opts.institution, keyId: opts.key.keyId, publicKey: opts.key.publicKeyRaw.toString('base64') },
      audience: 'POC',
      seq: 1,
      prevManifestSha256: null,
      ack: null,
      createdAt: '2024-05-01T09:00:00.000Z',
      appVersion: 'test',
      schemaVersion: 3,
      ...opts.manifest,
    },
    payload: opts.payload ?? emptySubmission(),
    signers: [{ keyId: opts.key.keyId, privateKeyPkcs8: opts.key.privateKeyPkcs8 }, ...(opts.extraSigners ?? [])],
  };
  return (await writeBundle(draft)).bytes;
}

export { generateSigningKey };
