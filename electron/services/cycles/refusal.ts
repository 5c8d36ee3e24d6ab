// The refusal of a cycle the rules do not allow (shared/cycles): its code,
// its dates as a person reads them, and the field it is about, the same from
// cycle.start and from an edit of a cycle's period in the reference data.
import { AppError } from '../../../shared/api/errors';
import type { NewCycleProblem } from '../../../shared/cycles/new-cycle';
import { formatDate } from '../../../shared/format/dates';

export function cycleRefusal(problem: NewCycleProblem): AppError {
  const params: Record<string, string | number> = { ...problem.params };
  for (const k of ['start', 'end'] as const) if (typeof params[k] === 'string') params[k] = formatDate(params[k] as string);
  return new AppError(problem.code, { params, issues: [{ path: problem.field, code: problem.code, message: problem.code }] });
}
