// Printed labels of the consolidated plan: cover, table of contents, introductions.
export const printPlan = {
  cover: {
    country: 'Republika e Shqipërisë',
    ogp: 'Partneriteti për Qeverisje të Hapur',
    period: 'Periudha {{start}} – {{end}}',
    preparedBy: 'Përgatitur nga',
    lfpShare: 'Pjesa e institucionit për:',
    componentOnly: 'Ky botim përfshin vetëm:',
    dataDate: 'Të dhënat më {{date}}',
  },
  edition: {
    sq: 'Botim në shqip',
    en: 'Botim në anglisht',
    bilingual: 'Botim dygjuhësh',
  },
  contents: 'Përmbajtja',
  introduction: 'Hyrje',
  intro: {
    policyGoal: 'Qëllimi i politikës',
    leadInstitutions: 'Institucionet udhëheqëse',
    commitments: 'Angazhimet e komponentit',
    commitment: 'Angazhimi',
    leadInstitution: 'Institucioni udhëheqës',
    dates: 'Periudha e zbatimit',
  },
  sources: {
    title: 'Burimi i të dhënave',
    received: 'Ky dokument është printuar nga {{institution}}, me të dhënat e paketave të nënshkruara të mëposhtme, të verifikuara dhe të importuara (paketa e fundit nga secili institucion):',
    none: 'Ky dokument është printuar nga {{institution}}; ende nuk është importuar asnjë paketë e nënshkruar.',
    institution: 'Institucioni',
    seq: 'Paketa nr.',
    manifest: 'Gjurma e manifestit (SHA-256, 16 shifrat e para)',
    accepted: 'Importuar më',
  },
};
