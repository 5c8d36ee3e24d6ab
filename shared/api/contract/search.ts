// Full-text search over everything drafted (electron/services/api/handlers/search.ts).
import { z } from 'zod';
import { Id, Lang, Line, Slug } from '../../model/primitives';
import { method } from './method';

export const SEARCH_RECORD_TYPES = ['commitment', 'milestone', 'indicator', 'idea'] as const;
export const SearchHit = z.strictObject({
  recordType: z.enum(SEARCH_RECORD_TYPES),
  recordId: Id,
  /** The commitment the hit is in; null for an idea (the ideas register opens it). */
  commitmentId: Id.nullable(),
  componentCode: Slug,
  /** Field path in the record (e.g. "title", "budget.fundingSource") and the language that matched. */
  field: z.string(),
  lang: Lang,
  /** The matching text around the hit; matched words between \u0002 and \u0003 markers. */
  snippet: z.string(),
  /** The title of the commitment the hit is in, or of the idea. */
  commitmentTitle: Line,
});
export type SearchHit = z.infer<typeof SearchHit>;

export const searchMethods = {
  /** Accent-insensitive full-text search over everything drafted, in both languages. */
  'search.query': method(
    z.strictObject({ q: z.string().min(1).max(200), limit: z.int().min(1).max(200).optional() }),
    z.strictObject({ hits: z.array(SearchHit) }),
  ),
} as const;
