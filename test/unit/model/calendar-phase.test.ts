// The calendar phase became bilingual: a bundle or file written before says it
// as one string, and that string must keep reading as the Albanian.
import { describe, expect, it } from 'vitest';
import { SubmissionPayload } from '../../../shared/model/bundle';
import { CalendarItem } from '../../../shared/model/cocreation';
import { syntheticPlan } from '../../fixtures/synthetic-plan';

const item = () => syntheticPlan({ calendar: 1 }).calendar[0]!;

describe('the calendar phase', () => {
  it('is a bilingual line', () => {
    const parsed = CalendarItem.parse({ ...item(), phase: { sq: 'Hartimi', en: 'Drafting' } });
    expect(parsed.phase).toEqual({ sq: 'Hartimi', en: 'Drafting' });
  });

  it('reads a single string from an earlier bundle as the Albanian, with the English empty', () => {
    const payload = {
      commitments: [],
      ideas: [],
      prioritizationRounds: [],
      consultationEvents: [],
      comments: [],
      consultationReports: [],
      calendar: [{ ...item(), phase: 'Çelja e procesit' }],
      attachments: [],
      tombstones: [],
    };
    expect(SubmissionPayload.parse(payload).calendar[0]!.phase).toEqual({ sq: 'Çelja e procesit', en: '' });
  });

  it('refuses what is neither', () => {
    expect(CalendarItem.safeParse({ ...item(), phase: 3 }).success).toBe(false);
    expect(CalendarItem.safeParse({ ...item(), phase: { sq: 'x' } }).success).toBe(false);
  });
});
