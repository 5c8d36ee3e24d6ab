// The gate of the final print. A final print is what the Prime Minister's
// Office signs, so it is made only when every commitment it covers is
// accepted in the POC's review (the commitment's status: only the review's
// decision puts it in 'accepted', see plan/statuses.ts) and no blocking
// quality finding remains (the same checks as the quality page and
// `ogp-drafter check`). A draft is always allowed.
//
// The rule is the same for every annex, not only the consolidated plan: an
// annex printed "final" is a part of the plan to be signed, and a clean
// Annex IX of a plan still under review would pass for an approved one. With
// a component, only that component's commitments and findings count (an LFP
// printing its own component's final does not wait for the others); without
// one, the whole cycle, plan-wide findings included.
import { AppError } from '../../../shared/api/errors';
import { comparePlanNumbers } from '../../../shared/model/plan-number';
import type { Commitment } from '../../../shared/model/plan';
import type { PrintRequest } from '../../../shared/model/print';
import { checkPlan, type PlanInput } from '../../../shared/quality';
import { commentInputs, reportInputs } from '../../../shared/quality/record-inputs';
import { findingCommitmentId, findingFieldRef } from '../../../shared/quality/finding-ref';
import type { ObstacleCommitment, PrintObstacle, PrintReadiness, ReadinessRequest } from '../../../shared/quality/print-readiness';
import { loadPlanInput, localIsoDay } from '../quality/plan-report';
import type { Workspace } from '../workspace/workspace';
import type { PrintData } from './print-data';

const named = (c: Commitment): ObstacleCommitment => ({ id: c.id, componentCode: c.componentCode, planNumber: c.planNumber, title: c.title });

function statusObstacle(c: Commitment): PrintObstacle | null {
  if (c.status === 'accepted') return null;
  if (c.status === 'returned') return { kind: 'returned', commitment: named(c), status: 'returned' };
  return { kind: 'undecided', commitment: named(c), status: c.status };
}

/** Compares as the plan prints: plan number, then component number, then creation. */
function planOrder(input: PlanInput): (a: Commitment, b: Commitment) => number {
  const number = new Map(input.reference.components.filter((c) => c.cycleId === input.cycle?.id).map((c) => [c.code, c.number]));
  return (a, b) =>
    comparePlanNumbers(a.planNumber, b.planNumber) ||
    (number.get(a.componentCode) ?? 100) - (number.get(b.componentCode) ?? 100) ||
    (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Pure: what stands in the way of a final print of `req` over the plan `input`. */
export function printReadiness(input: PlanInput, req: ReadinessRequest): PrintReadiness {
  const inScope = (code: string | null) => req.component === undefined || code === req.component;
  const commitments = input.commitments.filter((c) => inScope(c.componentCode)).sort(planOrder(input));
  const byId = new Map(commitments.map((c) => [c.id, c]));
  const titleOf = new Map([...(input.ideas ?? []), ...(input.events ?? [])].map((r) => [r.id, r.title]));

  const general: PrintObstacle[] = [];
  const perCommitment = new Map<string, PrintObstacle[]>(commitments.map((c) => [c.id, []]));
  for (const f of checkPlan(input).findings) {
    if (f.severity !== 'blocking') continue;
    const commitmentId = findingCommitmentId(f);
    const commitment = commitmentId ? byId.get(commitmentId) : undefined;
    const component = commitment?.componentCode ?? f.target.componentCode;
    // A component's print leaves out what is about the plan as a whole or another component.
    if (req.component !== undefined && component !== req.component) continue;
    const obstacle: PrintObstacle = {
      kind: 'blocking-finding',
      checkId: f.checkId,
      params: f.params,
      target: f.target,
      commitment: commitment ? named(commitment) : null,
      field: findingFieldRef(f),
      recordTitle: f.target.type === 'idea' || f.target.type === 'consultation-event' ? (titleOf.get(f.target.id ?? '') ?? null) : null,
    };
    (commitment ? perCommitment.get(commitment.id)! : general).push(obstacle);
  }

  const obstacles: PrintObstacle[] = [];
  if (commitments.length === 0) obstacles.push({ kind: 'no-commitments', component: req.component ?? null });
  obstacles.push(...general);
  for (const c of commitments) {
    const status = statusObstacle(c);
    if (status) obstacles.push(status);
    obstacles.push(...perCommitment.get(c.id)!);
  }
  return { ready: obstacles.length === 0, obstacles };
}

/** Reads the current cycle as the quality page does (one transaction) and decides. */
export async function loadPrintReadiness(ws: Workspace, req: ReadinessRequest, now: Date): Promise<PrintReadiness> {
  const input = await loadPlanInput(ws, { now });
  if (req.component !== undefined && !input.reference.components.some((c) => c.cycleId === input.cycle?.id && c.code === req.component)) {
    throw new AppError('unknown-component', { params: { code: req.component } });
  }
  return printReadiness(input, req);
}

/**
 * The readiness of the very snapshot about to be printed, so what is checked
 * is what prints (the print data holds everything the checks read).
 */
export function printDataReadiness(data: PrintData, req: ReadinessRequest, now: Date): PrintReadiness {
  const input: PlanInput = {
    cycle: data.cycle,
    reference: data.reference,
    commitments: data.commitments,
    ideas: data.ideas,
    events: data.events,
    rounds: data.rounds,
    comments: commentInputs(data.comments, data.events),
    reports: reportInputs(data.reports, data.events, data.comments),
    today: localIsoDay(now),
    national: data.printedBy.role === 'poc',
  };
  return printReadiness(input, { annex: req.annex, ...(req.component === undefined ? {} : { component: req.component }) });
}

/**
 * Refuses a final print that is not ready ('print-not-ready', with the number
 * of obstacles); a draft passes untouched. The list itself is
 * print.readiness's answer.
 */
export function assertPrintAllowed(data: PrintData, req: PrintRequest, now: Date): void {
  if (req.mode !== 'final') return;
  const readiness = printDataReadiness(data, req, now);
  if (!readiness.ready) throw notReady(readiness);
}

export function notReady(readiness: PrintReadiness): AppError {
  return new AppError('print-not-ready', { params: { count: readiness.obstacles.length } });
}
