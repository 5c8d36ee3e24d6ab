// The Backups screen (renderer/src/backups).
export const backups = {
  nav: 'Kopjet rezervë',
  title: 'Kopjet rezervë',
  intro:
    'Plani bën vetë një kopje rezervë të bazës së të dhënave herën e parë që hapet çdo ditë (mbahen 7 ditore dhe 4 javore), dhe ju mund të bëni një tani (mbahen 10). Çdo kopje verifikohet pasi shkruhet. Kopjet ruhen në dosjen {{dir}}.',
  backUpNow: 'Bëj kopje tani',
  made: 'U bë kopja rezervë {{file}} ({{size, fileSize}}).',
  sizeValue: '{{size, fileSize}}',
  listHeading: 'Kopjet e ruajtura',
  none: 'Ende nuk ka kopje rezervë.',
  loading: 'Po ngarkohen kopjet rezervë…',
  columns: { date: 'Data', kind: 'Lloji', size: 'Madhësia', file: 'Skedari', action: 'Veprimi' },
  kind: { daily: 'Ditore', weekly: 'Javore', manual: 'Manuale' },
  restore: 'Rikthe…',
  restoreLabel: 'Rikthe… (kopja e {{date}})',
  restoreTitle: 'Të rikthehet kjo kopje rezervë?',
  restoreBody:
    'Baza aktuale e të dhënave zëvendësohet me kopjen e {{date}} ({{file}}). Çdo gjë e shkruar pas asaj kohe nuk do të shihet më në aplikacion.',
  restoreBodyKept:
    'Baza aktuale nuk fshihet: ruhet mënjanë si «replaced-…sqlite» në dosjen e kopjeve rezervë, që të mund të kthehet po të duhet. Skedarët e bashkëngjitur nuk preken. Pas rikthimit aplikacioni ringarkohet.',
  restoreConfirm: 'Rikthe',
  restored: 'U rikthye {{file}}. Baza e mëparshme ruhet si {{replaced}}. Po ringarkohet…',
};
