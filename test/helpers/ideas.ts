// Ideas written straight into a workspace's real SQLite file through kysely,
// as the ideas register will write them (its service is built in parallel;
// once it lands, tests may call it instead).
import { randomUUID } from 'node:crypto';
import { openStore } from '../../electron/services/store/database';
import { upsertRecords } from '../../electron/services/store/records';
import { IDEA } from '../../electron/services/store/tables';
import { dbPath } from '../../electron/services/workspace/paths';
import type { Idea } from '../../shared/model/cocreation';

export function idea(overrides: Partial<Idea> & Pick<Idea, 'owner' | 'componentCode'>): Idea {
  const now = '2026-11-01T09:00:00.000Z';
  const title = overrides.title ?? { sq: 'Ide', en: 'Idea' };
  return {
    id: randomUUID(),
    cycleId: '2020-2022',
    receivedAt: '2026-11-01',
    channel: 'online-form',
    submitter: { name: 'Arta Hoxha', organisation: 'Qendra për Transparencë', orgType: 'cso' },
    consentToPublish: true,
    problem: { sq: `Problemi: ${title.sq}`, en: `Problem: ${title.en}` },
    proposedSolution: { sq: `Zgjidhja: ${title.sq}`, en: `Solution: ${title.en}` },
    expectedResult: { sq: 'Rezultati', en: 'Result' },
    ogpValues: ['access-to-information'],
    suggestedLead: null,
    status: 'received',
    reasonedResponse: { sq: '', en: '' },
    decidedAt: null,
    commitmentId: null,
    rev: 1,
    createdAt: now,
    updatedAt: now,
    ...overrides,
    title,
  };
}

/** Writes the ideas into the workspace at `workspaceDir` through a second connection, and closes it. */
export async function insertIdeas(workspaceDir: string, ideas: readonly Idea[]): Promise<void> {
  const store = openStore(dbPath(workspaceDir));
  try {
    await upsertRecords(store.db, IDEA, ideas);
  } finally {
    await store.close();
  }
}
