// Every check fires on the record that breaks its rule, pointing at the exact
// field and language, and stays quiet on a record just inside the rule.
import { describe, expect, it } from 'vitest';
import { Email } from '../../../shared/model/primitives';
import { CHECK_IDS, checkCommitment, checkPlan, type Finding, QualityReport } from '../../../shared/quality';
import { isWellFormedEmail } from '../../../shared/quality/checks/actors';
import { commitment, CTX, CYCLE } from './builders';
import { CASES } from './cases';

const of = (id: string, findings: Finding[]) => findings.filter((f) => f.checkId === id);

describe('quality checks', () => {
  it('have a fire and a pass case for every check, and unique ids', () => {
    expect(new Set(CHECK_IDS).size).toBe(CHECK_IDS.length);
    expect(CASES.map((c) => c.id).sort()).toEqual([...CHECK_IDS].sort());
    for (const id of CHECK_IDS) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('pass a complete commitment without any finding', () => {
    expect(checkCommitment(commitment(), CTX)).toEqual([]);
  });

  describe.each(CASES)('$id', (c) => {
    it('fires', () => {
      const found = of(c.id, c.fire());
      expect(found.length).toBeGreaterThan(0);
      if (c.count !== undefined) expect(found).toHaveLength(c.count);
      expect(found[0]!.severity).toBe(c.severity);
      expect(found[0]!.target).toMatchObject(c.target);
      if (c.params) expect(found[0]!.params).toMatchObject(c.params);
      for (const f of found) expect(() => QualityReport.shape.findings.element.parse(f)).not.toThrow();
    });

    it('passes', () => {
      expect(of(c.id, c.pass())).toEqual([]);
    });
  });

  it('reports each missing language of a required text separately', () => {
    const found = of('required-text', checkCommitment(commitment('c', { title: { sq: '', en: '' } }), CTX));
    expect(found.map((f) => [f.target.field, f.target.lang])).toEqual([
      ['title', 'sq'],
      ['title', 'en'],
    ]);
  });

  it('treats an OGP value the reference data does not know as none', () => {
    expect(of('ogp-value-relevance', checkCommitment(commitment('c', { ogpValues: ['open-data'] }), CTX))).toHaveLength(1);
  });

  it('refuses a lead institution the reference data does not know', () => {
    expect(of('lead-institution', checkCommitment(commitment('c', { leadInstitution: 'XYZ' }), CTX))).toHaveLength(1);
  });

  it('judges e-mail addresses exactly as the schema does on save', () => {
    const samples = ['a@b.al', 'elira.cela@drejtesia.gov.al', 'x@y', 'no at', 'a@b.c', 'ë@shqip.al', `${'a'.repeat(250)}@b.al`, "o'neil+ogp@mail.com"];
    for (const s of samples) expect(isWellFormedEmail(s), s).toBe(Email.safeParse(s).success);
  });

  it('finds the cycle from the reference data when none is given, and skips period checks without one', () => {
    const late = commitment('c', { endDate: '2023-01-31' });
    expect(of('commitment-in-cycle', checkCommitment(late, { reference: CTX.reference, today: CTX.today }))).toHaveLength(1);
    expect(of('commitment-in-cycle', checkCommitment(late, { ...CTX, cycle: null }))).toEqual([]);
    expect(of('commitment-in-cycle', checkCommitment({ ...late, cycleId: 'no-such-cycle' }, { reference: CTX.reference, today: CTX.today }))).toEqual([]);
  });

  it('does not compare milestones with a commitment period that is itself missing or reversed', () => {
    const reversed = commitment('c', { startDate: '2022-01-01', endDate: '2021-01-01' });
    expect(of('milestone-in-commitment', checkCommitment(reversed, CTX))).toEqual([]);
    expect(of('milestone-in-commitment', checkCommitment(commitment('c', { endDate: null }), CTX))).toEqual([]);
  });

  it('leaves the plan size to the national plan: one institution\'s share is not judged by it', () => {
    const commitments = Array.from({ length: 2 }, (_, k) => commitment(`c${k}`));
    expect(of('commitment-count', checkPlan({ ...CTX, national: true, cycle: CYCLE, commitments }).findings)).toHaveLength(1);
    expect(of('commitment-count', checkPlan({ ...CTX, national: false, cycle: CYCLE, commitments }).findings)).toEqual([]);
  });

  it('fires commitment-count above the recommended maximum too', () => {
    const commitments = Array.from({ length: 16 }, (_, k) => commitment(`c${k}`));
    expect(of('commitment-count', checkPlan({ ...CTX, national: true, cycle: CYCLE, commitments }).findings)[0]?.params).toEqual({ total: 16, min: 5, max: 15 });
  });
});
