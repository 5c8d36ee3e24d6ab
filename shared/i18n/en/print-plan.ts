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
  sources: {
    title: 'Sources of the data',
    received: 'This document was printed from the workspace of {{institution}}, with the data of the following signed bundles, verified and imported (the latest from each institution):',
    none: 'This document was printed from the workspace of {{institution}}; no signed bundle has been imported into it yet.',
    institution: 'Institution',
    seq: 'Bundle no.',
    manifest: 'Manifest fingerprint (SHA-256, first 16 digits)',
    accepted: 'Imported on',
  },
};
