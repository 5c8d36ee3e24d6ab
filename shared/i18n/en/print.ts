import type { print as sqPrint } from '../sq/print';
import type { Catalogue } from '../types';
import { printCocreation } from './print-cocreation';
import { printPlan } from './print-plan';

export const print: Catalogue<typeof sqPrint> = {
  ...printCocreation,
  plan: printPlan,
  annex: {
    institutions: 'Annex III — Lead institutions by component',
    'action-plan': 'Annex VI/VII — Action plan',
    indicators: 'Annex IX — Indicators',
    calendar: 'Annex V — Calendar of the finalization process',
    prioritization: 'Prioritization matrix',
    consultation: 'Consultation report',
    plan: 'National action plan',
  },
  footer: {
    page: 'Page {{page}} of {{pages}}',
    dataAsOf: 'Data as of {{date}}',
  },
  missingTranslation: '[translation missing]',
  /** What a field nobody filled in prints as in a draft (a final print leaves it out). */
  notFilled: 'not filled in',
  /** On every page of a draft. */
  draftMark: 'DRAFT',
  /** A Sustainable Development Goal: its number and name. */
  sdg: '{{number}}. {{goal}}',
  notSet: '—',
  component: 'Component {{number}}: {{title}}',
  noCommitments: 'This component has no commitments yet.',
  noMilestones: 'This commitment has no milestones yet.',
  noIndicators: 'This commitment has no indicators yet.',
  dates: 'Implementation period',
  dateRange: '{{start}} – {{end}}',
  columns: {
    number: 'No.',
    componentNumber: 'Component no.',
    componentTitle: 'Component',
    leadInstitutions: 'Lead institutions',
    baseline: 'Baseline value (year)',
    target: 'Target {{year}}',
  },
};
