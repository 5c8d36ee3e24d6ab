import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dbPath } from '../../../electron/services/workspace/paths';
import { writePreferences } from '../../../electron/services/workspace/preferences';
import { syntheticPlan } from '../../fixtures/synthetic-plan';
import { type Sandbox, sandbox } from './run';

let sb: Sandbox;
beforeEach(() => {
  sb = sandbox();
});
afterEach(() => sb.cleanup());

const FINGERPRINT = /^\d{5}( \d{5}){5}$/;
const lines = (s: string) => s.split('\n').filter((l) => l !== '');

async function init(ws = sb.ws(), institution = 'MD') {
  const res = await sb.run(['init', '--role', 'lfp', '--institution', institution, '--workspace', ws]);
  expect(res.code, res.stderr).toBe(0);
  return res;
}

/** The workspace as interchange text, with exportedAt blanked for comparison. */
async function snapshot(ws = sb.ws()) {
  const res = await sb.run(['plan', 'export', '--out', '-', '--workspace', ws]);
  expect(res.code, res.stderr).toBe(0);
  return res.stdout.replace(/"exportedAt": "[^"]+"/, '"exportedAt": "…"');
}

describe('ogp-drafter init', () => {
  it('creates the workspace and prints the key’s safety code', async () => {
    const res = await init();
    const out = lines(res.stdout);
    expect(out[0]).toBe('U krijua hapësira e punës. Institucioni: Ministria e Drejtësisë (MD); roli: LFP.');
    expect(out.at(-1)!.trim()).toMatch(FINGERPRINT);
    expect(res.stderr).toBe('');
    expect(existsSync(dbPath(sb.ws()))).toBe(true);
    // The key-encryption key went to the keyring folder, not into the workspace.
    expect(readdirSync(sb.env.PLANI_KEYRING_DIR!).some((f) => f.endsWith('.kek'))).toBe(true);
  });

  it('prints machine-readable JSON with --json', async () => {
    const res = await sb.run(['init', '--json', '--role', 'poc', '--institution', 'POC', '--workspace', sb.ws()]);
    expect(res.code).toBe(0);
    const value = JSON.parse(res.stdout);
    expect(value).toEqual({ workspace: sb.ws(), role: 'poc', institution: 'POC', keyId: expect.stringMatching(/^[0-9a-f]{16}$/), fingerprint: expect.stringMatching(FINGERPRINT) });
  });

  it('refuses a second init and leaves the workspace unchanged', async () => {
    await init();
    const before = readFileSync(dbPath(sb.ws()));
    const files = readdirSync(sb.ws()).sort();
    const res = await sb.run(['init', '--role', 'lfp', '--institution', 'MOFE', '--workspace', sb.ws()]);
    expect(res.code).toBe(1);
    expect(lines(res.stderr)).toEqual([`Në këtë dosje ekziston tashmë një hapësirë pune: ${sb.ws()}.`]);
    expect(readFileSync(dbPath(sb.ws())).equals(before)).toBe(true);
    expect(readdirSync(sb.ws()).sort()).toEqual(files);
  });

  it('refuses an unknown institution, naming the known codes, in Albanian and in English', async () => {
    const sq = await sb.run(['init', '--role', 'lfp', '--institution', 'XYZ', '--workspace', sb.ws()]);
    expect(sq.code).toBe(1);
    expect(lines(sq.stderr)).toEqual(['Kodi i institucionit “XYZ” nuk njihet. Kodet e njohura: MD, MOFE, NAIS, ADISA.']);
    const en = await sb.run(['init', '--role', 'lfp', '--institution', 'XYZ', '--workspace', sb.ws(), '--lang', 'en']);
    expect(en.code).toBe(1);
    expect(lines(en.stderr)).toEqual(['The institution code “XYZ” is not known. Known codes: MD, MOFE, NAIS, ADISA.']);
    const json = await sb.run(['--json', 'init', '--role', 'lfp', '--institution', 'XYZ', '--workspace', sb.ws()]);
    expect(JSON.parse(json.stdout)).toEqual({ ok: false, error: { code: 'unknown-institution', message: lines(sq.stderr)[0] } });
    expect(existsSync(sb.ws())).toBe(false);
  });

  it('accepts global options before and after the command', async () => {
    const before = await sb.run(['--workspace', sb.ws('a'), '--lang', 'en', 'init', '--role', 'lfp', '--institution', 'NAIS']);
    const after = await sb.run(['init', '--role', 'lfp', '--institution', 'NAIS', '--workspace', sb.ws('b'), '--lang', 'en']);
    const mixed = await sb.run(['--lang=en', 'init', '--workspace', sb.ws('c'), '--role=lfp', '--institution', 'ADISA']);
    for (const res of [before, after, mixed]) {
      expect(res.code, res.stderr).toBe(0);
      expect(res.stdout).toMatch(/^Created the workspace for /);
    }
    expect(existsSync(dbPath(sb.ws('a'))) && existsSync(dbPath(sb.ws('b'))) && existsSync(dbPath(sb.ws('c')))).toBe(true);
  });

  it.runIf(process.platform === 'linux')('uses the desktop app’s workspace folder by default', async () => {
    const res = await sb.run(['init', '--role', 'lfp', '--institution', 'MD']);
    expect(res.code, res.stderr).toBe(0);
    expect(existsSync(join(sb.env.XDG_CONFIG_HOME!, 'Plani', 'workspace', 'plani.db'))).toBe(true);
  });

  it('speaks the language saved in the workspace when --lang is not given', async () => {
    await init();
    writePreferences(sb.ws(), { language: 'en' });
    const res = await sb.run(['init', '--role', 'lfp', '--institution', 'MD', '--workspace', sb.ws()]);
    expect(lines(res.stderr)).toEqual([`A workspace already exists in this folder: ${sb.ws()}.`]);
    const forced = await sb.run(['init', '--role', 'lfp', '--institution', 'MD', '--workspace', sb.ws(), '--lang', 'sq']);
    expect(forced.stderr).toMatch(/^Në këtë dosje/);
  });
});

describe('usage errors exit with 2', () => {
  it.each([
    [['frobnicate'], 'Komandë e panjohur: “frobnicate”.'],
    [[], 'Nuk u dha asnjë komandë.'],
    [['plan'], 'Komanda “plan” kërkon “export” ose “import”.'],
    [['plan', 'publish'], 'Komandë e panjohur: “plan publish”.'],
    [['init', '--role', 'lfp', '--institution', 'MD', '--bogus'], 'Opsion i panjohur: --bogus.'],
    [['init', '--institution', 'MD'], 'Komanda “init” kërkon opsionin --role.'],
    [['init', '--role', 'admin', '--institution', 'MD'], 'Roli duhet të jetë lfp ose poc (u dha “admin”).'],
    [['plan', 'import'], 'Tregoni skedarin që do të importohet: ogp-drafter plan import SKEDARI.json'],
    [['plan', 'export'], 'Komanda “plan export” kërkon opsionin --out.'],
    [['plan', 'export', '--out'], 'Opsioni --out kërkon një vlerë.'],
    [['plan', 'export', '--out', 'x.json', '--role', 'lfp'], 'Opsioni --role nuk përdoret me komandën “plan export”.'],
    [['plan', 'import', 'a.json', 'b.json'], 'Argument i tepërt: “b.json”.'],
    [['serve', '--port', 'http'], 'Porta duhet të jetë numër nga 0 deri në 65535 (u dha “http”).'],
    [['init', '--lang', 'fr'], 'Gjuha duhet të jetë sq ose en (u dha “fr”).'],
  ])('%j', async (argv, message) => {
    const res = await sb.run([...argv, '--workspace', sb.ws()]);
    expect(res.code).toBe(2);
    expect(lines(res.stderr)).toEqual([message, 'Për ndihmë: ogp-drafter --help']);
    expect(res.stdout).toBe('');
  });

  it('answers in English and as JSON when asked', async () => {
    const res = await sb.run(['frobnicate', '--lang', 'en', '--json']);
    expect(res.code).toBe(2);
    expect(lines(res.stderr)).toEqual(['Unknown command: "frobnicate".', 'For help: ogp-drafter --help']);
    expect(JSON.parse(res.stdout)).toEqual({ ok: false, error: { code: 'usage', message: 'Unknown command: "frobnicate".' } });
  });

  it('prints help and version', async () => {
    const help = await sb.run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('plan import SKEDARI.json');
    expect(help.stdout).toContain(join(sb.env.XDG_CONFIG_HOME!, 'Plani', 'workspace'));
    expect((await sb.run(['plan', 'export', '-h', '--lang', 'en'])).stdout).toMatch(/^Usage: ogp-drafter/);
    expect((await sb.run(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+/);
    expect(JSON.parse((await sb.run(['-v', '--json'])).stdout)).toEqual({ version: expect.any(String) });
  });
});

describe('ogp-drafter plan export / import', () => {
  function writePlan(name: string, doc: unknown) {
    writeFileSync(sb.file(name), JSON.stringify(doc, null, 2));
    return sb.file(name);
  }

  it('round-trips a plan through files between two workspaces', async () => {
    await init(sb.ws('a'));
    const imported = await sb.run(['plan', 'import', writePlan('in.json', syntheticPlan({ commitments: 6 })), '--workspace', sb.ws('a')]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(lines(imported.stdout)).toContain('  angazhime: 6');
    expect(lines(imported.stdout)).toContain('  hapa kyç: 30');

    const exported = await sb.run(['plan', 'export', '--workspace', sb.ws('a'), '--out', sb.file('a.json')]);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toBe(`U eksportuan 6 angazhime, 30 hapa kyç dhe 18 tregues në ${sb.file('a.json')}.\n`);
    const text = readFileSync(sb.file('a.json'), 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "format": "plani.interchange",\n');
    expect(text).toContain('Ministria e Drejtësisë');
    // No temporary file is left beside the output.
    expect(readdirSync(sb.root).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    await init(sb.ws('b'));
    const json = await sb.run(['plan', 'import', sb.file('a.json'), '--workspace', sb.ws('b'), '--json']);
    expect(json.code, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ file: sb.file('a.json'), counts: { commitments: 6, milestones: 30, indicators: 18 } });
    expect(await snapshot(sb.ws('b'))).toBe(await snapshot(sb.ws('a')));

    const exportJson = await sb.run(['plan', 'export', '--json', '--workspace', sb.ws('b'), '--out', sb.file('b.json')]);
    expect(JSON.parse(exportJson.stdout)).toMatchObject({ file: sb.file('b.json'), counts: { commitments: 6 } });
  });

  it('writes the document to standard output with --out -', async () => {
    await init();
    const res = await sb.run(['plan', 'export', '--out', '-', '--workspace', sb.ws()]);
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({ format: 'plani.interchange', version: 1, source: { role: 'lfp', institution: 'MD' } });
    expect(res.stderr).toMatch(/daljen standarde/);
    const json = await sb.run(['plan', 'export', '--out', '-', '--json', '--workspace', sb.ws()]);
    expect(JSON.parse(json.stdout).format).toBe('plani.interchange');
    expect(json.stderr).toBe('');
  });

  it('refuses an invalid file, listing every problem with its path, and changes nothing', async () => {
    await init();
    await sb.run(['plan', 'import', writePlan('good.json', syntheticPlan({ commitments: 2 })), '--workspace', sb.ws()]);
    const before = await snapshot();

    const bad = syntheticPlan({ commitments: 3, seed: 'bad' }) as any;
    bad.commitments[2].title.sq = 'ë'.repeat(501);
    bad.commitments[0].milestones[1].endDate = '2021-13-01';
    bad.commitments[1].owner = 'XYZ';
    bad.ideas[0].colour = 'blue';
    const file = writePlan('bad.json', bad);

    const res = await sb.run(['plan', 'import', file, '--workspace', sb.ws()]);
    expect(res.code).toBe(1);
    expect(lines(res.stderr)).toEqual([
      'Skedari nuk është dokument i vlefshëm shkëmbimi i Planit; probleme të gjetura: 4. Asgjë nuk u importua.',
      '  commitments[0].milestones[1].endDate: Data nuk është e vlefshme (VVVV-MM-DD).',
      '  commitments[2].title.sq: Teksti është shumë i gjatë.',
      '  ideas[0].colour: Fushë e panjohur “colour”.',
      '  commitments[1].owner: Kodi i institucionit “XYZ” nuk njihet nga të dhënat e referencës.',
    ]);
    expect(await snapshot()).toBe(before);

    const en = await sb.run(['plan', 'import', file, '--workspace', sb.ws(), '--lang', 'en', '--json']);
    expect(en.code).toBe(1);
    const { error } = JSON.parse(en.stdout);
    expect(error.code).toBe('invalid-interchange');
    expect(error.message).toBe('The file is not a valid Plani interchange document; problems found: 4. Nothing was imported.');
    expect(error.issues).toContainEqual({ path: 'commitments[1].owner', code: 'unknown-institution', message: 'The institution code "XYZ" is not in the reference data.' });
    expect(error.issues).toContainEqual({ path: 'commitments[2].title.sq', code: 'too_big', message: 'The text is too long.' });
    expect(error.issues).toHaveLength(4);
    expect(await snapshot()).toBe(before);
  });

  it('reports a JSON syntax error with its position, and a newer format by its version', async () => {
    await init();
    writeFileSync(sb.file('broken.json'), '{\n  "format": "plani.interchange"\n  "version": 1\n}\n');
    const res = await sb.run(['plan', 'import', sb.file('broken.json'), '--workspace', sb.ws()]);
    expect(res.code).toBe(1);
    expect(lines(res.stderr)[1]).toBe('  (root): JSON i pavlefshëm në rreshtin 3, kolonën 3.');

    const newer = await sb.run(['plan', 'import', writePlan('v2.json', { ...syntheticPlan(), version: 2 }), '--workspace', sb.ws(), '--json']);
    expect(newer.code).toBe(1);
    expect(JSON.parse(newer.stdout).error.issues).toEqual([
      {
        path: 'version',
        code: 'version-too-new',
        message: 'Skedari është shkruar nga një version më i ri i Planit (formati 2; ky version lexon deri në 1). Përditësoni aplikacionin.',
      },
    ]);
  });

  it('refuses a missing file or a missing workspace with exit code 1', async () => {
    const noWs = await sb.run(['plan', 'export', '--out', sb.file('x.json'), '--workspace', sb.ws()]);
    expect(noWs.code).toBe(1);
    expect(noWs.stderr).toMatch(/^Hapësira e punës nuk është krijuar ende/);
    await init();
    const missing = await sb.run(['plan', 'import', sb.file('nope.json'), '--workspace', sb.ws(), '--json']);
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stdout).error).toEqual({ code: 'file-unreadable', message: `Skedari nuk mund të lexohet: ${sb.file('nope.json')}.` });
    const unwritable = await sb.run(['plan', 'export', '--out', join(sb.root, 'no', 'such', 'dir.json'), '--workspace', sb.ws()]);
    expect(unwritable.code).toBe(1);
    expect(unwritable.stderr).toMatch(/^Skedari nuk mund të shkruhet:/);
  });
});
