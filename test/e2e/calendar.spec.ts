// The process calendar through the real UI in browser mode, at 1366×768:
// the POC adds two items (one late, one done), a due date before the start
// is refused at the date box with the typed date kept (across a reload too)
// until it is corrected; the late item is late on the timeline (colour,
// stripes, ⚠ and the word) and in the table, reached and opened by
// keyboard; the table sorts; the .ics downloads and reads back as two
// all-day events (read by ical.js); the home page counts the late item; the
// screens are axe-clean, in Albanian and in English. Then with two
// workspaces: the POC adds three items through the form, one late, and
// follows them on the timeline by mouse and by keyboard; its feedback bundle,
// exported and imported through the UI with the POC's key trusted by its
// code, brings them to MD (a second server), read-only beside MD's own.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import ICAL from 'ical.js';
import { cli, expect, startServer, test } from './fixtures';
import { expectNoSeriousAxeFindings } from './axe';
import { createWorkspace, saved } from './steps';

const nav = (page: Page) => page.getByRole('navigation', { name: /Komponentët e planit|Plan components/ });

test('the POC keeps the calendar: a late item on the timeline and in the table, due before start refused and kept, .ics exported', async ({ plani, page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await createWorkspace(page, plani.url, { role: 'poc', institution: 'POC' });
  await page.getByRole('navigation', { name: 'Komponentët e planit' }).getByRole('link', { name: 'Kalendari' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kalendari i procesit' })).toBeVisible();
  await expect(page.getByText('Ende nuk ka veprimtari në kalendar.')).toBeVisible();

  // The first item: the launch, in September 2020, not done: late today.
  await page.getByRole('button', { name: 'Veprimtari e re' }).click();
  const form = page.getByTestId('calendar-form');
  await expect(form.getByLabel('Veprimtaria (shqip)', { exact: true })).toBeFocused();
  await page.keyboard.type('Takimi i nisjes së procesit');
  await form.getByLabel('Veprimtaria (anglisht)', { exact: true }).fill('Launch meeting of the process');
  await expect(form.getByRole('combobox', { name: 'Faza' })).toHaveValue('launch');
  await form.getByRole('textbox', { name: 'Fillimi' }).fill('01.09.2020');
  await form.getByRole('textbox', { name: 'Fillimi' }).press('Tab');
  await form.getByRole('textbox', { name: 'Afati' }).fill('05.09.2020');
  await form.getByRole('textbox', { name: 'Afati' }).press('Tab');
  await saved(page);
  await expect(form.getByTestId('calendar-form-late')).toContainText('Me vonesë');

  // A due date before the start: said at the due box, the typed date stays there, nothing is saved.
  const due = form.getByRole('textbox', { name: 'Afati' });
  await due.fill('01.08.2020');
  await due.press('Tab');
  await expect(due).toHaveValue('01.08.2020');
  await expect(due).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText('Afati nuk mund të jetë para datës së fillimit')).toBeVisible();
  await expectNoSeriousAxeFindings(page, 'calendar item form with a refused due date');
  await page.reload();
  const again = page.getByTestId('calendar-form');
  await expect(again.getByRole('textbox', { name: 'Afati' })).toHaveValue('01.08.2020');
  await expect(again.getByText('Afati nuk mund të jetë para datës së fillimit')).toBeVisible();
  // Moving the start before it makes it fit: both are saved.
  await again.getByRole('textbox', { name: 'Fillimi' }).fill('25.07.2020');
  await again.getByRole('textbox', { name: 'Fillimi' }).press('Tab');
  await expect(again.getByText('Afati nuk mund të jetë para datës së fillimit')).toHaveCount(0);
  await saved(page);
  await page.reload();
  await expect(page.getByTestId('calendar-form').getByRole('textbox', { name: 'Afati' })).toHaveValue('01.08.2020');
  await expect(page.getByTestId('calendar-form').getByRole('textbox', { name: 'Fillimi' })).toHaveValue('25.07.2020');
  await page.getByTestId('calendar-form').getByRole('button', { name: 'Mbyll' }).click();

  // The second item: the adoption, done.
  await page.getByRole('button', { name: 'Veprimtari e re' }).click();
  const second = page.getByTestId('calendar-form');
  await expect(second.getByLabel('Veprimtaria (shqip)', { exact: true })).toBeFocused();
  await page.keyboard.type('Miratimi në Këshillin e Ministrave');
  await second.getByRole('combobox', { name: 'Faza' }).selectOption({ label: 'Miratimi' });
  await second.getByRole('textbox', { name: 'Fillimi' }).fill('01.12.2020');
  await second.getByRole('textbox', { name: 'Fillimi' }).press('Tab');
  await second.getByRole('textbox', { name: 'Afati' }).fill('20.12.2020');
  await second.getByRole('textbox', { name: 'Afati' }).press('Tab');
  await second.getByRole('combobox', { name: 'Statusi' }).selectOption({ label: 'E kryer' });
  await saved(page);
  await second.getByRole('button', { name: 'Mbyll' }).click();
  await expect(page.getByTestId('calendar-form')).toHaveCount(0);

  // The timeline: the phases in process order, the late item red, striped, ⚠ and in words; today marked.
  const timeline = page.getByTestId('calendar-timeline');
  await expect(page.getByTestId('calendar-summary')).toHaveText('2 veprimtari, nga të cilat 1 me vonesë.');
  const lateMark = timeline.getByRole('link', { name: 'Takimi i nisjes së procesit: 25.07.2020 – 01.08.2020, Me vonesë' });
  await expect(lateMark).toHaveAttribute('data-late', 'true');
  await expect(lateMark).toContainText('⚠ Me vonesë');
  await expect(lateMark.locator('rect').nth(1)).toHaveAttribute('style', /fill: url\("?#[^)]*-late/);
  const doneMark = timeline.getByRole('link', { name: 'Miratimi në Këshillin e Ministrave: 01.12.2020 – 20.12.2020, E kryer' });
  await expect(doneMark).not.toHaveAttribute('data-late', 'true');
  await expect(timeline.getByTestId('timeline-today')).toContainText(/^Sot, \d\d\.\d\d\.\d{4}/);
  // Readable at 1366×768: the chart scrolls inside its own region, the page does not.
  expect((await page.evaluate('document.documentElement.scrollWidth')) as number).toBeLessThanOrEqual(1366);
  await expectNoSeriousAxeFindings(page, 'calendar timeline');

  // By keyboard: Tab reaches a mark, Enter opens its item.
  await doneMark.focus();
  await page.keyboard.press('Shift+Tab');
  await expect(lateMark).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('calendar-form').getByLabel('Veprimtaria (shqip)', { exact: true })).toHaveValue('Takimi i nisjes së procesit');
  await page.getByTestId('calendar-form').getByRole('button', { name: 'Mbyll' }).click();

  // The table, chosen by keyboard from the tab list: the late item said late there too.
  await page.getByRole('tab', { name: 'Grafiku kohor' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: 'Tabela' })).toHaveAttribute('aria-selected', 'true');
  const table = page.getByTestId('calendar-table');
  const rows = table.getByTestId('calendar-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('Takimi i nisjes së procesit');
  await expect(rows.nth(0)).toHaveAttribute('data-late', 'true');
  await expect(rows.nth(0)).toContainText('Me vonesë');
  await expect(rows.nth(1)).toContainText('E kryer');
  // Sorted by the due date, latest first: the adoption comes first.
  await table.getByRole('columnheader', { name: 'Afati' }).click();
  await table.getByRole('columnheader', { name: 'Afati' }).click();
  await expect(table.getByRole('columnheader', { name: 'Afati' })).toHaveAttribute('aria-sort', 'descending');
  await expect(rows.nth(0)).toContainText('Miratimi në Këshillin e Ministrave');
  await expectNoSeriousAxeFindings(page, 'calendar table');

  // The .ics: two all-day events, the due day included (DTEND is the day after).
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Eksporto .ics' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.ics$/);
  // Read back by a real iCalendar parser.
  const events = new ICAL.Component(ICAL.parse(readFileSync((await download.path())!, 'utf8'))).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
  expect(events.map((e) => [e.summary, e.startDate.toString(), e.endDate.toString(), e.startDate.isDate])).toEqual([
    ['Takimi i nisjes së procesit', '2020-07-25', '2020-08-02', true],
    ['Miratimi në Këshillin e Ministrave', '2020-12-01', '2020-12-21', true],
  ]);

  // The plan's home page says it too, and leads to the calendar.
  const nav = page.getByRole('navigation', { name: 'Komponentët e planit' });
  await nav.getByRole('link', { name: 'Përmbledhja e planit' }).click();
  await expect(page.getByTestId('home-calendar-late')).toContainText('Me vonesë: 1 veprimtari e kalendarit të procesit e ka kaluar afatin pa u kryer.');
  await page.getByTestId('home-calendar-late').getByRole('link', { name: 'Hap kalendarin' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kalendari i procesit' })).toBeVisible();

  // In English: the same items, late said in English.
  await page.getByRole('group', { name: 'Gjuha' }).getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Process calendar' })).toBeVisible();
  await expect(page.getByTestId('calendar-timeline').getByRole('link', { name: 'Launch meeting of the process: 25.07.2020 – 01.08.2020, Late' })).toContainText('⚠ Late');
  await expect(page.getByTestId('timeline-today')).toContainText(/^Today, \d\d\.\d\d\.\d{4}/);
  await expectNoSeriousAxeFindings(page, 'calendar timeline in English');
  await page.getByRole('tab', { name: 'Table' }).click();
  await expect(page.getByTestId('calendar-table').getByTestId('calendar-row').filter({ hasText: 'Launch meeting of the process' })).toContainText('Late');
});

test('the POC adds three items, one late, follows them on the timeline by mouse and keyboard; MD sees them read-only after importing the feedback bundle', async ({ plani, page, browser }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  // MD: a workspace of its own, made with the real CLI, served by a second server.
  const mdDir = mkdtempSync(join(tmpdir(), 'plani-e2e-cal-md-'));
  const mdWorkspace = join(mdDir, 'workspace');
  const mdEnv = { ...process.env, PLANI_KEYRING_DIR: join(mdDir, 'keyring') };
  cli(['init', '--role', 'lfp', '--institution', 'MD', '--workspace', mdWorkspace], mdEnv);
  let mdServer: { url: string; child: ChildProcess } | null = null;
  try {
    await createWorkspace(page, plani.url, { role: 'poc', institution: 'POC' });
    await nav(page).getByRole('link', { name: 'Kalendari' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Kalendari i procesit' })).toBeVisible();

    // Three items through the form: the launch not done (late), the drafting and the adoption done.
    const items = [
      { sq: 'Nisja e procesit, Tiranë', en: 'Launch of the process, Tirana', phase: 'Nisja e procesit', start: '01.09.2020', due: '10.09.2020', status: null },
      { sq: 'Hartimi i angazhimeve; Korçë', en: 'Drafting the commitments; Korçë', phase: 'Hartimi', start: '01.10.2020', due: '30.11.2020', status: 'E kryer' },
      { sq: 'Miratimi në Këshillin e Ministrave', en: 'Adoption by the Council of Ministers', phase: 'Miratimi', start: '01.12.2020', due: '20.12.2020', status: 'E kryer' },
    ];
    for (const it of items) {
      await page.getByRole('button', { name: 'Veprimtari e re' }).click();
      const form = page.getByTestId('calendar-form');
      await expect(form.getByLabel('Veprimtaria (shqip)', { exact: true })).toBeFocused();
      await page.keyboard.type(it.sq);
      await form.getByLabel('Veprimtaria (anglisht)', { exact: true }).fill(it.en);
      await form.getByRole('combobox', { name: 'Faza' }).selectOption({ label: it.phase });
      await form.getByRole('textbox', { name: 'Fillimi' }).fill(it.start);
      await form.getByRole('textbox', { name: 'Fillimi' }).press('Tab');
      await form.getByRole('textbox', { name: 'Afati' }).fill(it.due);
      await form.getByRole('textbox', { name: 'Afati' }).press('Tab');
      if (it.status) await form.getByRole('combobox', { name: 'Statusi' }).selectOption({ label: it.status });
      await saved(page);
      await form.getByRole('button', { name: 'Mbyll' }).click();
      await expect(page.getByTestId('calendar-form')).toHaveCount(0);
    }

    const timeline = page.getByTestId('calendar-timeline');
    await expect(page.getByTestId('calendar-summary')).toHaveText('3 veprimtari, nga të cilat 1 me vonesë.');
    const mark = (i: number, status: string) => timeline.getByRole('link', { name: `${items[i]!.sq}: ${items[i]!.start} – ${items[i]!.due}, ${status}` });
    await expect(mark(0, 'Me vonesë')).toHaveAttribute('data-late', 'true');
    await expect(mark(0, 'Me vonesë')).toContainText('⚠ Me vonesë');
    for (const i of [1, 2]) await expect(mark(i, 'E kryer')).not.toHaveAttribute('data-late', 'true');
    await expectNoSeriousAxeFindings(page, 'the POC’s timeline with three items');

    // By mouse: a click on a mark opens its item.
    await mark(1, 'E kryer').click();
    await expect(page.getByTestId('calendar-form').getByLabel('Veprimtaria (shqip)', { exact: true })).toHaveValue(items[1]!.sq);
    await page.getByTestId('calendar-form').getByRole('button', { name: 'Mbyll' }).click();
    // By keyboard: Tab goes from one mark to the next in process order, Enter opens it.
    await mark(0, 'Me vonesë').focus();
    await page.keyboard.press('Tab');
    await expect(mark(1, 'E kryer')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(mark(2, 'E kryer')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('calendar-form').getByLabel('Veprimtaria (shqip)', { exact: true })).toHaveValue(items[2]!.sq);
    await page.getByTestId('calendar-form').getByRole('button', { name: 'Mbyll' }).click();

    // The feedback bundle, through the consolidated plan, and the POC's code read to MD.
    await nav(page).getByRole('link', { name: 'Plani i konsoliduar' }).click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Eksporto vërejtjet për të gjithë' }).click();
    const feedbackFile = join(mdDir, 'feedback-1.plani');
    await (await downloading).saveAs(feedbackFile);
    await nav(page).getByRole('link', { name: 'Çelësi dhe besimi' }).click();
    const pocCode = (await page.getByTestId('own-safety-code').getAttribute('data-code'))!;

    // MD imports it through its own UI: the three items shown before they are applied, the POC's key trusted by its code.
    mdServer = await startServer(mdWorkspace, mdEnv.PLANI_KEYRING_DIR);
    const mdContext = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const md = await mdContext.newPage();
    await md.goto(mdServer.url);
    await nav(md).getByRole('link', { name: 'Paketa', exact: true }).click();
    await md.getByLabel('Skedari i paketës së vërejtjeve', { exact: true }).setInputFiles(feedbackFile);
    await expect(md.getByTestId('bundle-signer')).toBeVisible();
    await expect(md.getByTestId('bundle-changes').locator('[data-kind="added"] [data-entity="calendar-item"]')).toHaveCount(3);
    await md.getByLabel('Kodi që ju lexuan').fill(pocCode);
    await md.getByRole('button', { name: 'Verifiko dhe regjistro' }).click();
    await md.getByRole('button', { name: 'Zbato dhe regjistro çelësin' }).click();
    await expect(md.getByTestId('bundle-applied')).toHaveAttribute('data-result', 'applied');

    await nav(md).getByRole('link', { name: 'Kalendari' }).click();
    const mdTimeline = md.getByTestId('calendar-timeline');
    await expect(md.getByTestId('calendar-summary')).toHaveText('3 veprimtari, nga të cilat 1 me vonesë.');
    const mdMark = mdTimeline.getByRole('link', { name: `${items[0]!.sq}: ${items[0]!.start} – ${items[0]!.due}, Me vonesë` });
    await expect(mdMark).toHaveAttribute('data-late', 'true');
    await mdMark.focus();
    await md.keyboard.press('Enter');
    const form = md.getByTestId('calendar-form');
    await expect(form.getByText('Kjo veprimtari i përket POC: mund ta lexoni, por jo ta ndryshoni.')).toBeVisible();
    await expect(form.getByLabel('Veprimtaria (shqip)', { exact: true })).toHaveAttribute('readonly', '');
    await expect(form.getByRole('textbox', { name: 'Afati' })).toHaveAttribute('readonly', '');
    await expect(form.getByRole('button', { name: 'Fshi veprimtarinë' })).toHaveCount(0);
    await expectNoSeriousAxeFindings(md, 'the POC’s items read-only at MD');
    await form.getByRole('button', { name: 'Mbyll' }).click();

    // MD's own item beside them, editable.
    await md.getByRole('button', { name: 'Veprimtari e re' }).click();
    const own = md.getByTestId('calendar-form');
    await expect(own.getByLabel('Veprimtaria (shqip)', { exact: true })).toBeFocused();
    await md.keyboard.type('Konsultimi tematik në Korçë');
    await own.getByRole('combobox', { name: 'Faza' }).selectOption({ label: 'Konsultimet tematike' });
    await expect(own.getByRole('textbox', { name: 'Përgjegjës (institucioni ose roli)' })).toHaveValue('MD');
    await saved(md);
    await expect(own.getByRole('button', { name: 'Fshi veprimtarinë' })).toBeVisible();
    await own.getByRole('button', { name: 'Mbyll' }).click();
    await md.getByRole('tab', { name: 'Tabela' }).click();
    await expect(md.getByTestId('calendar-row')).toHaveCount(4);
    await expect(md.getByTestId('calendar-row').filter({ hasText: items[0]!.sq })).toHaveAttribute('data-late', 'true');
    await expectNoSeriousAxeFindings(md, 'MD’s calendar table');
    await mdContext.close();
  } finally {
    mdServer?.child.kill('SIGTERM');
    rmSync(mdDir, { recursive: true, force: true });
  }
});
