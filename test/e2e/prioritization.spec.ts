// The prioritization exercise in browser mode: four ideas arrive through the
// API (a plan import), a round is opened with two scorers, one scores in the
// on-screen grid by keyboard (a value outside the scale is refused at the
// cell and kept there until corrected), the other through an Excel sheet;
// the live results and the matrix follow, a dot of the matrix opens its idea
// by keyboard and another by mouse, one idea is adopted as a commitment that
// shows where it came from and another is not taken forward with a reasoned
// response; both decisions show in the ideas register and the printed matrix.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { idea } from '../helpers/idea-record';
import { extractPdf } from '../helpers/pdf-text';
import { cli, expect, test } from './fixtures';
import { defaultCriteria } from '../../shared/cocreation/default-criteria';
import { CURRENT_CYCLE_ID } from '../../shared/reference/seed';
import { cliLfpWorkspace, createWorkspace } from './steps';

const IDEAS = [
  ['Regjistri publik i pronarëve përfitues', 'Public register of beneficial owners'],
  ['Deklarimi online i pasurisë', 'Online asset declarations'],
  ['Buxheti i hapur bashkiak', 'Open municipal budget'],
  ['Sinjalizuesit e mbrojtur', 'Protected whistleblowers'],
] as const;

/**
 * No serious or critical accessibility finding on the page as it is now.
 * Fluent's focus manager (Tabster) keeps aria-hidden focus guards at the
 * ends of the page on purpose; axe reads them as hidden focusable content.
 */
async function accessible(page: Page) {
  const { violations } = await new AxeBuilder({ page }).exclude('[data-tabster-dummy]').analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function call(page: Page, method: string, data: unknown) {
  const token = (await page.locator('meta[name="plani-token"]').getAttribute('content')) ?? '';
  const response = await page.request.post(new URL(`/api/${method}`, page.url()).toString(), { headers: { 'X-Plani-Token': token }, data });
  const body = (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
  expect(body.ok, JSON.stringify(body.error)).toBe(true);
  return body.value;
}

/** The workspace's own plan with four ideas added, imported back through plan.import. */
async function importIdeas(page: Page, workspaceDir: string) {
  const file = join(dirname(workspaceDir), 'plan.json');
  cli(['plan', 'export', '--out', file, '--workspace', workspaceDir], { ...process.env, PLANI_KEYRING_DIR: join(dirname(workspaceDir), 'keyring') });
  const doc = JSON.parse(readFileSync(file, 'utf8')) as { ideas: unknown[] };
  doc.ideas = IDEAS.map(([sq, en], i) =>
    idea({ id: `00000000-0000-4000-8000-00000000000${i + 1}`, owner: 'MD', componentCode: 'anti-corruption', receivedAt: `2026-11-1${i}`, title: { sq, en }, expectedResult: { sq: '', en: '' } }),
  );
  await call(page, 'plan.import', { file: { name: 'plan.json', dataBase64: Buffer.from(JSON.stringify(doc)).toString('base64') } });
}

test('a round with two scorers ends in an idea adopted as a commitment', async ({ page, plani }) => {
  // A whole round from import to print: its steps take longer than one test's default on a loaded machine (a hang guard, not a measure).
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await createWorkspace(page, plani.url);
  await importIdeas(page, plani.workspaceDir);

  await page.getByRole('link', { name: 'Prioritizimi' }).click();
  await expect(page.getByRole('heading', { name: 'Prioritizimi i ideve', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Raund i ri' }).click();
  for (const [sq] of IDEAS) await expect(page.getByRole('checkbox', { name: sq })).toBeChecked();
  await page.getByRole('button', { name: 'Hap raundin' }).click();
  await expect(page.getByRole('heading', { name: /Lista e shkurtër · hapur më/ })).toBeVisible();
  const roundUrl = page.url();

  for (const name of ['Ana', 'Besa']) {
    await page.getByRole('textbox', { name: 'Emri i vlerësuesit' }).fill(name);
    await page.getByRole('button', { name: 'Shto vlerësues' }).click();
    await expect(page.getByRole('combobox', { name: 'Fleta e pikëve e' })).toHaveValue(name);
  }
  // The same name again is refused, with the reason.
  await page.getByRole('textbox', { name: 'Emri i vlerësuesit' }).fill(' ana ');
  await page.getByRole('button', { name: 'Shto vlerësues' }).click();
  await expect(page.getByText('Në këtë raund ka tashmë një vlerësues me emrin “Ana”.', { exact: false })).toBeVisible();

  // Ana scores in the grid, by keyboard only.
  await page.getByRole('combobox', { name: 'Fleta e pikëve e' }).selectOption('Ana');
  const grid = page.getByRole('grid', { name: /Fleta e pikëve e Ana/ });
  await grid.getByRole('gridcell').first().click();
  // Row 1 (nine criteria): every score 5, but the first typed as 7 first.
  await page.keyboard.type('7');
  await page.keyboard.press('Enter');
  const first = grid.getByRole('gridcell').first();
  await expect(first).toHaveText('7');
  await expect(first).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('7 nuk është në shkallën 1–5.')).toBeVisible();
  await first.focus();
  await page.keyboard.type('5');
  await page.keyboard.press('Tab');
  await expect(first).not.toHaveAttribute('aria-invalid', 'true');
  for (let i = 1; i < 9; i++) {
    await page.keyboard.type('5');
    await page.keyboard.press('Tab');
  }
  // Row 2: gates passed (4), every weighted criterion 2.
  for (let i = 0; i < 9; i++) {
    await page.keyboard.type(i < 3 ? '4' : '2');
    await page.keyboard.press('Tab');
  }
  await expect(grid.getByRole('row').nth(2).getByRole('gridcell')).toHaveText(['4', '4', '4', '2', '2', '2', '2', '2', '2']);
  await accessible(page);

  // Besa's sheet goes out as Excel and comes back filled.
  await page.getByRole('combobox', { name: 'Fleta e pikëve e' }).selectOption('Besa');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Shkarko fletën Excel' }).click();
  const sheetPath = join(dirname(plani.workspaceDir), 'besa.xlsx');
  await (await download).saveAs(sheetPath);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(sheetPath);
  const sheet = wb.getWorksheet('Pikët')!;
  ['C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K'].forEach((c, i) => {
    sheet.getCell(`${c}4`).value = i < 3 ? 5 : 3; // idea 1: disagrees with Ana
    sheet.getCell(`${c}6`).value = i < 3 ? 1 : 5; // idea 3: fails the gates
  });
  await wb.xlsx.writeFile(sheetPath);
  await page.getByTestId('score-sheet-file').setInputFiles(sheetPath);
  await expect(page.getByText('U importuan 18 pikë nga fleta e Besa.')).toBeVisible();

  // Live results: idea 1 first (Ana 5, Besa 3 → 4,00), idea 2 second, idea 3 listed without a rank.
  await page.getByRole('tab', { name: 'Rezultatet' }).click();
  const rows = page.getByRole('table', { name: 'Rezultatet e drejtpërdrejta' }).getByRole('row');
  await expect(rows.nth(1)).toContainText('1. Regjistri publik i pronarëve përfitues');
  await expect(rows.nth(1)).toContainText('4,00'); // the Albanian decimal comma, as in print
  await expect(rows.nth(1)).toContainText('Kaloi');
  await expect(rows.nth(1)).toContainText('Mospajtim midis vlerësuesve');
  await expect(rows.nth(2)).toContainText('Deklarimi online i pasurisë');
  await expect(page.getByRole('table', { name: 'Rezultatet e drejtpërdrejta' }).getByRole('row', { name: /Buxheti i hapur bashkiak/ })).toContainText('Nuk kaloi');
  await expect(rows.nth(1)).toContainText('Fitore e shpejtë');
  await accessible(page);

  // The matrix: one dot per idea scored on both axes; Enter on a dot opens its idea.
  const dot = page.getByRole('button', { name: /^1\. Regjistri publik i pronarëve përfitues: ndikimi 4,00, fizibiliteti 4,00, Fitore e shpejtë/ });
  await dot.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?idea=00000000-0000-4000-8000-000000000001$/);
  await expect(page.getByRole('heading', { name: 'Regjistri publik i pronarëve përfitues', level: 3 })).toBeVisible();

  await page.getByRole('radio', { name: 'Miratohet si angazhim i ri' }).check();
  await page.getByRole('textbox', { name: 'Përgjigjja e arsyetuar (SQ)' }).fill('Ideja u miratua: përputhet me strategjinë kundër korrupsionit.');
  await page.getByRole('textbox', { name: 'Përgjigjja e arsyetuar (EN)' }).fill('Adopted: it fits the anti-corruption strategy.');
  await accessible(page);
  await page.getByRole('button', { name: 'Ruaj vendimin' }).click();
  await expect(page.getByText('Vendimi u ruajt.')).toBeVisible();
  await page.getByRole('link', { name: 'Hap angazhimin' }).click();

  // The new commitment is pre-filled from the idea and says where it came from.
  await expect(page.getByRole('textbox', { name: 'Titulli (shqip)', exact: true })).toHaveValue('Regjistri publik i pronarëve përfitues');
  const origin = page.getByRole('region', { name: 'Idetë nga vjen ky angazhim' });
  await expect(origin).toContainText('Regjistri publik i pronarëve përfitues');
  await expect(origin).toContainText('Miratuar si angazhim');

  // The matrix by mouse: a click on another dot opens that idea.
  await page.goto(roundUrl);
  await page.getByRole('tab', { name: 'Rezultatet' }).click();
  await page.getByRole('button', { name: /^2\. Deklarimi online i pasurisë: ndikimi/ }).click();
  await expect(page).toHaveURL(/\?idea=00000000-0000-4000-8000-000000000002$/);
  await expect(page.getByRole('heading', { name: 'Deklarimi online i pasurisë', level: 3 })).toBeVisible();

  // The idea that failed the gates is not taken forward, with a reasoned response in both languages.
  await page.getByRole('list', { name: 'Vendimet dhe përgjigjet e arsyetuara' }).getByRole('button', { name: /Buxheti i hapur bashkiak/ }).click();
  await expect(page.getByRole('heading', { name: 'Buxheti i hapur bashkiak', level: 3 })).toBeVisible();
  await page.getByRole('radio', { name: 'Nuk çohet përpara' }).check();
  await page.getByRole('textbox', { name: 'Përgjigjja e arsyetuar (SQ)' }).fill('Nuk kaloi kriteret bazë: bashkitë nuk janë pjesë e këtij komponenti.');
  // A response typed and not saved yet is kept: leaving the idea asks first, and it is there after a reload.
  await expect(page.getByText('Nuk është ruajtur ende: ruhet me “Ruaj vendimin”. Deri atëherë mbetet këtu.')).toBeVisible();
  await page.getByRole('list', { name: 'Vendimet dhe përgjigjet e arsyetuara' }).getByRole('button', { name: /Deklarimi online i pasurisë/ }).click();
  const leave = page.getByRole('alertdialog', { name: 'Të largoheni nga ideja?' });
  await expect(leave).toContainText('Përgjigjja e arsyetuar');
  await leave.getByRole('button', { name: 'Largohu dhe mbaji' }).click();
  await expect(page.getByRole('heading', { name: 'Deklarimi online i pasurisë', level: 3 })).toBeVisible();
  await page.getByRole('list', { name: 'Vendimet dhe përgjigjet e arsyetuara' }).getByRole('button', { name: /Buxheti i hapur bashkiak/ }).click();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Përgjigjja e arsyetuar (SQ)' })).toHaveValue('Nuk kaloi kriteret bazë: bashkitë nuk janë pjesë e këtij komponenti.');
  await page.getByRole('radio', { name: 'Nuk çohet përpara' }).check();
  await page.getByRole('textbox', { name: 'Përgjigjja e arsyetuar (EN)' }).fill('It did not pass the gates: municipalities are outside this component.');
  await page.getByRole('button', { name: 'Ruaj vendimin' }).click();
  await expect(page.getByText('Vendimi u ruajt.')).toBeVisible();
  await expect(page.getByText('Nuk është ruajtur ende', { exact: false })).toHaveCount(0);

  // Both decisions show in the ideas register…
  await page.getByRole('link', { name: 'Idetë' }).click();
  const ideaTable = page.getByTestId('idea-table');
  await expect(ideaTable.getByRole('row', { name: /Regjistri publik i pronarëve përfitues/ })).toContainText('E miratuar');
  await expect(ideaTable.getByRole('row', { name: /Buxheti i hapur bashkiak/ })).toContainText('Nuk u çua më tej');

  // …and in the printed matrix, with their reasoned responses in both languages.
  await page.getByRole('link', { name: /Printimi \(PDF\)/ }).click();
  await page.getByRole('radio', { name: 'Matrica e prioritizimit' }).check();
  await page.getByRole('button', { name: 'Përgatit PDF-në' }).click();
  await expect(page.getByTestId('print-summary')).toBeVisible({ timeout: 60_000 });
  const [pdfDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ruaj PDF-në…' }).click()]);
  const matrixPdf = readFileSync((await pdfDownload.path())!);
  writeFileSync(test.info().outputPath('prioritization-matrix.pdf'), matrixPdf);
  // Words a narrow cell breaks at a hyphen come back as "anti- corruption": join them before comparing.
  const printed = (await extractPdf(matrixPdf)).pages.join('\n').replace(/\s+/g, ' ').replace(/- /g, '-');
  for (const text of [
    'Regjistri publik i pronarëve përfitues',
    'Miratuar si angazhim',
    'Adopted: it fits the anti-corruption strategy.',
    'Buxheti i hapur bashkiak',
    'Nuk u çua më tej',
    'Nuk kaloi kriteret bazë: bashkitë nuk janë pjesë e këtij komponenti.',
    'It did not pass the gates: municipalities are outside this component.',
  ]) expect(printed).toContain(text);
});

test('the POC reads MD’s ideas and round from its bundle, with nothing to edit and a note saying why', async ({ page, plani }) => {
  // MD, made with the CLI: two ideas and a round over both, one scored, with a second scorer who has not scored yet.
  const lfp = cliLfpWorkspace('e2e-prioritization-poc');
  try {
    const file = join(lfp.dir, 'plan.json');
    cli(['plan', 'export', '--out', file, '--workspace', lfp.workspace], lfp.env);
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { ideas: unknown[]; prioritizationRounds: unknown[] };
    const ideas = IDEAS.slice(0, 2).map(([sq, en], i) =>
      idea({ id: `00000000-0000-4000-8000-0000000000a${i + 1}`, owner: 'MD', componentCode: 'anti-corruption', receivedAt: `2026-11-1${i}`, title: { sq, en } }),
    );
    doc.ideas = ideas;
    const roundId = '00000000-0000-4000-8000-0000000000b1';
    doc.prioritizationRounds = [
      {
        id: roundId,
        cycleId: CURRENT_CYCLE_ID,
        componentCode: 'anti-corruption',
        owner: 'MD',
        stage: 'shortlist',
        criteria: defaultCriteria(),
        scale: { min: 1, max: 5 },
        scores: [{ ideaId: ideas[0]!.id, criterionId: 'impact', scorer: 'Ana Çuni', value: 4, comment: '' }],
        ideaIds: ideas.map((i) => i.id),
        scorers: ['Ana Çuni', 'Besnik Lëka'],
        openedAt: '2026-11-20',
        closedAt: null,
      },
    ];
    writeFileSync(file, JSON.stringify(doc));
    cli(['plan', 'import', file, '--workspace', lfp.workspace], lfp.env);
    const bundleFile = join(lfp.dir, 'MD-1.plani');
    cli(['bundle', 'export', '--out', bundleFile, '--workspace', lfp.workspace], lfp.env);
    const { safetyCode } = JSON.parse(cli(['key', 'show', '--json', '--workspace', lfp.workspace], lfp.env)) as { safetyCode: string };

    await page.setViewportSize({ width: 1366, height: 768 });
    await createWorkspace(page, plani.url, { role: 'poc', institution: 'POC' });
    const imported = (await call(page, 'bundle.import', { file: { name: 'MD-1.plani', dataBase64: readFileSync(bundleFile).toString('base64') }, trustCode: safetyCode })) as { result: string };
    expect(imported.result).toBe('applied');
    await page.reload();

    // The ideas register: MD's ideas, no way to add or import, and why.
    await page.getByRole('navigation', { name: 'Komponentët e planit' }).getByRole('link', { name: 'Idetë' }).click();
    await expect(page.getByText('Vetëm për lexim këtu: çdo institucion regjistron idetë')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Ide e re' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Importo nga formulari…' })).toHaveCount(0);
    await page.getByRole('link', { name: IDEAS[1][0] }).click();
    await expect(page.getByText('Vetëm për lexim. Institucioni pronar: MD.')).toBeVisible();

    // The round: both ideas (one never scored) and both scorers, read-only, and why.
    await page.getByRole('link', { name: 'Prioritizimi' }).click();
    await page.goto(new URL(`#/prioritization/anti-corruption/round/${roundId}`, page.url()).toString());
    await expect(page.getByText('Ky raund i përket MD: mund ta lexoni, por nuk e ndryshoni.')).toBeVisible();
    await expect(page.getByText('Vetëm për lexim këtu: vetëm një institucion që drejton këtë komponent')).toBeVisible();
    for (const name of ['Raund i ri', 'Mbyll raundin', 'Raund i ri nga lista e shkurtër']) await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0);
    await expect(page.getByRole('combobox', { name: 'Fleta e pikëve e' }).locator('option')).toHaveText(['Ana Çuni', 'Besnik Lëka']);
    const grid = page.getByRole('grid');
    await expect(grid).toHaveAttribute('aria-readonly', 'true');
    for (const [sq] of IDEAS.slice(0, 2)) await expect(grid.getByText(sq)).toBeVisible();
    await accessible(page);
  } finally {
    rmSync(lfp.dir, { recursive: true, force: true });
  }
});
