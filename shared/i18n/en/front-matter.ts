import type { frontMatter as sq } from '../sq/front-matter';
import type { Catalogue } from '../types';

export const frontMatter: Catalogue<typeof sq> = {
  nav: 'Plan front matter',
  title: 'Plan front matter',
  intro: 'The sections that open the national action plan: the minister’s foreword, the introduction, the development and co-creation process, the Council of Ministers’ approval and the list of abbreviations, and the focal points Annex III names per institution. Every change is saved as it is made; sections left empty are not printed.',
  readOnly: 'The plan’s front matter is written by the Point of Contact (POC). It is shown here as its last feedback bundle brought it.',
  sections: {
    texts: 'Opening texts',
    approval: 'Approval of the plan',
    abbreviations: 'List of abbreviations',
    focalPoints: 'Focal points of the institutions',
  },
  hints: {
    foreword: 'The minister’s statement presenting the plan.',
    introduction: 'The open-government context and Albania’s OGP history.',
    process: 'How the plan was developed and co-created: phases, consultations, participants.',
    decisionNumber: 'As the decision is cited, e.g. 1023.',
    decisionDate: 'dd.mm.yyyy',
  },
  add: { abbreviation: 'Add abbreviation', focalPoint: 'Add focal point' },
  remove: { abbreviation: 'Remove abbreviation {{n}}', focalPoint: 'Remove focal point {{n}}' },
  row: { abbreviation: 'Abbreviation {{n}}', focalPoint: 'Focal point {{n}}' },
  empty: { abbreviations: 'No abbreviations yet.', focalPoints: 'No focal points yet.' },
  chooseInstitution: 'Choose the institution',
  listError: 'This list cannot be saved: {{message}} The values stay in their boxes until they are corrected.',
};
