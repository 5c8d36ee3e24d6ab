// ogp-drafter calendar list | export (and its older name ics), in-process against a real workspace:
// the list as text (late said in words) and as JSON, the .ics written in the
// language of --lang; a missing --out is a usage mistake (exit 2).
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPlani } from '../../../electron/services/app';
import { type Sandbox, sandbox } from './run';

let sb: Sandbox;
beforeEach(() => {
  sb = sandbox();
});
afterEach(() => sb.cleanup());

async function calendarWorkspace(): Promise<string> {
  expect((await sb.run(['init', '--role', 'poc', '--institution', 'POC', '--workspace', sb.ws()])).code).toBe(0);
  const plani = createPlani({ mode: 'cli', workspaceDir: sb.ws(), keyringDir: sb.env.PLANI_KEYRING_DIR! });
  try {
    const made = await plani.call('calendar.create', { fields: { phase: 'validation', title: { sq: 'Takimi i vlerësimit në Korçë', en: 'Validation meeting in Korçë' }, start: '2020-11-02', due: '2020-11-03', responsible: 'MSF' } });
    if (!made.ok) throw new Error(JSON.stringify(made.error));
    return (made.value as { id: string }).id;
  } finally {
    await plani.close();
  }
}

describe('ogp-drafter calendar', () => {
  it('lists the items, late in words, and as JSON', async () => {
    const id = await calendarWorkspace();
    const text = await sb.ok(['calendar', 'list', '--workspace', sb.ws(), '--lang', 'en']);
    expect(text.stdout).toContain('Validation');
    expect(text.stdout).toContain('02.11.2020 – 03.11.2020');
    expect(text.stdout).toContain('Late');
    expect(text.stdout).toContain('Validation meeting in Korçë');
    const json = JSON.parse((await sb.ok(['calendar', 'list', '--workspace', sb.ws(), '--json'])).stdout);
    expect(json.items).toMatchObject([{ id, late: true, status: 'planned', responsible: 'MSF' }]);
  });

  it('writes the .ics in the chosen language; without --out it is a usage mistake', async () => {
    await calendarWorkspace();
    const file = sb.file('kalendari.ics');
    const out = await sb.ok(['calendar', 'ics', '--out', file, '--workspace', sb.ws(), '--lang', 'sq']);
    expect(out.stdout).toContain(`Kalendari (1 veprimtari me data) u shkrua në ${file}.`);
    const ics = readFileSync(file, 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n /g, '')).toContain('SUMMARY:Takimi i vlerësimit në Korçë');
    expect((await sb.run(['calendar', 'ics', '--workspace', sb.ws()])).code).toBe(2);
  });

  it('calendar export --out FILE.ics writes the same file as calendar ics, and reports it as JSON', async () => {
    await calendarWorkspace();
    const file = sb.file('calendar.ics');
    const out = JSON.parse((await sb.ok(['calendar', 'export', '--out', file, '--workspace', sb.ws(), '--lang', 'en', '--json'])).stdout);
    expect(out).toMatchObject({ file, events: 1 });
    const ics = readFileSync(file, 'utf8');
    expect(out.bytes).toBe(Buffer.byteLength(ics, 'utf8'));
    // Read back by a real iCalendar parser: one all-day event, DTEND the day after the due date.
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events.map((e) => [e.summary, e.startDate.toString(), e.endDate.toString(), e.startDate.isDate])).toEqual([['Validation meeting in Korçë', '2020-11-02', '2020-11-04', true]]);
    const old = sb.file('old.ics');
    await sb.ok(['calendar', 'ics', '--out', old, '--workspace', sb.ws(), '--lang', 'en']);
    expect(readFileSync(old, 'utf8')).toBe(ics);
    expect((await sb.run(['calendar', 'export', '--workspace', sb.ws()])).code).toBe(2);
    expect((await sb.run(['calendar', 'export', '--out', sb.file('no/such/folder/x.ics'), '--workspace', sb.ws()])).code).not.toBe(0);
  });
});
