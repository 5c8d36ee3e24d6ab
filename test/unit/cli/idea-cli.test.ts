// ogp-drafter idea import / idea list, in-process: the report, --json, the
// exit codes (0 done, 1 bad rows without --valid-only or a refusal, 2 usage).
import { writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Sandbox, sandbox } from './run';

let sb: Sandbox;
beforeEach(async () => {
  sb = sandbox();
  await sb.ok(['init', '--role', 'lfp', '--institution', 'MD', '--workspace', sb.ws()]);
});
afterEach(() => sb.cleanup());

const GOOD = 'Vula kohore;Titulli;Problemi\n15.09.2020 10:00:00;Ndihmë juridike;Mungojnë avokatët\n16.09.2020 10:00:00;Gjykata të hapura;Vendimet nuk publikohen\n';
const MIXED = 'Vula kohore,Titulli\n15.09.2020,E mirë\n31.09.2020,Data e pamundur\n';
const ws = () => ['--workspace', sb.ws()];

describe('ogp-drafter idea', () => {
  it('imports a CSV and lists the ideas, as text and as JSON', async () => {
    writeFileSync(sb.file('ideas.csv'), GOOD);
    const done = await sb.run(['idea', 'import', sb.file('ideas.csv'), '--component', 'access-to-justice', '--lang', 'en', ...ws()]);
    expect(done.code, done.stderr).toBe(0);
    expect(done.stdout).toContain('2 rows OK, 0 with problems.');
    expect(done.stdout).toContain('Imported 2 ideas; 0 rows left out.');

    const list = await sb.run(['idea', 'list', '--lang', 'en', ...ws()]);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/2020-09-15\s+Received\s+access-to-justice\s+Ndihmë juridike/);
    expect(list.stdout).toContain('Received: 2');

    const json = await sb.run(['idea', 'list', '--status', 'received', '--component', 'access-to-justice', '--json', ...ws()]);
    const value = JSON.parse(json.stdout) as { ideas: { title: { sq: string } }[]; counts: Record<string, number> };
    expect(value.ideas.map((i) => i.title.sq)).toEqual(['Ndihmë juridike', 'Gjykata të hapura']);
    expect(value.counts.received).toBe(2);
    const none = JSON.parse((await sb.run(['idea', 'list', '--status', 'merged', '--json', ...ws()])).stdout) as { ideas: unknown[] };
    expect(none.ideas).toEqual([]);
  });

  it('imports nothing from a file with a bad row (exit 1) unless --valid-only; --dry-run writes nothing', async () => {
    writeFileSync(sb.file('mixed.csv'), MIXED);
    const args = ['idea', 'import', sb.file('mixed.csv'), '--component', 'access-to-justice', ...ws()];
    const refused = await sb.run([...args, '--json']);
    expect(refused.code).toBe(1);
    const report = JSON.parse(refused.stdout) as { imported: number; valid: number; invalid: number; rows: { row: number; ok: boolean; issues: { column: string; code: string }[] }[] };
    expect(report).toMatchObject({ imported: 0, valid: 1, invalid: 1 });
    expect(report.rows[1]).toMatchObject({ row: 3, ok: false, issues: [{ column: 'receivedAt', code: 'bad-date' }] });
    const human = await sb.run([...args, '--lang', 'en']);
    expect(human.code).toBe(1);
    expect(human.stdout).toContain('Row 3 · receivedAt: The date cannot be read');
    expect(human.stdout).toContain('Nothing was imported');

    const dry = await sb.run([...args, '--valid-only', '--dry-run', '--json']);
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({ dryRun: true, imported: 0 });
    expect(JSON.parse((await sb.run(['idea', 'list', '--json', ...ws()])).stdout).ideas).toEqual([]);

    const valid = await sb.run([...args, '--valid-only', '--json']);
    expect(valid.code).toBe(0);
    expect(JSON.parse(valid.stdout)).toMatchObject({ imported: 1, skipped: 1 });
  });

  it('takes --map by header text or column number', async () => {
    writeFileSync(sb.file('plain.csv'), 'Kur,Çfarë\n2020-09-01,Ide e re\n');
    const r = await sb.run(['idea', 'import', sb.file('plain.csv'), '--component', 'anti-corruption', '--map', '{"receivedAt":"Kur","title.sq":1}', '--json', ...ws()]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ imported: 1, mapping: { receivedAt: 0, 'title.sq': 1 } });
  });

  it('refuses wrong use with exit code 2 and a refusal of the service with exit code 1', async () => {
    writeFileSync(sb.file('ideas.csv'), GOOD);
    expect((await sb.run(['idea', 'import', sb.file('ideas.csv'), ...ws()])).code).toBe(2);
    expect((await sb.run(['idea', 'import', '--component', 'anti-corruption', ...ws()])).code).toBe(2);
    expect((await sb.run(['idea', 'import', sb.file('ideas.csv'), '--component', 'anti-corruption', '--map', '{"nope":1}', ...ws()])).code).toBe(2);
    expect((await sb.run(['idea', 'import', sb.file('ideas.csv'), '--component', 'anti-corruption', '--map', 'not json', ...ws()])).code).toBe(2);
    const status = await sb.run(['idea', 'list', '--status', 'lost', '--json', ...ws()]);
    expect(status.code).toBe(2);
    expect(JSON.parse(status.stdout)).toMatchObject({ ok: false, error: { code: 'usage' } });
    const notLead = await sb.run(['idea', 'import', sb.file('ideas.csv'), '--component', 'fiscal-transparency', '--json', ...ws()]);
    expect(notLead.code).toBe(1);
    expect(JSON.parse(notLead.stdout)).toMatchObject({ ok: false, error: { code: 'not-lead' } });
  });
});
