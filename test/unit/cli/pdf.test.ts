// ogp-drafter pdf, in-process: exit codes, --json, atomic output.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syntheticPlan } from '../../fixtures/synthetic-plan';
import { type Sandbox, sandbox } from './run';

let sb: Sandbox;
beforeEach(async () => {
  sb = sandbox();
  expect((await sb.run(['init', '--role', 'lfp', '--institution', 'MD', '--workspace', sb.ws()])).code).toBe(0);
  writeFileSync(sb.file('plan.json'), JSON.stringify(syntheticPlan({ commitments: 2, owner: 'MD', ideas: 0, events: 0, comments: 0 })));
  expect((await sb.run(['plan', 'import', sb.file('plan.json'), '--workspace', sb.ws()])).code).toBe(0);
});
afterEach(() => sb.cleanup());

describe('ogp-drafter pdf', () => {
  it('writes the annex and reports { file, pages, bytes } with --json', async () => {
    const res = await sb.run(['pdf', '--annex', 'action-plan', '--lang', 'bilingual', '--out', sb.file('a.pdf'), '--json', '--workspace', sb.ws()]);
    expect(res.code, res.stderr).toBe(0);
    const value = JSON.parse(res.stdout) as { file: string; pages: number; bytes: number };
    expect(value.file).toBe(sb.file('a.pdf'));
    expect(value.pages).toBeGreaterThanOrEqual(1);
    const bytes = readFileSync(sb.file('a.pdf'));
    expect(value.bytes).toBe(bytes.length);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(readdirSync(sb.root).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it.each(['institutions', 'indicators', 'calendar', 'prioritization', 'consultation', 'plan'])('prints %s in one language with a human summary', async (annex) => {
    const res = await sb.run(['pdf', '--annex', annex, '--lang', 'en', '--component', 'anti-corruption', '--out', sb.file('b.pdf'), '--workspace', sb.ws()]);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/^Wrote .*b\.pdf: \d+ pages, \d+ bytes\.\n$/);
  });

  it('shows a progress line on a terminal, erased at the end, and none for a pipe or --json', async () => {
    const args = ['pdf', '--annex', 'plan', '--lang', 'bilingual', '--out', sb.file('p.pdf'), '--workspace', sb.ws()];
    const tty = await sb.run(args, { stderrIsTTY: true });
    expect(tty.code, tty.stderr).toBe(0);
    const shown = [...tty.stderr.matchAll(/\rPo përgatitet PDF-ja… (\d+)%/g)].map((m) => Number(m[1]));
    expect(shown.length).toBeGreaterThan(2);
    expect(shown).toEqual([...shown].sort((a, b) => a - b));
    expect(shown.at(-1)).toBe(100);
    expect(tty.stderr.endsWith('\r\x1b[K')).toBe(true);
    expect((await sb.run(args)).stderr).toBe('');
    expect((await sb.run([...args, '--json'], { stderrIsTTY: true })).stderr).toBe('');
  });

  it('exits 1 for an unknown component', async () => {
    const res = await sb.run(['pdf', '--annex', 'indicators', '--component', 'no-such', '--out', sb.file('d.pdf'), '--workspace', sb.ws()]);
    expect(res.code).toBe(1);
    expect(res.stderr).toBe('Komponenti “no-such” nuk ekziston në këtë cikël.\n');
  });

  it('exits 2 on usage mistakes', async () => {
    const cases = [
      ['pdf', '--annex', 'nope', '--out', sb.file('e.pdf')],
      ['pdf', '--annex', 'institutions'],
      ['pdf', '--out', sb.file('e.pdf')],
      ['pdf', '--annex', 'institutions', '--lang', 'de', '--out', sb.file('e.pdf')],
      ['pdf', '--annex', 'institutions', '--to', 'MD', '--out', sb.file('e.pdf')],
      ['check', '--lang', 'bilingual'],
    ];
    for (const argv of cases) expect((await sb.run([...argv, '--workspace', sb.ws()])).code, argv.join(' ')).toBe(2);
  });
});
