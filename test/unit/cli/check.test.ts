// ogp-drafter check, in-process: the findings of the workspace's plan, one
// line each, a summary, exit code 1 while anything is blocking.
import { writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InterchangeDocument } from '../../../shared/model/interchange';
import { QualityReport } from '../../../shared/quality';
import { syntheticPlan } from '../../fixtures/synthetic-plan';
import { type Sandbox, sandbox } from './run';

let sb: Sandbox;
beforeEach(() => {
  sb = sandbox();
});
afterEach(() => sb.cleanup());

const lines = (s: string) => s.split('\n').filter((l) => l !== '');

/** A workspace of MD holding `doc`. */
async function workspaceWith(doc: InterchangeDocument) {
  expect((await sb.run(['init', '--role', 'lfp', '--institution', 'MD', '--workspace', sb.ws()])).code).toBe(0);
  writeFileSync(sb.file('plan.json'), JSON.stringify(doc));
  const imported = await sb.run(['plan', 'import', sb.file('plan.json'), '--workspace', sb.ws()]);
  expect(imported.code, imported.stderr).toBe(0);
}

/** Six complete commitments (budgets given), no ideas or events, and no POC feedback (its item is past due: a warning). */
function completePlan(): InterchangeDocument {
  const doc = syntheticPlan({ commitments: 6, owner: 'MD', ideas: 0, events: 0, comments: 0 });
  for (const c of doc.commitments) c.budget.amount ??= 1_000_000;
  doc.feedback = [];
  return doc;
}

/** The same plan with the first commitment's English problem and its first milestone's Albanian deliverable emptied. */
function incompletePlan(): InterchangeDocument {
  const doc = completePlan();
  const c = doc.commitments[0]!;
  c.problem.en = '';
  c.milestones[0]!.deliverable.sq = '';
  return doc;
}

describe('ogp-drafter check', () => {
  it('exits 0 on a complete plan and prints the summary with completeness per component and language', async () => {
    await workspaceWith(completePlan());
    const res = await sb.run(['check', '--workspace', sb.ws()]);
    expect(res.code, res.stderr).toBe(0);
    expect(lines(res.stdout)).toEqual([
      'Kontrolli i cilësisë: Plani Kombëtar i Veprimit OGP 2020-2022',
      'Nuk u gjet asnjë problem: plani kalon të gjitha kontrollet.',
      'Probleme bllokuese: 0 · paralajmërime: 0.',
      'Plotësia e fushave të detyrueshme (shqip · anglisht):',
      '  1. Anti-Korrupsion: 100% · 100% (3 angazhime)',
      '  2. Qeverisja Dixhitale / Shërbimet Publike: ende pa angazhime',
      '  3. Aksesi në Drejtësi: 100% · 100% (3 angazhime)',
      '  4. Transparenca Fiskale: ende pa angazhime',
    ]);
    expect(res.stderr).toBe('');
  });

  it('exits 0 when there are only warnings', async () => {
    const doc = completePlan();
    doc.commitments[0]!.budget.amount = null;
    await workspaceWith(doc);
    const res = await sb.run(['check', '--workspace', sb.ws()]);
    expect(res.code).toBe(0);
    expect(lines(res.stdout)).toContain('Probleme bllokuese: 0 · paralajmërime: 1.');
  });

  it('exits 1 on an incomplete commitment and names its title, the fields and the languages', async () => {
    await workspaceWith(incompletePlan());
    const res = await sb.run(['check', '--workspace', sb.ws()]);
    expect(res.code).toBe(1);
    const out = lines(res.stdout);
    const title = '1.1 Regjistri elektronik i pronësisë përfituese — angazhimi 1';
    expect(out.slice(1, 4)).toEqual([
      '1. Anti-Korrupsion',
      `  BLLOKUES      ${title} · Problemi publik (me të dhëna bazë) (EN): Plotësoni “Problemi publik (me të dhëna bazë)”: fushë e detyrueshme e shabllonit të angazhimit, në të dyja gjuhët.`,
      `  BLLOKUES      ${title} · Produkti i pritshëm (i verifikueshëm) (SQ): Hapi kyç 1: shënoni produktin e verifikueshëm (p.sh. “raport i publikuar në faqen zyrtare”), në të dyja gjuhët, që IRM-ja ta verifikojë.`,
    ]);
    expect(out).toContain('Probleme bllokuese: 2 · paralajmërime: 0.');
    expect(out).toContain('  1. Anti-Korrupsion: 98% · 98% (3 angazhime)');
  });

  it('speaks English with --lang en, titles included', async () => {
    await workspaceWith(incompletePlan());
    const res = await sb.run(['check', '--lang', 'en', '--workspace', sb.ws()]);
    expect(res.code).toBe(1);
    const out = lines(res.stdout);
    expect(out[0]).toBe('Quality check: OGP National Action Plan 2020-2022');
    expect(out[2]).toBe(
      '  BLOCKING  1.1 Electronic register of beneficial ownership — commitment 1 · Public problem (with baseline data) (EN): Fill in "Public problem (with baseline data)": a required field of the commitment template, in both languages.',
    );
    expect(out).toContain('Blocking problems: 2 · warnings: 0.');
    expect(out).toContain('  2. Digital Governance / Public Services: no commitments yet');
  });

  it('prints the QualityReport as JSON with --json', async () => {
    await workspaceWith(incompletePlan());
    const res = await sb.run(['check', '--json', '--workspace', sb.ws()]);
    expect(res.code).toBe(1);
    const report = QualityReport.parse(JSON.parse(res.stdout));
    expect(report.blocking).toBe(2);
    expect(report.findings.map((f) => [f.checkId, f.target.type, f.target.field, f.target.lang])).toEqual([
      ['required-text', 'commitment', 'problem', 'en'],
      ['milestone-deliverable', 'milestone', 'deliverable', 'sq'],
    ]);
    expect(report.completeness).toHaveLength(4);
  });

  it('lists ideas and consultations under their component', async () => {
    const doc = syntheticPlan({ commitments: 6, owner: 'MD', ideas: 1, events: 1, comments: 0 });
    for (const c of doc.commitments) c.budget.amount ??= 1_000_000;
    doc.ideas[0]!.reasonedResponse.en = '';
    doc.consultationEvents[0]!.noticeDate = '2020-11-05';
    await workspaceWith(doc);
    const res = await sb.run(['check', '--lang', 'en', '--workspace', sb.ws()]);
    expect(res.code).toBe(1);
    expect(lines(res.stdout).slice(1, 4)).toEqual([
      '1. Anti-Corruption',
      '  BLOCKING  Idea "Proposal to open data 1" · Reasoned response (EN): A decision was taken on this idea, but the reasoned response, given in both languages, is missing (OGP minimum requirement 4.1).',
      '  WARNING   Consultation "Thematic consultation on Anti-Corruption" · Notice date: Notice of the event was given 7 days ahead (05.11.2020 for 12.11.2020); at least 14 days are recommended.',
    ]);
  });

  it('refuses with the usual error line when there is no workspace', async () => {
    const res = await sb.run(['check', '--workspace', sb.ws('none')]);
    expect(res.code).toBe(1);
    expect(lines(res.stderr)).toEqual(['Hapësira e punës nuk është krijuar ende. Krijojeni me “init” ose nga ekrani i parë.']);
    expect(res.stdout).toBe('');
    const json = await sb.run(['check', '--json', '--workspace', sb.ws('none')]);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, error: { code: 'no-workspace' } });
  });

  it('takes no arguments or command options of its own', async () => {
    const extra = await sb.run(['check', 'now', '--workspace', sb.ws()]);
    expect(extra.code).toBe(2);
    expect(lines(extra.stderr)[0]).toBe('Argument i tepërt: “now”.');
    const option = await sb.run(['check', '--out', 'x.json', '--workspace', sb.ws()]);
    expect(option.code).toBe(2);
    expect(lines(option.stderr)[0]).toBe('Opsioni --out nuk përdoret me komandën “check”.');
  });

  it('is described in the help', async () => {
    const help = await sb.run(['--help']);
    expect(help.stdout).toContain('  check [--integrity]\n');
    expect((await sb.run(['--help', '--lang', 'en'])).stdout).toContain('Exits with code 1 when a problem is blocking.');
  });
});
