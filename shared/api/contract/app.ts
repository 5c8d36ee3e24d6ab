// Which runtime serves the UI, the workspace's identity, preferences and the
// reference data (electron/services/api/handlers/app.ts).
import { z } from 'zod';
import { InstitutionCode, Slug, Timestamp } from '../../model/primitives';
import { Institution, ReferenceData, WorkspaceRole } from '../../model/reference';
import { method, NoInput } from './method';
import { Preferences } from './preferences';

export const WorkspaceInfo = z.strictObject({
  id: z.string(),
  role: WorkspaceRole,
  institution: Institution,
  keyFingerprint: z.string(),
  currentCycleId: Slug,
  createdAt: Timestamp,
});
export type WorkspaceInfo = z.infer<typeof WorkspaceInfo>;

export { Preferences } from './preferences';

export const appMethods = {
  /** Which runtime serves the UI and whether a workspace exists yet. */
  'app.info': method(
    NoInput,
    z.strictObject({
      appVersion: z.string(),
      mode: z.enum(['electron', 'browser']),
      workspace: WorkspaceInfo.nullable(),
    }),
  ),
  'preferences.get': method(NoInput, Preferences),
  'preferences.set': method(Preferences.partial(), Preferences),
  'reference.get': method(NoInput, ReferenceData),
  'workspace.init': method(z.strictObject({ role: WorkspaceRole, institution: InstitutionCode }), WorkspaceInfo),
} as const;
