import type { Catalogue } from '../types';
import type { quality as sqquality } from '../sq/quality';

export const quality: Catalogue<typeof sqquality> = {
  'commitment-count': 'The plan has {{total}} commitments; OGP recommends {{min}} to {{max}} commitments per plan.',
  'report-undecided-comments': '$t(reports.kind.{{kind}}): {{count}} comments of its events are still undecided; the report cannot be submitted until each is decided.',
  'required-text': 'Fill in "{{field}}": a required field of the commitment template, in both languages.',
  'ogp-value-relevance':
    'Choose at least one OGP value (transparency, civic participation or public accountability) and explain under "Relevance to OGP values" how the commitment advances it.',
  'ogp-value-core':
    'The IRM counts technology & innovation and inclusion only on top of transparency, civic participation or public accountability: add one of those.',
  'lead-institution': 'Choose the lead implementing institution from the list of institutions.',
  'commitment-dates': 'Fill in "{{field}}": a commitment needs dates within the plan period.',
  'commitment-date-order': 'The commitment ends ({{end}}) before it starts ({{start}}).',
  'commitment-in-cycle': '"{{field}}" ({{date}}) falls outside the plan period ({{cycleStart}} – {{cycleEnd}}).',
  'contact-email': 'The e-mail address "{{value}}" is not valid.',
  'contact-required': 'Fill in "{{field}}" so the IRM and the public know whom to contact.',
  'budget-amount': "No budget amount is given: without it, whether the commitment can be carried out is hard to judge.",
  'milestone-required': 'The commitment has no milestone: add at least one, with a verifiable deliverable and dates.',
  'milestone-activity': 'Milestone {{seq}}: describe the activity (required in both languages).',
  'milestone-deliverable':
    'Milestone {{seq}}: state the verifiable deliverable (e.g. "report published on the official website") in both languages, so the IRM can verify it.',
  'milestone-dates': 'Milestone {{seq}}: "{{field}}" is missing.',
  'milestone-date-order': 'Milestone {{seq}} ends ({{end}}) before it starts ({{start}}).',
  'milestone-in-commitment':
    "Milestone {{seq}}: \"{{field}}\" ({{date}}) falls outside the commitment's period ({{commitmentStart}} – {{commitmentEnd}}).",
  'milestone-in-cycle': 'Milestone {{seq}}: "{{field}}" ({{date}}) falls outside the plan period ({{cycleStart}} – {{cycleEnd}}).',
  'milestone-responsible': 'Milestone {{seq}}: no responsible institution is set.',
  'indicator-required': 'The commitment has no indicator: add at least one, with a baseline and a target.',
  'indicator-name': 'Indicator {{seq}}: write its name (required in both languages).',
  'indicator-baseline-target':
    'Indicator {{seq}}: "{{field}}" is missing. Every indicator needs a baseline (value and year) and at least one target.',
  'target-year-in-cycle': 'Indicator {{seq}}: the target year {{year}} falls outside the plan period ({{startYear}}–{{endYear}}).',
  'idea-reasoned-response':
    'A decision was taken on this idea, but the reasoned response, given in both languages, is missing (OGP minimum requirement 4.1).',
  'idea-commitment-link': 'The idea is marked adopted or merged but does not say which commitment it went into.',
  'idea-commitment-deleted': 'The idea is marked adopted or merged into a commitment that is no longer in the plan (it was deleted). Decide the idea again.',
  'idea-undecided': 'The idea was received on {{received}} ({{days}} days ago) and is still undecided; its author expects an answer within {{max}} days.',
  'round-weights': 'The round’s criterion weights add up to {{sum}} %, not 100 %. Normalise them in the round’s criteria.',
  'consultation-notice':
    'Notice of the event was given {{days}} days ahead ({{noticeDate}} for {{date}}); at least {{min}} days are recommended.',
  'consultation-notice-missing':
    'The event on {{date}} has no notice date: notify the public by {{deadline}} (at least {{min}} days ahead).',
  'feedback-overdue': 'Item {{n}} of the POC’s feedback was due on {{due}} and is not resolved yet: reply to it and mark it resolved, or agree a new due date with the POC.',
  'comment-reason': 'This comment has been decided but its reason is missing; the reason is given in both languages, so that whoever made the comment learns why it was or was not accepted.',
  field: {
    idea: {
      status: 'Decision',
      reasonedResponse: 'Reasoned response',
      commitmentId: 'Commitment it went into',
    },
    'consultation-event': {
      noticeDate: 'Notice date',
    },
    comment: {
      reason: 'Reason for the decision',
    },
    'consultation-report': { events: 'The report’s events' },
    'prioritization-round': {
      criteria: 'Criteria of the round',
    },
  },
};
