// The key, bundle and trust commands, in-process: exit codes 0/1/2, --json,
// and the translated refusal line (with its code) in Albanian and English.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activeKey } from '../../../electron/services/bundles/workspace/keys';
import { readBundle } from '../../../electron/services/bundles/file/read';
import { BundleService } from '../../../electron/services/bundles/workspace/service';
import type { GeneratedKey } from '../../../electron/services/keys/identity';
import { keyringProtector } from '../../../electron/services/keys/protector';
import { openWorkspace } from '../../../electron/services/workspace/workspace';
import { syntheticPlan } from '../../fixtures/synthetic-plan';
import { listZip } from '../bundles/raw-zip';
import { emptySubmission, forge } from '../bundles/workspace-fixtures';
import { type Sandbox, sandbox } from './run';

let sb: Sandbox;
beforeEach(() => {
  sb = sandbox();
});
afterEach(() => sb.cleanup());

const CODE = /^\d{5}( \d{5}){5}$/;
const lines = (s: string) => s.split('\n').filter((l) => l !== '');

/** MD (with a small synthetic plan), NAIS and the POC, each in its own workspace. */
async function setup() {
  await sb.ok(['init', '--role', 'lfp', '--institution', 'MD', '--workspace', sb.ws('md')]);
  await sb.ok(['init', '--role', 'poc', '--institution', 'POC', '--workspace', sb.ws('poc')]);
  const doc = syntheticPlan({ owner: 'MD', commitments: 2, milestonesPer: 2, indicatorsPer: 1, ideas: 1, events: 1, comments: 1, calendar: 0 });
  writeFileSync(sb.file('md.json'), JSON.stringify({ ...doc, feedback: [], calendar: [] }));
  await sb.ok(['plan', 'import', sb.file('md.json'), '--workspace', sb.ws('md')]);
}

const safetyCode = async (ws: string) => JSON.parse((await sb.ok(['key', 'show', '--json', '--workspace', sb.ws(ws)])).stdout).safetyCode as string;

describe('ogp-drafter key show', () => {
  it('prints the safety code; --json adds the key id and the public key', async () => {
    await setup();
    const human = await sb.ok(['key', 'show', '--workspace', sb.ws('md')]);
    expect(lines(human.stdout)[1]!.trim()).toMatch(CODE);
    const json = JSON.parse((await sb.ok(['key', 'show', '--json', '--workspace', sb.ws('md')])).stdout);
    expect(json).toEqual({
      institution: 'MD',
      safetyCode: lines(human.stdout)[1]!.trim(),
      keyId: expect.stringMatching(/^[0-9a-f]{16}$/),
      publicKey: expect.stringMatching(/^[A-Za-z0-9+/]{43}=$/),
      createdAt: expect.any(String),
    });
  });
});

/** The workspace's active signing key with its private half, for forging a bundle as that key. */
async function ownKey(ws: string): Promise<GeneratedKey> {
  const w = await openWorkspace(sb.ws(ws));
  try {
    const k = await activeKey(w.store.db, w.info.institution.code);
    return { keyId: k.keyId, publicKeyRaw: k.publicKeyRaw, privateKeyPkcs8: keyringProtector(sb.env.PLANI_KEYRING_DIR!, w.info.id).unprotect(k.keyId, k.privateKeyProtected!) };
  } finally {
    await w.store.close();
  }
}

describe('ogp-drafter key rotate', () => {
  it('writes the rotation signed by both keys, switches keys; the POC takes the new key and refuses the old one', async () => {
    await setup();
    await sb.ok(['bundle', 'export', '--out', sb.file('md1.plani'), '--workspace', sb.ws('md')]);
    const oldCode = await safetyCode('md');
    await sb.ok(['bundle', 'import', sb.file('md1.plani'), '--trust', oldCode, '--workspace', sb.ws('poc')]);
    const oldKey = await ownKey('md');

    const res = await sb.ok(['key', 'rotate', '--out', sb.file('rot.plani'), '--workspace', sb.ws('md'), '--json']);
    const out = JSON.parse(res.stdout);
    expect(out).toEqual({ fileName: sb.file('rot.plani'), keyId: expect.stringMatching(/^[0-9a-f]{16}$/), safetyCode: expect.stringMatching(CODE), previousKeyId: oldKey.keyId });
    expect(out.keyId).not.toBe(oldKey.keyId);
    expect(out.safetyCode).not.toBe(oldCode);
    expect(readdirSync(sb.root).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    // A valid key-rotation bundle, signed by the old key then the new one.
    const bytes = readFileSync(sb.file('rot.plani'));
    const verified = await readBundle(bytes);
    expect(verified.manifest).toMatchObject({ bundleType: 'key-rotation', audience: 'POC', seq: 2, issuer: { institution: 'MD', keyId: oldKey.keyId } });
    expect(verified.manifest.rotation).toMatchObject({ newKeyId: out.keyId, effectiveFromSeq: 3 });
    const sig = JSON.parse(listZip(bytes).find((e) => e.name === 'manifest.sig')!.data.toString('utf8'));
    expect(sig.signatures.map((x: { keyId: string }) => x.keyId)).toEqual([oldKey.keyId, out.keyId]);

    // key show now shows the new key.
    expect(await safetyCode('md')).toBe(out.safetyCode);
    const shown = JSON.parse((await sb.ok(['key', 'show', '--json', '--workspace', sb.ws('md')])).stdout);
    expect(shown.keyId).toBe(out.keyId);

    // The POC, which enrolled the old key, takes the rotation without a code.
    const imported = await sb.ok(['bundle', 'import', sb.file('rot.plani'), '--workspace', sb.ws('poc'), '--json']);
    expect(JSON.parse(imported.stdout)).toMatchObject({ ok: true, result: 'applied' });
    const signers = JSON.parse((await sb.ok(['trust', 'list', '--workspace', sb.ws('poc'), '--json'])).stdout).signers;
    expect(signers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ institution: 'MD', keyId: oldKey.keyId, status: 'rotated' }),
        expect.objectContaining({ institution: 'MD', keyId: out.keyId, status: 'active', safetyCode: out.safetyCode }),
      ]),
    );

    // From number 3 on, the old key is refused…
    const late = await forge({ key: oldKey, institution: 'MD', manifest: { seq: 3 }, payload: emptySubmission() });
    writeFileSync(sb.file('late.plani'), late);
    const refused = await sb.run(['bundle', 'import', sb.file('late.plani'), '--workspace', sb.ws('poc'), '--json']);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout).error).toMatchObject({ code: 'bundle-refused', reason: 'key-rotated' });

    // …and the next submission, signed by the new key, is accepted without any code.
    await sb.ok(['bundle', 'export', '--out', sb.file('md3.plani'), '--workspace', sb.ws('md')]);
    expect((await readBundle(readFileSync(sb.file('md3.plani')))).manifest.issuer.keyId).toBe(out.keyId);
    const next = await sb.ok(['bundle', 'import', sb.file('md3.plani'), '--workspace', sb.ws('poc'), '--json']);
    expect(JSON.parse(next.stdout)).toMatchObject({ ok: true, result: 'applied' });
  });

  it('prints the new safety code and where the file must go (sq and en)', async () => {
    await setup();
    const sq = await sb.ok(['key', 'rotate', '--out', sb.file('rot.plani'), '--workspace', sb.ws('md')]);
    const code = await safetyCode('md');
    const out = lines(sq.stdout);
    expect(out[0]).toMatch(/^U krijua një çelës i ri \([0-9a-f]{16}, në vend të [0-9a-f]{16}\) dhe paketa e ndërrimit të çelësit u shkrua në /);
    expect(out[0]!.endsWith(` ${sb.file('rot.plani')}.`)).toBe(true);
    expect(out.slice(1, 3)).toEqual(['Kodi i sigurisë së çelësit të ri:', `  ${code}`]);
    expect(out[3]).toMatch(/^Dërgojeni këtë skedar te POC-ja para çdo pakete tjetër/);
    const en = await sb.ok(['key', 'rotate', '--out', sb.file('rot2.plani'), '--workspace', sb.ws('poc'), '--lang', 'en']);
    expect(lines(en.stdout).slice(1, 3)).toEqual(["The new key's safety code:", `  ${await safetyCode('poc')}`]);
    expect(lines(en.stdout)[3]).toMatch(/^Send this file to every institution \(LFP\) before any other bundle/);
  });

  it('refuses a folder that does not exist and changes nothing', async () => {
    await setup();
    const before = JSON.parse((await sb.ok(['key', 'show', '--json', '--workspace', sb.ws('md')])).stdout);
    const res = await sb.run(['key', 'rotate', '--out', sb.file('no/such/dir/rot.plani'), '--workspace', sb.ws('md'), '--lang', 'en']);
    expect(res.code).toBe(1);
    expect(lines(res.stderr)).toEqual([`The file cannot be written: ${sb.file('no/such/dir/rot.plani')}.`]);
    expect(JSON.parse((await sb.ok(['key', 'show', '--json', '--workspace', sb.ws('md')])).stdout)).toEqual(before);
    // No number was taken either: the next bundle is still no. 1.
    const exp = await sb.ok(['bundle', 'export', '--out', sb.file('md1.plani'), '--workspace', sb.ws('md'), '--json']);
    expect(JSON.parse(exp.stdout).summary.seq).toBe(1);
  });

  it('keeps the old key when the file cannot be written after the checks', async () => {
    await setup();
    const before = await safetyCode('md');
    // The target is a folder: the folder check passes, the rename fails.
    const { mkdirSync } = await import('node:fs');
    mkdirSync(sb.file('taken.plani'));
    const res = await sb.run(['key', 'rotate', '--out', sb.file('taken.plani'), '--workspace', sb.ws('md'), '--json']);
    expect(res.code).toBe(1);
    expect(JSON.parse(res.stdout).error).toMatchObject({ code: 'file-unwritable' });
    expect(await safetyCode('md')).toBe(before);
    expect(existsSync(sb.file('taken.plani'))).toBe(true);
  });
});

describe('ogp-drafter bundle export / inspect / import / trust', () => {
  it('exports, inspects, refuses an unknown signer (sq and en), enrolls with --trust, then reports the repeat', async () => {
    await setup();
    const exp = await sb.ok(['bundle', 'export', '--out', sb.file('md1.plani'), '--workspace', sb.ws('md')]);
    expect(lines(exp.stdout)[0]).toBe(`U shkrua paketa nr. 1 në ${sb.file('md1.plani')}.`);
    expect(exp.stdout).toContain('Paketa nr. 1 nga MD (lloji: dorëzim; marrës: POC; cikli 2020-2022).');

    const inspect = await sb.ok(['bundle', 'inspect', sb.file('md1.plani'), '--lang', 'en']);
    expect(lines(inspect.stdout)[0]).toBe('Signature and integrity are in order.');
    const inspected = JSON.parse((await sb.ok(['bundle', 'inspect', sb.file('md1.plani'), '--json'])).stdout);
    expect(inspected).toMatchObject({ ok: true, summary: { issuer: 'MD', seq: 1, bundleType: 'submission' }, signer: { safetyCode: await safetyCode('md') } });

    const mdCode = await safetyCode('md');
    const sq = await sb.run(['bundle', 'import', sb.file('md1.plani'), '--workspace', sb.ws('poc')]);
    expect(sq.code).toBe(1);
    expect(lines(sq.stderr)).toEqual([
      `Paketa u refuzua: Çelësi që e ka nënshkruar nuk njihet ende. Krahasoni kodin e sigurisë ${mdCode} me institucionin dërgues (p.sh. me telefon) dhe importojeni përsëri duke e konfirmuar kodin. Asgjë nuk u ndryshua përveç regjistrit të importeve. (unknown-signer)`,
    ]);
    const en = await sb.run(['bundle', 'import', sb.file('md1.plani'), '--workspace', sb.ws('poc'), '--lang', 'en']);
    expect(en.code).toBe(1);
    expect(lines(en.stderr)).toEqual([
      `The bundle was refused: The key that signed it is not known yet. Compare the safety code ${mdCode} with the sending institution (e.g. by phone), then import again confirming the code. Nothing was changed except the import log. (unknown-signer)`,
    ]);
    const json = await sb.run(['bundle', 'import', sb.file('md1.plani'), '--workspace', sb.ws('poc'), '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual({ ok: false, error: { code: 'bundle-refused', reason: 'unknown-signer', params: { safetyCode: mdCode }, message: expect.stringContaining(mdCode) } });

    const dry = await sb.ok(['bundle', 'import', sb.file('md1.plani'), '--dry-run', '--workspace', sb.ws('poc'), '--lang', 'en']);
    expect(dry.stdout).toContain('Trial run (--dry-run): nothing was changed.');
    expect(dry.stdout).toContain(`import with --trust "${mdCode}"`);
    expect(dry.stdout).toContain('Changes: 14 added, 0 changed, 0 deleted, 0 missing.');

    const wrong = await sb.run(['bundle', 'import', sb.file('md1.plani'), '--trust', '1'.repeat(30), '--workspace', sb.ws('poc'), '--lang', 'en']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/\(safety-code-mismatch\)\n$/);
    // Only that it does not match, in either language, never the code to paste back: that one comes by phone.
    const digits = (text: string) => text.replace(/\D/g, '');
    expect(wrong.stderr).toContain('does not match');
    for (const args of [
      ['--lang', 'en'],
      ['--lang', 'sq'],
      ['--json'],
      ['--dry-run', '--lang', 'en'],
      ['--dry-run', '--json'],
    ]) {
      const out = await sb.run(['bundle', 'import', sb.file('md1.plani'), '--trust', '1'.repeat(30), '--workspace', sb.ws('poc'), ...args]);
      expect(out.code).toBe(1);
      expect(digits(out.stdout + out.stderr)).not.toContain(digits(mdCode));
    }
    const wrongJson = await sb.run(['bundle', 'import', sb.file('md1.plani'), '--trust', '1'.repeat(30), '--workspace', sb.ws('poc'), '--json']);
    expect(JSON.parse(wrongJson.stdout)).toMatchObject({ ok: false, error: { code: 'bundle-refused', reason: 'safety-code-mismatch', params: {} } });

    const applied = await sb.ok(['bundle', 'import', sb.file('md1.plani'), '--trust', mdCode.replace(/ /g, ''), '--workspace', sb.ws('poc'), '--lang', 'en']);
    expect(lines(applied.stdout)[0]).toBe('Imported.');
    expect(applied.stdout).toContain("MD's key was enrolled as trusted.");
    expect(applied.stdout).toContain('Number: 1 (the first bundle from this institution).');
    expect(applied.stdout).toMatch(/\+ Added: commitment “/);

    const again = await sb.ok(['bundle', 'import', sb.file('md1.plani'), '--workspace', sb.ws('poc'), '--json']);
    expect(JSON.parse(again.stdout)).toMatchObject({ ok: true, result: 'already-imported', sequence: { verdict: 'same' } });

    const list = await sb.ok(['trust', 'list', '--workspace', sb.ws('poc'), '--json']);
    expect(JSON.parse(list.stdout).signers).toEqual([expect.objectContaining({ institution: 'MD', status: 'active', safetyCode: mdCode })]);
  });

  it('revokes a key given as six separate groups; the next bundle is refused', async () => {
    await setup();
    await sb.ok(['bundle', 'export', '--out', sb.file('md1.plani'), '--workspace', sb.ws('md')]);
    const mdCode = await safetyCode('md');
    await sb.ok(['bundle', 'import', sb.file('md1.plani'), '--trust', mdCode, '--workspace', sb.ws('poc')]);
    const revoked = await sb.ok(['trust', 'revoke', ...mdCode.split(' '), '--workspace', sb.ws('poc'), '--lang', 'en']);
    expect(lines(revoked.stdout)[0]).toMatch(/^Revoked MD's key [0-9a-f]{16}; bundles signed with it are no longer accepted\.$/);
    await sb.ok(['bundle', 'export', '--out', sb.file('md2.plani'), '--workspace', sb.ws('md')]);
    const res = await sb.run(['bundle', 'import', sb.file('md2.plani'), '--workspace', sb.ws('poc')]);
    expect(res.code).toBe(1);
    expect(lines(res.stderr)).toEqual(['Paketa u refuzua: Çelësi që e ka nënshkruar paketën është revokuar. Asgjë nuk u ndryshua përveç regjistrit të importeve. (key-revoked)']);
    const unknown = await sb.run(['trust', 'revoke', '1'.repeat(30), '--workspace', sb.ws('poc'), '--lang', 'en']);
    expect(unknown.code).toBe(1);
    expect(lines(unknown.stderr)).toEqual([`No enrolled key has the safety code ${'1'.repeat(30)}.`]);
  });

  it('sends feedback back: the LFP sees the comment, then marked as on an earlier version after an edit', async () => {
    await setup();
    await sb.ok(['bundle', 'export', '--out', sb.file('md1.plani'), '--workspace', sb.ws('md')]);
    await sb.ok(['bundle', 'import', sb.file('md1.plani'), '--trust', await safetyCode('md'), '--workspace', sb.ws('poc')]);
    // The review itself is made in the app (review.set); here through the same service.
    const pocWs = await openWorkspace(sb.ws('poc'));
    const first = (await pocWs.store.db.selectFrom('commitment').select(['id', 'title_sq']).orderBy('id').executeTakeFirstOrThrow());
    await new BundleService(pocWs, sb.env.PLANI_KEYRING_DIR!).setReview({ commitmentId: String(first.id), planNumber: '1.1', decision: 'returned', comment: { sq: 'Plotësoni vitin bazë.', en: 'Add the baseline year.' } });
    await pocWs.store.close();

    const fb = await sb.ok(['bundle', 'export', '--out', sb.file('fb.plani'), '--to', 'MD', '--workspace', sb.ws('poc'), '--json']);
    expect(JSON.parse(fb.stdout).summary).toMatchObject({ bundleType: 'feedback', audience: 'MD', seq: 1 });
    const pocCode = await safetyCode('poc');
    const res = await sb.ok(['bundle', 'import', sb.file('fb.plani'), '--trust', pocCode, '--workspace', sb.ws('md')]);
    expect(res.stdout).toContain('Komentet e koordinatorit:');
    expect(res.stdout).toContain(`  1.1 “${first.title_sq}”: kthyer për rishikim · Plotësoni vitin bazë.\n`);

    // An edit at MD, then the same feedback's comment is on an earlier version.
    const mdWs = await openWorkspace(sb.ws('md'));
    await mdWs.store.db.updateTable('commitment').set({ rev: 5 }).where('id', '=', String(first.id)).execute();
    const reviews = await new BundleService(mdWs, sb.env.PLANI_KEYRING_DIR!).reviewsWithMarkers();
    await mdWs.store.close();
    expect(reviews).toEqual([expect.objectContaining({ outdated: true, currentRev: 5 })]);
  });

  it('refuses a damaged file with the reason code, without a workspace for inspect', async () => {
    writeFileSync(sb.file('junk.plani'), 'PK\u0003\u0004 not really a zip');
    const res = await sb.run(['bundle', 'inspect', sb.file('junk.plani'), '--lang', 'en']);
    expect(res.code).toBe(1);
    expect(lines(res.stderr)).toEqual([expect.stringMatching(/^The bundle is not accepted: .+ \(zip-malformed\)$/)]);
    const json = await sb.run(['bundle', 'inspect', sb.file('junk.plani'), '--json']);
    expect(JSON.parse(json.stdout).error).toMatchObject({ code: 'bundle-refused', reason: 'zip-malformed' });
    const missing = await sb.run(['bundle', 'inspect', sb.file('nope.plani'), '--lang', 'en']);
    expect(missing.code).toBe(1);
    expect(lines(missing.stderr)).toEqual([`The file cannot be read: ${sb.file('nope.plani')}.`]);
  });

  it('refuses an export it cannot deliver, before taking a number', async () => {
    await setup();
    const nowhere = await sb.run(['bundle', 'export', '--out', sb.file('no/such/dir/x.plani'), '--workspace', sb.ws('md'), '--lang', 'en']);
    expect(nowhere.code).toBe(1);
    expect(lines(nowhere.stderr)).toEqual([`The file cannot be written: ${sb.file('no/such/dir/x.plani')}.`]);
    const toNais = await sb.run(['bundle', 'export', '--out', sb.file('x.plani'), '--to', 'NAIS', '--workspace', sb.ws('md'), '--lang', 'en']);
    expect(toNais.code).toBe(1);
    expect(toNais.stderr).toContain('  to: An LFP sends its bundles to the POC only.');
    const first = await sb.ok(['bundle', 'export', '--out', sb.file('x.plani'), '--to', 'POC', '--workspace', sb.ws('md'), '--json']);
    expect(JSON.parse(first.stdout).summary.seq).toBe(1);
  });

  it('writes the exported file whole (no temporary file left behind)', async () => {
    await setup();
    await sb.ok(['bundle', 'export', '--out', sb.file('md1.plani'), '--workspace', sb.ws('md')]);
    expect(readFileSync(sb.file('md1.plani')).subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(sb.root).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('usage mistakes exit with code 2', () => {
  it.each([
    [['bundle'], 'The command "bundle" needs one of: “export”, “inspect”, “import”.'],
    [['key'], 'The command "key" needs one of: “show”, “rotate”, “protect”.'],
    [['key', 'rotate'], 'The command "key rotate" needs the option --out.'],
    [['key', 'rotate', '--out', 'x.plani', '--to', 'MD'], 'The option --to is not used by the command "key rotate".'],
    [['trust', 'forget'], 'Unknown command: "trust forget".'],
    [['bundle', 'import'], 'Name the bundle file: ogp-drafter bundle import FILE.plani'],
    [['bundle', 'export'], 'The command "bundle export" needs the option --out.'],
    [['bundle', 'import', 'x.plani', '--trust', '12345'], 'A safety code has 30 digits, in groups of five or without spaces (got "12345").'],
    [['trust', 'revoke'], "Give the key's safety code: ogp-drafter trust revoke CODE"],
    [['bundle', 'inspect', 'a', 'b'], 'Unexpected argument: "b".'],
    [['key', 'show', '--to', 'MD'], 'The option --to is not used by the command "key show".'],
  ])('%j', async (argv, message) => {
    const res = await sb.run([...argv, '--lang', 'en']);
    expect(res.code).toBe(2);
    expect(lines(res.stderr)).toEqual([message, 'For help: ogp-drafter --help']);
  });

  it('lists the new commands in the help', async () => {
    const help = await sb.run(['--help', '--lang', 'en']);
    for (const c of ['key show', 'key rotate --out FILE.plani', 'bundle export --out FILE.plani [--to CODE]', 'bundle inspect FILE.plani', 'bundle import FILE.plani [--trust CODE] [--dry-run] [--verbose]', 'trust list', 'trust revoke CODE']) {
      expect(help.stdout).toContain(`  ${c}\n`);
    }
  });
});
