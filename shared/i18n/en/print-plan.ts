import type { printPlan as sq } from '../sq/print-plan';
import type { Catalogue } from '../types';

export const printPlan: Catalogue<typeof sq> = {
  cover: {
    country: 'Republic of Albania',
    ogp: 'Open Government Partnership',
    period: 'Period {{start}} – {{end}}',
    preparedBy: 'Prepared by',
    lfpShare: "The institution's share for:",
    componentOnly: 'This edition covers only:',
    dataDate: 'Data as of {{date}}',
  },
  edition: {
    sq: 'Albanian edition',
    en: 'English edition',
    bilingual: 'Bilingual edition',
  },
  contents: 'Contents',
  introduction: 'Introduction',
  intro: {
    policyGoal: 'Policy goal',
    leadInstitutions: 'Lead institutions',
    commitments: 'Commitments of the component',
    commitment: 'Commitment',
    leadInstitution: 'Lead institution',
    dates: 'Implementation period',
  },
};
