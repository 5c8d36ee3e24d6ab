// Where an incoming bundle stands in its issuer's sequence
// (docs/bundle-format.md, "Sequence"). Bundles are snapshots, so a gap is
// fine; going back, or two different bundles under one number, is not.
import type { RefusalReason } from '../../../../shared/model/bundle';
import type { SEQUENCE_VERDICTS } from '../../../../shared/model/bundle';
import type { InboxState } from './state';
import { BundleRefusal } from '../types';

export type SequenceVerdict = (typeof SEQUENCE_VERDICTS)[number];

/** How far ahead of the last accepted number a bundle may be. */
export const MAX_SEQ_JUMP = 1000;

export interface SequenceAssessment {
  incoming: number;
  lastAccepted: number | null;
  verdict: SequenceVerdict;
  refusal: BundleRefusal | null;
}

/**
 * `archived` says whether this very manifest was accepted before: an older
 * bundle already applied is a harmless repeat ("already imported"), not a
 * rollback to refuse.
 */
export function assessSequence(seq: number, manifestSha256: string, last: InboxState | null, archived: boolean): SequenceAssessment {
  const lastAccepted = last?.lastSeq ?? null;
  const out = (verdict: SequenceVerdict, reason?: RefusalReason): SequenceAssessment => ({
    incoming: seq,
    lastAccepted,
    verdict,
    refusal: reason ? new BundleRefusal(reason, { seq, lastSeq: lastAccepted ?? 0 }) : null,
  });
  const base = lastAccepted ?? 0;
  if (last && seq === last.lastSeq) return last.manifestSha256 === manifestSha256 ? out('same') : out('equivocation', 'equivocation');
  if (archived) return out('same');
  if (seq < base) return out('rollback', 'rollback');
  if (seq > base + MAX_SEQ_JUMP) return out('jump', 'seq-jump');
  if (last === null) return out('first');
  return seq === base + 1 ? out('next') : out('gap');
}
