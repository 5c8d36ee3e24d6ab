// Bundle messages shared by the CLI and the screens: refusal reasons (bundles.reason.<code>), signer and sequence states, change summaries.
//
// How a refusal is shown: the API returns AppError('bundle-refused') with
// params.reason = the reason CODE and the reason's own params. Translate
// bundles.reason.<code> with those params, then errors.bundle-refused with
// { reason: <that text> }.
export const bundles = {
  reason: {
    'file-too-large': 'Skedari ka {{size}} bajte, më shumë se kufiri prej {{limit}} bajtesh.',
    'not-a-bundle': 'Ky skedar nuk është një paketë Plani.',
    'zip-malformed': 'Skedari është i dëmtuar ose i cunguar (arkivi ZIP nuk lexohet).',
    'zip-comment': 'Arkivi ZIP përmban një koment, çka një paketë Plani nuk e ka kurrë.',
    'too-many-entries': 'Arkivi ka më shumë skedarë se sa lejohet.',
    'bad-entry-name': 'Arkivi përmban një skedar me emër të palejuar.',
    'duplicate-entry': 'Arkivi përmban dy herë të njëjtin skedar.',
    'entry-type': 'Arkivi përmban dosje, lidhje simbolike ose skedarë të koduar, që nuk lejohen.',
    'entry-too-large': 'Një skedar brenda paketës është më i madh se sa lejohet.',
    'compression-ratio': 'Një skedar brenda paketës është ngjeshur në mënyrë të dyshimtë (bombë ZIP).',
    'size-mismatch': 'Madhësia e një skedari brenda paketës nuk përputhet me atë të deklaruar.',
    'manifest-missing': 'Paketës i mungon manifesti ose nënshkrimi.',
    'manifest-not-canonical': 'Manifesti nuk është në formën kanonike që nënshkruhet.',
    'manifest-invalid': 'Manifesti i paketës nuk është i vlefshëm.',
    'format-too-new': 'Paketa është shkruar nga një version më i ri i Plani-t. Përditësoni aplikacionin.',
    'signature-missing': 'Paketës i mungon një nënshkrim i domosdoshëm.',
    'signature-invalid': 'Nënshkrimi nuk verifikohet: paketa është ndryshuar ose nuk vjen nga ai që pretendon.',
    'unknown-signer':
      'Çelësi që e ka nënshkruar nuk njihet ende. Krahasoni kodin e sigurisë {{safetyCode}} me institucionin dërgues (p.sh. me telefon) dhe importojeni përsëri duke e konfirmuar kodin.',
    'safety-code-mismatch': 'Kodi i sigurisë i dhënë nuk përputhet me çelësin që e ka nënshkruar paketën ({{safetyCode}}).',
    'key-mismatch': 'Institucioni {{institution}} ka tashmë një çelës tjetër aktiv; një çelës i ri pranohet vetëm me rrotullim ose pasi i vjetri të revokohet.',
    'key-revoked': 'Çelësi që e ka nënshkruar paketën është revokuar.',
    'key-rotated': 'Çelësi që e ka nënshkruar paketën është zëvendësuar dhe nuk pranohet më nga numri {{effectiveFromSeq}} e tutje.',
    'wrong-audience': 'Paketa nuk i drejtohet këtij institucioni.',
    'wrong-cycle': 'Paketa i përket ciklit “{{cycle}}”, që kjo hapësirë pune nuk e njeh.',
    'files-mismatch': 'Lista e skedarëve në manifest nuk përputhet me përmbajtjen e paketës.',
    'hash-mismatch': 'Përmbajtja e një skedari nuk përputhet me gjurmën e nënshkruar: paketa është ndryshuar.',
    'payload-invalid': 'Të dhënat e paketës nuk janë të vlefshme ({{path}}).',
    'owner-mismatch': 'Paketa përmban një regjistrim që i përket një institucioni tjetër ({{owner}}).',
    rollback:
      'Paketa është më e vjetër (nr. {{seq}}) se e fundit e pranuar nga ky institucion (nr. {{lastSeq}}). Nëse institucioni e ka riinstaluar Planin, duhet të importojë më parë komentet më të fundit të koordinatorit.',
    equivocation: 'Një paketë tjetër me të njëjtin numër ({{seq}}) është pranuar tashmë nga ky institucion.',
    'seq-jump': 'Numri i paketës ({{seq}}) është shumë përpara të fundit të pranuar (nr. {{lastSeq}}).',
    'wrong-bundle-type': 'Kjo lloj pakete nuk pranohet në këtë hapësirë pune.',
  },
  signer: {
    trusted: 'i verifikuar',
    unknown: 'i panjohur; duhet konfirmuar kodi i sigurisë',
    revoked: 'i revokuar',
    rotated: 'i zëvendësuar',
    mismatch: 'nuk përputhet me çelësin e regjistruar',
  },
  verdict: {
    first: 'paketa e parë nga ky institucion',
    next: 'vijuese',
    gap: 'me boshllëk (disa paketa nuk kanë ardhur)',
    same: 'e njëjta paketë, e importuar tashmë',
    rollback: 'më e vjetër se e fundit e pranuar',
    equivocation: 'numër i përsëritur me përmbajtje tjetër',
    jump: 'numër shumë përpara',
  },
  type: {
    submission: 'dorëzim',
    feedback: 'koment i koordinatorit',
    'key-rotation': 'rrotullim çelësi',
  },
  result: {
    applied: 'U importua.',
    'already-imported': 'Kjo paketë është importuar tashmë; asgjë nuk ndryshoi.',
  },
  change: {
    added: 'Shtuar',
    changed: 'Ndryshuar',
    deleted: 'Fshirë',
    missing: 'Mungon pa shënim fshirjeje (mbahet)',
  },
  entity: {
    commitment: 'angazhim',
    milestone: 'hap kyç',
    indicator: 'tregues',
    idea: 'ide',
    'prioritization-round': 'raund prioritizimi',
    'consultation-event': 'konsultim',
    comment: 'koment',
    'consultation-report': 'raport konsultimi',
    'calendar-item': 'afat kalendari',
    attachment: 'bashkëngjitje',
  },
  decision: {
    accepted: 'pranuar',
    returned: 'kthyer për rishikim',
    none: 'pa vendim',
  },
  earlierRevision: 'bërë mbi një version të mëparshëm (rev. {{rev}}; tani rev. {{current}})',
} as const;
