// The "Hyrja e planit" screen: the front matter the POC writes.
export const frontMatter = {
  nav: 'Hyrja e planit',
  title: 'Hyrja e planit',
  intro: 'Pjesët që hapin planin kombëtar të veprimit: parathënia e ministrit, hyrja, procesi i hartimit dhe i bashkëkrijimit, miratimi nga Këshilli i Ministrave dhe lista e shkurtimeve, si dhe pikat fokale që Aneksi III i emërton sipas institucioneve. Çdo ndryshim ruhet menjëherë; pjesët e lëna bosh nuk printohen.',
  readOnly: 'Hyrjen e planit e shkruan Pika e Kontaktit (POC). Këtu shihet ashtu siç e solli paketa e fundit e komenteve të saj.',
  sections: {
    texts: 'Tekstet hyrëse',
    approval: 'Miratimi i planit',
    abbreviations: 'Lista e shkurtimeve',
    focalPoints: 'Pikat fokale të institucioneve',
  },
  hints: {
    foreword: 'Deklarata e ministrit që e paraqet planin.',
    introduction: 'Konteksti i qeverisjes së hapur dhe historia e Shqipërisë në OGP.',
    process: 'Si u hartua dhe u bashkëkrijua plani: fazat, konsultimet, pjesëmarrësit.',
    decisionNumber: 'Siç citohet vendimi, p.sh. 1023.',
    decisionDate: 'dd.mm.vvvv',
  },
  add: { abbreviation: 'Shto shkurtim', focalPoint: 'Shto pikë fokale' },
  remove: { abbreviation: 'Hiq shkurtimin {{n}}', focalPoint: 'Hiq pikën fokale {{n}}' },
  row: { abbreviation: 'Shkurtimi {{n}}', focalPoint: 'Pika fokale {{n}}' },
  empty: { abbreviations: 'Ende nuk ka shkurtime.', focalPoints: 'Ende nuk ka pika fokale.' },
  chooseInstitution: 'Zgjidhni institucionin',
  listError: 'Kjo listë nuk mund të ruhet: {{message}} Vlerat mbeten në fushat e tyre derisa të korrigjohen.',
};
