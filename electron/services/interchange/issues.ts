// Located problems found in an interchange file. They travel as the shared
// `Issue` ({ path, code, message }); `params` carries the values a translated
// message needs (the CLI and the desktop dialog format them in the user's
// language), and is dropped wherever an issue crosses the API boundary.
import type { z } from 'zod';
import { type Issue, issuesFromZod } from '../../../shared/api/errors';

export type IssueParams = Record<string, string | number>;
export interface InterchangeIssue extends Issue {
  params?: IssueParams;
}

/** The plain shared shape (the API's Issue schema is strict). */
export const plainIssues = (issues: readonly InterchangeIssue[]): Issue[] =>
  issues.map(({ path, code, message }) => ({ path, code, message }));

/** Same notation as issuesFromZod: commitments[3].title.sq */
export function jsonPath(...parts: (string | number)[]): string {
  let out = '';
  for (const p of parts) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out === '' ? p : `.${p}`;
  }
  return out === '' ? '(root)' : out;
}

export function issue(path: string, code: string, message: string, params?: IssueParams): InterchangeIssue {
  return params ? { path, code, message, params } : { path, code, message };
}

/**
 * Every zod problem, located. An unknown key becomes one issue per key at the
 * key's own path, so "commitments[0].titel" points at the typo itself.
 */
export function issuesFromSchema(error: z.ZodError): InterchangeIssue[] {
  const located = issuesFromZod(error);
  return error.issues.flatMap((raw, i): InterchangeIssue[] => {
    const base = located[i]!;
    switch (raw.code) {
      case 'unrecognized_keys':
        return raw.keys.map((key) => {
          const path = base.path === '(root)' ? key : `${base.path}.${key}`;
          return issue(path, raw.code, `Unrecognized key: "${key}"`, { key });
        });
      case 'invalid_type':
        return [{ ...base, params: { expected: String(raw.expected) } }];
      case 'too_big':
        return [{ ...base, params: { limit: Number(raw.maximum), origin: String(raw.origin) } }];
      case 'too_small':
        return [{ ...base, params: { limit: Number(raw.minimum), origin: String(raw.origin) } }];
      case 'invalid_value':
        return [{ ...base, params: { values: raw.values.map((v) => JSON.stringify(v)).join(', ') } }];
      default:
        return [base];
    }
  });
}
