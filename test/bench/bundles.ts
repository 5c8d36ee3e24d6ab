// Bundle figures (issue 4): export at the LFP, inspect (verify + diff) and
// import (verify + apply) at the POC, the bundle's size, and the floor:
// SQLite alone inserting the same rows into the same schema.
import { join } from 'node:path';
import { createPlani } from '../../electron/services/app';
import { BundleService } from '../../electron/services/bundles/workspace/service';
import { openStore } from '../../electron/services/store/database';
import { exportInterchange } from '../../electron/services/interchange';
import { type TableMap, toRow } from '../../electron/services/store/mapping';
import {
  ATTACHMENT,
  CALENDAR_ITEM,
  COMMENT,
  COMMITMENT,
  CONSULTATION_EVENT,
  CONSULTATION_REPORT,
  IDEA,
  INDICATOR,
  MILESTONE,
  PRIORITIZATION_ROUND,
} from '../../electron/services/store/tables';
import { SEED_REFERENCE } from '../../shared/reference/seed';
import { writeReference } from '../../electron/services/reference/reference-store';
import type { Workspace } from '../../electron/services/workspace/workspace';
import { fmtMs, row, timed } from './stats';

export async function benchBundles(lfp: Workspace, root: string, keyringDir: string): Promise<void> {
  const exporter = new BundleService(lfp, keyringDir);
  const exported = await timed(() => exporter.export());
  const bytes = exported.value.bytes;
  const code = (await exporter.showKey()).safetyCode;
  console.log(row('bundle export (LFP submission, signed)', fmtMs(exported.ms), '< 1 s'));
  console.log(row('bundle size', `${(bytes.length / 1024).toFixed(0)} KiB`));

  const poc = createPlani({ mode: 'cli', workspaceDir: join(root, 'poc'), keyringDir, onUnexpected: () => {} });
  try {
    const init = await poc.call('workspace.init', { role: 'poc', institution: 'POC' });
    if (!init.ok) throw new Error(JSON.stringify(init.error));
    const receiver = new BundleService(await poc.context.workspace(), keyringDir);
    const inspected = await timed(() => receiver.preview(bytes));
    console.log(row('bundle inspect (verify + what changed)', fmtMs(inspected.ms), '< 1 s'));
    const imported = await timed(() => receiver.import(bytes, code));
    if (imported.value.result !== 'applied') throw new Error('bundle not applied');
    console.log(row('bundle import (verify + apply, one transaction)', fmtMs(imported.ms), '< 1 s'));

    // The floor: the same records into the same schema (search triggers included),
    // one transaction, prepared statements, no validation. Prioritization scores
    // and event participants (child rows) are left out, which only lowers the floor.
    const doc = await exportInterchange(lfp.store, { role: 'lfp', institution: lfp.info.institution.code });
    const store = openStore(join(root, 'floor.db'), { create: true });
    try {
      await writeReference(store.db, SEED_REFERENCE);
      const insert = (map: TableMap) =>
        store.sqlite.prepare(`INSERT INTO ${map.table} (${map.columns.join(',')}) VALUES (${map.columns.map((c) => `@${c}`).join(',')})`);
      const batches: [TableMap, readonly object[]][] = [
        [COMMITMENT, doc.commitments],
        [MILESTONE, doc.commitments.flatMap((c) => c.milestones.map((m) => ({ ...m, commitmentId: c.id })))],
        [INDICATOR, doc.commitments.flatMap((c) => c.indicators.map((i) => ({ ...i, commitmentId: c.id })))],
        [IDEA, doc.ideas],
        [PRIORITIZATION_ROUND, doc.prioritizationRounds],
        [CONSULTATION_EVENT, doc.consultationEvents],
        [COMMENT, doc.comments],
        [CONSULTATION_REPORT, doc.consultationReports],
        [CALENDAR_ITEM, doc.calendar],
        [ATTACHMENT, doc.attachments],
      ];
      const statements = batches.map(([map]) => insert(map));
      const floor = await timed(() =>
        store.sqlite.transaction(() => {
          batches.forEach(([map, records], k) => {
            for (const r of records) statements[k]!.run(toRow(map, r));
          });
        })(),
      );
      console.log(row('same rows inserted by SQLite alone', fmtMs(floor.ms)));
      console.log(row('import ÷ SQLite alone', `${(imported.ms / floor.ms).toFixed(1)}×`, '≤ 3×'));
    } finally {
      await store.close();
    }
  } finally {
    await poc.close();
  }
}
