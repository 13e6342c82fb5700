import { joinNames, type Locale, plural } from './locale'

/** "1 caracter", "19 caractere", "240 de caractere": a length in the practice-list problems. */
function characters(count: number): string {
  return plural('ro', count, { one: '# caracter', few: '# caractere', other: '# de caractere' })
}

/**
 * Romanian, in the informal "tu" of collaborative tools, with Interreg Europe's vocabulary (bună practică,
 * părți interesate, plan de acțiune). Quotes „…”, and ș ț with the comma below, never the cedilla (ş ţ).
 * Counts: CLDR's `one` is 1; `few` is 0, 2–19 and 101–119 ("2 carduri"); `other` is 20 and more, where
 * Romanian puts "de" before the noun ("20 de carduri").
 */
const romanian: Locale = {
  code: 'ro',
  name: 'Română',
  messages: {
    app: {
      name: 'PracticeMap',
      homeLink: 'PracticeMap, pagina principală',
      skipToContent: 'Salt la conținut',
      loading: 'Se încarcă…',
      pageNotFound: 'Pagina nu a fost găsită',
      pageNotFoundText: 'Nu există nimic la această adresă.',
      goHome: 'Mergi la pagina principală',
    },
    common: {
      save: 'Salvează',
      cancel: 'Renunță',
      edit: 'Editează',
      remove: 'Elimină',
      optional: '(opțional)',
    },
    language: {
      label: 'Limba',
      button: (name: string) => `Limba: ${name}`,
    },
    home: {
      title: 'Bunele practici, cartografiate împreună',
      intro:
        'Un panou comun pentru partenerii de proiect. Descrieți fiecare bună practică — aspectele-cheie, ' +
        'părțile interesate, beneficiile și pașii pentru transferul ei — împreună și în timp real, în sală sau ' +
        'de la distanță.',
      createHeading: 'Începe un atelier nou',
      titleLabel: 'Titlul atelierului',
      titlePlaceholder: 'de ex. Seminar tematic despre locuințe accesibile',
      titleRequired: 'Dă un titlu atelierului.',
      dateLabel: 'Data',
      placeLabel: 'Locul',
      placePlaceholder: 'de ex. Las Palmas de Gran Canaria',
      create: 'Creează atelierul',
      creating: 'Se creează…',
      exampleHeading: 'Vezi cum funcționează',
      exampleText:
        'Deschide o copie a seminarului IMPETUS de la Las Palmas de Gran Canaria, cu două bune practici deja ' +
        'cartografiate: programul de locuințe „o locuință în schimbul renovării” și grădinile urbane comunitare.',
      openExample: 'Deschide atelierul demonstrativ',
      openingExample: 'Se deschide…',
      recentHeading: 'Atelierele tale recente',
      recentEmpty:
        'Atelierele pe care le deschizi pe acest dispozitiv apar aici, ca să le găsești ușor din nou.',
      lastOpened: (when: string) => `Deschis ${when}`,
      forget: (title: string) => `Elimină „${title}” din această listă`,
      untitled: 'Atelier fără titlu',
    },
    errors: {
      offline:
        'Ești offline. Ca să creezi un atelier ai nevoie de conexiune; atelierele deschise înainte funcționează ' +
        'în continuare.',
      network: 'Serverul nu poate fi contactat. Verifică-ți conexiunea și încearcă din nou.',
      server: 'A apărut o problemă pe server. Încearcă din nou peste câteva momente.',
      invalid: 'Verifică datele introduse.',
      forbidden: 'Acest link nu permite așa ceva. Întreabă facilitatorul.',
      tooLarge: 'Este mai mult decât acceptă serverul dintr-odată.',
      creationLimit:
        'Din această rețea s-au creat prea multe ateliere într-un timp scurt. Așteaptă puțin, apoi încearcă din nou.',
    },
    join: {
      heading: 'Alătură-te atelierului',
      headingWithTitle: (title: string) => `Alătură-te atelierului „${title}”`,
      intro:
        'Spune-le celorlalți cine ești. Numele și organizația ta apar pe cardurile pe care le scrii și în lista ' +
        'persoanelor din atelier.',
      nameLabel: 'Numele tău',
      nameRequired: 'Introdu-ți numele.',
      organisationLabel: 'Organizație sau regiune',
      organisationPlaceholder: 'de ex. Orașul Żyrardów',
      submit: 'Alătură-te',
      remembered: 'Reținut pe acest dispozitiv. Îl poți schimba mai târziu din meniul cu numele tău.',
    },
    workshop: {
      opening: 'Se deschide atelierul…',
      notFoundTitle: 'Atelierul nu a fost găsit',
      notFoundText:
        'Nu există niciun atelier la acest link. Verifică linkul primit sau începe un atelier nou.',
      forgetRecent: 'Elimină-l din atelierele mele recente',
      unreachableTitle: 'Serverul nu poate fi contactat',
      unreachableText:
        'Acest atelier nu a mai fost deschis pe acest dispozitiv, așa că nu poate fi afișat offline. ' +
        'Conectează-te la internet și încearcă din nou.',
      retry: 'Încearcă din nou',
      notOnDevice:
        'Acest atelier nu este încă salvat pe acest dispozitiv. Conținutul lui apare imediat ce revine ' +
        'conexiunea.',
      editDetails: 'Editează detaliile atelierului',
      detailsFormLabel: 'Detaliile atelierului',
      untitled: 'Atelier fără titlu',
    },
    access: {
      noTokenTitle: 'Acest atelier se deschide din linkul lui',
      noTokenText:
        'Un atelier se deschide din linkul trimis de facilitator, care conține o cheie de acces. Deschide din ' +
        'nou acel link sau lipește-l aici.',
      revokedTitle: 'Acest link nu mai este valabil.',
      revokedText: 'Cere-i facilitatorului linkul nou.',
      pasteLabel: 'Lipește aici linkul atelierului',
      pasteNewLabel: 'Ai linkul nou? Lipește-l aici',
      pasteInvalid: 'Acesta nu este un link de atelier. Copiază tot linkul, inclusiv partea „?token=”.',
      pasteOpen: 'Deschide atelierul',
      rateLimitedTitle: 'Prea multe încercări',
      rateLimitedText:
        'Serverul a primit prea multe cereri din această rețea. Așteaptă un minut, apoi încearcă din nou.',
    },
    roles: {
      facilitator: 'Facilitator',
      participant: 'Participant',
      observer: 'Doar vizualizare',
      viewOnly: 'Doar vizualizare',
      viewOnlyHelp: 'Cu acest link urmărești atelierul în timp real. Nu poți modifica nimic.',
      locked: 'Blocat',
      lockedHelp: 'Facilitatorul a blocat acest panou: cardurile nu mai pot fi adăugate sau modificate.',
      lockedHelpFacilitator: 'Blocat pentru participanți: acum doar facilitatorii pot modifica acest panou.',
    },
    share: {
      button: 'Distribuie',
      heading: 'Distribuie atelierul',
      close: 'Închide',
      participantLabel: 'Link pentru participanți',
      participantHint: 'Pentru toți cei care scriu carduri. Trimite-l sau lasă-i să scaneze codul QR.',
      participantHintForParticipant: 'Trimite-l persoanelor care ar trebui să se alăture atelierului.',
      observerLabel: 'Link pentru observatori (doar vizualizare)',
      observerHint: 'Pentru un proiector sau un invitat: vede totul în timp real, nu modifică nimic.',
      copy: 'Copiază',
      copied: 'Copiat',
      copyParticipant: 'Copiază linkul pentru participanți',
      copyObserver: 'Copiază linkul pentru observatori',
      copyFallback: 'Selectează linkul și copiază-l manual.',
      newParticipant: 'Link nou pentru participanți',
      newObserver: 'Link nou pentru observatori',
      confirmParticipantTitle: 'Creezi un link nou pentru participanți?',
      confirmParticipantText:
        'Linkul actual pentru participanți nu mai funcționează de îndată. Toți cei care au intrat cu el sunt ' +
        'deconectați și au nevoie de linkul nou. Cardurile scrise de ei rămân.',
      confirmObserverTitle: 'Creezi un link nou pentru observatori?',
      confirmObserverText:
        'Linkul actual pentru observatori nu mai funcționează de îndată. Ecranele și invitații care îl folosesc ' +
        'sunt deconectați și au nevoie de linkul nou.',
      confirmNew: 'Creează un link nou',
      regenerated: 'Linkul nou este gata. Cel vechi nu mai funcționează.',
      qrLabel: 'Codul QR al linkului pentru participanți',
      peopleJoined: (count: number) =>
        plural('ro', count, {
          one: '# persoană s-a alăturat',
          few: '# persoane s-au alăturat',
          other: '# de persoane s-au alăturat',
        }),
      projector: 'Mod proiector',
      loading: 'Se încarcă linkurile…',
      failed: 'Linkurile nu au putut fi încărcate.',
      facilitatorLabel: 'Linkul tău de facilitator',
      facilitatorHint:
        'Deschide atelierul ca facilitator, pentru celelalte dispozitive ale tale. Păstrează-l doar pentru tine; dacă s-ar fi putut scurge, creează unul nou.',
      copyFacilitator: 'Copiază linkul tău de facilitator',
      newFacilitator: 'Link nou de facilitator',
      confirmFacilitatorTitle: 'Creezi un link nou de facilitator?',
      confirmFacilitatorText:
        'Linkul de facilitator actual nu mai funcționează imediat, pentru oricine îl are, iar celelalte dispozitive ale tale ' +
        'sunt deconectate. Acest dispozitiv continuă cu linkul nou: copiază-l de aici pentru celelalte dispozitive. ' +
        'Participanții și observatorii nu sunt afectați.',
      facilitatorRegenerated:
        'Linkul tău nou de facilitator este gata, iar acest dispozitiv îl folosește. Cel vechi nu mai funcționează: copiază-l pe cel nou pe celelalte dispozitive.',
    },
    projector: {
      scanToJoin: 'Scanează ca să intri',
      orOpen: 'sau deschide',
      fullScreen: 'Ecran complet',
      back: 'Înapoi la atelier',
      mode: 'Mod proiector',
      modeHelp: 'Doar acest panou, pe tot ecranul, cu litere care se citesc din fundul sălii',
      exit: 'Ieși din modul proiector',
      exitKey: 'Esc',
      moreCards: (count: number) =>
        plural('ro', count, { one: '+ încă # card', few: '+ încă # carduri', other: '+ încă # de carduri' }),
    },
    practices: {
      heading: 'Bune practici',
      count: (count: number) =>
        plural('ro', count, { one: '# practică', few: '# practici', other: '# de practici' }),
      empty: 'Nicio practică deocamdată. Adaugă prima bună practică mai jos.',
      emptyReadOnly: 'Nicio practică deocamdată. Le adaugă facilitatorul.',
      untitled: 'Practică fără titlu',
      openBoard: 'Deschide panoul',
      openBoardOf: (title: string) => `Deschide panoul practicii „${title}”`,
      editOf: (title: string) => `Editează „${title}”`,
      removeOf: (title: string) => `Elimină „${title}”`,
      moveUpOf: (title: string) => `Mută „${title}” mai sus`,
      moveDownOf: (title: string) => `Mută „${title}” mai jos`,
      moveUp: 'Mai sus',
      moveDown: 'Mai jos',
      peopleOnBoard: (names: readonly string[]) => `Acum pe acest panou: ${joinNames('ro', names)}`,
      addHeading: 'Adaugă o bună practică',
      editHeading: 'Editează practica',
      titleLabel: 'Titlu',
      titlePlaceholder: 'de ex. Grădini urbane comunitare',
      titleRequired: 'Dă un titlu practicii.',
      organisationLabel: 'Organizația parteneră sau regiunea',
      organisationPlaceholder: 'de ex. Las Palmas de Gran Canaria',
      descriptionLabel: 'Scurtă descriere',
      add: 'Adaugă practica',
      saveChanges: 'Salvează modificările',
      confirmRemoveTitle: (title: string) => `Elimini „${title}”?`,
      confirmRemoveText:
        'Practica și panoul ei dispar pentru toți cei din atelier. Poți anula imediat după aceea.',
      confirmRemove: 'Elimină practica',
    },
    board: {
      allPractices: 'Toate practicile',
      position: (index: number, count: number) => `Practica ${index} din ${count}`,
      previous: 'Practica anterioară',
      next: 'Practica următoare',
      loading: 'Se încarcă panoul…',
      removedTitle: 'Această practică nu mai face parte din atelier',
      removedText:
        'Cineva a eliminat-o sau linkul este greșit. Celelalte practici sunt în lista de practici.',
      lanesNav: 'Coloane',
    },
    lanes: {
      keyAspects: { title: 'Aspecte-cheie', hint: 'ce face ca această practică să funcționeze' },
      stakeholders: { title: 'Părți interesate', hint: 'cine e implicat, cine beneficiază, cine decide' },
      benefits: { title: 'Beneficii', hint: 'ce se schimbă pentru oameni și pentru comunitate' },
      transferSteps: {
        title: 'Pașii transferului',
        hint: 'ce e nevoie ca practica să devină o inițiativă în regiunea ta',
      },
    },
    cards: {
      count: (count: number) =>
        plural('ro', count, { one: '# card', few: '# carduri', other: '# de carduri' }),
      emptyLane: 'Niciun card deocamdată. Scrie unul mai jos sau trage unul aici.',
      emptyLaneReadOnly: 'Niciun card deocamdată.',
      newCardLabel: (lane: string) => `Card nou în coloana ${lane}`,
      newCardPlaceholder: 'Adaugă un card…',
      keysHint: 'Enter salvează, Shift+Enter începe un rând nou, Escape anulează.',
      add: 'Adaugă cardul',
      editLabel: 'Editează textul cardului',
      edit: 'Editează cardul',
      options: 'Opțiunile cardului',
      save: 'Salvează cardul',
      delete: 'Șterge cardul',
      color: 'Culoarea cardului',
      changeColor: 'Schimbă culoarea',
      moveHandle: (excerpt: string) => `Mută cardul „${excerpt}”`,
      unknownAuthor: 'Autor necunoscut',
      recovered: 'Cineva a șters acest card în timp ce îl editai. Textul tău este păstrat aici:',
      recoveredAdd: 'Adaugă ca un card nou',
      recoveredDiscard: 'Renunță la text',
      // "editează" is both "is editing" and "are editing" in Romanian.
      editing: (names: readonly string[]) => `${joinNames('ro', names)} editează`,
    },
    colors: {
      yellow: 'Galben',
      green: 'Verde',
      blue: 'Albastru',
      pink: 'Roz',
      purple: 'Mov',
      grey: 'Gri',
    },
    dnd: {
      roleDescription: 'card care se poate muta',
      instructions:
        'Ca să ridici un card, apasă Spațiu sau Enter. Cu tastele săgeți îl muți în coloana lui sau în altă ' +
        'coloană. Apasă din nou Spațiu sau Enter ca să-l lași jos, sau Escape ca să anulezi.',
      pickedUp: (card: string, lane: string, position: number, count: number) =>
        `Ai ridicat cardul „${card}” din coloana ${lane}, poziția ${position} din ${count}.`,
      over: (lane: string, position: number, count: number) =>
        `Cardul este deasupra coloanei ${lane}, poziția ${position} din ${count}.`,
      notOver: 'Cardul nu este deasupra niciunei coloane.',
      dropped: (lane: string, position: number, count: number) =>
        `Card lăsat în coloana ${lane}, poziția ${position} din ${count}.`,
      droppedNowhere: 'Cardul a revenit la locul lui.',
      cancelled: (card: string) => `Mutare anulată. Cardul „${card}” a revenit la locul lui.`,
    },
    presence: {
      summary: (count: number) =>
        plural('ro', count, {
          one: '# persoană prezentă',
          few: '# persoane prezente',
          other: '# de persoane prezente',
        }),
      heading: 'Cine este aici',
      you: (name: string) => `${name} (tu)`,
      onPracticeList: 'pe lista de practici',
      onPractice: (title: string) => `la „${title}”`,
    },
    you: {
      menuLabel: (name: string) => `Tu: ${name}`,
      menuHelp: 'Schimbă-ți numele, organizația sau limba',
      heading: 'Datele tale',
    },
    connection: {
      connected: 'Conectat',
      connecting: 'Se conectează…',
      reconnecting: 'Se reconectează…',
      offline: 'Offline',
      connectedHelp: 'Modificările tale ajung la toată lumea pe loc.',
      reconnectingHelp:
        'Modificările tale sunt păstrate pe acest dispozitiv și vor fi trimise imediat ce revine conexiunea.',
      offlineHelp:
        'Ești offline. Modificările tale sunt păstrate pe acest dispozitiv și vor fi trimise când revii online.',
      notSaving: 'Încă nesalvat',
      notSavingHelp:
        'Serverul nu poate salva modificările acum. Ale tale sunt păstrate pe acest dispozitiv și retrimise ' +
        'automat.',
      damaged: 'Copia de pe server este deteriorată',
      damagedHelp:
        'Copia salvată pe server a unei părți din acest atelier este deteriorată, așa că serverul o refuză. A ta este păstrată pe acest dispozitiv.',
      damagedNotice:
        'O parte din acest atelier nu poate fi deschisă de pe server: copia ei salvată este deteriorată. Ce vezi și ' +
        'scrii este păstrat pe acest dispozitiv și trimis după ce copia este restaurată. Anunță facilitatorul sau ' +
        'pe cine administrează serverul: jurnalul lui numește partea deteriorată.',
      tooFast: 'Se trimite în curând',
      tooFastHelp:
        'Trimiți modificări mai repede decât le acceptă serverul. Sunt păstrate pe acest dispozitiv și trimise în câteva secunde.',
      connectedHelpObserver: 'Vezi modificările tuturor pe loc.',
      reconnectingHelpObserver:
        'Ce vezi poate să nu fie la zi; se actualizează imediat ce revine conexiunea.',
      offlineHelpObserver: 'Ești offline. Ce vezi poate să nu fie la zi; se actualizează când revii online.',
    },
    full: {
      board:
        'Acest panou este plin: serverul nu mai acceptă modificări la el. Ce modifici aici rămâne doar pe acest dispozitiv.',
      workshop:
        'Acest atelier a atins limita de dimensiune: serverul nu mai acceptă modificări. Ce modifici rămâne doar pe acest dispozitiv.',
    },
    groups: {
      untitled: 'Grup fără titlu',
      titleLabel: 'Titlul grupului',
      groupWithThis: 'Grupează cu acest card',
      dropToGroup: 'Lasă aici ca să grupezi',
      moveHandle: (title: string) => `Mută grupul „${title}”`,
      ungroup: 'Degrupează',
      ungroupOf: (title: string) => `Degrupează „${title}”`,
      ungroupHelp: 'Desfă grupul: cardurile lui rămân unde sunt',
      groupWithAbove: 'Grupează cu cardul de deasupra',
      takeOut: 'Scoate din grup',
      roleDescription: 'grup care se poate muta',
      pickedUp: (title: string, lane: string, position: number, count: number) =>
        `Ai ridicat grupul „${title}” din coloana ${lane}, poziția ${position} din ${count}.`,
      pickedUpInGroup: (card: string, group: string, position: number, count: number) =>
        `Ai ridicat cardul „${card}” din grupul „${group}”, cardul ${position} din ${count}. Mută-l în afara grupului ca să-l scoți din el.`,
      overCard: (card: string) =>
        `Cardul este deasupra cardului „${card}”. Lasă-l aici ca să grupezi cele două carduri.`,
      overOwnGroup: (group: string) => `Cardul este tot în grupul „${group}”.`,
      grouped: (card: string, target: string) => `Cardul „${card}” a fost grupat cu „${target}”.`,
      dropped: (lane: string, position: number, count: number) =>
        `Grup lăsat în coloana ${lane}, poziția ${position} din ${count}.`,
    },
    transfer: {
      details: 'Detaliile planului de acțiune',
      formLabel: (card: string) => `Detaliile planului de acțiune pentru „${card}”`,
      owner: 'Responsabil (organizație)',
      ownerPlaceholder: 'de ex. Orașul Żyrardów',
      timeframe: 'Termen',
      timeframePlaceholder: 'de ex. trim. II 2025',
      resources: 'Resurse',
      resourcesPlaceholder: 'Buget, oameni, parteneri…',
      barriers: 'Obstacole',
      barriersPlaceholder: 'Ce ar putea sta în cale',
      ownerSummary: (owner: string) => `Responsabil: ${owner}`,
      save: 'Salvează detaliile',
      empty: 'Necompletat încă.',
    },
    stakeholders: {
      typeLabel: 'Tipul părții interesate',
      levelLabel: 'Nivel',
      noType: 'Tip…',
      noLevel: 'Nivel…',
      types: {
        publicAuthority: 'Autoritate publică',
        business: 'Mediul de afaceri',
        research: 'Cercetare',
        civilSociety: 'Societate civilă',
      },
      typesInList: {
        publicAuthority: 'autoritate publică',
        business: 'mediul de afaceri',
        research: 'cercetare',
        civilSociety: 'societate civilă',
      },
      levels: { local: 'Local', regional: 'Regional', national: 'Național' },
      missing: (types: readonly string[]) => `Lipsă: ${types.join(', ')}`,
      missingHelp: 'Tipuri de părți interesate pe care nu le are încă niciun card din această coloană',
      allPresent: 'Toate cele patru tipuri de părți interesate sunt prezente.',
    },
    overview: {
      linksLabel: 'Cartografierea atelierului',
      link: 'Privire de ansamblu',
      heading: 'Privire de ansamblu pentru facilitator',
      intro:
        'Toate practicile dintr-o privire, în timp real: cardurile din fiecare coloană, cine este la fiecare ' +
        'panou și cardurile cu cele mai multe voturi.',
      back: 'Toate practicile',
      notForParticipants: 'Privirea de ansamblu este pentru facilitatori și observatori.',
      practicesHeading: 'Practici',
      noPractices: 'Nicio practică deocamdată.',
      lanesLabel: 'Carduri pe coloane',
      emptyLane: 'goală',
      emptyLanes: (count: number) =>
        plural('ro', count, {
          one: '# coloană încă goală',
          few: '# coloane încă goale',
          other: '# de coloane încă goale',
        }),
      people: 'Acum la acest panou',
      nobody: 'Nimeni nu este acum la acest panou.',
      topVoted: 'Cele mai votate',
      noVotes: 'Niciun punct deocamdată.',
      dots: (count: number) => plural('ro', count, { one: '# punct', few: '# puncte', other: '# de puncte' }),
      votesHidden: 'Rezultatele apar când se închide votul.',
      groupCards: (count: number) =>
        plural('ro', count, {
          one: 'grup de # card',
          few: 'grup de # carduri',
          other: 'grup de # de carduri',
        }),
      actionPlan: 'Proiect de plan de acțiune',
      actionPlanIntro:
        'Toți pașii de transfer ai tuturor practicilor: cine îi face, când, cu ce resurse și ce ar putea sta în ' +
        'cale.',
      step: 'Pas de transfer',
      noSteps: 'Niciun pas de transfer deocamdată.',
      notSet: 'necompletat',
    },
    interest: {
      link: 'Interes pentru transfer',
      heading: 'Interes pentru transfer',
      intro:
        'Ce partener vrea să adapteze ce practică. Fiecare organizație își completează propriul rând; toată ' +
        'lumea vede întreaga matrice, în timp real.',
      back: 'Toate practicile',
      levels: {
        none: 'Fără interes',
        curious: 'Ne interesează',
        wantToAdapt: 'Vrem să o adaptăm',
        actionPlan: 'O includem în planul nostru de acțiune',
      },
      unset: 'Fără răspuns',
      unsetOption: 'Alege…',
      legend: 'Niveluri de interes',
      organisation: 'Organizație',
      yours: 'organizația ta',
      cellLabel: (organisation: string, practice: string) =>
        `Interesul organizației ${organisation} pentru „${practice}”`,
      note: 'Notă',
      addNote: 'Adaugă o notă',
      editNote: 'Editează nota',
      addNoteTo: (organisation: string, practice: string) =>
        `Adaugă o notă la interesul organizației ${organisation} pentru „${practice}”`,
      editNoteOf: (organisation: string, practice: string) =>
        `Editează nota despre interesul organizației ${organisation} pentru „${practice}”`,
      noteLabel: (organisation: string, practice: string) =>
        `Nota organizației ${organisation} despre „${practice}”`,
      saveNote: 'Salvează nota',
      noteNeedsLevel: 'Alege mai întâi un nivel.',
      addRowHeading: 'Adaugă o organizație',
      addRowLabel: 'Organizație sau regiune',
      addRowPlaceholder: 'de ex. Regiunea Macedonia Centrală',
      addRow: 'Adaugă rândul',
      noOrganisation:
        'Datele tale nu includ o organizație, deci nu ai un rând de completat. Adaug-o din meniul cu numele tău.',
      readOnly: 'Doar vizualizare: vezi răspunsurile tuturor pe măsură ce sosesc.',
      noPractices: 'Nicio practică deocamdată. Matricea se completează după ce facilitatorul le adaugă.',
      noRows: 'Nicio organizație nu a răspuns încă.',
      updatedBy: (name: string, when: string) => `Modificat ultima dată de ${name}, ${when}`,
      practiceSummary: (count: number) =>
        plural('ro', count, {
          one: '# partener vrea să o adapteze',
          few: '# parteneri vor să o adapteze',
          other: '# de parteneri vor să o adapteze',
        }),
    },
    undo: {
      undo: 'Anulează',
      redo: 'Refă',
      undoHint: 'Anulează ultima ta modificare (Ctrl+Z)',
      redoHint: 'Refă (Ctrl+Shift+Z)',
    },
    phases: {
      kinds: {
        silentWriting: 'Scriere individuală în liniște',
        revealCluster: 'Dezvăluire și grupare',
        vote: 'Vot',
        discuss: 'Discuție',
        transferPlanning: 'Planificarea transferului',
        custom: 'Etapă fără nume',
      },
      label: 'Etapă',
      none: 'Nicio etapă',
      noneHelp: 'Toate panourile sunt deschise pentru scris.',
      current: 'Etapa curentă',
      position: (index: number, count: number) => `Etapa ${index} din ${count}`,
      numbered: (index: number, name: string) => `${index}. ${name}`,
      next: (name: string) => `Urmează: ${name}`,
      nextShort: 'Înainte',
      begin: (name: string) => `Începe: ${name}`,
      nextLabel: (name: string) => `Începe etapa următoare, „${name}”`,
      privateWriting: 'Scriere privată',
      voting: 'Vot',
      lockAll: 'Blochează toate panourile',
      votingOpen: 'Vot deschis',
      boardsLocked: 'Panouri blocate',
      agendaLabel: 'Agenda: etapele, regulile lor și votul cu puncte',
      agendaHeading: 'Agenda',
      agendaIntro: 'Etapele sesiunii, în ordine. Etapa curentă stabilește regulile pe toate panourile.',
      noAgenda: 'Acest atelier nu are încă o agendă.',
      addDefaults: 'Adaugă agenda implicită',
      defaultsHint:
        'Scriere individuală în liniște, Dezvăluire și grupare, Vot, Discuție, Planificarea transferului',
      nameOf: (index: number) => `Numele etapei ${index}`,
      rulesOf: (name: string) => `Regulile etapei „${name}”`,
      moveUpOf: (name: string) => `Mută „${name}” mai sus`,
      moveDownOf: (name: string) => `Mută „${name}” mai jos`,
      removeOf: (name: string) => `Elimină „${name}”`,
      start: 'Începe',
      startOf: (name: string) => `Începe acum „${name}”`,
      now: 'Acum',
      newPhase: 'Etapă nouă',
      newPhasePlaceholder: 'de ex. Pauză de cafea',
      addPhase: 'Adaugă etapa',
      close: 'Închide',
    },
    timer: {
      label: 'Cronometru',
      left: (time: string) => `Mai sunt ${time}`,
      paused: 'În pauză',
      timeUp: 'Timpul a expirat',
      minutes: 'Minute',
      setTimer: 'Setează cronometrul',
      set: 'Setează',
      setLabel: 'Setează cronometrul la acest număr de minute',
      settings: 'Durata cronometrului',
      settingsHeading: 'Cronometru',
      settingsHint:
        'Toată lumea vede aceeași numărătoare inversă. Când setezi o durată, cronometrul se oprește; pornește-l ' +
        'când sala e pregătită.',
      preset: (minutes: number) => `${minutes} min`,
      presetLabel: (minutes: number) =>
        plural('ro', minutes, {
          one: 'Setează cronometrul la # minut',
          few: 'Setează cronometrul la # minute',
          other: 'Setează cronometrul la # de minute',
        }),
      start: 'Pornește',
      resume: 'Reia',
      pause: 'Pauză',
      restart: 'Repornește',
      restartLabel: 'Repornește cronometrul de la durata completă',
      addMinute: '+1 min',
      addMinuteLabel: 'Adaugă un minut',
      resetTo: (time: string) => `Înapoi la ${time}, oprit`,
      controls: 'Comenzile cronometrului',
      elapsed: 'Timp scurs',
    },
    drafts: {
      badge: 'Ciornă',
      onlyYou: 'Doar tu vezi asta până la dezvăluire',
      edit: 'Editează ciorna',
      editLabel: 'Editează textul ciornei',
      save: 'Salvează ciorna',
      delete: 'Șterge ciorna',
      editOf: (card: string) => `Editează ciorna „${card}”`,
      deleteOf: (card: string) => `Șterge ciorna „${card}”`,
      count: (count: number) =>
        plural('ro', count, { one: '# ciornă', few: '# ciorne', other: '# de ciorne' }),
      ofPerson: (name: string, count: number) =>
        `${name}: ${plural('ro', count, { one: '# ciornă', few: '# ciorne', other: '# de ciorne' })}`,
      countsHeading: 'Scrise în privat până acum',
      notice:
        'Scriere privată: cardurile tale noi sunt ciorne pe care doar tu le vezi. Apar pentru toată lumea când ' +
        'facilitatorul trece mai departe.',
      noticeReadOnly: 'Scriere privată: fiecare scrie carduri pe care doar el le vede, până la dezvăluire.',
      yours: (count: number) =>
        plural('ro', count, {
          one: 'Ai # ciornă pe acest panou.',
          few: 'Ai # ciorne pe acest panou.',
          other: 'Ai # de ciorne pe acest panou.',
        }),
    },
    voting: {
      open: 'Votul cu puncte este deschis',
      // "Mai ai 3 din 5 puncte": "mai ai" (you still have) needs no agreement; the noun follows the budget.
      left: (left: number, budget: number) =>
        `Mai ai ${left} din ${plural('ro', budget, { one: '# punct', few: '# puncte', other: '# de puncte' })}`,
      scopePractice: 'pe acest panou',
      scopeWorkshop: 'în tot atelierul',
      howTo: 'Dă un punct cu + pe un card; retrage-l cu −.',
      hiddenFacilitator:
        'Votul este deschis. Fiecare își vede doar propriile puncte până când închizi votul.',
      hiddenObserver: 'Votul este deschis. Rezultatele apar când se închide votul.',
      lockedBoard: 'Votul este deschis, dar acest panou este blocat: deocamdată nu se pot da puncte aici.',
      closed: 'Votul s-a încheiat.',
      addDot: (card: string) => `Dă un punct cardului „${card}”`,
      removeDot: (card: string) => `Retrage un punct de la „${card}”`,
      yourDots: (count: number, card: string) =>
        plural('ro', count, {
          one: `Ai pus # punct pe „${card}”`,
          few: `Ai pus # puncte pe „${card}”`,
          other: `Ai pus # de puncte pe „${card}”`,
        }),
      dots: (count: number) => plural('ro', count, { one: '# punct', few: '# puncte', other: '# de puncte' }),
      dotsOf: (count: number, card: string) =>
        plural('ro', count, {
          one: `# punct pentru „${card}”`,
          few: `# puncte pentru „${card}”`,
          other: `# de puncte pentru „${card}”`,
        }),
      breakdownHeading: 'Cine a dat punctele',
      byOrganisation: 'Pe organizații',
      byPerson: 'Pe persoane',
      noOrganisation: 'Fără organizație',
      someone: 'Cineva',
      sort: 'Sortează după voturi',
      results: 'Rezultate',
      resultsHeading: 'Rezultatele votului',
      resultsIntro:
        'Cardurile după numărul de puncte, cu cine le-a dat, ca nicio delegație să nu domine fără să se observe.',
      organisationsHeading: 'Puncte pe organizații pe acest panou',
      voters: (count: number) =>
        plural('ro', count, { one: '# votant', few: '# votanți', other: '# de votanți' }),
      noVotes: 'Niciun punct pe acest panou.',
      group: (title: string) => `Grup: ${title}`,
      clear: 'Șterge voturile',
      clearTitle: 'Ștergi toate voturile de pe acest panou?',
      clearText:
        'Punctele tuturor de pe acest panou sunt șterse, pentru o rundă nouă. Acțiunea nu poate fi anulată.',
      settingsHeading: 'Vot cu puncte',
      dotsPerPerson: 'Puncte de persoană',
      budgetScope: 'Punctele fiecărei persoane se numără',
      perPractice: 'pe fiecare panou de practică',
      perWorkshop: 'pe tot atelierul',
      maxPerCard: 'Maximum de puncte de la o persoană pe un card',
      close: 'Închide',
    },
    follow: {
      follow: 'Urmează facilitatorul',
      followShort: 'Urmează',
      followHelp: 'Când facilitatorul aduce pe toată lumea la un panou, vii și tu.',
      notFollowingHelp: 'Nu urmezi facilitatorul. Apasă ca să ajungi unde este acum.',
      summon: 'Adu-i pe toți aici',
      summonHelp: 'Toți cei care te urmează vin la acest panou.',
      summoned: 'Toți cei care te urmează sunt pe drum spre acest panou.',
      broughtHere: 'Facilitatorul te-a adus aici.',
    },
    report: {
      heading: 'Raport de tipărit',
      link: 'Raport de tipărit (PDF)',
      back: 'Toate practicile',
      print: 'Tipărește sau salvează ca PDF',
      printHint:
        'În fereastra de tipărire alege „Salvează ca PDF” ca să păstrezi o copie. Raportul este așezat pentru ' +
        'hârtie A4.',
      notForOthers:
        'Raportul de tipărit este pentru facilitatori: arată voturile tuturor, care rămân private cât timp votul ' +
        'este deschis.',
      boardImage: 'Imaginea panoului (PNG)',
      boardImageHint: 'Un diapozitiv, 1920 × 1080',
      drawing: 'Se desenează…',
      imageFailed: 'Imaginea nu a putut fi creată în acest browser.',
    },
    lock: {
      lock: 'Blochează panoul',
      unlock: 'Deblochează panoul',
      lockOf: (title: string) => `Blochează panoul practicii „${title}”`,
      unlockOf: (title: string) => `Deblochează panoul practicii „${title}”`,
      phaseLocked: 'Blocat în această etapă',
      phaseLockedHelp:
        'Etapa curentă blochează toate panourile: cardurile nu mai pot fi adăugate sau modificate.',
    },
    room: {
      done: 'Am terminat',
      doneHelp: 'Anunță facilitatorul că ai terminat această etapă',
      raiseHand: 'Ridică mâna',
      lowerHand: 'Coboară mâna',
      handHelp: 'Cere cuvântul facilitatorului',
      button: 'Sala',
      // The verb agrees with those who are done: "1 din 8 a terminat", "3 din 8 au terminat".
      status: (done: number, total: number, hands: number) => {
        const raised = plural('ro', hands, {
          one: '# mână ridicată',
          few: '# mâini ridicate',
          other: '# de mâini ridicate',
        })
        if (total === 0) return raised
        const finished = plural('ro', done, {
          one: `# din ${total} a terminat`,
          few: `# din ${total} au terminat`,
          other: `# din ${total} au terminat`,
        })
        return `${finished}, ${raised}`
      },
      heading: 'Sala',
      doneCount: (done: number, total: number) =>
        plural('ro', done, {
          one: `# din ${total} a terminat`,
          few: `# din ${total} au terminat`,
          other: `# din ${total} au terminat`,
        }),
      doneHeading: 'Au terminat',
      waitingHeading: 'Încă lucrează',
      noPhase: 'Începe o etapă ca să vezi cine a terminat-o.',
      noParticipants: 'Niciun participant aici deocamdată.',
      handsHeading: 'Mâini ridicate',
      noHands: 'Nicio mână ridicată.',
      // A name's genitive differs by gender ("lui Ion", "Mariei"): the name stands on its own.
      acknowledge: (name: string) => `Coboară mâna: ${name}`,
      lower: 'Coboară',
    },
    history: {
      heading: 'Istoricul atelierului',
      link: 'Istoric',
      back: 'Toate practicile',
      notForOthers:
        'Doar facilitatorul poate vedea istoricul atelierului și poate restaura o stare anterioară.',
      intro:
        'La fiecare schimbare de etapă se salvează un instantaneu al tuturor panourilor. Deschide unul ca să-l ' +
        'compari cu starea de acum sau ca să-l restaurezi.',
      takeHeading: 'Salvează acum un instantaneu',
      noteLabel: 'Notă (opțional)',
      notePlaceholder: 'de ex. înainte de grupare',
      take: 'Salvează acum un instantaneu',
      taking: 'Se salvează…',
      taken: 'Instantaneu salvat.',
      unchanged:
        'Nimic nu s-a schimbat de la ultimul instantaneu, așa că rămâne acela și nu s-a salvat altul nou.',
      manualLimit:
        'Acest atelier păstrează deja 50 de instantanee salvate manual, numărul maxim. Instantaneele de la ' +
        'schimbările de etapă se salvează în continuare.',
      /** When a snapshot was taken: a date and time in the language's own form. */
      formatTime: (timestamp: number) =>
        new Intl.DateTimeFormat('ro', { dateStyle: 'medium', timeStyle: 'short' }).format(timestamp),
      listHeading: 'Instantanee',
      empty:
        'Niciun instantaneu deocamdată. Se salvează câte unul la fiecare schimbare de etapă; poți salva și tu ' +
        'unul acum.',
      reasonPhaseChange: (phase: string) => `Schimbare de etapă: ${phase}`,
      reasonManual: 'Salvat manual',
      reasonManualNote: (note: string) => `Salvat manual: ${note}`,
      reasonBeforeRestore: (when: string) => `Înainte de restaurarea instantaneului din ${when}`,
      reasonBeforeRestoreUnknown: 'Înainte de restaurarea unui instantaneu anterior',
      cards: (count: number) =>
        plural('ro', count, { one: '# card', few: '# carduri', other: '# de carduri' }),
      open: 'Deschide',
      opening: 'Se deschide…',
      close: 'Închide',
      viewHeading: (when: string) => `Instantaneul din ${when}`,
      readOnly: 'Doar citire: panourile așa cum erau atunci.',
      sinceThen: (changes: { added: number; removed: number; moved: number; edited: number }) =>
        `De atunci: ${plural('ro', changes.added, { one: '# card adăugat', few: '# carduri adăugate', other: '# de carduri adăugate' })}, ${plural('ro', changes.removed, { one: '# eliminat', few: '# eliminate', other: '# eliminate' })}, ${plural('ro', changes.moved, { one: '# mutat', few: '# mutate', other: '# mutate' })}, ${plural('ro', changes.edited, { one: '# editat', few: '# editate', other: '# editate' })}.`,
      nothingChanged: 'De atunci nu s-a schimbat nimic pe panouri.',
      practiceRemovedSince: 'Eliminată din atelier între timp; restaurarea o aduce înapoi.',
      practicesAddedSince: (titles: string) =>
        `Practici adăugate între timp (restaurarea le elimină): ${titles}`,
      untitledPractice: 'Practică fără titlu',
      emptyLane: 'Niciun card',
      markRemoved: 'Eliminat între timp',
      markMoved: (from: string, to: string) => `Mutat între timp: ${from} → ${to}`,
      markRegrouped: 'Mutat între timp în alt grup',
      markEdited: 'Editat între timp',
      editedNow: (text: string) => `Acum: ${text}`,
      addedSinceHeading: 'Adăugate între timp (restaurarea le elimină)',
      inLane: (lane: string) => `în coloana ${lane}`,
      restore: 'Restaurează acest instantaneu',
      restoring: 'Se restaurează…',
      confirmTitle: 'Restaurezi acest instantaneu?',
      confirmText:
        'Toate panourile revin la acest instantaneu, pentru toată lumea, imediat. Starea de acum este salvată ' +
        'mai întâi ca instantaneu, așa că poți anula restaurându-l pe acela. Sesiunea în curs (etapa, ' +
        'cronometrul) rămâne neschimbată.',
      confirm: 'Restaurează',
      restored:
        'Restaurat. Panourile tuturor arată acum acest instantaneu; starea de dinainte este păstrată în capul ' +
        'listei.',
      notFound: 'Acest instantaneu nu mai există.',
    },
    exports: {
      button: 'Exportă',
      menuLabel: 'Exportă rezultatele atelierului',
      heading: 'Descarcă rezultatele',
      formats: {
        md: 'Raport (Markdown)',
        csv: 'Carduri ca foaie de calcul (CSV)',
        json: 'Tot atelierul (JSON, pentru import)',
        docx: 'Raport (Word)',
      },
      downloading: 'Se descarcă…',
    },
    lifecycle: {
      menuButton: 'Atelier',
      menuLabel: 'Acțiuni pentru atelier',
      menuHeading: 'Acest atelier',
      startFollowUp: 'Începe un atelier de continuare…',
      deleteWorkshop: 'Șterge atelierul…',
      followUpTitle: 'Începe un atelier de continuare',
      followUpIntro:
        'Un atelier nou pentru următoarea întâlnire, construit pe panourile acestuia. Acest atelier rămâne ' +
        'neschimbat.',
      followUpDefaultTitle: (title: string) => `${title} — continuare`,
      carryLegend: 'Ce se preia',
      carryEverything: 'Tot',
      carryEverythingHint:
        'Fiecare practică, cu toate cardurile, grupurile și pașii de transfer, plus matricea de interes.',
      carryTransfer: 'Doar pașii transferului și interesul',
      carryTransferHint:
        'Fiecare practică, doar cu cardurile din coloana Pașii transferului, plus matricea de interes.',
      votesNotCarried: 'Voturile nu se preiau: la următorul eveniment toată lumea votează din nou.',
      create: 'Creează atelierul de continuare',
      creating: 'Se creează…',
      deleteTitle: (title: string) => `Ștergi „${title}”?`,
      deleteText:
        'Se șterg toate panourile, cardurile, voturile și matricea de interes ale acestui atelier, pentru toată ' +
        'lumea, iar acțiunea nu poate fi anulată. Linkurile lui nu vor mai funcționa.',
      deleteExportFirst: 'Poate vrei să descarci întâi exportul JSON: îl poți importa din nou mai târziu.',
      downloadJson: 'Descarcă exportul JSON',
      downloaded: 'Descărcat.',
      deleteConfirm: 'Șterge pentru toți',
      deleting: 'Se șterge…',
      deletedTitle: 'Acest atelier a fost șters de facilitator',
      deletedText: 'Panourile lui au dispărut, iar linkurile nu mai funcționează.',
      followUpOf: (title: string, date: string) =>
        date ? `Continuarea atelierului ${title} (${date})` : `Continuarea atelierului ${title}`,
      csvButton: 'Importă practici din CSV',
      csvColumns:
        'O practică pe rând, după un rând de antet care numește coloanele: „titlu”, „organizație” (sau ' +
        '„regiune”), „descriere”. Antete în oricare dintre cele șapte limbi; separate prin virgulă sau punct și ' +
        'virgulă.',
      csvFileLabel: 'Lista de practici (.csv)',
      csvImporting: 'Se importă…',
      csvAdded: (count: number) =>
        plural('ro', count, {
          one: '# practică adăugată',
          few: '# practici adăugate',
          other: '# de practici adăugate',
        }),
      csvTooLarge: 'Fișierul este prea mare (limita este de 1 MB).',
      csvNotUtf8:
        'Fișierul nu este salvat în UTF-8, așa că diacriticele s-ar pierde. Salvează-l ca „CSV UTF-8” (în ' +
        'Excel: Fișier → Salvare ca → CSV UTF-8) și alege-l din nou. Nu s-a importat nimic.',
      csvRefused: 'Nu s-a importat nimic. Corectează fișierul și alege-l din nou:',
      csvEmpty: 'Fișierul este gol.',
      csvNotCsv: (line: number) =>
        `Fișierul nu este un CSV valid: verifică ghilimelele din jurul rândului ${line}.`,
      csvNoTitleColumn: 'Primul rând trebuie să numească coloanele, iar niciuna nu este titlul.',
      csvNoPractices: 'Fișierul are un rând de antet, dar nicio practică.',
      csvNoTitle: (row: number) => `Rândul ${row} nu are titlu.`,
      csvTitleTooLong: (row: number, length: number, max: number) =>
        `Rândul ${row}: titlul are ${characters(length)}; încap cel mult ${max}.`,
      csvOrganisationTooLong: (row: number, length: number, max: number) =>
        `Rândul ${row}: organizația are ${characters(length)}; încap cel mult ${max}.`,
      csvDescriptionTooLong: (row: number, length: number, max: number) =>
        `Rândul ${row}: descrierea are ${characters(length)}; încap cel mult ${max}.`,
      csvTooMany: (count: number, max: number) =>
        `Fișierul conține ${plural('ro', count, { one: '# practică', few: '# practici', other: '# de practici' })}; ` +
        `se pot importa cel mult ${max} odată.`,
      csvMoreProblems: (count: number) =>
        plural('ro', count, {
          one: '…și încă # problemă.',
          few: '…și încă # probleme.',
          other: '…și încă # de probleme.',
        }),
      deleteFailed: 'Atelierul nu a putut fi șters. Nu s-a eliminat nimic; încearcă din nou.',
    },
    import: {
      heading: 'Importă un atelier (JSON)',
      text: 'Deschide o copie a unui atelier din exportul lui JSON: practici, carduri, voturi și agendă. Devii facilitatorul lui.',
      fileLabel: 'Export de atelier (.json)',
      importing: 'Se importă…',
      tooLarge: 'Fișierul este prea mare pentru import (limita este de 5 MB).',
      notAnExport:
        'Acest fișier nu este un export de atelier PracticeMap sau provine dintr-o versiune pe care acest server ' +
        'nu o poate citi.',
      unreadable: 'Fișierul nu a putut fi citit.',
    },
  },
}

export default romanian
