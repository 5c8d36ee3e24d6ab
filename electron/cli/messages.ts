// Turns what went wrong into sentences in the chosen language: service error
// codes through errors.<code>, CLI refusals through cli.errors.<code>, and
// each located issue of an interchange file through validation.<message>
// (the codes the schemas use) or cli.issue.<code>.
import type { TFunction } from 'i18next';
import { AppError, type Issue } from '../../shared/api/errors';
import type { InterchangeIssue } from '../services/interchange';
import { CliError } from './io';

export interface ErrorReport {
  code: string;
  message: string;
  issues?: Issue[];
}

function issueMessage(t: TFunction, issue: InterchangeIssue): string {
  const exists = (key: string) => t(key, { defaultValue: '\u0000' }) !== '\u0000';
  // Schema messages that are codes ("too-long", "bad-date") have their own translation.
  if (/^[a-z][a-z-]*$/.test(issue.message) && exists(`validation.${issue.message}`)) return t(`validation.${issue.message}`);
  const key = `cli.issue.${issue.code}`;
  if (!exists(key)) return issue.message;
  const params: Record<string, string | number> = { ...issue.params };
  if (typeof params.expected === 'string' && exists(`cli.types.${params.expected}`)) params.expected = t(`cli.types.${params.expected}`);
  return t(key, params);
}

export const translateIssues = (t: TFunction, issues: readonly InterchangeIssue[]): Issue[] =>
  issues.map((i) => ({ path: i.path, code: i.code, message: issueMessage(t, i) }));

/** Any failure as { code, message, issues? }; unexpected errors become 'internal'. */
export function describeError(t: TFunction, err: unknown): ErrorReport {
  if (err instanceof CliError) return { code: err.code, message: t(`cli.errors.${err.code}`, err.params) };
  if (err instanceof AppError) {
    const issues = err.details?.issues as InterchangeIssue[] | undefined;
    const report: ErrorReport = { code: err.code, message: t(`errors.${err.code}`, err.details?.params ?? {}) };
    return issues && issues.length > 0 ? { ...report, issues: translateIssues(t, issues) } : report;
  }
  return { code: 'internal', message: t('errors.internal') };
}
