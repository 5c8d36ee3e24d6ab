// ogp-drafter cycle start | list, in-process against a real workspace: the
// POC starts 2023-2025 (exit 0), the list marks it current, as text and as
// JSON; an overlap, a short period and an LFP are refused (exit 1, nothing
// changed); a period or number that cannot be read, or a missing option, is
// a usage mistake (exit 2).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Sandbox, sandbox } from './run';

let sb: Sandbox;
beforeEach(() => {
  sb = sandbox();
});
afterEach(() => sb.cleanup());

const START = ['cycle', 'start', '--id', '2023-2025', '--period', '2023-09-01..2025-08-31', '--number', '6'];

describe('ogp-drafter cycle', () => {
  it('starts 2023-2025 at the POC and lists it as current, as text and as JSON', async () => {
    await sb.ok(['init', '--role', 'poc', '--institution', 'POC', '--workspace', sb.ws()]);
    const started = await sb.ok([...START, '--workspace', sb.ws(), '--lang', 'en']);
    expect(started.stdout).toContain('Cycle 2023-2025 (plan no. 6, 01.09.2023 – 31.08.2025) started: 4 components and 0 calendar items copied.');
    const text = await sb.ok(['cycle', 'list', '--workspace', sb.ws(), '--lang', 'sq']);
    expect(text.stdout).toContain('  2020-2022  nr. 5  01.09.2020 – 31.08.2022  Plani Kombëtar i Veprimit OGP 2020-2022 (i mëparshëm, vetëm për lexim)');
    expect(text.stdout).toContain('* 2023-2025  nr. 6  01.09.2023 – 31.08.2025  Plani Kombëtar i Veprimit OGP 2023-2025 (aktual)');
    const json = JSON.parse((await sb.ok(['cycle', 'list', '--workspace', sb.ws(), '--json'])).stdout);
    expect(json).toMatchObject({ currentCycleId: '2023-2025', openCycleId: '2023-2025' });
    expect(json.cycles.map((c: { id: string; number: number; current: boolean }) => [c.id, c.number, c.current])).toEqual([
      ['2020-2022', 5, false],
      ['2023-2025', 6, true],
    ]);
    const startedJson = JSON.parse((await sb.ok(['cycle', 'start', '--id', '2025-2027', '--period', '2025-09-01..2027-08-31', '--number', '7', '--workspace', sb.ws(), '--json'])).stdout);
    expect(startedJson).toMatchObject({ cycle: { id: '2025-2027', number: 7 }, components: 4, currentCycleId: '2025-2027' });
  });

  it('refuses an overlap, a period under a year and an LFP with exit 1 and a message, changing nothing', async () => {
    await sb.ok(['init', '--role', 'poc', '--institution', 'POC', '--workspace', sb.ws()]);
    const overlap = await sb.run(['cycle', 'start', '--id', '2022-2024', '--period', '2022-01-01..2024-08-31', '--number', '6', '--workspace', sb.ws(), '--lang', 'en']);
    expect(overlap.code).toBe(1);
    expect(overlap.stderr).toContain('The period overlaps cycle 2020-2022 (01.09.2020 – 31.08.2022)');
    const short = await sb.run(['cycle', 'start', '--id', '2023-2024', '--period', '2023-09-01..2024-03-31', '--number', '6', '--workspace', sb.ws(), '--json']);
    expect(short.code).toBe(1);
    expect(JSON.parse(short.stdout)).toMatchObject({ ok: false, error: { code: 'cycle-period-too-short' } });
    const list = JSON.parse((await sb.ok(['cycle', 'list', '--workspace', sb.ws(), '--json'])).stdout);
    expect(list.cycles.map((c: { id: string }) => c.id)).toEqual(['2020-2022']);

    await sb.ok(['init', '--role', 'lfp', '--institution', 'MD', '--workspace', sb.ws('md')]);
    const lfp = await sb.run([...START, '--workspace', sb.ws('md'), '--lang', 'sq']);
    expect(lfp.code).toBe(1);
    expect(lfp.stderr).toContain('Vetëm Pika e Kontaktit (POC) nis një cikël të ri');
  });

  it('takes a period it cannot read, a bad number or a missing option as a usage mistake (exit 2)', async () => {
    await sb.ok(['init', '--role', 'poc', '--institution', 'POC', '--workspace', sb.ws()]);
    const cases = [
      ['cycle', 'start', '--id', '2023-2025', '--period', '2023-09-01/2025-08-31', '--number', '6'],
      ['cycle', 'start', '--id', '2023-2025', '--period', '2023-02-30..2025-08-31', '--number', '6'],
      ['cycle', 'start', '--id', '2023-2025', '--period', '2023-09-01..2025-08-31', '--number', 'six'],
      ['cycle', 'start', '--id', '2023-2025', '--period', '2023-09-01..2025-08-31'],
      ['cycle', 'start', '--period', '2023-09-01..2025-08-31', '--number', '6'],
      ['cycle', 'list', '--number', '6'],
      ['cycle'],
    ];
    for (const argv of cases) expect((await sb.run([...argv, '--workspace', sb.ws()])).code, argv.join(' ')).toBe(2);
    const bad = await sb.run(['cycle', 'start', '--id', '2023-2025', '--period', '2023-09-01', '--number', '6', '--workspace', sb.ws(), '--lang', 'en']);
    expect(bad.stderr).toContain('The period is written START..END, e.g. 2023-09-01..2025-08-31 (got "2023-09-01").');
  });
});
