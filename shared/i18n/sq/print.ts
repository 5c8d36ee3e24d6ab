import { printCocreation } from './print-cocreation';
import { printPlan } from './print-plan';

// Labels of the printed annexes (PDF) that are not field labels of model.*.
export const print = {
  ...printCocreation,
  plan: printPlan,
  annex: {
    institutions: 'Aneksi III — Institucionet udhëheqëse sipas komponentit',
    'action-plan': 'Aneksi VI/VII — Plani i veprimit',
    indicators: 'Aneksi IX — Treguesit',
    calendar: 'Aneksi V — Kalendari i procesit të finalizimit',
    prioritization: 'Matrica e prioritizimit',
    consultation: 'Raporti i konsultimit',
    plan: 'Plani kombëtar i veprimit',
  },
  footer: {
    page: 'Faqe {{page}} nga {{pages}}',
    dataAsOf: 'Të dhënat më {{date}}',
  },
  missingTranslation: '[mungon përkthimi]',
  /** What a field nobody filled in prints as in a draft (a final print leaves it out). */
  notFilled: 'pa plotësuar',
  /** On every page of a draft. */
  draftMark: 'PROJEKT',
  /** A Sustainable Development Goal: its number and name. */
  sdg: '{{number}}. {{goal}}',
  notSet: '—',
  component: 'Komponenti {{number}}: {{title}}',
  noCommitments: 'Ky komponent nuk ka ende angazhime.',
  noMilestones: 'Ky angazhim nuk ka ende hapa kyç.',
  noIndicators: 'Ky angazhim nuk ka ende tregues.',
  dates: 'Periudha e zbatimit',
  dateRange: '{{start}} – {{end}}',
  columns: {
    number: 'Nr.',
    componentNumber: 'Nr. i komponentit',
    componentTitle: 'Komponenti',
    leadInstitutions: 'Institucionet udhëheqëse',
    baseline: 'Vlera bazë (viti)',
    target: 'Synimi {{year}}',
  },
};
