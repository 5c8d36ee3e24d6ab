// Full-text search over everything drafted (commitments, milestones,
// indicators, and the ideas received since migration 0010), in both
// languages, through the FTS5 index that migrations 0002 and 0010 keep in
// step with the tables.
//
// The person's words never reach FTS5 as query syntax: the query is cut
// into word tokens, each token is quoted (so AND, NEAR, `-`, `:` or `"` are
// plain text) and given `*` for prefix matching, and the tokens are ANDed.
import { sql } from 'kysely';
import type { SearchHit } from '../../../shared/api/contract';
import type { Lang } from '../../../shared/model/primitives';
import type { AnyDb } from '../store/database';

export const DEFAULT_LIMIT = 50;
/** More words than this narrow nothing a person would notice, and cost more. */
const MAX_TOKENS = 12;
/** The contract's markers around matched words. */
const OPEN = '\u0002';
const CLOSE = '\u0003';
/** About a dozen words of context per hit. */
const SNIPPET_TOKENS = 12;

/**
 * The FTS5 query for free text, or null when the text holds no word at all.
 * A token starts with a letter or digit (a lone combining mark would fold
 * to nothing), and may carry combining marks after it.
 */
export function ftsQuery(q: string): string | null {
  const tokens = q.normalize('NFC').match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu) ?? [];
  if (tokens.length === 0) return null;
  return tokens
    .slice(0, MAX_TOKENS)
    .map((t) => `"${t}"*`)
    .join(' ');
}

interface HitRow {
  record_type: SearchHit['recordType'];
  record_id: string;
  field: string;
  lang: Lang;
  snippet: string;
  commitment_id: string | null;
  component_code: string;
  title_sq: string;
  title_en: string;
}

/** Hits ranked by bm25 (best first); the FTS query runs alone so its LIMIT applies before the joins. */
export async function searchPlan(db: AnyDb, q: string, limit = DEFAULT_LIMIT): Promise<SearchHit[]> {
  const match = ftsQuery(q);
  if (match === null) return [];
  const { rows } = await sql<HitRow>`
    WITH hits AS (
      SELECT rowid AS doc_id, rank,
             snippet(search_text, 0, ${OPEN}, ${CLOSE}, '…', ${SNIPPET_TOKENS}) AS snippet
      FROM search_text WHERE search_text MATCH ${match}
      ORDER BY rank LIMIT ${limit}
    )
    SELECT d.record_type, d.record_id, d.field, d.lang, h.snippet,
           c.id AS commitment_id,
           coalesce(c.component_code, x.component_code) AS component_code,
           coalesce(c.title_sq, x.title_sq) AS title_sq, coalesce(c.title_en, x.title_en) AS title_en
    FROM hits h
    JOIN search_doc d ON d.id = h.doc_id
    LEFT JOIN milestone m ON d.record_type = 'milestone' AND m.id = d.record_id
    LEFT JOIN indicator i ON d.record_type = 'indicator' AND i.id = d.record_id
    LEFT JOIN idea x ON d.record_type = 'idea' AND x.id = d.record_id
    LEFT JOIN commitment c ON c.id = CASE d.record_type
      WHEN 'commitment' THEN d.record_id WHEN 'milestone' THEN m.commitment_id WHEN 'indicator' THEN i.commitment_id END
    WHERE c.id IS NOT NULL OR x.id IS NOT NULL
    ORDER BY h.rank, d.id
  `.execute(db);
  return rows.map((r) => ({
    recordType: r.record_type,
    recordId: r.record_id,
    commitmentId: r.commitment_id,
    componentCode: r.component_code,
    field: r.field,
    lang: r.lang,
    snippet: r.snippet,
    commitmentTitle: { sq: r.title_sq, en: r.title_en },
  }));
}
