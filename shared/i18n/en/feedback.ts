import type { Catalogue } from '../types';
import type { feedback as sqFeedback } from '../sq/feedback';

export const feedback: Catalogue<typeof sqFeedback> = {
  nav: 'Feedback follow-up',
  title: 'POC feedback by institution',
  intro: 'Every feedback framework you have written, with the items still open, past their due date or resolved by the institution.',
  panel: {
    heading: 'POC feedback framework',
    intro: 'Rate each check of the framework, write the comment and the required action with its due date; the feedback goes to the institution in the next feedback bundle.',
    introLfp: 'The POC’s feedback on {{what}}. Reply to each item and mark it resolved; your replies go to the POC in your next bundle.',
    none: 'No feedback has been written on {{what}} yet.',
    noneLfp: 'The POC has not sent feedback on {{what}} yet.',
    what: { commitment: 'this commitment', 'consultation-report': 'this report', idea: 'this idea', milestone: 'this milestone', indicator: 'this indicator' },
    start: 'Start feedback',
    item: 'Item {{n}}',
    counts: '{{open}} open, {{overdue}} overdue, {{resolved}} resolved, {{met}} met, {{unrated}} not rated',
    ratingNone: 'Not rated',
    noValue: '—',
  },
  field: {
    check: 'Check',
    rating: 'Rating',
    comment: 'Comment',
    requiredAction: 'Required action',
    dueDate: 'Due date',
    overall: 'Overall assessment',
    reply: 'Institution’s reply',
    resolved: 'Resolved',
  },
  state: {
    met: 'Met',
    open: 'Open',
    overdue: 'Overdue',
    resolved: 'Resolved',
    unrated: 'Not rated',
  },
  stateLabel: 'Status: {{state}}',
  due: 'due {{date}}',
  overview: {
    none: 'You have not written any feedback yet. Open an institution’s commitment and choose “Start feedback” below it.',
    counts: 'Items by status',
    entries: 'Feedback for {{institution}}',
    report: 'Consultation report',
    untitled: '(untitled)',
  },
  diff: {
    item: 'Item {{n}}: {{field}}',
    yes: 'Yes',
    no: 'No',
  },
};
