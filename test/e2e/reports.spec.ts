// The consultation report through the real UI in browser mode: an LFP's
// thematic consultation (three participants, two comments: seeded through
// the API, as a person would have recorded them on the Events tab) has one
// comment decided on screen; the consultation report is created on the
// Reports tab, draws on the event, gets its purpose written in both
// languages; submitting it is refused while the other comment is undecided
// (the refusal lists it, a link to the comment); a text over the limit
// is kept and leaving asks first; that comment is decided
// there, the report is submitted, a photo is attached; the screens are
// axe-clean in Albanian and in English.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expectNoSeriousAxeFindings } from './axe';
import { expect, test } from './fixtures';
import { createWorkspace, PNG_BYTES, saved } from './steps';

async function call<T>(page: Page, method: string, data: unknown): Promise<T> {
  const token = (await page.locator('meta[name="plani-token"]').getAttribute('content')) ?? '';
  const response = await page.request.post(new URL(`/api/${method}`, page.url()).toString(), { headers: { 'X-Plani-Token': token }, data });
  const body = (await response.json()) as { ok: boolean; value?: T; error?: unknown };
  expect(body.ok, `${method}: ${JSON.stringify(body.error)}`).toBe(true);
  return body.value as T;
}

const COMMENTS = ['Të publikohen vendimet e ndihmës juridike.', 'Të hapet një zyrë në çdo bashki.'];

/** The thematic consultation with its three participants and two comments, as the Events tab would have saved them. */
async function seedConsultation(page: Page): Promise<{ eventId: string; commentIds: string[] }> {
  const event = await call<{ id: string }>(page, 'event.create', {
    componentCode: 'access-to-justice',
    fields: { type: 'thematic-consultation', title: { sq: 'Konsultim tematik për ndihmën juridike', en: 'Thematic consultation on legal aid' }, noticeDate: '2020-10-01', date: '2020-10-20' },
  });
  await call(page, 'event.setParticipants', {
    id: event.id,
    participants: [
      { name: 'Drita Çela', organisation: 'Shoqata e Gazetarëve', sector: 'shoqëri civile', gender: 'female', consent: true },
      { name: 'Gëzim Ëmeri', organisation: 'Bashkia Korçë', sector: 'publik', gender: 'male', consent: false },
      { name: 'Arta Kola', organisation: 'Rrjeti i Grave', sector: 'shoqëri civile', gender: 'female', consent: true },
    ],
  });
  const commentIds: string[] = [];
  for (const [i, text] of COMMENTS.entries()) {
    const c = await call<{ id: string }>(page, 'comment.create', { eventId: event.id, fields: { organisation: i === 0 ? 'Shoqata e Gazetarëve' : 'Rrjeti i Grave', text: { sq: text, en: '' } } });
    commentIds.push(c.id);
  }
  return { eventId: event.id, commentIds };
}

/** Decides a comment in its card on the event form, with the reason in both languages; waits until the workspace holds it. */
async function decide(page: Page, eventId: string, n: number, decision: string, reason: [string, string]) {
  const card = page.getByTestId('event-form').getByTestId('comment-card').nth(n);
  await card.getByRole('combobox', { name: 'Vendimi' }).selectOption({ label: decision });
  await card.getByLabel('Arsyeja e vendimit (shqip)', { exact: true }).fill(reason[0]);
  await card.getByLabel('Arsyeja e vendimit (anglisht)', { exact: true }).fill(reason[1]);
  await card.getByLabel('Arsyeja e vendimit (anglisht)', { exact: true }).press('Tab');
  await expect
    .poll(async () => {
      const { comments } = await call<{ comments: { decision: string | null; reason: { sq: string; en: string } }[] }>(page, 'comment.list', { filter: { eventId } });
      const c = comments[n]!;
      return c.decision !== null && c.reason.sq === reason[0] && c.reason.en === reason[1];
    })
    .toBe(true);
}

test('assembles the consultation report, refuses to submit it with an undecided comment, submits it with a photo', async ({ plani, page }) => {
  // Five axe runs and two languages on a machine shared with other work.
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await createWorkspace(page, plani.url);
  const { eventId, commentIds } = await seedConsultation(page);

  // The first comment is decided on the Events tab; the second is left for later.
  await page.getByRole('navigation', { name: 'Komponentët e planit' }).getByRole('link', { name: 'Konsultimet' }).click();
  await page.getByTestId('event-list').getByRole('link', { name: 'Konsultim tematik për ndihmën juridike' }).click();
  await expect(page.getByTestId('event-form').getByTestId('comment-card')).toHaveCount(2);
  await decide(page, eventId, 0, 'Pranuar', ['U përfshi në angazhim.', 'Included in the commitment.']);

  // A new consultation report of Access to justice.
  await page.getByRole('tab', { name: 'Raportet' }).click();
  await expect(page).toHaveURL(/#\/consultation\/reports$/);
  await expect(page.getByText('Ende asnjë raport.')).toBeVisible();
  await page.getByRole('combobox', { name: 'Lloji i raportit të ri' }).selectOption({ label: 'Raporti i konsultimit' });
  await page.getByRole('combobox', { name: 'Komponenti i raportit të ri' }).selectOption({ label: '3. Aksesi në Drejtësi' });
  await page.getByRole('button', { name: 'Raport i ri' }).click();
  const form = page.getByTestId('report-form');
  await expect(form.getByRole('heading', { level: 2 })).toHaveText('Raporti i konsultimit — 3. Aksesi në Drejtësi');
  await expect(form.getByLabel('Qëllimi (shqip)', { exact: true })).toBeFocused();
  await page.keyboard.type('Të mblidhen komentet për draftin e angazhimeve të drejtësisë.');
  await form.getByLabel('Qëllimi (anglisht)', { exact: true }).fill('To collect comments on the draft justice commitments.');
  await form.getByRole('checkbox', { name: /Konsultim tematik për ndihmën juridike \(20\.10\.2020\)/ }).check();
  await saved(page);

  // What the records say, beside the text: three participants, one response, one comment waiting.
  const participation = form.getByTestId('participation-table');
  await expect(participation.getByRole('row', { name: /Të gjithë/ })).toContainText('3');
  await expect(form.getByTestId('assembled-participation')).toContainText('Drita Çela');
  await expect(form.getByTestId('assembled-participation')).not.toContainText('Gëzim Ëmeri');
  await expect(form.getByTestId('response-table').getByRole('row')).toHaveCount(2);
  await expect(form.getByTestId('response-table')).toContainText('U përfshi në angazhim.');
  await expect(form.getByTestId('assembled-undecided')).toContainText(COMMENTS[1]!);
  await expectNoSeriousAxeFindings(page, 'consultation report form');

  // A text over the limit is refused at its box and kept: leaving the report asks first.
  const findings = form.getByLabel('Gjetjet (anglisht)', { exact: true });
  await findings.fill('x'.repeat(10_001));
  await expect(form.getByText(/10\.000/).first()).toBeVisible();
  await page.getByRole('tab', { name: 'Takimet' }).click();
  const leave = page.getByRole('alertdialog', { name: 'Të largoheni nga raporti?' });
  await expect(leave).toContainText('Gjetjet');
  await leave.getByRole('button', { name: 'Qëndro dhe korrigjo' }).click();
  await expect(page).toHaveURL(/#\/consultation\/report\//);
  await expect(findings).toHaveValue('x'.repeat(10_001));
  await findings.fill('Strong demand for open court data.');
  await saved(page);

  // Submitting is refused while a comment is undecided: the refusal names it, a link to it.
  await form.getByTestId('report-submit').click();
  const refusal = form.getByTestId('report-refusal');
  await expect(refusal).toContainText('Raporti nuk u dorëzua: këto komente nuk kanë ende vendim.');
  const link = refusal.getByRole('link', { name: COMMENTS[1]! });
  await expect(link).toBeVisible();
  await expect(form.getByTestId('report-status')).toHaveText('Draft');
  await expectNoSeriousAxeFindings(page, 'report submission refused');

  // The link opens the comment in its event, where it is decided.
  await link.click();
  await expect(page).toHaveURL(new RegExp(`#/consultation/${eventId}\\?focus=comment`));
  await expect(page.getByTestId('event-form').getByLabel('Komenti ose rekomandimi (shqip)', { exact: true }).nth(1)).toBeFocused();
  expect(await page.getByTestId('event-form').getByLabel('Komenti ose rekomandimi (shqip)', { exact: true }).nth(1).getAttribute('id')).toContain(commentIds[1]!);
  await decide(page, eventId, 1, 'Nuk u pranua', ['Jashtë fushës së planit.', 'Outside the plan’s scope.']);

  // Back to the report: nothing is left undecided, and it is submitted.
  await page.getByRole('tab', { name: 'Raportet' }).click();
  await page.getByTestId('report-list').getByRole('link', { name: /Raporti i konsultimit/ }).click();
  await expect(form.getByTestId('assembled-undecided')).toContainText('Çdo koment i ngjarjeve të zgjedhura ka vendim.');
  await expect(form.getByTestId('response-table').getByRole('row')).toHaveCount(3);
  await expect(form.getByLabel('Qëllimi (anglisht)', { exact: true })).toHaveValue('To collect comments on the draft justice commitments.');
  await form.getByTestId('report-submit').click();
  await expect(form.getByTestId('report-status')).toHaveText('Dorëzuar');
  await expect(form.getByText('Raporti është dorëzuar dhe nuk ndryshohet. Për ta ndryshuar, kthejeni në draft.')).toBeVisible();
  await expect(form.getByLabel('Qëllimi (shqip)', { exact: true })).toHaveAttribute('readonly', '');
  await expect(page.getByTestId('report-counts')).toContainText('Dorëzuar: 1');

  // A photo of the meeting, attached to the report by keyboard.
  const photo = join(plani.workspaceDir, '..', 'konsultimi.png');
  writeFileSync(photo, PNG_BYTES);
  await form.getByRole('button', { name: 'Bashkëngjit skedar…' }).focus();
  const choosing = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  await (await choosing).setFiles(photo);
  await expect(form.getByRole('region', { name: 'Bashkëngjitjet' }).getByRole('button', { name: 'konsultimi.png', exact: true })).toBeVisible();
  await expectNoSeriousAxeFindings(page, 'submitted report with a photo');

  // The same screen in English.
  await page.getByRole('group', { name: 'Gjuha' }).getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('tab', { name: 'Reports' })).toHaveAttribute('aria-selected', 'true');
  await expect(form.getByRole('heading', { level: 2 })).toHaveText('Consultation report — 3. Access to Justice');
  await expect(form.getByTestId('report-status')).toHaveText('Submitted');
  await expect(form.getByLabel('Purpose (English)', { exact: true })).toHaveValue('To collect comments on the draft justice commitments.');
  await expect(form.getByTestId('response-table')).toContainText('Outside the plan’s scope.');
  await expect(form.getByRole('button', { name: 'Set back to draft' })).toBeVisible();
  await expect(form.getByRole('region', { name: 'Attachments' }).getByRole('button', { name: 'konsultimi.png', exact: true })).toBeVisible();
  await expectNoSeriousAxeFindings(page, 'submitted report in English');
});
