// Issue 14's round trip in one scenario, through the real UI in browser mode
// and two real workspaces, each made on its own first-start screen: an LFP
// (MD) records a thematic consultation (three participants pasted from an
// attendance list, two comments), decides the comments (accepted, partly
// accepted, reasons in both languages), creates and assembles the
// consultation report, attaches a photo (a real PNG), submits it and exports
// its bundle; the POC verifies MD's key by its code, imports the bundle,
// opens the report and rates one check "partly met" with a required action
// and a due date, and exports the feedback; MD verifies the POC's key,
// imports the feedback, sees it beside the report, replies and marks it
// resolved; finally MD prints the consultation report on the Print screen
// and the PDF shows the decided comments with their reasons. Each screen
// reached goes through axe. On the way: filling the report from the records
// a second time asks before replacing text, and a due date that does not
// exist, left unsaved in the POC's framework, makes leaving the report ask.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { extractPdf } from '../helpers/pdf-text';
import { expectNoSeriousAxeFindings } from './axe';
import { expect, startServer, test } from './fixtures';
import { createWorkspace, realPng, saved } from './steps';

const nav = (page: Page) => page.getByRole('navigation', { name: /Komponentët e planit|Plan components/ });

const ATTENDANCE = ['Emri\tOrganizata\tSektori\tGjinia\tPëlqimi', 'Drita Çela\tShoqata e Gazetarëve\tshoqëri civile\tF\tPo', 'Gëzim Ëmeri\tBashkia Korçë\tpublik\tM\tJo', 'Arta Kola\tRrjeti i Grave\tshoqëri civile\tfemër\tpo'].join('\n');

const COMMENTS = [
  { organisation: 'Shoqata e Gazetarëve', text: 'Të publikohen vendimet e ndihmës juridike.', decision: 'Pranuar', reason: ['U përfshi në angazhim.', 'Included in the commitment.'] },
  { organisation: 'Rrjeti i Grave', text: 'Të hapet një zyrë në çdo bashki.', decision: 'Pranuar pjesërisht', reason: ['Zyra hapen në pesë bashki.', 'Offices open in five municipalities.'] },
] as const;

/** Picks the bundle for the import page, verifies the signer with `code` and applies it; `preview` runs on the preview first. */
async function importBundle(page: Page, label: string, file: string, code: string, preview?: () => Promise<void>) {
  await page.getByLabel(label, { exact: true }).setInputFiles(file);
  await expect(page.getByTestId('bundle-signer')).toBeVisible();
  await preview?.();
  await page.getByLabel('Kodi që ju lexuan').fill(code);
  await page.getByRole('button', { name: 'Verifiko dhe regjistro' }).click();
  await page.getByRole('button', { name: 'Zbato dhe regjistro çelësin' }).click();
  await expect(page.getByTestId('bundle-applied')).toHaveAttribute('data-result', 'applied');
}

/** The workspace's own safety code, from its Key and trust page. */
async function ownSafetyCode(page: Page): Promise<string> {
  await nav(page).getByRole('link', { name: 'Çelësi dhe besimi' }).click();
  return (await page.getByTestId('own-safety-code').getAttribute('data-code'))!;
}

/** A second browser-mode server over a fresh workspace, and a page of its own (axe needs a context Playwright made). */
async function secondSide(browser: Browser, root: string) {
  const server = await startServer(join(root, 'workspace'), join(root, 'keyring'));
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  return { server, context, page: await context.newPage() };
}

test('co-creation round trip: consultation, decided comments, submitted report with a photo → POC feedback → LFP reply → printed report', async ({ page, plani, browser }) => {
  // Two servers, a bundle each way, a PDF and many axe runs on a loaded machine.
  test.setTimeout(480_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  const consoleErrors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  const pocRoot = mkdtempSync(join(tmpdir(), 'plani-e2e-poc-'));
  let pocChild: ChildProcess | null = null;
  const submission = join(pocRoot, 'MD-1.plani');
  const feedbackFile = join(pocRoot, 'feedback-1.plani');
  const form = page.getByTestId('report-form');
  try {
    await createWorkspace(page, plani.url);

    let eventUrl = '';
    await test.step('the LFP records the thematic consultation: three pasted participants, two comments, each decided', async () => {
      await nav(page).getByRole('link', { name: 'Konsultimet' }).click();
      await page.getByRole('combobox', { name: 'Komponenti i takimit të ri' }).selectOption({ label: '3. Aksesi në Drejtësi' });
      await page.getByRole('button', { name: 'Takim i ri' }).click();
      const event = page.getByTestId('event-form');
      await expect(event.getByLabel('Titulli (shqip)', { exact: true })).toBeFocused();
      await page.keyboard.type('Konsultim tematik për ndihmën juridike');
      await event.getByLabel('Titulli (anglisht)', { exact: true }).fill('Thematic consultation on legal aid');
      await event.getByRole('textbox', { name: 'Data e njoftimit' }).fill('01.10.2020');
      await event.getByRole('textbox', { name: 'Data e njoftimit' }).press('Tab');
      await event.getByRole('textbox', { name: 'Data e takimit' }).fill('20.10.2020');
      await event.getByRole('textbox', { name: 'Data e takimit' }).press('Tab');
      await saved(page);

      await event.getByRole('button', { name: 'Ngjit listën nga Excel…' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('textbox', { name: 'Rreshtat e kopjuar nga Excel' }).fill(ATTENDANCE);
      await dialog.getByRole('button', { name: 'Kontrollo listën' }).click();
      await expect(dialog.getByTestId('participant-report')).toContainText('Rreshta në rregull: 3; me probleme: 0.');
      await dialog.getByRole('button', { name: 'Shto pjesëmarrësit' }).click();
      await expect(dialog).toHaveCount(0);
      await expect(event.getByTestId('participant-summary')).toHaveText('3 pjesëmarrës: 2 gra, 1 burra, 0 të tjerë, 0 pa deklaruar');

      for (const [i, c] of COMMENTS.entries()) {
        await event.getByRole('button', { name: 'Shto koment' }).click();
        const card = event.getByTestId('comment-card').nth(i);
        await expect(card).toBeVisible();
        await card.getByRole('textbox', { name: 'Organizata' }).fill(c.organisation);
        await card.getByLabel('Komenti ose rekomandimi (shqip)', { exact: true }).fill(c.text);
        await card.getByRole('combobox', { name: 'Vendimi' }).selectOption({ label: c.decision });
        await card.getByLabel('Arsyeja e vendimit (shqip)', { exact: true }).fill(c.reason[0]);
        await card.getByLabel('Arsyeja e vendimit (anglisht)', { exact: true }).fill(c.reason[1]);
        await card.getByLabel('Arsyeja e vendimit (anglisht)', { exact: true }).press('Tab');
      }
      await saved(page);
      await expectNoSeriousAxeFindings(page, 'the LFP’s consultation event');
      eventUrl = page.url();
    });

    await test.step('the LFP creates and assembles the consultation report, attaches a photo and submits it', async () => {
      await page.getByRole('tab', { name: 'Raportet' }).click();
      await page.getByRole('combobox', { name: 'Lloji i raportit të ri' }).selectOption({ label: 'Raporti i konsultimit' });
      await page.getByRole('combobox', { name: 'Komponenti i raportit të ri' }).selectOption({ label: '3. Aksesi në Drejtësi' });
      await page.getByRole('button', { name: 'Raport i ri' }).click();
      await expect(form.getByRole('heading', { level: 2 })).toHaveText('Raporti i konsultimit — 3. Aksesi në Drejtësi');
      await expect(form.getByLabel('Qëllimi (shqip)', { exact: true })).toBeFocused();
      await page.keyboard.type('Të mblidhen komentet për draftin e angazhimeve të drejtësisë.');
      await form.getByLabel('Qëllimi (anglisht)', { exact: true }).fill('To collect comments on the draft justice commitments.');
      await form.getByRole('checkbox', { name: /Konsultim tematik për ndihmën juridike \(20\.10\.2020\)/ }).check();
      await saved(page);

      // Assembled from the records: three participants, both decided comments, none left.
      await expect(form.getByTestId('participation-table').getByRole('row', { name: /Të gjithë/ })).toContainText('3');
      await expect(form.getByTestId('assembled-participation')).toContainText('Drita Çela');
      await expect(form.getByTestId('assembled-participation')).not.toContainText('Gëzim Ëmeri');
      const responses = form.getByTestId('response-table');
      await expect(responses.getByRole('row')).toHaveCount(3);
      await expect(responses).toContainText('Pranuar pjesërisht');
      await expect(responses).toContainText(COMMENTS[1].reason[0]);
      await expect(form.getByTestId('assembled-undecided')).toContainText('Çdo koment i ngjarjeve të zgjedhura ka vendim.');

      // "Fill from records" writes the participation and the responses into the text.
      await form.getByRole('button', { name: 'Plotëso nga regjistrimet' }).click();
      await expect(form.getByLabel('Përgjigjet ndaj komenteve (shqip)', { exact: true })).toHaveValue(/U vendos për 2 komente: 1 u pranuan, 1 u pranuan pjesërisht/);
      await expect(form.getByLabel('Pjesëmarrja (shqip)', { exact: true })).toHaveValue(/morën pjesë 3 persona/);
      await saved(page);
      // Now that the sections hold text, filling again asks before replacing it.
      await form.getByLabel('Pjesëmarrja (anglisht)', { exact: true }).fill('Three people took part.');
      await saved(page);
      await form.getByRole('button', { name: 'Plotëso nga regjistrimet' }).click();
      const replace = page.getByRole('alertdialog', { name: 'Të zëvendësohet teksti?' });
      await expect(replace).toContainText('Pjesëmarrja, Përgjigjet ndaj komenteve');
      await expectNoSeriousAxeFindings(page, 'asking before Fill from records replaces text');
      await replace.getByRole('button', { name: 'Anulo' }).click();
      await expect(replace).toHaveCount(0);
      await expect(form.getByLabel('Pjesëmarrja (anglisht)', { exact: true })).toHaveValue('Three people took part.');
      await form.getByTestId('assembled-participation').screenshot({ path: 'test-results/artifacts/report-participation-pair-sq.png' });
      await form.getByLabel('Pjesëmarrja (shqip)', { exact: true }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: 'test-results/artifacts/report-form-sq.png' });

      const photo = join(pocRoot, 'konsultimi-tematik.png');
      writeFileSync(photo, realPng(8));
      await form.getByRole('button', { name: 'Bashkëngjit skedar…' }).focus();
      const choosing = page.waitForEvent('filechooser');
      await page.keyboard.press('Enter');
      await (await choosing).setFiles(photo);
      await expect(form.getByRole('region', { name: 'Bashkëngjitjet' }).getByRole('button', { name: 'konsultimi-tematik.png', exact: true })).toBeVisible();
      await expectNoSeriousAxeFindings(page, 'the LFP’s consultation report (draft)');

      await form.getByTestId('report-submit').click();
      await expect(form.getByTestId('report-status')).toHaveText('Dorëzuar');
      await expect(page.getByTestId('report-counts')).toContainText('Dorëzuar: 1');
      // The LFP sees that no feedback has come yet.
      await expect(form.getByTestId('feedback-panel')).toContainText('POC-ja nuk ka dërguar ende vërejtje për këtë raport.');
      // The framework is a part of the report: its heading one level below the report's.
      await expect(form.getByRole('heading', { level: 3, name: 'Korniza e vërejtjeve të POC-së' })).toBeVisible();
      await expect(form.getByRole('heading', { level: 2 })).toHaveText('Raporti i konsultimit — 3. Aksesi në Drejtësi');
      await expectNoSeriousAxeFindings(page, 'the LFP’s submitted report');
    });
    const reportUrl = page.url();

    await test.step('the LFP exports its bundle', async () => {
      await nav(page).getByRole('link', { name: 'Paketa', exact: true }).click();
      const exporting = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Eksporto paketën' }).click();
      const confirm = page.getByRole('alertdialog').getByRole('button', { name: 'Eksporto gjithsesi' });
      const first = await Promise.race([exporting.then(() => 'download' as const), confirm.waitFor().then(() => 'dialog' as const)]);
      if (first === 'dialog') await confirm.click();
      await (await exporting).saveAs(submission);
    });
    const lfpCode = await ownSafetyCode(page);

    const poc = await secondSide(browser, pocRoot);
    pocChild = poc.server.child;
    const pocPage = poc.page;
    pocPage.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    const panel = pocPage.getByTestId('report-form').getByTestId('feedback-panel');
    const third = panel.getByTestId('feedback-item').nth(2);

    await test.step('the POC imports the bundle: the report, its comments and its photo arrive', async () => {
      await createWorkspace(pocPage, poc.server.url, { role: 'poc', institution: 'POC' });
      await nav(pocPage).getByRole('link', { name: 'Importo paketë' }).click();
      await importBundle(pocPage, 'Skedari i paketës', submission, lfpCode, async () => {
        const added = pocPage.getByTestId('bundle-changes').locator('div[data-kind="added"]');
        await expect(added.locator('[data-entity="consultation-event"]')).toContainText('Konsultim tematik për ndihmën juridike');
        await expect(added.locator('[data-entity="comment"]')).toHaveCount(2);
        await expect(added.locator('[data-entity="consultation-report"]')).toHaveCount(1);
        await expect(added.locator('[data-entity="attachment"]')).toContainText('konsultimi-tematik.png');
      });
    });

    await test.step('the POC opens the report and rates one check partly met, with a required action and a due date', async () => {
      await nav(pocPage).getByRole('link', { name: 'Konsultimet' }).click();
      await pocPage.getByRole('tab', { name: 'Raportet' }).click();
      await pocPage.getByTestId('report-list').getByRole('link', { name: /Raporti i konsultimit/ }).click();
      const pocForm = pocPage.getByTestId('report-form');
      await expect(pocForm.getByTestId('report-status')).toHaveText('Dorëzuar');
      await expect(pocForm.getByTestId('response-table')).toContainText(COMMENTS[1].reason[0]);
      await expect(pocForm.getByRole('region', { name: 'Bashkëngjitjet' }).getByRole('button', { name: 'konsultimi-tematik.png', exact: true })).toBeVisible();
      await panel.getByRole('button', { name: 'Fillo vërejtjet' }).click();
      await expect(panel.getByTestId('feedback-item').first()).toBeVisible();
      await third.getByRole('radio', { name: 'Përmbushet pjesërisht' }).check();
      await third.getByRole('textbox', { name: 'Komenti (shqip)' }).fill('Arsyeja e komentit të dytë është e shkurtër.');
      await third.getByRole('textbox', { name: 'Veprimi i kërkuar (shqip)' }).fill('Shpjegoni pse zyrat hapen vetëm në pesë bashki.');
      await third.getByRole('textbox', { name: 'Veprimi i kërkuar (anglisht)' }).fill('Explain why offices open in five municipalities only.');
      // A date that does not exist is kept in its box, unsaved: leaving the report asks first.
      await third.getByRole('textbox', { name: 'Afati' }).fill('30.02.2099');
      await third.getByRole('textbox', { name: 'Afati' }).press('Tab');
      await nav(pocPage).getByRole('link', { name: 'Ndjekja e vërejtjeve' }).click();
      const leave = pocPage.getByRole('alertdialog', { name: 'Të largoheni nga raporti?' });
      await expect(leave).toContainText('Afati');
      await leave.getByRole('button', { name: 'Qëndro dhe korrigjo' }).click();
      await expect(pocPage).toHaveURL(/#\/consultation\/report\//);
      await expect(third.getByRole('textbox', { name: 'Afati' })).toHaveValue('30.02.2099');
      await third.getByRole('textbox', { name: 'Afati' }).fill('31.12.2099');
      await third.getByRole('textbox', { name: 'Afati' }).press('Tab');
      await panel.getByRole('textbox', { name: 'Vlerësimi i përgjithshëm (shqip)' }).fill('Raporti është i plotë; një arsye duhet zgjeruar.');
      await expect(panel.locator('[data-save-state="saved"]')).toBeVisible();
      await expect(third.locator('[data-state="open"]')).toBeVisible();
      await expectNoSeriousAxeFindings(pocPage, 'the POC’s feedback on the consultation report');

      // The overview counts it open for MD and links to the report.
      await nav(pocPage).getByRole('link', { name: 'Ndjekja e vërejtjeve' }).click();
      const md = pocPage.locator('[data-testid="feedback-institution"][data-institution="MD"]');
      await expect(md.locator('li[data-state="open"]')).toHaveAttribute('data-count', '1');
      await expectNoSeriousAxeFindings(pocPage, 'the POC’s feedback overview');
      await md.getByTestId('feedback-entry').getByRole('link', { name: /^Raport konsultimi: / }).click();
      await expect(third.getByRole('radio', { name: 'Përmbushet pjesërisht' })).toBeChecked();
    });

    await test.step('the POC exports the feedback for MD', async () => {
      await nav(pocPage).getByRole('link', { name: 'Plani i konsoliduar' }).click();
      const downloading = pocPage.waitForEvent('download');
      await pocPage.getByRole('button', { name: 'Eksporto vërejtjet: Ministria e Drejtësisë' }).click();
      await (await downloading).saveAs(feedbackFile);
    });
    const pocCode = await ownSafetyCode(pocPage);
    await poc.context.close();

    await test.step('the LFP imports the feedback, sees it beside the report, replies and marks it resolved', async () => {
      await nav(page).getByRole('link', { name: 'Paketa', exact: true }).click();
      await importBundle(page, 'Skedari i paketës së vërejtjeve', feedbackFile, pocCode, async () => {
        await expect(page.getByTestId('bundle-changes').locator('[data-kind="added"] [data-entity="poc-feedback"]')).toBeVisible();
      });
      await page.goto(reportUrl);
      const lfpPanel = form.getByTestId('feedback-panel');
      const item = lfpPanel.getByTestId('feedback-item').nth(2);
      await expect(item.getByTestId('feedback-rating')).toHaveText('Përmbushet pjesërisht');
      await expect(item).toContainText('Shpjegoni pse zyrat hapen vetëm në pesë bashki.');
      await expect(item).toContainText('31.12.2099');
      await expect(lfpPanel).toContainText('Vërejtjet e POC-së për këtë raport.');
      await expect(lfpPanel.getByRole('radio')).toHaveCount(0);
      await item.getByRole('textbox', { name: 'Përgjigjja e institucionit (shqip)' }).fill('Buxheti i vitit të parë mbulon pesë zyra; të tjerat vijnë në 2022.');
      await item.getByRole('textbox', { name: 'Përgjigjja e institucionit (anglisht)' }).fill('The first year’s budget covers five offices; the others follow in 2022.');
      await item.getByRole('checkbox', { name: 'E zgjidhur' }).check();
      await expect(item.locator('[data-state="resolved"]')).toHaveText('Gjendja: E zgjidhur');
      await expect(lfpPanel.locator('[data-save-state="saved"]')).toBeVisible();
      await expectNoSeriousAxeFindings(page, 'the LFP’s reply beside the report');
      await page.reload();
      await expect(item.getByRole('checkbox', { name: 'E zgjidhur' })).toBeChecked();
      await expect(item.getByRole('textbox', { name: 'Përgjigjja e institucionit (anglisht)' })).toHaveValue('The first year’s budget covers five offices; the others follow in 2022.');
    });

    await test.step('the printed consultation report shows the decided comments with their reasons', async () => {
      await nav(page).getByRole('link', { name: /Printimi \(PDF\)/ }).click();
      await page.getByRole('radio', { name: 'Raporti i konsultimit' }).check();
      await page.getByRole('combobox', { name: 'Komponenti' }).selectOption('access-to-justice');
      await page.getByRole('button', { name: 'Përgatit PDF-në' }).click();
      await expect(page.getByTestId('print-summary')).toBeVisible({ timeout: 60_000 });
      await expectNoSeriousAxeFindings(page, 'the Print screen with the consultation report');
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ruaj PDF-në…' }).click()]);
      const pdf = await extractPdf(readFileSync((await download.path())!));
      const text = pdf.pages.join('\n').replace(/\s+/g, ' ');
      for (const c of COMMENTS) {
        expect(text).toContain(c.text);
        expect(text).toContain(c.reason[0]);
        expect(text).toContain(c.reason[1]);
      }
      expect(text).toContain('Pranuar pjesërisht');
      // Named only with consent.
      expect(text).toContain('Drita Çela');
      expect(text).not.toContain('Gëzim Ëmeri');
    });
    expect(eventUrl).toContain('#/consultation/');
    expect(consoleErrors).toEqual([]);
  } finally {
    pocChild?.kill('SIGTERM');
    rmSync(pocRoot, { recursive: true, force: true });
  }
});
