// Manual try in browser mode: POC workspace, calendar with a bad date, reference data, backups, in sq and en.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
const dir = mkdtempSync(join(tmpdir(), 'try-'));
const env = { ...process.env, PLANI_KEYRING_DIR: join(dir, 'keys') };
execFileSync('node', ['dist/node/cli.cjs', 'init', '--role', 'poc', '--institution', 'POC', '--workspace', join(dir, 'ws')], { env });
const srv = spawn('node', ['dist/node/cli.cjs', 'serve', '--workspace', join(dir, 'ws'), '--port', '0', '--json'], { env });
const url = await new Promise((res) => { let b = ''; srv.stdout.on('data', (d) => { b += d; const m = /"url"\s*:\s*"([^"]+)"/.exec(b); if (m) res(m[1]); }); });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
const errors = [];
page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
await page.goto(url);
await page.waitForTimeout(4000);
await page.screenshot({ path: '.try/01-home.png' });
const base = url.split('?')[0].replace(/\/$/, '');
for (const [name, hash] of [['calendar', '#/calendar'], ['reference', '#/reference'], ['backups', '#/backups'], ['poc-feedback', '#/poc-feedback']]) {
  await page.evaluate((h) => { location.hash = h; }, hash);
  await page.waitForTimeout(2500);
  await page.screenshot({ path: `.try/02-${name}.png` });
}
// Calendar: new item with due before start
await page.evaluate(() => { location.hash = '#/calendar'; });
await page.waitForTimeout(1500);
const btn = page.getByRole('button', { name: /Veprimtari e re|New item|Shto/i }).first();
if (await btn.count()) { await btn.click(); await page.waitForTimeout(1500); }
await page.screenshot({ path: '.try/03-calendar-new.png' });
await page.getByLabel(/Veprimtaria \(shqip\)/).fill('Takimi i validimit me shoqërinë civile');
await page.getByLabel(/^Fillimi/).fill('10.05.2021');
await page.getByLabel(/^Fillimi/).press('Tab');
await page.getByLabel(/^Afati/).fill('01.05.2021');
await page.getByLabel(/^Afati/).press('Tab');
await page.waitForTimeout(1500);
await page.screenshot({ path: '.try/04-calendar-bad.png' });
await page.getByRole('button', { name: 'English' }).click();
await page.waitForTimeout(1500);
await page.screenshot({ path: '.try/05-calendar-bad-en.png' });
await page.reload();
await page.waitForTimeout(4000);
await page.screenshot({ path: '.try/06-after-reload.png' });
console.log(JSON.stringify({ url, errors: errors.slice(0, 10) }));
await browser.close(); srv.kill();
