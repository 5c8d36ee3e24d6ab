// The POC's consolidated plan: every institution's state (its last bundle,
// when, which sequence number, whether its key is verified, its quality
// findings through the same checks the LFP sees) and every commitment of the
// cycle in plan order with the POC's review. Read-only: reads one
// consistent moment and computes.
import type { z } from 'zod';
import type { Consolidation, ConsolidatedCommitment, InstitutionStatus, SignerInfo } from '../../../../shared/model/bundle';
import { checkPlan } from '../../../../shared/quality';
import { loadPlanInput } from '../../quality/plan-report';
import { type BundleEnv } from './context';
import { readAllInbox, readReviews, readSigners, type ReviewRow, type SignerRow } from './state';

type Status = z.infer<typeof InstitutionStatus>;
type Row = z.infer<typeof ConsolidatedCommitment>;

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** "1.10" after "1.9"; no number after every number (as the quality report orders commitments). */
export function planNumberKey(planNumber: string | null): string {
  if (!planNumber) return '1';
  let key = '0';
  for (const part of planNumber.split('.')) key += part.padStart(3, '0');
  return key;
}

const ownerOf = (r: object) => (r as { owner?: unknown }).owner;

const STATUS_OF: Record<SignerRow['status'], SignerInfo['status']> = { active: 'trusted', rotated: 'rotated', revoked: 'revoked' };

/** The key an institution signs with now: its active one, else the latest enrolled. */
function currentSigner(signers: readonly SignerRow[]): SignerInfo | null {
  const s = signers.find((x) => x.status === 'active') ?? [...signers].sort((a, b) => compareText(b.enrolledAt, a.enrolledAt))[0];
  return s ? { institution: s.institution, keyId: s.keyId, safetyCode: s.safetyCode, status: STATUS_OF[s.status], enrolledAt: s.enrolledAt } : null;
}

const toReview = (r: ReviewRow) => ({ commitmentId: r.commitmentId, commitmentRev: r.commitmentRev, planNumber: r.planNumber, decision: r.decision, comment: r.comment, decidedAt: r.decidedAt });

export async function consolidationOverview(env: BundleEnv, cycleId?: string): Promise<Consolidation> {
  const { ws } = env;
  const input = await loadPlanInput(ws, { cycleId, now: env.clock() });
  const { db } = ws.store;
  const [reviews, inbox, signers] = await db.transaction().execute(async (trx) => [await readReviews(trx), await readAllInbox(trx), await readSigners(trx)] as const);
  const reviewOf = new Map(reviews.map((r) => [r.commitmentId, r]));
  const inboxOf = new Map(inbox.map((s) => [s.issuer, s]));

  const cycleComponents = input.reference.components.filter((c) => c.cycleId === input.cycle?.id);
  const componentNumber = new Map(cycleComponents.map((c) => [c.code, c.number]));

  // The institutions that draft (LFPs), and anyone else the plan or the inbox names.
  const codes = new Set(input.reference.institutions.filter((i) => i.role === 'lfp').map((i) => i.code));
  for (const c of input.commitments) codes.add(c.owner);
  for (const s of inbox) codes.add(s.issuer);
  codes.delete(ws.info.role === 'poc' ? ws.info.institution.code : '');

  const institutions: Status[] = [...codes].sort(compareText).map((code) => {
    const own = input.commitments.filter((c) => c.owner === code);
    const report = checkPlan({
      ...input,
      commitments: own,
      // The loader reads whole rows: the owner is there even though the checks' input types do not name it.
      ideas: (input.ideas ?? []).filter((i) => ownerOf(i) === code),
      events: (input.events ?? []).filter((e) => ownerOf(e) === code),
      national: false,
    });
    const last = inboxOf.get(code);
    return {
      institution: code,
      lastSeq: last?.lastSeq ?? null,
      lastReceivedAt: last?.acceptedAt ?? null,
      signer: currentSigner(signers.filter((s) => s.institution === code)),
      commitments: own.length,
      blocking: report.blocking,
      warnings: report.warnings,
    };
  });

  const rows = input.commitments.map((c) => {
    const r = reviewOf.get(c.id) ?? null;
    const row: Row = {
      id: c.id,
      componentCode: c.componentCode,
      owner: c.owner,
      title: c.title,
      rev: c.rev,
      review: r ? toReview(r) : null,
      reviewOutdated: r !== null && r.commitmentRev < c.rev,
    };
    return { row, key: planNumberKey(r?.planNumber ?? null), component: componentNumber.get(c.componentCode) ?? 100, createdAt: c.createdAt };
  });
  rows.sort((a, b) => compareText(a.key, b.key) || a.component - b.component || compareText(a.createdAt, b.createdAt) || compareText(a.row.id, b.row.id));
  return { institutions, commitments: rows.map((r) => r.row) };
}
