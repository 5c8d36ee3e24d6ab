// What a quality check reports. Checks are pure functions over the plan's
// records (shared/quality/checks/*), run in the renderer as a person types
// and on the Node side for the CLI and the plan-wide panel. A finding names
// its check, its severity and the exact field it points at, so the UI can
// jump there; its message is the catalogue entry quality.<checkId>.
import { z } from 'zod';
import { Lang } from '../model/primitives';

export const SEVERITIES = ['blocking', 'warning'] as const;
export const Severity = z.enum(SEVERITIES);
export type Severity = z.infer<typeof Severity>;

export const TARGET_TYPES = ['plan', 'commitment', 'milestone', 'indicator', 'idea', 'consultation-event', 'prioritization-round', 'comment', 'consultation-report'] as const;

export const FindingTarget = z.strictObject({
  type: z.enum(TARGET_TYPES),
  /** The record's id; null for plan-wide findings. */
  id: z.string().nullable(),
  /** The commitment a milestone or indicator belongs to, for navigation. */
  commitmentId: z.string().nullable(),
  componentCode: z.string().nullable(),
  /** Field path inside the record, e.g. "title", "budget.amount", "targets". */
  field: z.string().nullable(),
  lang: Lang.nullable(),
});
export type FindingTarget = z.infer<typeof FindingTarget>;

export const Finding = z.strictObject({
  checkId: z.string(),
  severity: Severity,
  target: FindingTarget,
  /** Values for the message, e.g. { field: 'title', min: 5 }. */
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type Finding = z.infer<typeof Finding>;

/** Share of required bilingual fields filled, per component and language (0–100). */
export const Completeness = z.strictObject({
  componentCode: z.string(),
  commitments: z.int(),
  sq: z.number().min(0).max(100),
  en: z.number().min(0).max(100),
});
export type Completeness = z.infer<typeof Completeness>;

export const QualityReport = z.strictObject({
  findings: z.array(Finding),
  completeness: z.array(Completeness),
  blocking: z.int(),
  warnings: z.int(),
});
export type QualityReport = z.infer<typeof QualityReport>;
