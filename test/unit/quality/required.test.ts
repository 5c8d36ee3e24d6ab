// The form's required marks come from the blocking checks themselves.
import { describe, expect, it } from 'vitest';
import { REQUIRED_TEXT_FIELDS } from '../../../shared/quality';
import { isRequiredField, requiredFieldList } from '../../../shared/quality/required';

describe('required fields', () => {
  it('are the fields a blocking check reports on an empty record', () => {
    expect(requiredFieldList()).toEqual(
      [
        ...REQUIRED_TEXT_FIELDS.map((f) => `commitment:${f}`),
        'commitment:ogpValues',
        'commitment:leadInstitution',
        'commitment:startDate',
        'commitment:endDate',
        'commitment:milestones',
        'commitment:indicators',
        'milestone:activity',
        'milestone:deliverable',
        'milestone:startDate',
        'milestone:endDate',
        'indicator:name',
        'indicator:baseline.value',
        'indicator:baseline.year',
        'indicator:targets',
      ].sort(),
    );
  });

  it('leave out what a check only warns about', () => {
    expect(isRequiredField('commitment', 'budget.amount')).toBe(false);
    expect(isRequiredField('commitment', 'contact.email')).toBe(false);
    expect(isRequiredField('milestone', 'responsibleInstitution')).toBe(false);
    expect(isRequiredField('commitment', 'causes')).toBe(false);
    expect(isRequiredField('commitment', 'title')).toBe(true);
    expect(isRequiredField('milestone', 'endDate')).toBe(true);
  });
});
