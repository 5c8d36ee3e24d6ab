// The bundle use cases as one service over an open workspace, for the API
// handlers, the CLI and the tests (and the benchmark: exportBundle,
// previewBundle and importBundle are the timed operations).
import type { z } from 'zod';
import type { BundleLogEntry, BundlePreview, Consolidation } from '../../../../shared/model/bundle';
import { WorkspaceService, type Clock } from '../../workspace/workspace-service';
import type { KeyAccess } from '../../keys/protection';
import type { Workspace } from '../../workspace/workspace';
import { consolidationOverview } from './consolidation';
import { type BundleEnv, nowIso } from './context';
import { importBundle, type ImportOutcome, previewBundle } from './import';
import { showKey } from './keys';
import { type FeedbackView, getFeedback, type ReviewInput, reviewsWithMarkers, setReview } from './reviews';
import { rotateKey } from './rotation';
import { readLog } from './state';
import { listSigners, revokeSigner } from './trust';
import { type ExportedBundle, type ExportedBundleFile, exportBundle, exportBundleFile } from './workspace-export';

export class BundleService extends WorkspaceService {
  constructor(
    ws: Workspace,
    private readonly keyringDir: string,
    clock?: Clock,
    private readonly keyAccess: KeyAccess = {},
  ) {
    super(ws, clock);
  }

  private get env(): BundleEnv {
    return { ws: this.ws, keyringDir: this.keyringDir, clock: this.clock, keyAccess: this.keyAccess };
  }

  showKey() {
    return showKey(this.ws);
  }

  /** An LFP's submission to the POC, or the POC's feedback (`to`: one institution; default every institution). */
  export(to?: string): Promise<ExportedBundle> {
    return exportBundle(this.env, to);
  }

  /** The same, written to `path` with the attachments streamed from the content store (bundles of any size up to MAX_BUNDLE_BYTES). */
  exportFile(path: string, to?: string): Promise<ExportedBundleFile> {
    return exportBundleFile(this.env, path, to);
  }

  preview(bytes: Buffer): Promise<BundlePreview> {
    return previewBundle(this.env, bytes);
  }

  previewFile(path: string): Promise<BundlePreview> {
    return previewBundle(this.env, { path });
  }

  import(bytes: Buffer, trustCode?: string): Promise<ImportOutcome> {
    return importBundle(this.env, bytes, { trustCode });
  }

  /** A bundle file, read a range at a time: its attachments streamed into the content store. */
  importFile(path: string, trustCode?: string): Promise<ImportOutcome> {
    return importBundle(this.env, { path }, { trustCode });
  }

  /** A new signing key and the key-rotation bundle announcing it; `deliver` runs before the workspace switches keys. */
  rotateKey(deliver?: Parameters<typeof rotateKey>[1]) {
    return rotateKey(this.env, deliver);
  }

  async log(limit = 100): Promise<z.infer<typeof BundleLogEntry>[]> {
    return readLog(this.db, limit);
  }

  trustList() {
    return listSigners(this.db);
  }

  trustRevoke(safetyCode: string) {
    return revokeSigner(this.db, safetyCode, nowIso(this.env));
  }

  consolidation(cycleId?: string): Promise<Consolidation> {
    return consolidationOverview(this.env, cycleId);
  }

  setReview(input: ReviewInput) {
    return setReview(this.env, input);
  }

  feedback(): Promise<FeedbackView> {
    return getFeedback(this.env);
  }

  reviewsWithMarkers() {
    return reviewsWithMarkers(this.env);
  }
}
