// bundle import on the terminal summarises what changed (counts per kind of
// record and the first lines); --verbose lists every line, --json every
// change, and the exit codes are the same either way.
import { writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANGE_LINES_SHOWN } from '../../../electron/cli/commands/bundle-common';
import { syntheticPlan } from '../../fixtures/synthetic-plan';
import { type Sandbox, sandbox } from './run';

let sb: Sandbox;
beforeEach(() => {
  sb = sandbox();
});
afterEach(() => sb.cleanup());

const lines = (s: string) => s.split('\n').filter((l) => l !== '');
const details = (s: string) => lines(s).filter((l) => /^ {2}[+~!-] /.test(l));

describe('ogp-drafter bundle import: the change summary', () => {
  it('prints counts per kind and the first lines, --verbose all of them, --json every change', async () => {
    await sb.ok(['init', '--role', 'lfp', '--institution', 'MD', '--workspace', sb.ws('md')]);
    await sb.ok(['init', '--role', 'poc', '--institution', 'POC', '--workspace', sb.ws('poc')]);
    const doc = syntheticPlan({ owner: 'MD', commitments: 6, milestonesPer: 3, indicatorsPer: 2, ideas: 0, events: 0, comments: 0, calendar: 0 });
    writeFileSync(sb.file('md.json'), JSON.stringify({ ...doc, feedback: [], calendar: [] }));
    await sb.ok(['plan', 'import', sb.file('md.json'), '--workspace', sb.ws('md')]);
    await sb.ok(['bundle', 'export', '--out', sb.file('md1.plani'), '--workspace', sb.ws('md')]);
    const code = JSON.parse((await sb.ok(['key', 'show', '--json', '--workspace', sb.ws('md')])).stdout).safetyCode as string;
    const records = 6 + 18 + 12 + 1; // and the plan's one consultation report

    const dry = await sb.ok(['bundle', 'import', sb.file('md1.plani'), '--dry-run', '--trust', code, '--workspace', sb.ws('poc'), '--lang', 'en']);
    expect(dry.stdout).toContain(`Changes: ${records} added, 0 changed, 0 deleted, 0 missing.`);
    expect(lines(dry.stdout)).toEqual(
      expect.arrayContaining([
        '  commitment: 6 added, 0 changed, 0 deleted, 0 missing',
        '  milestone: 18 added, 0 changed, 0 deleted, 0 missing',
        '  indicator: 12 added, 0 changed, 0 deleted, 0 missing',
        '  consultation report: 1 added, 0 changed, 0 deleted, 0 missing',
        `… and ${records - CHANGE_LINES_SHOWN} more lines: --verbose shows them all, --json gives every change.`,
      ]),
    );
    expect(details(dry.stdout)).toHaveLength(CHANGE_LINES_SHOWN);
    const verboseDry = await sb.ok(['bundle', 'import', sb.file('md1.plani'), '--dry-run', '--verbose', '--trust', code, '--workspace', sb.ws('poc'), '--lang', 'en']);
    expect(details(verboseDry.stdout)).toHaveLength(records);
    expect(details(verboseDry.stdout).slice(0, CHANGE_LINES_SHOWN)).toEqual(details(dry.stdout));
    expect(verboseDry.stdout).not.toContain('more lines');

    const applied = await sb.ok(['bundle', 'import', sb.file('md1.plani'), '--trust', code, '--workspace', sb.ws('poc')]);
    expect(applied.code).toBe(0);
    expect(lines(applied.stdout)).toEqual(
      expect.arrayContaining(['  angazhim: 6 të shtuara, 0 të ndryshuara, 0 të fshira, 0 që mungojnë', `… dhe ${records - CHANGE_LINES_SHOWN} rreshta të tjerë: --verbose i shfaq të gjithë, --json jep çdo ndryshim.`]),
    );
    expect(details(applied.stdout)).toHaveLength(CHANGE_LINES_SHOWN);

    // Again, as JSON: every change is there, as before the summary.
    await sb.ok(['init', '--role', 'poc', '--institution', 'POC', '--workspace', sb.ws('poc2')]);
    const json = JSON.parse((await sb.ok(['bundle', 'import', sb.file('md1.plani'), '--trust', code, '--workspace', sb.ws('poc2'), '--json'])).stdout);
    expect(json).toMatchObject({ ok: true, result: 'applied' });
    expect(json.changes.added).toHaveLength(records);
  });

  it('prints every line when there are few', async () => {
    await sb.ok(['init', '--role', 'lfp', '--institution', 'MD', '--workspace', sb.ws('md')]);
    await sb.ok(['init', '--role', 'poc', '--institution', 'POC', '--workspace', sb.ws('poc')]);
    const doc = syntheticPlan({ owner: 'MD', commitments: 2, milestonesPer: 2, indicatorsPer: 1, ideas: 0, events: 0, comments: 0, calendar: 0 });
    writeFileSync(sb.file('md.json'), JSON.stringify({ ...doc, feedback: [], calendar: [] }));
    await sb.ok(['plan', 'import', sb.file('md.json'), '--workspace', sb.ws('md')]);
    await sb.ok(['bundle', 'export', '--out', sb.file('md1.plani'), '--workspace', sb.ws('md')]);
    const code = JSON.parse((await sb.ok(['key', 'show', '--json', '--workspace', sb.ws('md')])).stdout).safetyCode as string;
    const dry = await sb.ok(['bundle', 'import', sb.file('md1.plani'), '--dry-run', '--trust', code, '--workspace', sb.ws('poc'), '--lang', 'en']);
    expect(details(dry.stdout)).toHaveLength(9); // and the plan's one consultation report
    expect(dry.stdout).not.toContain('commitment: 2 added');
    expect(dry.stdout).not.toContain('more lines');
  });
});
