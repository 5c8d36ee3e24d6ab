// ogp-drafter consultation report, and pdf --annex consultation, in-process
// against a real workspace holding the co-creation fixture's events,
// comments and reports (imported with plan import): the assembled report's
// sections and response table as text in either language and as JSON; exit
// 1 for a report or component that does not exist, 2 for a bad or missing
// option; the printed annex carries the decided comments with their reasons.
import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AC, COMMENT, comments, EV, events, REPORT_ID, reports, SECTION } from '../../fixtures/cocreation-records';
import { syntheticPlan } from '../../fixtures/synthetic-plan';
import { extractPdf } from '../../helpers/pdf-text';
import { type Sandbox, sandbox } from './run';

let sb: Sandbox;
beforeEach(async () => {
  sb = sandbox();
  await sb.ok(['init', '--role', 'lfp', '--institution', 'MD', '--workspace', sb.ws()]);
  const doc = syntheticPlan({ commitments: 2, owner: 'MD', ideas: 0, events: 0, comments: 0, calendar: 0 });
  writeFileSync(sb.file('plan.json'), JSON.stringify({ ...doc, consultationEvents: events, comments, consultationReports: reports, feedback: [], attachments: [] }));
  await sb.ok(['plan', 'import', sb.file('plan.json'), '--workspace', sb.ws()]);
});
afterEach(() => sb.cleanup());

describe('ogp-drafter consultation report', () => {
  it('prints the sections, the events and the response table in the language asked for', async () => {
    const en = (await sb.ok(['consultation', 'report', '--component', AC, '--kind', 'consultation', '--workspace', sb.ws(), '--lang', 'en'])).stdout;
    const lines = en.split('\n');
    expect(lines[0]).toMatch(/^Consultation report — \d+\. .+ \(MD\) · Submitted$/);
    expect(en).toContain('Events it draws on: 2');
    expect(en).toContain(`  • ${EV.open.en} (12.10.2020), 4 participants`);
    expect(en).toContain(`Purpose:\n  ${SECTION.purpose.en}`);
    // A section with no English shows the Albanian rather than nothing.
    expect(en).toContain(`Findings:\n  ${SECTION.findings.sq}`);
    expect(en).toContain('Response table (1):');
    expect(en).toContain(`  [Not accepted] Rrjeti për Çështjet Gjinore: ${COMMENT.notAccepted.en} — Reason: The procurement law must change first.`);
    // The author did not consent to be named.
    expect(en).not.toContain('Ilirjana');
    expect(en).toContain(`Undecided comments: 1\n  ${COMMENT.undecided.en}`);

    const sq = (await sb.ok(['consultation', 'report', '--component', AC, '--kind', 'consultation', '--workspace', sb.ws(), '--lang', 'sq'])).stdout;
    expect(sq).toContain('Raporti i konsultimit — ');
    expect(sq).toContain(`Qëllimi:\n  ${SECTION.purpose.sq}`);
    expect(sq).toContain(`  [Nuk u pranua] Rrjeti për Çështjet Gjinore: ${COMMENT.notAccepted.sq} — Arsyeja: Ligji për prokurimin kërkon ndryshim më parë.`);
  });

  it('gives the report and its assembly as JSON', async () => {
    const json = JSON.parse((await sb.ok(['consultation', 'report', '--component', AC, '--kind', 'consultation', '--json', '--workspace', sb.ws()])).stdout);
    expect(json.report).toMatchObject({ id: REPORT_ID, kind: 'consultation', componentCode: AC, owner: 'MD', status: 'submitted' });
    expect(Object.keys(json.sections)).toEqual(['purpose', 'method', 'participation', 'findings', 'responses', 'impact', 'processFeedback', 'nextSteps']);
    expect(json.sections.purpose).toEqual(SECTION.purpose);
    expect(json.events.map((e: { title: { en: string } }) => e.title.en)).toEqual([EV.open.en, EV.closed.en]);
    expect(json.participation.total).toMatchObject({ total: 6, female: 3, male: 2, undisclosed: 1 });
    // Names only where consent was given (the open event's list); the expert meeting's two are counted only.
    expect(json.participation.named.map((n: { name: string }) => n.name)).toEqual(['Drita Çela', 'Gëzim Ëmeri', 'Arta Kola', 'Alex Doe']);
    expect(json.participation.unnamed).toBe(2);
    expect(JSON.stringify(json)).not.toContain('Sokol Çuni');
    expect(json.responses).toMatchObject([{ decision: 'not-accepted', author: '', reason: { en: 'The procurement law must change first.' } }]);
    expect(json.undecided).toHaveLength(1);
  });

  it('the pre-consultation report too; exit 1 for a component or a report that does not exist', async () => {
    const pre = await sb.ok(['consultation', 'report', '--component', AC, '--kind', 'pre-consultation', '--workspace', sb.ws(), '--lang', 'en']);
    expect(pre.stdout).toContain('Pre-consultation report — ');
    expect(pre.stdout).toContain('Events it draws on: 0');
    expect(pre.stdout).toContain('Response table (0):\n  No decided comment from the chosen events.');

    const none = await sb.run(['consultation', 'report', '--component', 'access-to-justice', '--kind', 'consultation', '--workspace', sb.ws(), '--lang', 'en']);
    expect(none.code).toBe(1);
    expect(none.stderr).toBe('The component "access-to-justice" has no "Consultation report" in the current cycle yet.\n');
    const json = await sb.run(['consultation', 'report', '--component', 'access-to-justice', '--kind', 'consultation', '--workspace', sb.ws(), '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, error: { code: 'no-report' } });

    const unknown = await sb.run(['consultation', 'report', '--component', 'no-such', '--kind', 'consultation', '--workspace', sb.ws()]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe('Komponenti “no-such” nuk ekziston në këtë cikël.\n');
  });

  it('exits 2 on a bad or missing option', async () => {
    const bad = await sb.run(['consultation', 'report', '--component', AC, '--kind', 'final', '--workspace', sb.ws(), '--lang', 'en']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Unknown report kind "final"; one of: pre-consultation, consultation.');
    for (const argv of [
      ['consultation', 'report', '--kind', 'consultation'],
      ['consultation', 'report', '--component', AC],
      ['consultation'],
      ['consultation', 'reports'],
      ['consultation', 'report', '--component', AC, '--kind', 'consultation', '--out', 'x'],
      ['consultation', 'report', '--component', AC, '--kind', 'consultation', 'extra'],
    ]) {
      expect((await sb.run([...argv, '--workspace', sb.ws()])).code, argv.join(' ')).toBe(2);
    }
  });
});

describe('ogp-drafter pdf --annex consultation', () => {
  it('prints the decided comments with their decision and reason', async () => {
    const res = await sb.run(['pdf', '--annex', 'consultation', '--lang', 'en', '--component', AC, '--out', sb.file('c.pdf'), '--workspace', sb.ws()]);
    expect(res.code, res.stderr).toBe(0);
    const text = (await extractPdf(readFileSync(sb.file('c.pdf')))).pages.join(' ').replace(/\s+/g, ' ');
    expect(text).toContain(COMMENT.notAccepted.en);
    expect(text).toContain('Not accepted The procurement law must change first.');
    expect(text).toContain(SECTION.purpose.en);
    expect(text).not.toContain('Ilirjana Dëshira');
  });
});
