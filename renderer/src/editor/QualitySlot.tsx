// The live quality panel of the editor: the checks (shared/quality/run.ts)
// run on the in-memory commitment as accepted (values that could not be
// saved are not counted), so findings follow every keystroke —
// recomputed only when the commitment object changes (the session gives a
// new object on every change and the same one otherwise).
import { memo, useMemo } from 'react';
import type { Commitment } from '../../../shared/model/plan';
import type { Cycle, ReferenceData } from '../../../shared/model/reference';
import { checkCommitment } from '../../../shared/quality/run';
import type { FieldRef } from '../lib/field-key';
import { CommitmentQualityPanel } from '../quality/CommitmentQualityPanel';

export interface QualitySlotProps {
  commitment: Commitment;
  cycle: Cycle | null;
  reference: ReferenceData;
  onFocus: (ref: FieldRef) => void;
  unsaved: number;
}

/** Today as the checks want it ('YYYY-MM-DD', local calendar). */
function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export const QualitySlot = memo(function QualitySlot({ commitment, cycle, reference, onFocus, unsaved }: QualitySlotProps) {
  const today = useMemo(localToday, []);
  const findings = useMemo(() => checkCommitment(commitment, { cycle, reference, today }), [commitment, cycle, reference, today]);
  return <CommitmentQualityPanel commitment={commitment} findings={findings} onFocus={onFocus} unsaved={unsaved} />;
});
