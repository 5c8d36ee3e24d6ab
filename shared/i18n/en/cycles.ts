import type { Catalogue } from '../types';
import type { cycles as sqCycles } from '../sq/cycles';

export const cycles: Catalogue<typeof sqCycles> = {
  switcher: 'Cycle: {{id}}',
  switcherLabel: 'Plan cycle: {{id}}. Change the cycle',
  menuLabel: 'Plan cycles',
  entry: '{{id}} — plan no. {{number}}',
  earlierTag: 'earlier',
  start: 'Start a new cycle…',
  readOnlyTitle: 'Earlier cycle: read-only',
  readOnly: 'You are viewing cycle {{cycle}}. It can be read and printed, not changed; drafting goes on in cycle {{open}}.',
  backToOpen: 'Go to cycle {{open}}',
  dialog: {
    title: 'Start a new cycle',
    intro:
      'The new cycle takes the components and lead institutions of cycle {{from}} (to edit) and your calendar items, with their dates moved to the new period. Commitments are not copied: institutions can carry a commitment forward into the new cycle. The new cycle becomes the current one.',
    id: 'Cycle id',
    idHint: 'Its first and last year, e.g. 2023-2025',
    periodStart: 'Period start',
    periodEnd: 'Period end',
    dateHint: 'DD.MM.YYYY',
    number: 'Plan number',
    numberHint: 'The 2020-2022 plan is the 5th',
    badDate: 'Type a date like 01.09.2023.',
    badNumber: 'Type a whole number from 1 to 99.',
    required: 'This field is required.',
    submit: 'Start the cycle',
    cancel: 'Cancel',
    started: 'Cycle {{id}} has started and is now the current cycle.',
  },
  carry: {
    action: 'Carry forward to {{cycle}}',
    done: 'The commitment was carried forward to cycle {{cycle}} as a draft.',
    from: 'Carried forward from: {{title}} ({{cycle}})',
    fromMissing: 'Carried forward from a commitment of an earlier cycle',
  },
};
