// The consultation checks over what the services saved: the 14-day notice
// (warning) and a decided comment without its reason in both languages
// (blocking), read by the plan-wide quality report.
import { afterEach, describe, expect, it } from 'vitest';
import { type TempWorkspace, tempWorkspace, ticking } from '../../helpers/temp-workspace';

let ws: TempWorkspace;
afterEach(async () => {
  await ws?.cleanup();
});

describe('consultation quality checks', () => {
  it('warns of a notice given less than 14 days ahead, not of one given 14 days ahead', async () => {
    ws = await tempWorkspace({ role: 'lfp', institution: 'MD' }, ticking());
    const short = await ws.ok('event.create', { componentCode: 'access-to-justice', fields: { noticeDate: '2020-10-07', date: '2020-10-20' } });
    await ws.ok('event.create', { componentCode: 'access-to-justice', fields: { noticeDate: '2020-10-06', date: '2020-10-20' } });
    const report = await ws.ok('quality.plan', {});
    const notices = report.findings.filter((f) => f.checkId === 'consultation-notice');
    expect(notices.map((f) => [f.target.id, f.severity, f.params])).toEqual([[short.id, 'warning', expect.objectContaining({ days: 13, min: 14 })]]);
  });

  it('blocks a decided comment whose reason is missing in a language, until it is given', async () => {
    ws = await tempWorkspace({ role: 'lfp', institution: 'MD' }, ticking());
    const ev = await ws.ok('event.create', { componentCode: 'access-to-justice' });
    const c = await ws.ok('comment.create', { eventId: ev.id, fields: { text: { sq: 'Koment' } } });
    await ws.ok('comment.decide', { id: c.id, decision: 'accepted', reason: { sq: 'U pranua' } });
    const reasons = async () => (await ws.ok('quality.plan', {})).findings.filter((f) => f.checkId === 'comment-reason');
    expect((await reasons()).map((f) => [f.target.id, f.target.lang, f.severity, f.target.componentCode])).toEqual([[c.id, 'en', 'blocking', 'access-to-justice']]);
    await ws.ok('comment.decide', { id: c.id, decision: 'accepted', reason: { en: 'Accepted' } });
    expect(await reasons()).toEqual([]);
  });
});
