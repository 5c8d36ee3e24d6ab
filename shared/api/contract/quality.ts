// The quality checks over the whole plan (electron/services/api/handlers/quality.ts).
import { z } from 'zod';
import { Slug } from '../../model/primitives';
import { QualityReport } from '../../quality/types';
import { method } from './method';

export const qualityMethods = {
  /** The quality checks over the whole plan, with completeness per component and language. */
  'quality.plan': method(z.strictObject({ cycleId: Slug.optional() }), QualityReport),
} as const;
