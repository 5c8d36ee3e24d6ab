// An LFP officer drafts their part of the plan in browser mode: one complete
// commitment with two milestones and two indicators, in both languages,
// until the live quality panel reports nothing blocking; then undo/redo by
// keyboard, reordering milestones by keyboard, a malformed e-mail refused at
// its field while the saved one survives a reload, and a link to one field.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoSeriousAxeFindings } from './axe';
import { createWorkspace as create, saved } from './steps';

const createWorkspace = (page: Page, url: string) => create(page, url, { expectWelcome: true });

async function newCommitment(page: Page) {
  await page.getByRole('navigation', { name: 'Komponentët e planit' }).getByRole('link', { name: /Anti-Korrupsion/ }).click();
  await page.getByRole('button', { name: 'Angazhim i ri' }).click();
  await expect(page.getByRole('textbox', { name: 'Titulli (shqip)', exact: true })).toBeFocused();
}

/** Waits until the workspace holds `n` kept values (what a reload or a new start reads back). */
async function keptInWorkspace(page: Page, n: number) {
  const token = await page.locator('meta[name="plani-token"]').getAttribute('content');
  const api = new URL('/api/unsaved.list', page.url()).toString();
  await expect
    .poll(async () => {
      const r = await page.request.post(api, { headers: { 'X-Plani-Token': token ?? '' }, data: {} });
      const body = (await r.json()) as { value?: { values: unknown[] } };
      return body.value?.values.length ?? -1;
    })
    .toBe(n);
}

/** Both sides of a bilingual field; `sides` are the language suffixes of the interface language. */
async function fillBoth(scope: Page | Locator, label: string, sq: string, en: string, sides: [string, string] = ['shqip', 'anglisht']) {
  await scope.getByRole('textbox', { name: `${label} (${sides[0]})`, exact: true }).fill(sq);
  await scope.getByRole('textbox', { name: `${label} (${sides[1]})`, exact: true }).fill(en);
}

const EN: [string, string] = ['Albanian', 'English'];
const section = (page: Page, id: string) => page.locator(`[id^="sec-"][id$="-${id}"]`);

test('draft one complete commitment with two milestones and two indicators in both languages', async ({ page, plani }) => {
  test.setTimeout(180_000);
  const consoleErrors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  await createWorkspace(page, plani.url);
  await newCommitment(page);

  // Identification · Problem · Commitment, in the Albanian interface.
  await fillBoth(page, 'Titulli', 'Regjistri publik i pronarëve përfitues', 'Public register of beneficial owners');
  await fillBoth(page, 'Titulli i shkurtër', 'Pronarët përfitues', 'Beneficial owners');
  await fillBoth(page, 'Përshkrim i shkurtër', 'Ngritja e një regjistri të hapur të pronarëve përfitues.', 'Setting up an open register of beneficial owners.');
  await expect(page.getByRole('textbox', { name: 'Nr. në plan', exact: true })).toHaveAttribute('readonly', '');
  await fillBoth(
    page,
    'Problemi publik (me të dhëna bazë)',
    'Në vitin 2019 vetëm 12% e shoqërive raportonin pronarët përfitues (QKB).',
    'In 2019 only 12% of companies reported their beneficial owners (NBC).',
  );
  await fillBoth(page, 'Shkaqet e problemit', 'Mungesa e detyrimit ligjor.', 'No legal obligation.');
  await fillBoth(page, 'Gjendja aktuale', 'Të dhënat janë të shpërndara.', 'The data are scattered.');
  await fillBoth(page, 'Çfarë është bërë deri tani', 'U miratua ligji në parim.', 'The law was adopted in principle.');
  await fillBoth(page, 'Zgjidhja e propozuar', 'Një regjistër i hapur dhe i kërkueshëm.', 'An open, searchable register.');
  await fillBoth(page, 'Rezultatet e pritshme', 'Të paktën 60% e shoqërive raportojnë.', 'At least 60% of companies report.');
  await fillBoth(page, 'Si kontribuon në zgjidhjen e problemit', 'Transparenca ul rrezikun e korrupsionit.', 'Transparency lowers the risk of corruption.');
  await fillBoth(page, 'Objektivi', 'Transparencë e plotë e pronësisë.', 'Full transparency of ownership.');

  // OGP relevance: values (checkboxes), relevance, policy areas and SDGs (tag pickers, by keyboard).
  await page.getByRole('checkbox', { name: 'Aksesi në informacion (transparenca)' }).check();
  await page.getByRole('checkbox', { name: 'Llogaridhënia publike' }).check();
  await fillBoth(page, 'Rëndësia për vlerat OGP', 'Publikon të dhënat e pronësisë dhe i bën institucionet llogaridhënëse.', 'It publishes ownership data and holds institutions to account.');
  await page.getByRole('combobox', { name: 'Fushat e politikave' }).click();
  await page.keyboard.type('Pronësia');
  await page.keyboard.press('Enter');
  await expect(section(page, 'relevance').getByText('Pronësia përfituese', { exact: true })).toBeVisible();
  await fillBoth(page, 'Lidhja me strategjitë kombëtare', 'Strategjia Ndërsektoriale Kundër Korrupsionit.', 'Cross-cutting Anti-Corruption Strategy.');
  await page.getByRole('combobox', { name: /^Objektivat e Zhvillimit/ }).click();
  await page.keyboard.type('16');
  await page.keyboard.press('Enter');
  await expect(section(page, 'relevance').getByText(/^16\. Paqe/)).toBeVisible();

  // Institutions · Planning & budget · Contact.
  await expect(page.getByRole('combobox', { name: 'Institucioni kryesor zbatues' })).toHaveValue('MD');
  await page.getByRole('combobox', { name: 'Institucionet mbështetëse' }).click();
  await page.keyboard.type('QKB');
  await page.keyboard.press('Enter');
  await fillBoth(page, 'Aktorë të tjerë të përfshirë', 'Organizatat e shoqërisë civile.', 'Civil society organisations.');
  const planning = section(page, 'planning');
  await planning.getByLabel('Data e fillimit', { exact: true }).fill('2020-10-01');
  await planning.getByLabel('Data e përfundimit', { exact: true }).fill('2022-06-30');
  await page.getByRole('textbox', { name: 'Shuma e buxhetit', exact: true }).fill('2500000');
  await page.getByRole('combobox', { name: 'Monedha' }).selectOption('ALL');
  await fillBoth(page, 'Burimi i financimit', 'Buxheti i shtetit.', 'State budget.');
  await page.getByRole('textbox', { name: 'Emri dhe mbiemri', exact: true }).fill('Arta Hoxha');
  await page.getByRole('textbox', { name: 'Funksioni', exact: true }).fill('Drejtore e Politikave');
  await page.getByRole('textbox', { name: 'E-maili', exact: true }).fill('arta.hoxha@drejtesia.gov.al');
  await page.getByRole('textbox', { name: 'Telefoni', exact: true }).fill('+355 4 222 8372');
  await saved(page);

  // Milestones and indicators, now in the English interface.
  await page.getByRole('group', { name: 'Gjuha' }).getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const milestones = [
    { sq: 'Hartimi i projektligjit', en: 'Drafting the bill', dsq: 'Projektligji i dorëzuar', den: 'Bill submitted', start: '2020-10-01', end: '2021-03-31' },
    { sq: 'Ngritja e platformës', en: 'Building the platform', dsq: 'Platforma funksionale', den: 'Working platform', start: '2021-04-01', end: '2022-06-30' },
  ];
  for (const [i, m] of milestones.entries()) {
    await page.getByRole('button', { name: 'Add milestone' }).click();
    const card = page.getByRole('region', { name: new RegExp(`^Milestone ${i + 1}\\b`) });
    await expect(card.getByRole('textbox', { name: 'Activity (Albanian)', exact: true })).toBeFocused();
    await fillBoth(card, 'Activity', m.sq, m.en, EN);
    await fillBoth(card, 'Deliverable (verifiable product)', m.dsq, m.den, EN);
    await card.getByLabel('Start date', { exact: true }).fill(m.start);
    await card.getByLabel('End date', { exact: true }).fill(m.end);
    await card.getByRole('combobox', { name: 'Responsible institution' }).selectOption('MD');
    await card.getByRole('textbox', { name: 'Cost', exact: true }).fill('500000');
    await card.getByRole('combobox', { name: 'Status' }).selectOption('in-progress');
    await card.getByRole('spinbutton', { name: 'Progress (%)' }).fill('20');
    await card.getByRole('spinbutton', { name: 'Progress (%)' }).press('Tab');
    await fillBoth(card, 'Stakeholders', 'QKB, shoqëria civile', 'NBC, civil society', EN);
  }

  for (const i of [0, 1]) {
    await page.getByRole('button', { name: 'Add indicator' }).click();
    const card = page.getByRole('region', { name: new RegExp(`^Indicator ${i + 1}\\b`) });
    await expect(card.getByRole('textbox', { name: 'Indicator name (Albanian)', exact: true })).toBeFocused();
    await fillBoth(card, 'Indicator name', `Treguesi ${i + 1}: shoqëri që raportojnë`, `Indicator ${i + 1}: companies reporting`, EN);
    await card.getByRole('combobox', { name: 'Indicator type' }).selectOption(i === 0 ? 'outcome' : 'output');
    // The second indicator measures the first milestone.
    if (i === 1) await card.getByRole('combobox', { name: 'Attached to' }).selectOption({ index: 1 });
    await fillBoth(card, 'Definition', 'Përqindja e shoqërive me pronarë të deklaruar.', 'Share of companies with declared owners.', EN);
    await fillBoth(card, 'Unit of measure', 'përqindje', 'percent', EN);
    await card.getByRole('textbox', { name: 'Baseline value', exact: true }).fill('12');
    await card.getByRole('spinbutton', { name: 'Baseline year' }).fill('2019');
    await card.getByRole('spinbutton', { name: 'Baseline year' }).press('Tab');
    await card.getByRole('textbox', { name: 'Year 2020', exact: true }).fill('20');
    await card.getByRole('textbox', { name: 'Year 2021', exact: true }).fill('40');
    await card.getByRole('textbox', { name: 'Year 2022', exact: true }).fill('60');
    await fillBoth(card, 'Data source (means of verification)', 'Regjistri i QKB-së', 'NBC register', EN);
    await card.getByRole('combobox', { name: 'Measurement frequency' }).selectOption('annual');
    await card.getByRole('combobox', { name: 'Responsible institution' }).selectOption('MD');
    await fillBoth(card, 'Calculation method', 'Numri i raportuesve / gjithsej', 'Reporting / total', EN);
    await fillBoth(card, 'Disaggregation', 'Sipas qarkut', 'By region', EN);
    await fillBoth(card, 'Assumptions and risks', 'Ligji miratohet në kohë.', 'The law is adopted on time.', EN);
  }
  await expect(page.getByRole('region', { name: /^Indicator 2\b/ }).getByRole('combobox', { name: 'Attached to' })).toHaveValue(/[0-9a-f-]{36}/);
  await saved(page);

  const quality = page.getByRole('region', { name: 'Quality checks' });
  await expect(quality.getByText('No blocking findings')).toBeVisible();
  await page.screenshot({ path: 'test-results/artifacts/drafting-complete-en.png' });

  // Everything is stored: after a reload the same values come back from the workspace.
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Title (English)', exact: true })).toHaveValue('Public register of beneficial owners');
  await expect(page.getByRole('textbox', { name: 'E-mail', exact: true })).toHaveValue('arta.hoxha@drejtesia.gov.al');
  await expect(page.getByRole('button', { name: /^Milestone 2 Building the platform/ })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Indicator 1\b/ }).getByRole('textbox', { name: 'Year 2022', exact: true })).toHaveValue('60');
  await expect(page.getByRole('region', { name: 'Quality checks' }).getByText('No blocking findings')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('undo and redo a title edit by keyboard', async ({ page, plani }) => {
  await createWorkspace(page, plani.url);
  await newCommitment(page);
  const title = page.getByRole('textbox', { name: 'Titulli (shqip)', exact: true });
  const heading = page.getByRole('heading', { level: 1 });
  await title.fill('Drejtësi e hapur');
  await saved(page);
  // Leave the text box: Ctrl+Z outside a text box undoes the last field change.
  await heading.focus();
  await page.keyboard.press('Control+Z');
  await expect(title).toHaveValue('');
  await expect(title).toBeFocused();
  await expect(heading).toHaveText('(pa titull)');
  await page.keyboard.press('Control+Y');
  await expect(title).toHaveValue('Drejtësi e hapur');
  await expect(heading).toHaveText('Drejtësi e hapur');
  await page.keyboard.press('Control+Z');
  await expect(title).toHaveValue('');
  await page.keyboard.press('Control+Shift+Z');
  await expect(title).toHaveValue('Drejtësi e hapur');
  // The toolbar does the same, and says what it does not cover.
  await page.getByRole('button', { name: 'Zhbëj' }).click();
  await expect(title).toHaveValue('');
  await page.getByRole('button', { name: 'Ribëj' }).click();
  await expect(title).toHaveValue('Drejtësi e hapur');
  // Undo goes through the same save path: the redone title is what is stored.
  await saved(page);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Titulli (shqip)', exact: true })).toHaveValue('Drejtësi e hapur');
});

test('reorder milestones with the keyboard', async ({ page, plani }) => {
  await createWorkspace(page, plani.url);
  await newCommitment(page);
  for (const activity of ['Hapi A', 'Hapi B', 'Hapi C']) {
    await page.getByRole('button', { name: 'Shto hap kyç' }).click();
    await expect(page.locator(':focus')).toHaveAttribute('lang', 'sq');
    await page.keyboard.type(activity);
  }
  await saved(page);
  const headings = page.getByRole('list', { name: 'Hapat kyç' }).locator('h3');
  await expect(headings).toHaveText([/^Hapi kyç 1\s*Hapi A$/, /^Hapi kyç 2\s*Hapi B$/, /^Hapi kyç 3\s*Hapi C$/]);

  // Move the first milestone down twice: focus stays on its "move down" button, until the
  // milestone is last and that button is off: then its "move up" button has the focus.
  await page.getByRole('button', { name: 'Lëviz poshtë hapin kyç 1' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Lëviz poshtë hapin kyç 2' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Lëviz lart hapin kyç 3' })).toBeFocused();
  // The same milestone, now last, one step back up.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Lëviz lart hapin kyç 2' })).toBeFocused();

  const expected = [/^Hapi kyç 1\s*Hapi B$/, /^Hapi kyç 2\s*Hapi A$/, /^Hapi kyç 3\s*Hapi C$/];
  await expect(headings).toHaveText(expected);

  // The order is the stored one.
  await page.reload();
  await expect(headings).toHaveText(expected);
});

test('a malformed e-mail is refused at its field, kept through a reload, and the saved one comes back when it is discarded', async ({ page, plani }) => {
  await createWorkspace(page, plani.url);
  await newCommitment(page);
  const email = page.getByRole('textbox', { name: 'E-maili', exact: true });
  await email.fill('zyra@drejtesia.gov.al');
  await saved(page);
  await email.fill('zyra@@drejtesia');
  await expect(page.getByText('Adresa e e-mailit nuk është e vlefshme.')).toBeVisible();
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('[data-save-state="failed"]')).toBeVisible();
  // A negative budget is refused the same way.
  const amount = page.getByRole('textbox', { name: 'Shuma e buxhetit', exact: true });
  await amount.fill('-5');
  await expect(page.getByText('Vlera nuk mund të jetë negative.')).toBeVisible();
  const bar = page.getByTestId('unsaved-values');
  await expect(bar).toContainText('2 vlera nuk janë ruajtur');
  // Nothing counted that was not saved: the quality panel says so.
  await expect(page.getByTestId('quality-unsaved')).toContainText('2 vlera të paruajtura');
  await keptInWorkspace(page, 2);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'E-maili', exact: true })).toHaveValue('zyra@@drejtesia');
  await expect(page.getByText('Adresa e e-mailit nuk është e vlefshme.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Shuma e buxhetit', exact: true })).toHaveValue('-5');
  await bar.getByRole('button', { name: 'Hidhi poshtë të gjitha' }).click();
  await expect(page.getByRole('textbox', { name: 'E-maili', exact: true })).toHaveValue('zyra@drejtesia.gov.al');
  await expect(page.getByRole('textbox', { name: 'Shuma e buxhetit', exact: true })).toHaveValue('');
  await expect(bar).toHaveCount(0);
});

test('an impossible start date typed as digits stays in its box through a reload, and the saved date is kept', async ({ page, plani }) => {
  await createWorkspace(page, plani.url);
  await newCommitment(page);
  const start = () => section(page, 'planning').getByRole('textbox', { name: 'Data e fillimit', exact: true });
  await start().pressSequentially('15012021');
  await start().press('Tab');
  await expect(start()).toHaveValue('15.01.2021');
  await saved(page);
  // What issue 11 saw: 02302021 (30 February) replaced the saved date with nothing.
  await start().press('Control+A');
  await start().pressSequentially('02302021');
  await start().press('Tab');
  await expect(start()).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('[data-save-state="failed"]')).toBeVisible();
  await keptInWorkspace(page, 1);
  expect((await storedCommitment(page)).startDate).toBe('2021-01-15');
  const typed = await start().inputValue();
  expect(typed).toMatch(/0230|30\.02/);
  await page.reload();
  await expect(start()).toHaveValue(typed);
  await expect(start()).toHaveAttribute('aria-invalid', 'true');
  expect((await storedCommitment(page)).startDate).toBe('2021-01-15');
  await page.getByTestId('unsaved-values').getByRole('button', { name: 'Hidh poshtë vlerën e paruajtur: Data e fillimit' }).click();
  await expect(start()).toHaveValue('15.01.2021');
  await expect(start()).not.toHaveAttribute('aria-invalid', 'true');
});

test('a 20,000-character paste stays in its field through a navigation, a reload and a closed window, until it is shortened', async ({ page, plani }) => {
  test.setTimeout(120_000);
  await createWorkspace(page, plani.url);
  await newCommitment(page);
  await page.getByRole('textbox', { name: 'Titulli (shqip)', exact: true }).fill('Ndihma juridike falas');
  await saved(page);
  const problem = () => page.getByRole('textbox', { name: 'Problemi publik (me të dhëna bazë) (shqip)', exact: true });
  const pasted = 'Qytetarët në nevojë nuk marrin ndihmë juridike falas. '.repeat(400).slice(0, 20_000);
  await problem().fill(pasted);
  await expect(page.getByText('Teksti ka 20.000 shenja, ndërsa lejohen deri në 10.000.')).toBeVisible();
  await expect(page.locator('[data-save-state="failed"]')).toBeVisible();

  // Leaving asks first; leaving keeps the text.
  await page.getByRole('link', { name: /Kthehu te komponenti/ }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Të largoheni nga angazhimi?' });
  await expect(dialog).toContainText('Problemi publik (me të dhëna bazë) (shqip)');
  await dialog.getByRole('button', { name: 'Qëndro dhe korrigjo' }).click();
  await expect(problem()).toHaveValue(pasted);
  await page.getByRole('link', { name: /Kthehu te komponenti/ }).click();
  await dialog.getByRole('button', { name: 'Largohu dhe mbaji' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Anti-Korrupsion/);
  await page.getByRole('link', { name: /Ndihma juridike falas/ }).click();
  await expect(problem()).toHaveValue(pasted);
  await expect(page.getByText('Teksti ka 20.000 shenja')).toBeVisible();

  await keptInWorkspace(page, 1);
  await page.reload();
  await expect(problem()).toHaveValue(pasted);
  const url = page.url();
  await page.close();
  await plani.restart();
  const again = await page.context().newPage();
  await again.goto(plani.url.split('#')[0] + '#' + url.split('#')[1]);
  const problemAgain = again.getByRole('textbox', { name: 'Problemi publik (me të dhëna bazë) (shqip)', exact: true });
  await expect(problemAgain).toHaveValue(pasted);

  // Shortened below the limit, it saves, and nothing is kept any longer.
  await problemAgain.fill(pasted.slice(0, 9_000));
  await expect(again.locator('[data-save-state="saved"]').first()).toBeVisible();
  await expect(again.getByTestId('unsaved-values')).toHaveCount(0);
  await keptInWorkspace(again, 0);
});

test('an abandoned "New commitment" leaves no untitled row behind', async ({ page, plani }) => {
  await createWorkspace(page, plani.url);
  await newCommitment(page);
  await page.getByRole('link', { name: /Kthehu te komponenti/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Anti-Korrupsion/);
  await expect(page.getByText('(pa titull)')).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Komponentët e planit' }).getByRole('link', { name: /Anti-Korrupsion/ })).toContainText('0');
  // One that was typed in stays.
  await page.getByRole('button', { name: 'Angazhim i ri' }).click();
  await page.getByRole('textbox', { name: 'Titulli (anglisht)', exact: true }).fill('Open registers');
  await saved(page);
  await page.getByRole('link', { name: /Kthehu te komponenti/ }).click();
  await expect(page.getByRole('link', { name: /Open registers/ })).toBeVisible();
});

test('a link to a field opens the editor with that field in view and focused', async ({ page, plani }) => {
  await createWorkspace(page, plani.url);
  await newCommitment(page);
  await page.getByRole('button', { name: 'Shto tregues' }).click();
  const card = page.getByRole('region', { name: /^Treguesi 1\b/ });
  await expect(card.getByRole('textbox', { name: 'Emërtimi i treguesit (shqip)', exact: true })).toBeFocused();
  const baseline = card.getByRole('textbox', { name: 'Vlera bazë', exact: true });
  const baselineId = await baseline.getAttribute('id');
  const [, indicatorId] = /^fld-indicator-([0-9a-f-]{36})-/.exec(baselineId ?? '') ?? [];
  const [, componentPath] = /#(\/component\/[^/]+\/commitment\/[0-9a-f-]{36})/.exec(page.url()) ?? [];
  expect(indicatorId && componentPath).toBeTruthy();

  // Following a link inside the app: a same-document navigation to the hash that names the field.
  const link = (key: string) => {
    const url = new URL(page.url());
    url.hash = `${componentPath}?focus=${encodeURIComponent(key)}`;
    return page.goto(url.toString());
  };

  // Collapse the card and its section: following a link to the field opens both.
  await page.getByRole('button', { name: /^Treguesi 1\b/ }).click();
  await page.getByRole('button', { name: 'Treguesit', exact: true }).click();
  await expect(baseline).toHaveCount(0);
  await page.getByRole('heading', { level: 1 }).focus();
  await link(`indicator:${indicatorId}:baseline.value:-`);
  await expect(baseline).toBeFocused();
  await expect(baseline).toBeInViewport();

  // Opening a commitment from elsewhere with a field named works the same way.
  await page.getByRole('link', { name: /Kthehu te komponenti/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Anti-Korrupsion/);
  await link(`commitment:${componentPath!.split('/').pop()}:contact.email:-`);
  await expect(page.getByRole('textbox', { name: 'E-maili', exact: true })).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'E-maili', exact: true })).toBeInViewport();
});

/** The commitment as the workspace stores it, through the same HTTP bridge (and token) the page uses. */
async function storedCommitment(page: Page): Promise<{ startDate: string | null; endDate: string | null; budget: { amount: number | null } }> {
  const [, id] = /\/commitment\/([0-9a-f-]{36})/.exec(page.url()) ?? [];
  const token = (await page.locator('meta[name="plani-token"]').getAttribute('content')) ?? '';
  const response = await page.request.post(new URL('/api/commitment.get', page.url()).toString(), { headers: { 'X-Plani-Token': token }, data: { id } });
  const result = (await response.json()) as { ok: boolean; value: never };
  expect(result.ok).toBe(true);
  return result.value;
}

test('dates and amounts are typed and shown as an Albanian office writes them, required fields are marked', async ({ page, plani }) => {
  await createWorkspace(page, plani.url);
  // The plan's period in months, in the catalogue's own month names (whatever locale data the browser has).
  await expect(page.getByText(/shtator 2020 – gusht 2022/)).toBeVisible();
  await newCommitment(page);
  await expect(page.getByRole('textbox', { name: 'Titulli (shqip)', exact: true })).toHaveAttribute('required', '');
  await expect(page.getByRole('textbox', { name: 'Shkaqet e problemit (shqip)', exact: true })).not.toHaveAttribute('required');
  await expect(page.getByText('Fushat me yll (*) duhen plotësuar')).toBeVisible();

  // Day first, whatever the browser's locale: 01122020 is 1 December 2020.
  const planning = section(page, 'planning');
  const start = planning.getByRole('textbox', { name: 'Data e fillimit', exact: true });
  const end = planning.getByRole('textbox', { name: 'Data e përfundimit', exact: true });
  await expect(start).toHaveAttribute('required', '');
  await start.pressSequentially('01122020');
  await start.press('Tab');
  await expect(start).toHaveValue('01.12.2020');
  await saved(page);
  expect((await storedCommitment(page)).startDate).toBe('2020-12-01');

  // An impossible day stays in the box with a message; the saved date is kept.
  await end.fill('2022-06-30');
  await saved(page);
  await end.press('Control+A');
  await end.pressSequentially('30.02.2021');
  await end.press('Tab');
  await expect(end).toHaveValue('30.02.2021');
  await expect(planning.getByText('Kjo nuk është datë e vlefshme. Shkruani datën si dd.mm.vvvv, p.sh. 15.01.2021.')).toBeVisible();
  await expect(end).toHaveAttribute('aria-invalid', 'true');
  expect((await storedCommitment(page)).endDate).toBe('2022-06-30');

  // An end before the start is said at both date boxes.
  await end.fill('1.10.2020');
  await end.press('Tab');
  await expect(end).toHaveValue('01.10.2020');
  await expect(planning.getByText('Data e përfundimit është para datës së fillimit (01.12.2020).')).toBeVisible();
  await expect(planning.getByText('Data e fillimit është pas datës së përfundimit (01.10.2020).')).toBeVisible();

  // The calendar, by keyboard: Alt+↓ opens it on the chosen day, Esc goes back to the box; the arrows move, Enter picks.
  await end.focus();
  await page.keyboard.press('Alt+ArrowDown');
  const calendar = page.getByRole('dialog', { name: 'Zgjidhni në kalendar: Data e përfundimit' });
  await expect(calendar).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(calendar).toBeHidden();
  await expect(end).toBeFocused();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(calendar.getByText('tetor 2020')).toBeVisible();
  await page.screenshot({ path: 'test-results/artifacts/date-calendar-sq.png' });
  // Nine weeks on from 1 October 2020.
  for (let week = 0; week < 9; week++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(calendar).toBeHidden();
  await expect(end).toBeFocused();
  await expect(end).toHaveValue('03.12.2020');
  await expect(planning.getByText('Data e përfundimit është para datës së fillimit (01.12.2020).')).toBeHidden();
  await saved(page);
  expect((await storedCommitment(page)).endDate).toBe('2020-12-03');

  // Amounts in the Albanian form are accepted and shown grouped, with the currency as it is written.
  const amount = page.getByRole('textbox', { name: 'Shuma e buxhetit', exact: true });
  await amount.fill('1.500.000,50');
  await amount.press('Tab');
  await expect(amount).toHaveValue('1.500.000,50');
  await saved(page);
  expect((await storedCommitment(page)).budget.amount).toBe(1_500_000.5);
  await amount.fill('2500000');
  await amount.press('Tab');
  await expect(amount).toHaveValue('2.500.000');
  await expect(planning.getByText('lekë', { exact: true })).toBeVisible();
  await saved(page);

  // The same values in the English interface: the date reads the same, the amount takes English marks.
  await page.getByRole('group', { name: 'Gjuha' }).getByRole('button', { name: 'English' }).click();
  await expect(section(page, 'planning').getByRole('textbox', { name: 'Start date', exact: true })).toHaveValue('01.12.2020');
  await expect(page.getByRole('textbox', { name: 'Budget amount', exact: true })).toHaveValue('2,500,000');
  await page.reload();
  await expect(section(page, 'planning').getByRole('textbox', { name: 'End date', exact: true })).toHaveValue('03.12.2020');
  await expect(page.getByRole('textbox', { name: 'Budget amount', exact: true })).toHaveValue('2,500,000');
});

test('a commitment with 160 milestones: a search hit and a link focus a field of milestone 150, the cards keep their keyboard use and names', async ({ page, plani }) => {
  test.setTimeout(180_000);
  await createWorkspace(page, plani.url);
  const token = (await page.locator('meta[name="plani-token"]').getAttribute('content')) ?? '';
  const api = async (method: string, input: unknown) => {
    const r = await page.request.post(new URL(`/api/${method}`, page.url()).toString(), { headers: { 'X-Plani-Token': token }, data: input });
    const body = (await r.json()) as { ok: boolean; value: { id: string } };
    expect(body.ok, `${method}: ${JSON.stringify(body)}`).toBe(true);
    return body.value;
  };
  const c = await api('commitment.create', { componentCode: 'anti-corruption', title: { sq: 'Angazhim me shumë hapa', en: 'Many milestones' } });
  const ids: string[] = [];
  for (let i = 1; i <= 160; i++) {
    const m = await api('milestone.create', { commitmentId: c.id });
    ids.push(m.id);
    if (i === 150) await api('milestone.update', { id: m.id, changes: { activity: { sq: 'Rishikimi i rregullores së prokurimit', en: 'Review of the procurement rules' } } });
  }
  await page.reload();

  // A search hit in milestone 150 opens the commitment, that card, and puts the cursor in the field.
  await page.getByRole('combobox', { name: 'Kërko' }).fill('rregullores prokurimit');
  await expect(page.getByRole('option').first()).toContainText('rregullores');
  await page.keyboard.press('Enter');
  const card150 = page.getByRole('region', { name: /^Hapi kyç 150\b/ });
  const activity = card150.getByRole('textbox', { name: 'Aktiviteti (shqip)', exact: true });
  await expect(activity).toBeFocused();
  await expect(activity).toHaveValue('Rishikimi i rregullores së prokurimit');
  await expect(activity).toBeInViewport();

  // Collapsed again, a link to the card's field (what a quality finding follows) opens it once more.
  await page.getByRole('button', { name: /^Hapi kyç 150\b/ }).click();
  await expect(activity).toHaveCount(0);
  await page.getByRole('heading', { level: 1 }).focus();
  const url = new URL(page.url());
  url.hash = `${url.hash.split('?')[0]}?focus=${encodeURIComponent(`milestone:${ids[149]}:deliverable:sq`)}`;
  await page.goto(url.toString());
  const deliverable = card150.getByRole('textbox', { name: 'Produkti i pritshëm (i verifikueshëm) (shqip)', exact: true });
  await expect(deliverable).toBeFocused();
  await expect(deliverable).toBeInViewport();

  // The icon buttons are named, and one tooltip shows the name of the one the keyboard is on.
  const up = page.getByRole('button', { name: 'Lëviz lart hapin kyç 150' });
  await up.focus();
  await expect(page.getByRole('tooltip')).toHaveText('Lëviz lart hapin kyç 150');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Lëviz poshtë hapin kyç 150' })).toBeFocused();
  await expect(page.getByRole('tooltip')).toHaveText('Lëviz poshtë hapin kyç 150');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('tooltip')).toHaveCount(0);
  await expectNoSeriousAxeFindings(page, 'editor with 160 milestones');
});
