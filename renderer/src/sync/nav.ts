// Which bundle and trust pages each role sees in the navigation, in order.
import { BoxArrowUpRegular, BoxMultipleCheckmarkRegular, CommentMultipleRegular, KeyMultipleRegular, MailInboxArrowDownRegular } from '@fluentui/react-icons';
import type { WorkspaceRole } from '../../../shared/model/reference';

export type SyncView = 'bundles' | 'bundle-import' | 'consolidation' | 'feedback' | 'keys';

export interface SyncNavEntry {
  readonly view: SyncView;
  readonly label: 'sync.nav.bundles' | 'sync.nav.import' | 'sync.nav.consolidation' | 'sync.nav.feedback' | 'sync.nav.keys';
  readonly icon: typeof KeyMultipleRegular;
}

const ENTRIES: Record<SyncView, SyncNavEntry> = {
  consolidation: { view: 'consolidation', label: 'sync.nav.consolidation', icon: BoxMultipleCheckmarkRegular },
  'bundle-import': { view: 'bundle-import', label: 'sync.nav.import', icon: MailInboxArrowDownRegular },
  bundles: { view: 'bundles', label: 'sync.nav.bundles', icon: BoxArrowUpRegular },
  feedback: { view: 'feedback', label: 'sync.nav.feedback', icon: CommentMultipleRegular },
  keys: { view: 'keys', label: 'sync.nav.keys', icon: KeyMultipleRegular },
};

const BY_ROLE: Record<WorkspaceRole, readonly SyncView[]> = {
  poc: ['consolidation', 'bundle-import', 'keys'],
  lfp: ['bundles', 'feedback', 'keys'],
};

export function syncNavEntries(role: WorkspaceRole): readonly SyncNavEntry[] {
  return BY_ROLE[role].map((v) => ENTRIES[v]);
}

export function syncViewAllowed(view: SyncView, role: WorkspaceRole): boolean {
  return BY_ROLE[role].includes(view);
}
