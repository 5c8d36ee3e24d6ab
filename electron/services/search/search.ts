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
  const phrases = ftsPhrases(q);
  return phrases.length === 0 ? null : phrases.join(' ');
}

/** The query's words, each as the FTS5 prefix phrase it becomes. */
function ftsPhrases(q: string): string[] {
  const tokens = q.normalize('NFC').match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu) ?? [];
  return tokens.slice(0, MAX_TOKENS).map((t) => `"${t}"*`);
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

/**
 * Hits are ranked by bm25 when at most this many texts match the query and
 * none of its words is in more than COMMON_WORD texts; otherwise they are
 * listed in the order they were written. bm25 costs time in proportion to
 * every text that matches (it scores each one) and to every text each word
 * is in (it counts them first), so at 1,600 commitments "e" or "p" took
 * 120–200 ms for their 50 hits; in document order the index hands over the
 * first 50 at once. A word that common says little about which text is the
 * better match anyway (its bm25 weight is near zero).
 */
export const RANKED_MATCHES = 1000;
export const COMMON_WORD = 5000;

/** Whether the FTS query `match` matches more than `cap` texts, counting no further than that. */
async function moreThan(db: AnyDb, match: string, cap: number): Promise<boolean> {
  const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM (SELECT 1 FROM search_text WHERE search_text MATCH ${match} LIMIT ${cap + 1})`.execute(db);
  return rows[0]!.n > cap;
}

/**
 * Hits best first: by bm25 when the query is selective enough (see
 * RANKED_MATCHES), else in document order. The FTS query runs alone so its
 * LIMIT applies before the joins.
 */
export async function searchPlan(
  db: AnyDb,
  q: string,
  limit = DEFAULT_LIMIT,
  caps: { ranked: number; common: number } = { ranked: RANKED_MATCHES, common: COMMON_WORD },
): Promise<SearchHit[]> {
  const phrases = ftsPhrases(q);
  if (phrases.length === 0) return [];
  const match = phrases.join(' ');
  let ranked = !(await moreThan(db, match, caps.ranked));
  if (ranked && phrases.length > 1) {
    for (const phrase of phrases) if (await moreThan(db, phrase, caps.common)) ranked = false;
  }
  // In document order rank is not even read: its first use counts every text each word is in.
  const rank = ranked ? sql.raw('rank') : sql.raw('rowid');
  const { rows } = await sql<HitRow>`
    WITH hits AS (
      SELECT rowid AS doc_id, ${rank} AS rank,
             snippet(search_text, 0, ${OPEN}, ${CLOSE}, '…', ${SNIPPET_TOKENS}) AS snippet
      FROM search_text WHERE search_text MATCH ${match}
      ORDER BY ${rank} LIMIT ${limit}
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
