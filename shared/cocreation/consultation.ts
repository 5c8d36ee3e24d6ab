// What the consultation records say in aggregate, for the screens, the
// reports to come and the printed annex alike: who took part (counts by
// sector and gender; names only with consent) and how each comment was
// answered. Pure: the caller reads the records.
import { COMMENT_DECISIONS, type Comment, type ConsultationEvent, GENDERS, type Participant } from '../model/cocreation';
import type { Text } from '../model/primitives';

type Gender = (typeof GENDERS)[number];
export type GenderCounts = Record<Gender, number> & { total: number };

const emptyCounts = (): GenderCounts => ({ female: 0, male: 0, other: 0, undisclosed: 0, total: 0 });

/** A person's name may be shown: they consented, or the whole list did (records from before consent was kept per person). */
export function mayName(event: Pick<ConsultationEvent, 'participantsConsent'>, p: Pick<Participant, 'consent'>): boolean {
  return p.consent || event.participantsConsent;
}

export interface Participation {
  events: number;
  total: GenderCounts;
  /** One row per sector as typed (trimmed; the blank sector last), in the order of first appearance. */
  bySector: { sector: string; counts: GenderCounts }[];
  /** Names that may be printed: the participants who consented, with their event. */
  named: { eventId: string; name: string; organisation: string; sector: string }[];
  /** How many took part without consenting to be named. */
  unnamed: number;
}

export function participation(events: readonly Pick<ConsultationEvent, 'id' | 'participants' | 'participantsConsent'>[]): Participation {
  const total = emptyCounts();
  const sectors = new Map<string, GenderCounts>();
  const named: Participation['named'] = [];
  let unnamed = 0;
  for (const e of events) {
    for (const p of e.participants) {
      const sector = p.sector.trim();
      let row = sectors.get(sector);
      if (!row) sectors.set(sector, (row = emptyCounts()));
      row[p.gender]++;
      row.total++;
      total[p.gender]++;
      total.total++;
      if (mayName(e, p)) named.push({ eventId: e.id, name: p.name, organisation: p.organisation, sector: p.sector });
      else unnamed++;
    }
  }
  const bySector = [...sectors].map(([sector, counts]) => ({ sector, counts }));
  bySector.sort((a, b) => (a.sector === '' ? 1 : 0) - (b.sector === '' ? 1 : 0));
  return { events: events.length, total, bySector, named, unnamed };
}

export interface ResponseRow {
  commentId: string;
  eventId: string | null;
  target: string | null;
  /** The author's name only where they consented; otherwise empty (the organisation still shows). */
  author: string;
  organisation: string;
  theme: string;
  text: Text;
  decision: (typeof COMMENT_DECISIONS)[number];
  reason: Text;
  decidedAt: string | null;
}

/** The decided comments as a response table, by decision (accepted first), then date decided, then id. */
export function responseTable(comments: readonly Comment[]): ResponseRow[] {
  return comments
    .filter((c): c is Comment & { decision: NonNullable<Comment['decision']> } => c.decision !== null)
    .sort(
      (a, b) =>
        COMMENT_DECISIONS.indexOf(a.decision) - COMMENT_DECISIONS.indexOf(b.decision) ||
        (a.decidedAt ?? '').localeCompare(b.decidedAt ?? '') ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    .map((c) => ({
      commentId: c.id,
      eventId: c.eventId,
      target: c.target,
      author: c.authorConsent ? c.author : '',
      organisation: c.organisation,
      theme: c.theme,
      text: c.text,
      decision: c.decision,
      reason: c.reason,
      decidedAt: c.decidedAt,
    }));
}

/** How many comments hold each decision, and how many are still undecided. */
export function decisionCounts(comments: readonly Pick<Comment, 'decision'>[]): Record<(typeof COMMENT_DECISIONS)[number] | 'undecided', number> {
  const out = { accepted: 0, 'partly-accepted': 0, 'not-accepted': 0, undecided: 0 };
  for (const c of comments) out[c.decision ?? 'undecided']++;
  return out;
}
