// Messages of the quality checks (shared/quality): quality.<checkId>, shown on screen and by the CLI.
// A message may use {{field}}: the label named by the finding's fieldKey param, translated by the caller.
// The language a finding concerns travels in its target (lang), shown beside the field, not in the sentence.
export const quality = {
  'commitment-count': 'Plani ka {{total}} angazhime; OGP rekomandon nga {{min}} deri në {{max}} angazhime për plan.',
  'report-undecided-comments': '$t(reports.kind.{{kind}}): {{count}} komente të ngjarjeve të tij nuk kanë ende vendim; raporti nuk dorëzohet derisa të vendoset për secilin.',
  'required-text': 'Plotësoni “{{field}}”: fushë e detyrueshme e shabllonit të angazhimit, në të dyja gjuhët.',
  'ogp-value-relevance':
    'Zgjidhni të paktën një vlerë OGP (transparencë, pjesëmarrje qytetare ose llogaridhënie publike) dhe shpjegoni te “Rëndësia për vlerat OGP” si e përparon angazhimi.',
  'ogp-value-core':
    'IRM-ja e vlerëson teknologjinë, inovacionin dhe përfshirjen vetëm krahas transparencës, pjesëmarrjes qytetare ose llogaridhënies publike: shtoni njërën prej tyre.',
  'lead-institution': 'Zgjidhni institucionin kryesor zbatues nga lista e institucioneve.',
  'commitment-dates': 'Plotësoni fushën “{{field}}”: angazhimi ka nevojë për afate brenda periudhës së planit.',
  'commitment-date-order': 'Angazhimi përfundon ({{end}}) para se të fillojë ({{start}}).',
  'commitment-in-cycle': '“{{field}}” ({{date}}) del jashtë periudhës së planit ({{cycleStart}} – {{cycleEnd}}).',
  'contact-email': 'Adresa e e-mailit “{{value}}” nuk është e vlefshme.',
  'contact-required': 'Plotësoni fushën “{{field}}”, që IRM-ja dhe publiku të dinë kë të kontaktojnë.',
  'budget-amount': 'Nuk është shënuar shuma e buxhetit: pa të, është e vështirë të gjykohet nëse angazhimi është i zbatueshëm.',
  'milestone-required': 'Angazhimi nuk ka asnjë hap kyç: shtoni të paktën një, me produkt të verifikueshëm dhe afate.',
  'milestone-activity': 'Hapi kyç {{seq}}: përshkruani aktivitetin (i detyrueshëm në të dyja gjuhët).',
  'milestone-deliverable':
    'Hapi kyç {{seq}}: shënoni produktin e verifikueshëm (p.sh. “raport i publikuar në faqen zyrtare”), në të dyja gjuhët, që IRM-ja ta verifikojë.',
  'milestone-dates': 'Hapi kyç {{seq}}: mungon “{{field}}”.',
  'milestone-date-order': 'Hapi kyç {{seq}} përfundon ({{end}}) para se të fillojë ({{start}}).',
  'milestone-in-commitment':
    'Hapi kyç {{seq}}: “{{field}}” ({{date}}) del jashtë periudhës së angazhimit ({{commitmentStart}} – {{commitmentEnd}}).',
  'milestone-in-cycle': 'Hapi kyç {{seq}}: “{{field}}” ({{date}}) del jashtë periudhës së planit ({{cycleStart}} – {{cycleEnd}}).',
  'milestone-responsible': 'Hapi kyç {{seq}}: nuk është caktuar institucioni përgjegjës.',
  'indicator-required': 'Angazhimi nuk ka asnjë tregues: shtoni të paktën një, me vlerë bazë dhe vlerë të synuar.',
  'indicator-name': 'Treguesi {{seq}}: shkruani emërtimin (i detyrueshëm në të dyja gjuhët).',
  'indicator-baseline-target':
    'Treguesi {{seq}}: mungon “{{field}}”. Çdo tregues ka nevojë për vlerë bazë (vlera dhe viti) dhe të paktën një vlerë të synuar.',
  'target-year-in-cycle': 'Treguesi {{seq}}: viti i synuar {{year}} del jashtë periudhës së planit ({{startYear}}–{{endYear}}).',
  'idea-reasoned-response':
    'Për këtë ide është marrë vendim, por mungon përgjigjja e arsyetuar, e cila jepet në të dyja gjuhët (kërkesa minimale 4.1 e OGP-së).',
  'idea-commitment-link': 'Ideja është shënuar si e miratuar ose e bashkuar, por nuk tregon në cilin angazhim u përfshi.',
  'idea-commitment-deleted': 'Ideja është shënuar si e miratuar ose e bashkuar në një angazhim që nuk ekziston më në plan (është fshirë). Merrni vendim sërish për idenë.',
  'idea-undecided': 'Ideja u mor më {{received}} ({{days}} ditë më parë) dhe ende nuk ka vendim; autori pret përgjigje brenda {{max}} ditëve.',
  'round-weights': 'Peshat e kritereve të raundit mblidhen në {{sum}} %, jo në 100 %. Normalizojini te kriteret e raundit.',
  'consultation-notice':
    'Njoftimi për takimin u dha {{days}} ditë përpara ({{noticeDate}} për {{date}}); rekomandohen të paktën {{min}} ditë.',
  'consultation-notice-missing':
    'Takimi i datës {{date}} nuk ka datë njoftimi: njoftojeni publikun deri më {{deadline}} (të paktën {{min}} ditë përpara).',
  'feedback-overdue': 'Pika {{n}} e vërejtjeve të POC-së kishte afat {{due}} dhe nuk është zgjidhur ende: përgjigjuni dhe shënojeni të zgjidhur, ose bini dakord me POC-në për një afat të ri.',
  'comment-reason': 'Për këtë koment është marrë vendim, por mungon arsyeja, e cila jepet në të dyja gjuhët: kush e dha komentin duhet të dijë pse u pranua ose jo.',
  /** Labels of fields no other catalogue names yet (see fieldKeys in shared/quality/check.ts). */
  field: {
    idea: {
      status: 'Vendimi',
      reasonedResponse: 'Përgjigjja e arsyetuar',
      commitmentId: 'Angazhimi ku u përfshi',
    },
    'consultation-event': {
      noticeDate: 'Data e njoftimit',
    },
    comment: {
      reason: 'Arsyeja e vendimit',
    },
    'consultation-report': { events: 'Ngjarjet e raportit' },
    'prioritization-round': {
      criteria: 'Kriteret e raundit',
    },
  },
} as const;
