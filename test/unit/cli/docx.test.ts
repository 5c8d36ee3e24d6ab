// ogp-drafter docx, in-process: listed in --help, the file written (a .docx
// with the plan's text), --json, exit 1 for a final that is not ready (with
// the same list as ogp-drafter pdf) and an unknown component, exit 2 for
// usage mistakes (an annex name that does not exist among them). Every
// annex ogp-drafter pdf prints exports to Word too.
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PDF_ANNEXES } from '../../../electron/cli/args';
import { DOCX_ANNEXES } from '../../../shared/model/print';
import { docxParts, paragraphsOf } from '../../helpers/docx-xml';
import { type Sandbox, sandboxWithPlan } from './run';

let sb: Sandbox;
beforeEach(async () => {
  sb = await sandboxWithPlan();
});
afterEach(() => sb.cleanup());

describe('ogp-drafter docx', () => {
  it.each(['sq', 'en'])('is listed in --help with its annexes (%s)', async (lang) => {
    const res = await sb.run(['--help', '--lang', lang]);
    expect(res.stdout).toContain(`  docx --annex ${DOCX_ANNEXES.join('|')} [--lang sq|en|bilingual]`);
  });

  it('writes the Word file and reports { file, bytes } with --json', async () => {
    const res = await sb.run(['docx', '--annex', 'action-plan', '--lang', 'bilingual', '--out', sb.file('a.docx'), '--json', '--workspace', sb.ws()]);
    expect(res.code, res.stderr).toBe(0);
    const value = JSON.parse(res.stdout) as { file: string; bytes: number };
    expect(value.file).toBe(sb.file('a.docx'));
    const bytes = readFileSync(sb.file('a.docx'));
    expect(value.bytes).toBe(bytes.length);
    const parts = docxParts(bytes);
    const text = paragraphsOf(parts.get('word/document.xml')!).map((p) => p.text).join('\n');
    expect(text).toContain('Aneksi VI/VII — Plani i veprimit');
    expect(text).toContain('Annex VI/VII — Action plan');
    expect(readdirSync(sb.root).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('accepts every annex ogp-drafter pdf accepts', () => {
    expect(DOCX_ANNEXES).toEqual(PDF_ANNEXES);
  });

  it.each(['indicators', 'plan', 'institutions', 'calendar', 'prioritization', 'consultation'])('exports %s with a human summary', async (annex) => {
    const res = await sb.run(['docx', '--annex', annex, '--lang', 'en', '--out', sb.file('b.docx'), '--workspace', sb.ws()]);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/^Wrote .*b\.docx: \d+ bytes\.\n$/);
  });

  it('refuses --final while no commitment is accepted: exit 1, the list of what stands in the way, no file', async () => {
    const res = await sb.run(['docx', '--annex', 'plan', '--final', '--lang', 'en', '--out', sb.file('f.docx'), '--workspace', sb.ws()]);
    expect(res.code).toBe(1);
    expect(res.stdout).toBe('');
    const lines = res.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^The final print is not allowed yet: \d+ items stand in the way/);
    expect(lines.filter((l) => /: not accepted by the POC yet \(status: .*\)$/.test(l))).toHaveLength(2);
    expect(readdirSync(sb.root).filter((f) => f.endsWith('.docx') || f.endsWith('.tmp'))).toEqual([]);
    const json = await sb.run(['docx', '--annex', 'plan', '--final', '--out', sb.file('f.docx'), '--json', '--workspace', sb.ws()]);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, error: { code: 'print-not-ready' }, readiness: { ready: false } });
  });

  it('exits 1 for an unknown component and 2 on usage mistakes', async () => {
    const unknown = await sb.run(['docx', '--annex', 'indicators', '--component', 'no-such', '--out', sb.file('d.docx'), '--workspace', sb.ws()]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe('Komponenti “no-such” nuk ekziston në këtë cikël.\n');
    const cases = [
      ['docx', '--annex', 'minutes', '--out', sb.file('e.docx')],
      ['docx', '--annex', 'plan'],
      ['docx', '--out', sb.file('e.docx')],
      ['docx', '--annex', 'plan', '--lang', 'de', '--out', sb.file('e.docx')],
      ['docx', '--annex', 'plan', '--final', '--draft', '--out', sb.file('e.docx')],
    ];
    for (const argv of cases) expect((await sb.run([...argv, '--workspace', sb.ws()])).code, argv.join(' ')).toBe(2);
  });
});
