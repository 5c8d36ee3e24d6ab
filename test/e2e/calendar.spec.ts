// The process calendar through the real UI in browser mode, at 1366×768:
// the POC adds two items (one late, one done), a due date before the start
// is refused at the date box with the typed date kept (across a reload too)
// until it is corrected; the late item is late on the timeline (colour,
// stripes, ⚠ and the word) and in the table, reached and opened by
// keyboard; the table sorts; the .ics downloads and reads back as two
// all-day events; the home page counts the late item; the screens are
// axe-clean, in Albanian and in English. At an LFP, the POC's item (as its
// feedback bundle leaves it) opens read-only beside the LFP's own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from './fixtures';
import { expectNoSeriousAxeFindings } from './axe';
import { createWorkspace, saved } from './steps';

/** The .ics's logical lines (RFC 5545 §3.1: a line starting with a space continues the one before). */
const icsLines = (text: string) => text.replace(/\r\n /g, '').split('\r\n');

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
  const lines = icsLines(readFileSync((await download.path())!, 'utf8'));
  expect(lines[0]).toBe('BEGIN:VCALENDAR');
  expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
  expect(lines).toContain('SUMMARY:Takimi i nisjes së procesit');
  expect(lines).toContain('DTSTART;VALUE=DATE:20200725');
  expect(lines).toContain('DTEND;VALUE=DATE:20200802');

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

test('at an LFP the POC’s item is read-only and the LFP’s own is editable', async ({ plani, page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await createWorkspace(page, plani.url);
  // The POC's item, as the import of its feedback bundle writes it (bundles carry whole rows).
  const db = new Database(join(plani.workspaceDir, 'plani.db'));
  try {
    db.prepare(
      `INSERT INTO calendar_item (id, cycle_id, owner, phase_sq, phase_en, title_sq, title_en, responsible, start, due, status, notes_sq, notes_en, rev, created_at, updated_at)
       VALUES (?, '2020-2022', 'POC', 'Nisja e procesit', 'Launch of the process', 'Nisja e bashkë-krijimit', 'Launch of co-creation', 'POC', '2020-09-01', '2020-09-10', 'planned', '', '', 3, ?, ?)`,
    ).run('5a5a5a5a-0000-4000-8000-000000000001', '2020-09-01T08:00:00.000Z', '2020-09-02T08:00:00.000Z');
  } finally {
    db.close();
  }
  await page.getByRole('navigation', { name: 'Komponentët e planit' }).getByRole('link', { name: 'Kalendari' }).click();
  await page.getByTestId('calendar-timeline').getByRole('link', { name: /^Nisja e bashkë-krijimit: 01\.09\.2020 – 10\.09\.2020, Me vonesë$/ }).click();
  const form = page.getByTestId('calendar-form');
  await expect(form.getByText('Kjo veprimtari i përket POC: mund ta lexoni, por jo ta ndryshoni.')).toBeVisible();
  await expect(form.getByLabel('Veprimtaria (shqip)', { exact: true })).toHaveAttribute('readonly', '');
  await expect(form.getByRole('textbox', { name: 'Afati' })).toHaveAttribute('readonly', '');
  await expect(form.getByRole('button', { name: 'Fshi veprimtarinë' })).toHaveCount(0);
  await expectNoSeriousAxeFindings(page, 'the POC’s item read-only at an LFP');
  await form.getByRole('button', { name: 'Mbyll' }).click();

  await page.getByRole('button', { name: 'Veprimtari e re' }).click();
  const own = page.getByTestId('calendar-form');
  await expect(own.getByLabel('Veprimtaria (shqip)', { exact: true })).toBeFocused();
  await page.keyboard.type('Konsultimi tematik në Korçë');
  await own.getByRole('combobox', { name: 'Faza' }).selectOption({ label: 'Konsultimet tematike' });
  await expect(own.getByRole('textbox', { name: 'Përgjegjës (institucioni ose roli)' })).toHaveValue('MD');
  await saved(page);
  await expect(own.getByRole('button', { name: 'Fshi veprimtarinë' })).toBeVisible();
  await own.getByRole('button', { name: 'Mbyll' }).click();
  await page.getByRole('tab', { name: 'Tabela' }).click();
  await expect(page.getByTestId('calendar-row')).toHaveCount(2);
  await expect(page.getByTestId('calendar-row').nth(1)).toContainText('Konsultimi tematik në Korçë');
});
