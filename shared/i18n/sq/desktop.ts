// Texts of the desktop shell: menus, native dialogs, window titles.
// '&' marks the Alt-key mnemonic of a Windows menu item.
export const desktop = {
  menu: {
    file: '&Skedari',
    quit: 'Dil',
    edit: '&Redaktimi',
    openBundle: 'Hap paketë…',
    exportBundle: 'Eksporto paketë…',
    print: 'Printo / Eksporto PDF…',
    backups: 'Kopjet rezervë…',
    undo: 'Zhbëj',
    redo: 'Ribëj',
    cut: 'Prit',
    copy: 'Kopjo',
    paste: 'Ngjit',
    selectAll: 'Përzgjidh të gjitha',
    logFolder: 'Hap dosjen e regjistrit (log)',
    view: '&Pamja',
    reload: 'Ringarko',
    actualSize: 'Madhësia origjinale',
    zoomIn: 'Zmadho',
    zoomOut: 'Zvogëlo',
    toggleFullScreen: 'Ekran i plotë',
    help: '&Ndihmë',
    about: 'Rreth aplikacionit Plani',
  },
  about: {
    title: 'Rreth aplikacionit Plani',
    message: 'Plani {{version}}',
    detail: 'Hartimi i Planit Kombëtar të Veprimit për Partneritetin për Qeverisje të Hapur (OGP), pa lidhje interneti, në shqip dhe anglisht.',
    ok: 'Në rregull',
  },
  startupError: {
    title: 'Plani nuk mund të hapet',
    detail: 'Hapësira e punës: {{path}}',
  },
} as const;
