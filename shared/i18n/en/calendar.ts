import type { Catalogue } from '../types';
import type { calendar as sqCalendar } from '../sq/calendar';

export const calendar: Catalogue<typeof sqCalendar> = {
  nav: 'Calendar',
  title: 'Process calendar',
  intro:
    'The calendar of the action plan’s finalization process (Annex V): its phases, deadlines and who is responsible. The Point of Contact keeps the items of the whole process; each institution keeps those of its own component (its consultations, its drafting deadlines) and reads the others.',
  readOnlyHere: 'Other institutions’ items are shown read-only.',
  readOnly: 'This item belongs to {{owner}}: you can read it but not change it.',
  untitled: '(untitled)',
  phase: {
    launch: 'Launch of the process',
    'pre-consultation': 'Pre-consultation',
    'thematic-consultations': 'Thematic consultations',
    drafting: 'Drafting',
    prioritization: 'Prioritization',
    validation: 'Validation',
    submission: 'Submission to OGP',
    adoption: 'Adoption',
    other: 'Other phase',
  },
  status: { planned: 'Planned', 'in-progress': 'In progress', done: 'Done', late: 'Late' },
  field: {
    phase: 'Phase',
    title: 'Activity',
    responsible: 'Responsible (institution or role)',
    start: 'Start',
    due: 'Due',
    status: 'Status',
    notes: 'Notes',
    owner: 'Kept by',
  },
  lateHint: 'The due date {{due}} has passed and the item is not done.',
  tabs: { label: 'Calendar view', table: 'Table', timeline: 'Timeline' },
  actions: {
    new: 'New item',
    delete: 'Delete item',
    close: 'Close',
    exportIcs: 'Export .ics',
    exported: 'The calendar was saved: {{file}}',
  },
  remove: { title: 'Delete the item?', body: 'The item “{{title}}” is removed from the calendar. The next bundle carries the deletion to the other side.' },
  table: { label: 'Calendar items', none: 'The calendar has no items yet.', sortBy: 'Sort by: {{column}}' },
  timeline: {
    label: 'Timeline of the process by phase',
    today: 'Today, {{date}}',
    undated: 'Undated',
    bar: '{{title}}: {{start}} – {{due}}, {{status}}',
  },
  ics: { name: 'OGP process calendar {{cycle}}' },
};
