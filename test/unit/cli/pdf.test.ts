// ogp-drafter pdf, in-process: exit codes, --json, atomic output.
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PRINT_ANNEXES } from '../../../shared/model/print';
import { type Sandbox, sandboxWithPlan } from './run';

let sb: Sandbox;
beforeEach(async () => {
  sb = await sandboxWithPlan();
});
afterEach(() => sb.cleanup());

describe('ogp-drafter --help', () => {
  it.each(['sq', 'en'])('lists every annex name and --final (%s)', async (lang) => {
    const res = await sb.run(['--help', '--lang', lang]);
    expect(res.code).toBe(0);
    const pdfLine = res.stdout.split('\n').find((l) => /^ {6}(ANEKSI|ANNEX): /.test(l));
    expect(pdfLine).toBeDefined();
    for (const annex of PRINT_ANNEXES) expect(pdfLine).toContain(annex);
    expect(res.stdout).toContain('[--draft|--final]');
  });
});

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

  it('refuses --final while no commitment is accepted: exit 1, the list of what stands in the way, no file', async () => {
    // --lang en prints in English and speaks English.
    const res = await sb.run(['pdf', '--annex', 'plan', '--final', '--lang', 'en', '--out', sb.file('f.pdf'), '--workspace', sb.ws()]);
    expect(res.code).toBe(1);
    expect(res.stdout).toBe('');
    const lines = res.stderr.trimEnd().split('\n');
    const count = Number(/^The final print is not allowed yet: (\d+) items stand in the way/.exec(lines[0]!)?.[1]);
    expect(lines).toHaveLength(count + 2);
    // Each of the two imported commitments waits for the POC's decision (an import brings it in as ready at most).
    const undecided = lines.filter((l) => /^ {2}\d\.\d \S.*: not accepted by the POC yet \(status: (Draft|In consultation)\)$/.test(l));
    expect(undecided).toHaveLength(2);
    expect(lines.at(-1)).toBe('Resolve these and try again, or print a draft (without --final).');
    expect(readdirSync(sb.root).filter((f) => f.endsWith('.pdf') || f.endsWith('.tmp'))).toEqual([]);
  });

  it('gives the refusal of --final as JSON: the error and the readiness with every obstacle', async () => {
    const res = await sb.run(['pdf', '--annex', 'action-plan', '--component', 'anti-corruption', '--final', '--out', sb.file('f.pdf'), '--json', '--workspace', sb.ws()]);
    expect(res.code).toBe(1);
    expect(res.stderr).toBe('');
    const value = JSON.parse(res.stdout) as {
      ok: boolean;
      error: { code: string; message: string };
      readiness: { ready: boolean; obstacles: { kind: string; commitment?: { id: string; componentCode: string } }[] };
    };
    expect(value.ok).toBe(false);
    expect(value.error.code).toBe('print-not-ready');
    expect(value.readiness.ready).toBe(false);
    expect(value.error.message).toContain(String(value.readiness.obstacles.length));
    // Only the chosen component's commitment counts; the other one is in access-to-justice.
    const commitments = value.readiness.obstacles.filter((o) => o.kind === 'undecided');
    expect(commitments.map((o) => o.commitment?.componentCode)).toEqual(['anti-corruption']);
    expect(value.readiness.obstacles.every((o) => !o.commitment || o.commitment.componentCode === 'anti-corruption')).toBe(true);
  });

  it('prints a draft with --draft, as without a mode', async () => {
    const res = await sb.run(['pdf', '--annex', 'plan', '--draft', '--out', sb.file('g.pdf'), '--workspace', sb.ws()]);
    expect(res.code, res.stderr).toBe(0);
    expect(readFileSync(sb.file('g.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('exits 2 on usage mistakes', async () => {
    const cases = [
      ['pdf', '--annex', 'nope', '--out', sb.file('e.pdf')],
      ['pdf', '--annex', 'institutions'],
      ['pdf', '--out', sb.file('e.pdf')],
      ['pdf', '--annex', 'institutions', '--lang', 'de', '--out', sb.file('e.pdf')],
      ['pdf', '--annex', 'institutions', '--to', 'MD', '--out', sb.file('e.pdf')],
      ['check', '--lang', 'bilingual'],
      ['pdf', '--annex', 'plan', '--final', '--draft', '--out', sb.file('e.pdf')],
      ['check', '--final'],
    ];
    for (const argv of cases) expect((await sb.run([...argv, '--workspace', sb.ws()])).code, argv.join(' ')).toBe(2);
  });
});
