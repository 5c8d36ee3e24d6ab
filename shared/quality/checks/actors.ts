// Who carries the commitment and who answers for it: the lead institution,
// the contact person, and the money.
import { z } from 'zod';
import { type CommitmentCheck, commitmentTarget, fieldKeys, finding, isBlank } from '../check';
import type { Finding } from '../types';

export const leadInstitution: CommitmentCheck = {
  id: 'lead-institution',
  severity: 'blocking',
  scope: 'commitment',
  run(c, ctx) {
    const code = c.leadInstitution;
    // An unknown code is as good as none: annexes and bundles cannot name the institution.
    if (code !== null && (ctx.institutions.size === 0 || ctx.institutions.has(code))) return [];
    return [finding(leadInstitution, commitmentTarget(c, 'leadInstitution'), { fieldKey: fieldKeys.commitment('leadInstitution') })];
  },
};

/**
 * The rule of the Email schema (z.email(), at most 254 characters), so the
 * live check and the save never disagree; its regex directly, because a
 * schema parse per commitment costs more than every other check together.
 */
export const isWellFormedEmail = (value: string): boolean => value.length <= 254 && z.regexes.email.test(value);

export const contactEmail: CommitmentCheck = {
  id: 'contact-email',
  severity: 'blocking',
  scope: 'commitment',
  run(c) {
    const value = c.contact.email;
    if (value === '' || isWellFormedEmail(value)) return [];
    return [finding(contactEmail, commitmentTarget(c, 'contact.email'), { fieldKey: fieldKeys.commitmentPart('contact.email'), value })];
  },
};

export const contactRequired: CommitmentCheck = {
  id: 'contact-required',
  severity: 'warning',
  scope: 'commitment',
  run(c) {
    const out: Finding[] = [];
    for (const part of ['name', 'email'] as const) {
      const path = `contact.${part}`;
      if (isBlank(c.contact[part])) out.push(finding(contactRequired, commitmentTarget(c, path), { fieldKey: fieldKeys.commitmentPart(path) }));
    }
    return out;
  },
};

export const budgetAmount: CommitmentCheck = {
  id: 'budget-amount',
  severity: 'warning',
  scope: 'commitment',
  run(c) {
    if (c.budget.amount !== null) return [];
    return [finding(budgetAmount, commitmentTarget(c, 'budget.amount'), { fieldKey: fieldKeys.commitmentPart('budget.amount') })];
  },
};
