// Messages for the error codes of shared/api/errors.ts and for field validation codes.
export const errors = {
  'invalid-input': 'Të dhënat e dërguara nuk janë të vlefshme.',
  'unknown-method': 'Veprim i panjohur: {{method}}.',
  forbidden: 'Kjo kërkesë nuk lejohet.',
  'keyring-entry-missing':
    'Çelësi i nënshkrimit nuk mund të hapet: çelësi që e hap (çelësi i enkriptimit të çelësit) pritet te {{file}}, dhe ky skedar nuk është aty. Ai ruhet jashtë dosjes së hapësirës së punës, në profilin e përdoruesit të këtij kompjuteri, që një kopje e hapësirës së punës të mos e mbartë kurrë. Riktheni dosjen {{dir}} nga kopja rezervë e këtij profili përdoruesi, ose vendosni PLANI_KEYRING_DIR te dosja që e mban skedarin. Nëse ka humbur, ky çelës nuk mund as të nënshkruajë, as të ndërrohet: krijoni një hapësirë pune të re në një dosje tjetër (ogp-drafter init; plan export dhe plan import e bartin planin), pastaj pala tjetër revokon çelësin e vjetër (trust revoke) dhe regjistron të riun me kodin e tij të sigurisë. Një LFP importon një paketë komentesh nga POC-ja para dorëzimit të parë, që numrat e paketave të saj të vazhdojnë pas të fundit që ka pranuar POC-ja; hapësira e re e një POC-je i numëron paketat sërish nga 1, dhe institucionet i refuzojnë derisa numri të kalojë të fundin që kanë pranuar.',
  'keyring-entry-invalid':
    'Çelësi i nënshkrimit nuk mund të hapet: skedari i çelësit të enkriptimit {{file}} është aty, por nuk lexohet ose nuk e hap këtë çelës (është i dëmtuar, ose i përket një hapësire tjetër pune ose një kopjeje tjetër të kësaj). Riktheni dosjen {{dir}} nga kopja rezervë e profilit të përdoruesit të këtij kompjuteri, e bërë kur përdorej kjo hapësirë pune, ose vendosni PLANI_KEYRING_DIR te dosja me skedarin e duhur. Nëse asnjë kopje nuk e hap, çelësi ka humbur: krijoni një hapësirë pune të re në një dosje tjetër (ogp-drafter init; plan export dhe plan import e bartin planin), pastaj pala tjetër revokon çelësin e vjetër (trust revoke) dhe regjistron të riun me kodin e tij të sigurisë. Një LFP importon një paketë komentesh nga POC-ja para dorëzimit të parë, që numrat e paketave të saj të vazhdojnë pas të fundit që ka pranuar POC-ja; hapësira e re e një POC-je i numëron paketat sërish nga 1, dhe institucionet i refuzojnë derisa numri të kalojë të fundin që kanë pranuar.',
  'not-found': 'Regjistrimi nuk u gjet.',
  'no-workspace': 'Hapësira e punës nuk është krijuar ende. Krijojeni me “init” ose nga ekrani i parë.',
  'workspace-exists': 'Në këtë dosje ekziston tashmë një hapësirë pune: {{path}}.',
  'unknown-institution': 'Kodi i institucionit “{{code}}” nuk njihet. Kodet e njohura: {{known}}.',
  'role-mismatch': 'Institucioni {{code}} nuk mund të ketë rolin {{role}}.',
  'not-owner': 'Pronari i këtij regjistrimi është {{owner}}; mund ta lexoni, por jo ta ndryshoni.',
  'not-lead': 'Institucioni {{code}} nuk është institucion udhëheqës i komponentit “{{component}}”; angazhimet e tij i harton institucioni udhëheqës.',
  'status-reserved-for-poc': 'Statusin “$t(model.commitmentStatus.{{status}})” e vendos vetëm Pika e Kontaktit (POC) me shqyrtimin e saj. Institucioni e kalon angazhimin vetëm ndërmjet “Draft”, “Në konsultim” dhe “Gati”.',
  'status-held-by-poc': 'Angazhimi është “$t(model.commitmentStatus.{{status}})” sipas shqyrtimit të Pikës së Kontaktit (POC); statusin e tij e ndryshon vetëm POC-ja. Tekstet mund t’i përmirësoni ende.',
  'poc-only': 'Hyrjen e planit (parathënien, hyrjen, procesin, miratimin, shkurtimet, pikat e kontaktit) e shkruan vetëm Pika e Kontaktit (POC); një institucion e lexon ashtu siç e solli paketa e fundit e komenteve të POC-së.',
  'unknown-component': 'Komponenti “{{code}}” nuk ekziston në këtë cikël.',
  'database-too-new':
    'Baza e të dhënave është krijuar nga një version më i ri i Planit (skema {{found}}, ky version njeh deri në {{supported}}). Përditësoni aplikacionin; asgjë nuk u ndryshua.',
  'database-corrupt': 'Skedari i bazës së të dhënave është i dëmtuar ose nuk është bazë e Planit: {{path}}.',
  'trust-registry-unsafe':
    'Kjo hapësirë pune nuk mund të hapet në mënyrë të sigurt: lista e saj e çelësave të besuar përmban një çelës të degjeneruar ({{problem}}): çelësin {{keyId}}, që sipas listës e përdor {{institution}}. Me të, kushdo mund të nënshkruante paketa në emër të atij institucioni pa çelësin e tij privat. Një çelës i tillë mund të ketë ardhur vetëm nga një paketë e falsifikuar. Riktheni dosjen e hapësirës së punës nga një kopje rezervë e bërë para importit të asaj pakete (një kopje e plani.db), pastaj konfirmoni sërish me telefon kodin e sigurisë së institucionit para se të importoni paketën e tij të radhës.',
  'foreign-reference': 'Fusha {{path}} i referohet një regjistrimi të një institucioni tjetër ({{owner}}); mund t’u referoheni vetëm regjistrimeve të kësaj hapësire pune.',
  'invalid-interchange': 'Skedari nuk është dokument i vlefshëm shkëmbimi i Planit; probleme të gjetura: {{count}}. Asgjë nuk u importua.',
  'file-unreadable': 'Skedari nuk mund të lexohet: {{path}}.',
  'print-not-ready':
    'Printimi përfundimtar nuk lejohet ende: {{count}} çështje e pengojnë (angazhime të papranuara nga POC-ja ose probleme bllokuese cilësie). Shihni listën në ekranin e printimit ose printoni një projekt.',
  'bundle-refused': 'Paketa u refuzua: {{reason}} Asgjë nuk u ndryshua përveç regjistrit të importeve.',
  internal: 'Ndodhi një gabim i papritur. Asgjë nuk humbi; provoni përsëri.',
} as const;

/** Field-level validation codes (zod messages set in shared/model/primitives.ts). */
export const validation = {
  'too-long': 'Teksti është shumë i gjatë.',
  'control-characters': 'Teksti përmban karaktere kontrolli të palejuara.',
  'bad-date': 'Data nuk është e vlefshme (VVVV-MM-DD).',
  'bad-email': 'Adresa e e-mailit nuk është e vlefshme.',
  'bad-phone': 'Numri i telefonit përmban karaktere të palejuara.',
  'bad-code': 'Kod i pavlefshëm.',
  'bad-slug': 'Identifikues i pavlefshëm.',
  'bad-plan-number': 'Numri në plan duhet të jetë si “1.2”.',
  'bad-ogp-id': 'ID-ja OGP duhet të jetë si “AL0065”.',
  negative: 'Vlera nuk mund të jetë negative.',
  'empty-patch': 'Asnjë fushë për t’u ndryshuar.',
  'list-full': 'Një angazhim mund të ketë deri në 500 hapa kyç dhe 500 tregues.',
  'milestone-not-in-commitment': 'Hapi kyç i zgjedhur nuk i përket këtij angazhimi.',
  'reorder-unknown': 'Renditja përmban një regjistrim që nuk i përket këtij angazhimi.',
  'reorder-duplicate': 'Renditja përmban të njëjtin regjistrim dy herë.',
  'reorder-missing': 'Renditja nuk i përmban të gjitha regjistrimet e angazhimit.',
  generic: 'Vlerë e pavlefshme.',
} as const;
