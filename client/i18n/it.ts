import { joinNames, type Locale, plural } from './locale'

/**
 * Italian, in the words Interreg Europe uses in Italian (buona pratica, stakeholder, piano d’azione,
 * trasferimento, bacheca, scheda). It addresses the reader with "tu", as a tool for working together does.
 */

const cards = (count: number) => plural('it', count, { one: '# scheda', other: '# schede' })
const dots = (count: number) => plural('it', count, { one: '# punto', other: '# punti' })
const practices = (count: number) => plural('it', count, { one: '# pratica', other: '# pratiche' })
const drafts = (count: number) => plural('it', count, { one: '# bozza', other: '# bozze' })
const characters = (count: number) => plural('it', count, { one: '# carattere', other: '# caratteri' })

const italian: Locale = {
  code: 'it',
  name: 'Italiano',
  messages: {
    app: {
      name: 'PracticeMap',
      homeLink: 'PracticeMap, pagina iniziale',
      skipToContent: 'Vai al contenuto',
      loading: 'Caricamento…',
      pageNotFound: 'Pagina non trovata',
      pageNotFoundText: 'A questo indirizzo non c’è nulla.',
      goHome: 'Vai alla pagina iniziale',
    },
    common: {
      save: 'Salva',
      cancel: 'Annulla',
      edit: 'Modifica',
      remove: 'Rimuovi',
      optional: '(facoltativo)',
    },
    language: {
      label: 'Lingua',
      button: (name: string) => `Lingua: ${name}`,
    },
    home: {
      title: 'Mappate insieme le buone pratiche',
      intro:
        'Una bacheca condivisa per i partner di progetto. Descrivete ogni buona pratica con i suoi aspetti ' +
        'chiave, gli stakeholder, i benefici e i passi per il suo trasferimento, insieme e in diretta, in sala ' +
        'e a distanza.',
      createHeading: 'Avvia un nuovo workshop',
      titleLabel: 'Titolo del workshop',
      titlePlaceholder: 'es. Seminario tematico sull’edilizia abitativa accessibile',
      titleRequired: 'Dai un titolo al workshop.',
      dateLabel: 'Data',
      placeLabel: 'Luogo',
      placePlaceholder: 'es. Las Palmas de Gran Canaria',
      create: 'Crea il workshop',
      creating: 'Creazione…',
      exampleHeading: 'Guarda come funziona',
      exampleText:
        'Apri una copia del seminario IMPETUS di Las Palmas de Gran Canaria, con due buone pratiche già ' +
        'mappate: il programma abitativo «casa in cambio di ristrutturazione» e gli orti urbani comunitari.',
      openExample: 'Apri il workshop di esempio',
      openingExample: 'Apertura…',
      recentHeading: 'I tuoi workshop recenti',
      recentEmpty: 'Qui compariranno i workshop che apri su questo dispositivo, così potrai ritrovarli.',
      lastOpened: (when: string) => `Aperto ${when}`,
      forget: (title: string) => `Rimuovi «${title}» da questo elenco`,
      untitled: 'Workshop senza titolo',
    },
    errors: {
      offline:
        'Sei offline. Per creare un workshop serve una connessione; i workshop che hai già aperto continuano a funzionare.',
      network: 'Impossibile raggiungere il server. Controlla la connessione e riprova.',
      server: 'Si è verificato un errore sul server. Riprova tra un momento.',
      invalid: 'Controlla i dati che hai inserito.',
      forbidden: 'Questo link non lo consente. Chiedi al facilitatore.',
      tooLarge: 'È più di quanto il server accetti in una volta.',
      creationLimit:
        'Da questa rete sono stati creati troppi workshop in poco tempo. Attendi un po’ e riprova.',
    },
    join: {
      heading: 'Partecipa al workshop',
      headingWithTitle: (title: string) => `Partecipa a «${title}»`,
      intro:
        'Di’ agli altri chi sei. Il tuo nome e la tua organizzazione compaiono sulle schede che scrivi e ' +
        'nell’elenco delle persone presenti al workshop.',
      nameLabel: 'Il tuo nome',
      nameRequired: 'Inserisci il tuo nome.',
      organisationLabel: 'Organizzazione o regione',
      organisationPlaceholder: 'es. Comune di Prato',
      submit: 'Partecipa',
      remembered:
        'Viene ricordato su questo dispositivo. Puoi cambiarlo in seguito dal menu con il tuo nome.',
    },
    workshop: {
      opening: 'Apertura del workshop…',
      notFoundTitle: 'Workshop non trovato',
      notFoundText:
        'A questo link non c’è alcun workshop. Controlla il link che hai ricevuto, oppure avvia un nuovo workshop.',
      forgetRecent: 'Rimuovilo dai miei workshop recenti',
      unreachableTitle: 'Impossibile raggiungere il server',
      unreachableText:
        'Questo workshop non è mai stato aperto su questo dispositivo, quindi non può essere mostrato offline. ' +
        'Connettiti a internet e riprova.',
      retry: 'Riprova',
      notOnDevice:
        'Questo workshop non è ancora salvato su questo dispositivo. Il suo contenuto comparirà appena torna la connessione.',
      editDetails: 'Modifica i dati del workshop',
      detailsFormLabel: 'Dati del workshop',
      untitled: 'Workshop senza titolo',
    },
    access: {
      noTokenTitle: 'Questo workshop si apre dal suo link',
      noTokenText:
        'Un workshop si apre dal link condiviso dal facilitatore, che contiene una chiave di accesso. Apri di ' +
        'nuovo quel link, oppure incollalo qui.',
      revokedTitle: 'Questo link non è più valido.',
      revokedText: 'Chiedi al facilitatore quello nuovo.',
      pasteLabel: 'Incolla qui il link del workshop',
      pasteNewLabel: 'Hai il nuovo link? Incollalo qui',
      pasteInvalid: 'Questo non è il link di un workshop. Copia il link intero, compresa la parte «?token=».',
      pasteOpen: 'Apri il workshop',
      rateLimitedTitle: 'Troppi tentativi',
      rateLimitedText:
        'Il server ha ricevuto troppe richieste da questa rete. Attendi un minuto, poi riprova.',
    },
    roles: {
      facilitator: 'Facilitatore',
      participant: 'Partecipante',
      observer: 'Sola lettura',
      viewOnly: 'Sola lettura',
      viewOnlyHelp: 'Questo link ti permette di seguire il workshop in diretta. Non puoi modificare nulla.',
      locked: 'Bloccata',
      lockedHelp:
        'Il facilitatore ha bloccato questa bacheca: non si possono più aggiungere né modificare schede.',
      lockedHelpFacilitator:
        'Bloccata per i partecipanti: ora solo i facilitatori possono modificare questa bacheca.',
    },
    share: {
      button: 'Condividi',
      heading: 'Condividi il workshop',
      close: 'Chiudi',
      participantLabel: 'Link per i partecipanti',
      participantHint: 'Per chiunque scriva schede. Invialo, oppure fai scansionare il codice QR.',
      participantHintForParticipant: 'Passalo a chi deve partecipare al workshop.',
      observerLabel: 'Link per osservatori (sola lettura)',
      observerHint: 'Per un proiettore o un ospite: vede tutto in diretta, non modifica nulla.',
      copy: 'Copia',
      copied: 'Copiato',
      copyParticipant: 'Copia il link per i partecipanti',
      copyObserver: 'Copia il link per osservatori',
      copyFallback: 'Seleziona il link e copialo a mano.',
      newParticipant: 'Nuovo link per i partecipanti',
      newObserver: 'Nuovo link per osservatori',
      confirmParticipantTitle: 'Creare un nuovo link per i partecipanti?',
      confirmParticipantText:
        'Il link attuale per i partecipanti smette subito di funzionare. Chi è entrato con quel link viene ' +
        'disconnesso e ha bisogno del nuovo link. Le schede che ha scritto restano.',
      confirmObserverTitle: 'Creare un nuovo link per osservatori?',
      confirmObserverText:
        'Il link attuale per osservatori smette subito di funzionare. Gli schermi e gli ospiti che lo usano ' +
        'vengono disconnessi e hanno bisogno del nuovo link.',
      confirmNew: 'Crea un nuovo link',
      regenerated: 'Il nuovo link è pronto. Quello vecchio non funziona più.',
      qrLabel: 'Codice QR del link per i partecipanti',
      peopleJoined: (count: number) =>
        plural('it', count, { one: 'Si è unita # persona', other: 'Si sono unite # persone' }),
      projector: 'Vista per il proiettore',
      loading: 'Caricamento dei link…',
      failed: 'Non è stato possibile caricare i link.',
      facilitatorLabel: 'Il tuo link da facilitatore',
      facilitatorHint:
        'Apre il workshop come facilitatore, per gli altri tuoi dispositivi. Tienilo per te; se potrebbe essere trapelato, creane uno nuovo.',
      copyFacilitator: 'Copia il tuo link da facilitatore',
      newFacilitator: 'Nuovo link da facilitatore',
      confirmFacilitatorTitle: 'Creare un nuovo link da facilitatore?',
      confirmFacilitatorText:
        'Il link da facilitatore attuale smette subito di funzionare per chiunque lo abbia, e gli altri tuoi dispositivi ' +
        'vengono disconnessi. Questo dispositivo continua con il nuovo link: copialo da qui per gli altri dispositivi. ' +
        'Partecipanti e osservatori non ne risentono.',
      facilitatorRegenerated:
        'Il tuo nuovo link da facilitatore è pronto e questo dispositivo lo usa già. Quello vecchio non funziona più: copia il nuovo sugli altri dispositivi.',
    },
    projector: {
      scanToJoin: 'Scansiona per partecipare',
      orOpen: 'oppure apri',
      fullScreen: 'Schermo intero',
      back: 'Torna al workshop',
      mode: 'Modalità proiettore',
      modeHelp: 'Solo questa bacheca, a tutto schermo, con caratteri leggibili dal fondo della sala',
      exit: 'Esci dalla modalità proiettore',
      exitKey: 'Esc',
      moreCards: (count: number) =>
        plural('it', count, { one: '+ # altra scheda', other: '+ altre # schede' }),
    },
    practices: {
      heading: 'Buone pratiche',
      count: practices,
      empty: 'Ancora nessuna pratica. Aggiungi qui sotto la prima buona pratica.',
      emptyReadOnly: 'Ancora nessuna pratica. Le aggiunge il facilitatore.',
      untitled: 'Pratica senza titolo',
      openBoard: 'Apri la bacheca',
      openBoardOf: (title: string) => `Apri la bacheca di «${title}»`,
      editOf: (title: string) => `Modifica «${title}»`,
      removeOf: (title: string) => `Rimuovi «${title}»`,
      moveUpOf: (title: string) => `Sposta su «${title}»`,
      moveDownOf: (title: string) => `Sposta giù «${title}»`,
      moveUp: 'Sposta su',
      moveDown: 'Sposta giù',
      peopleOnBoard: (names: readonly string[]) => `Ora su questa bacheca: ${joinNames('it', names)}`,
      addHeading: 'Aggiungi una buona pratica',
      editHeading: 'Modifica la pratica',
      titleLabel: 'Titolo',
      titlePlaceholder: 'es. Orti urbani comunitari',
      titleRequired: 'Dai un titolo alla pratica.',
      organisationLabel: 'Organizzazione partner o regione',
      organisationPlaceholder: 'es. Las Palmas de Gran Canaria',
      descriptionLabel: 'Breve descrizione',
      add: 'Aggiungi la pratica',
      saveChanges: 'Salva le modifiche',
      confirmRemoveTitle: (title: string) => `Rimuovere «${title}»?`,
      confirmRemoveText:
        'La pratica e la sua bacheca spariscono per tutti i presenti al workshop. Puoi annullare subito dopo.',
      confirmRemove: 'Rimuovi la pratica',
    },
    board: {
      allPractices: 'Tutte le pratiche',
      position: (index: number, count: number) => `Pratica ${index} di ${count}`,
      previous: 'Pratica precedente',
      next: 'Pratica successiva',
      loading: 'Caricamento della bacheca…',
      removedTitle: 'Questa pratica non è più nel workshop',
      removedText: 'Qualcuno l’ha rimossa, oppure il link è sbagliato. Le altre pratiche sono nell’elenco.',
      lanesNav: 'Colonne',
    },
    lanes: {
      keyAspects: { title: 'Aspetti chiave', hint: 'che cosa fa funzionare questa pratica' },
      stakeholders: { title: 'Stakeholder', hint: 'chi è coinvolto, chi ne beneficia, chi decide' },
      benefits: { title: 'Benefici', hint: 'che cosa cambia per le persone e per il territorio' },
      transferSteps: {
        title: 'Passi per il trasferimento',
        hint: 'che cosa serve per trasformarla in un’iniziativa nella tua regione',
      },
    },
    cards: {
      count: cards,
      emptyLane: 'Ancora nessuna scheda. Scrivine una qui sotto o trascinane una qui.',
      emptyLaneReadOnly: 'Ancora nessuna scheda.',
      newCardLabel: (lane: string) => `Nuova scheda in ${lane}`,
      newCardPlaceholder: 'Aggiungi una scheda…',
      keysHint: 'Invio salva, Maiusc+Invio va a capo, Esc annulla.',
      add: 'Aggiungi la scheda',
      editLabel: 'Modifica il testo della scheda',
      edit: 'Modifica la scheda',
      options: 'Opzioni della scheda',
      save: 'Salva la scheda',
      delete: 'Elimina la scheda',
      color: 'Colore della scheda',
      changeColor: 'Cambia colore',
      moveHandle: (excerpt: string) => `Sposta la scheda «${excerpt}»`,
      unknownAuthor: 'Autore sconosciuto',
      recovered: 'Qualcuno ha eliminato questa scheda mentre la modificavi. Il tuo testo è conservato qui:',
      recoveredAdd: 'Aggiungi come nuova scheda',
      recoveredDiscard: 'Scarta il testo',
      editing: (names: readonly string[]) =>
        `${joinNames('it', names)} ${names.length === 1 ? 'sta modificando' : 'stanno modificando'}`,
    },
    colors: {
      yellow: 'Giallo',
      green: 'Verde',
      blue: 'Blu',
      pink: 'Rosa',
      purple: 'Viola',
      grey: 'Grigio',
    },
    dnd: {
      roleDescription: 'scheda spostabile',
      instructions:
        'Per prendere una scheda, premi Spazio o Invio. Usa i tasti freccia per spostarla nella sua colonna o ' +
        'in un’altra colonna. Premi di nuovo Spazio o Invio per rilasciarla, oppure Esc per annullare.',
      pickedUp: (card: string, lane: string, position: number, count: number) =>
        `Scheda «${card}» presa in ${lane}, posizione ${position} di ${count}.`,
      over: (lane: string, position: number, count: number) =>
        `La scheda è sopra ${lane}, posizione ${position} di ${count}.`,
      notOver: 'La scheda non è sopra nessuna colonna.',
      dropped: (lane: string, position: number, count: number) =>
        `Scheda rilasciata in ${lane}, posizione ${position} di ${count}.`,
      droppedNowhere: 'La scheda è tornata dov’era.',
      cancelled: (card: string) => `Spostamento annullato. La scheda «${card}» è tornata dov’era.`,
    },
    presence: {
      summary: (count: number) =>
        plural('it', count, { one: '# persona presente', other: '# persone presenti' }),
      heading: 'Chi c’è',
      you: (name: string) => `${name} (tu)`,
      onPracticeList: 'nell’elenco delle pratiche',
      onPractice: (title: string) => `su «${title}»`,
    },
    you: {
      menuLabel: (name: string) => `Tu: ${name}`,
      menuHelp: 'Cambia il tuo nome, la tua organizzazione o la lingua',
      heading: 'I tuoi dati',
    },
    connection: {
      connected: 'Connesso',
      connecting: 'Connessione…',
      reconnecting: 'Riconnessione…',
      offline: 'Offline',
      connectedHelp: 'Le tue modifiche vengono condivise con tutti mentre le fai.',
      reconnectingHelp:
        'Le tue modifiche sono conservate su questo dispositivo e saranno condivise appena torna la connessione.',
      offlineHelp:
        'Sei offline. Le tue modifiche sono conservate su questo dispositivo e condivise quando torni online.',
      notSaving: 'Non ancora salvato',
      notSavingHelp:
        'In questo momento il server non riesce a salvare le modifiche. Le tue sono conservate su questo ' +
        'dispositivo e vengono inviate di nuovo automaticamente.',
      damaged: 'Copia del server danneggiata',
      damagedHelp:
        'La copia salvata sul server di una parte di questo workshop è danneggiata, quindi il server la rifiuta. La tua resta su questo dispositivo.',
      damagedNotice:
        'Una parte di questo workshop non si può aprire dal server: la sua copia salvata è danneggiata. Ciò che vedi e ' +
        'scrivi resta su questo dispositivo e viene inviato quando la copia sarà ripristinata. Avvisa il facilitatore ' +
        'o chi gestisce il server: il suo log indica la parte danneggiata.',
      tooFast: 'Invio tra poco',
      tooFastHelp:
        'Stai inviando modifiche più in fretta di quanto il server le accetti. Restano su questo dispositivo e vengono inviate tra pochi secondi.',
      connectedHelpObserver: 'Vedi le modifiche di tutti mentre le fanno.',
      reconnectingHelpObserver:
        'Ciò che vedi potrebbe non essere aggiornato; si aggiorna appena torna la connessione.',
      offlineHelpObserver:
        'Sei offline. Ciò che vedi potrebbe non essere aggiornato; si aggiorna quando torni online.',
    },
    full: {
      board:
        'Questa bacheca è piena: il server non accetta più modifiche. Ciò che cambi qui resta solo su questo dispositivo.',
      workshop:
        'Questo workshop ha raggiunto il limite di dimensione: il server non accetta più modifiche. Ciò che cambi resta solo su questo dispositivo.',
    },
    groups: {
      untitled: 'Gruppo senza titolo',
      titleLabel: 'Titolo del gruppo',
      groupWithThis: 'Raggruppa con questa scheda',
      dropToGroup: 'Rilascia per raggruppare',
      moveHandle: (title: string) => `Sposta il gruppo «${title}»`,
      ungroup: 'Separa',
      ungroupOf: (title: string) => `Separa «${title}»`,
      ungroupHelp: 'Scioglie il gruppo: le sue schede restano dove sono',
      groupWithAbove: 'Raggruppa con la scheda sopra',
      takeOut: 'Togli dal gruppo',
      roleDescription: 'gruppo spostabile',
      pickedUp: (title: string, lane: string, position: number, count: number) =>
        `Gruppo «${title}» preso in ${lane}, posizione ${position} di ${count}.`,
      pickedUpInGroup: (card: string, group: string, position: number, count: number) =>
        `Scheda «${card}» presa nel gruppo «${group}», scheda ${position} di ${count}. Spostala fuori dal gruppo per toglierla.`,
      overCard: (card: string) => `La scheda è sopra «${card}». Rilasciala per raggruppare le due schede.`,
      overOwnGroup: (group: string) => `La scheda è ancora nel gruppo «${group}».`,
      grouped: (card: string, target: string) => `Scheda «${card}» raggruppata con «${target}».`,
      dropped: (lane: string, position: number, count: number) =>
        `Gruppo rilasciato in ${lane}, posizione ${position} di ${count}.`,
    },
    transfer: {
      details: 'Dettagli per il piano d’azione',
      formLabel: (card: string) => `Dettagli per il piano d’azione di «${card}»`,
      owner: 'Responsabile (organizzazione)',
      ownerPlaceholder: 'es. Comune di Prato',
      timeframe: 'Tempistica',
      timeframePlaceholder: 'es. 2º trimestre 2025',
      resources: 'Risorse',
      resourcesPlaceholder: 'Budget, persone, partner…',
      barriers: 'Ostacoli',
      barriersPlaceholder: 'Che cosa potrebbe impedirlo',
      ownerSummary: (owner: string) => `Responsabile: ${owner}`,
      save: 'Salva i dettagli',
      empty: 'Non ancora compilato.',
    },
    stakeholders: {
      typeLabel: 'Tipo di stakeholder',
      levelLabel: 'Livello',
      noType: 'Tipo…',
      noLevel: 'Livello…',
      types: {
        publicAuthority: 'Autorità pubblica',
        business: 'Impresa',
        research: 'Ricerca',
        civilSociety: 'Società civile',
      },
      typesInList: {
        publicAuthority: 'autorità pubblica',
        business: 'impresa',
        research: 'ricerca',
        civilSociety: 'società civile',
      },
      levels: { local: 'Locale', regional: 'Regionale', national: 'Nazionale' },
      missing: (types: readonly string[]) => `Mancano: ${types.join(', ')}`,
      missingHelp: 'Tipi di stakeholder con cui nessuna scheda di questa colonna è ancora etichettata',
      allPresent: 'Ci sono tutti e quattro i tipi di stakeholder.',
    },
    overview: {
      linksLabel: 'Mappatura del workshop',
      link: 'Panoramica',
      heading: 'Panoramica per il facilitatore',
      intro:
        'Tutte le pratiche a colpo d’occhio, in diretta: schede per colonna, chi c’è su ogni bacheca e le ' +
        'schede più votate.',
      back: 'Tutte le pratiche',
      notForParticipants: 'La panoramica è per i facilitatori e gli osservatori.',
      practicesHeading: 'Pratiche',
      noPractices: 'Ancora nessuna pratica.',
      lanesLabel: 'Schede per colonna',
      emptyLane: 'vuota',
      emptyLanes: (count: number) =>
        plural('it', count, { one: '# colonna ancora vuota', other: '# colonne ancora vuote' }),
      people: 'Ora su questa bacheca',
      nobody: 'Al momento non c’è nessuno su questa bacheca.',
      topVoted: 'Le più votate',
      noVotes: 'Ancora nessun punto.',
      dots,
      votesHidden: 'I risultati compaiono alla chiusura della votazione.',
      groupCards: (count: number) =>
        plural('it', count, { one: 'gruppo di # scheda', other: 'gruppo di # schede' }),
      actionPlan: 'Bozza del piano d’azione',
      actionPlanIntro:
        'Tutti i passi per il trasferimento di tutte le pratiche: chi se ne occupa, quando, con quali risorse ' +
        'e che cosa potrebbe impedirlo.',
      step: 'Passo per il trasferimento',
      noSteps: 'Ancora nessun passo per il trasferimento.',
      notSet: 'non indicato',
    },
    interest: {
      link: 'Interesse al trasferimento',
      heading: 'Interesse al trasferimento',
      intro:
        'Quale partner vuole adattare quale pratica. Ogni organizzazione compila la propria riga; tutti vedono ' +
        'l’intera matrice, in diretta.',
      back: 'Tutte le pratiche',
      levels: {
        none: 'Nessun interesse',
        curious: 'Ci interessa',
        wantToAdapt: 'Vogliamo adattarla',
        actionPlan: 'La includeremo nel nostro piano d’azione',
      },
      unset: 'Nessuna risposta',
      unsetOption: 'Scegli…',
      legend: 'Livelli di interesse',
      organisation: 'Organizzazione',
      yours: 'la tua organizzazione',
      cellLabel: (organisation: string, practice: string) => `Interesse di ${organisation} per «${practice}»`,
      note: 'Nota',
      addNote: 'Aggiungi una nota',
      editNote: 'Modifica la nota',
      addNoteTo: (organisation: string, practice: string) =>
        `Aggiungi una nota all’interesse di ${organisation} per «${practice}»`,
      editNoteOf: (organisation: string, practice: string) =>
        `Modifica la nota sull’interesse di ${organisation} per «${practice}»`,
      noteLabel: (organisation: string, practice: string) => `Nota di ${organisation} su «${practice}»`,
      saveNote: 'Salva la nota',
      noteNeedsLevel: 'Scegli prima un livello.',
      addRowHeading: 'Aggiungi un’organizzazione',
      addRowLabel: 'Organizzazione o regione',
      addRowPlaceholder: 'es. Regione della Macedonia Centrale',
      addRow: 'Aggiungi la riga',
      noOrganisation:
        'Nei tuoi dati manca l’organizzazione, quindi non hai una riga da compilare. Aggiungila dal menu con il tuo nome.',
      readOnly: 'Sola lettura: vedi le risposte di tutti man mano che arrivano.',
      noPractices: 'Ancora nessuna pratica. La matrice si compila quando il facilitatore le aggiunge.',
      noRows: 'Nessuna organizzazione ha ancora risposto.',
      updatedBy: (name: string, when: string) => `Ultima modifica di ${name}, ${when}`,
      practiceSummary: (count: number) =>
        plural('it', count, { one: '# partner vuole adattarla', other: '# partner vogliono adattarla' }),
    },
    undo: {
      undo: 'Annulla',
      redo: 'Ripristina',
      undoHint: 'Annulla la tua ultima modifica (Ctrl+Z)',
      redoHint: 'Ripristina (Ctrl+Maiusc+Z)',
    },
    phases: {
      kinds: {
        silentWriting: 'Scrittura silenziosa',
        revealCluster: 'Rivela e raggruppa',
        vote: 'Votazione',
        discuss: 'Discussione',
        transferPlanning: 'Pianificazione del trasferimento',
        custom: 'Fase senza titolo',
      },
      label: 'Fase',
      none: 'Nessuna fase',
      noneHelp: 'Tutte le bacheche sono aperte alla scrittura.',
      current: 'Fase attuale',
      position: (index: number, count: number) => `Fase ${index} di ${count}`,
      numbered: (index: number, name: string) => `${index}. ${name}`,
      next: (name: string) => `Prossima: ${name}`,
      nextShort: 'Avanti',
      begin: (name: string) => `Inizia: ${name}`,
      nextLabel: (name: string) => `Avvia la fase successiva, «${name}»`,
      privateWriting: 'Scrittura privata',
      voting: 'Votazione',
      lockAll: 'Blocca tutte le bacheche',
      votingOpen: 'Votazione aperta',
      boardsLocked: 'Bacheche bloccate',
      agendaLabel: 'Programma: fasi, loro regole e votazione a punti',
      agendaHeading: 'Programma',
      agendaIntro: 'Le fasi della sessione, in ordine. La fase attuale stabilisce le regole su ogni bacheca.',
      noAgenda: 'Questo workshop non ha ancora un programma.',
      addDefaults: 'Aggiungi il programma predefinito',
      defaultsHint:
        'Scrittura silenziosa, Rivela e raggruppa, Votazione, Discussione, Pianificazione del trasferimento',
      nameOf: (index: number) => `Nome della fase ${index}`,
      rulesOf: (name: string) => `Regole di «${name}»`,
      moveUpOf: (name: string) => `Sposta su «${name}»`,
      moveDownOf: (name: string) => `Sposta giù «${name}»`,
      removeOf: (name: string) => `Rimuovi «${name}»`,
      start: 'Avvia',
      startOf: (name: string) => `Avvia «${name}» ora`,
      now: 'Ora',
      newPhase: 'Nuova fase',
      newPhasePlaceholder: 'es. Pausa caffè',
      addPhase: 'Aggiungi la fase',
      close: 'Chiudi',
    },
    timer: {
      label: 'Timer',
      left: (time: string) => `Restano ${time}`,
      paused: 'In pausa',
      timeUp: 'Tempo scaduto',
      minutes: 'Minuti',
      setTimer: 'Imposta il timer',
      set: 'Imposta',
      setLabel: 'Imposta il timer su questi minuti',
      settings: 'Durata del timer',
      settingsHeading: 'Timer',
      settingsHint:
        'Tutti vedono lo stesso conto alla rovescia. Impostare una durata ferma il timer; avvialo quando la ' +
        'sala è pronta.',
      preset: (minutes: number) => `${minutes} min`,
      presetLabel: (minutes: number) =>
        plural('it', minutes, { one: 'Imposta il timer su # minuto', other: 'Imposta il timer su # minuti' }),
      start: 'Avvia',
      resume: 'Riprendi',
      pause: 'Pausa',
      restart: 'Ricomincia',
      restartLabel: 'Fai ripartire il timer dalla durata completa',
      addMinute: '+1 min',
      addMinuteLabel: 'Aggiungi un minuto',
      resetTo: (time: string) => `Di nuovo a ${time}, fermo`,
      controls: 'Comandi del timer',
      elapsed: 'Tempo trascorso',
    },
    drafts: {
      badge: 'Bozza',
      onlyYou: 'Solo tu la vedi fino alla rivelazione',
      edit: 'Modifica la bozza',
      editLabel: 'Modifica il testo della bozza',
      save: 'Salva la bozza',
      delete: 'Elimina la bozza',
      editOf: (card: string) => `Modifica la bozza «${card}»`,
      deleteOf: (card: string) => `Elimina la bozza «${card}»`,
      count: drafts,
      ofPerson: (name: string, count: number) => `${name}: ${drafts(count)}`,
      countsHeading: 'Scritto in privato finora',
      notice:
        'Scrittura privata: le tue nuove schede sono bozze che vedi solo tu. Compaiono a tutti quando il ' +
        'facilitatore passa alla fase successiva.',
      noticeReadOnly: 'Scrittura privata: ognuno scrive schede visibili solo a sé fino alla rivelazione.',
      yours: (count: number) =>
        plural('it', count, {
          one: 'Hai # bozza su questa bacheca.',
          other: 'Hai # bozze su questa bacheca.',
        }),
    },
    voting: {
      open: 'La votazione a punti è aperta',
      left: (left: number, budget: number) =>
        plural('it', left, {
          one: `Ti resta # punto su ${budget}`,
          other: `Ti restano # punti su ${budget}`,
        }),
      scopePractice: 'in questa bacheca',
      scopeWorkshop: 'nell’intero workshop',
      howTo: 'Dai un punto con + su una scheda; riprendilo con −.',
      hiddenFacilitator:
        'La votazione è aperta. Ognuno vede solo i propri punti finché non chiudi la votazione.',
      hiddenObserver: 'La votazione è aperta. I risultati compaiono alla sua chiusura.',
      lockedBoard: 'La votazione è aperta, ma questa bacheca è bloccata: qui ora non si possono dare punti.',
      closed: 'La votazione è chiusa.',
      addDot: (card: string) => `Dai un punto a «${card}»`,
      removeDot: (card: string) => `Riprendi un punto da «${card}»`,
      yourDots: (count: number, card: string) =>
        plural('it', count, {
          one: `Hai messo # punto su «${card}»`,
          other: `Hai messo # punti su «${card}»`,
        }),
      dots,
      dotsOf: (count: number, card: string) => `${dots(count)} per «${card}»`,
      breakdownHeading: 'Chi ha dato i punti',
      byOrganisation: 'Per organizzazione',
      byPerson: 'Per persona',
      noOrganisation: 'Nessuna organizzazione indicata',
      someone: 'Qualcuno',
      sort: 'Ordina per voti',
      results: 'Risultati',
      resultsHeading: 'Risultati della votazione',
      resultsIntro:
        'Le schede per punti, con chi li ha dati, perché nessuna delegazione prevalga senza che lo si noti.',
      organisationsHeading: 'Punti per organizzazione su questa bacheca',
      voters: (count: number) => plural('it', count, { one: '# votante', other: '# votanti' }),
      noVotes: 'Nessun punto su questa bacheca.',
      group: (title: string) => `Gruppo: ${title}`,
      clear: 'Azzera i voti',
      clearTitle: 'Azzerare tutti i voti di questa bacheca?',
      clearText:
        'I punti di tutti su questa bacheca vengono rimossi, per un nuovo giro. Non si può annullare.',
      settingsHeading: 'Votazione a punti',
      dotsPerPerson: 'Punti a persona',
      budgetScope: 'I punti di ciascuno valgono',
      perPractice: 'per ogni bacheca di pratica',
      perWorkshop: 'per l’intero workshop',
      maxPerCard: 'Massimo di punti di una persona su una scheda',
      close: 'Chiudi',
    },
    follow: {
      follow: 'Segui il facilitatore',
      followShort: 'Segui',
      followHelp: 'Quando il facilitatore porta tutti su una bacheca, vai anche tu.',
      notFollowingHelp: 'Non stai seguendo il facilitatore. Premi per andare dove si trova.',
      summon: 'Porta tutti qui',
      summonHelp: 'Chi ti segue arriva su questa bacheca.',
      summoned: 'Chi ti segue sta arrivando qui.',
      broughtHere: 'Il facilitatore ti ha portato qui.',
    },
    report: {
      heading: 'Resoconto da stampare',
      link: 'Resoconto da stampare (PDF)',
      back: 'Tutte le pratiche',
      print: 'Stampa o salva come PDF',
      printHint:
        'Nella finestra di stampa scegli «Salva come PDF» per conservarne una copia. Il resoconto è impaginato ' +
        'per carta A4.',
      notForOthers:
        'Il resoconto da stampare è per i facilitatori: mostra i voti di tutti, che restano privati finché la ' +
        'votazione è aperta.',
      boardImage: 'Immagine della bacheca (PNG)',
      boardImageHint: 'Una slide, 1920 × 1080',
      drawing: 'Disegno in corso…',
      imageFailed: 'Non è stato possibile creare l’immagine in questo browser.',
    },
    lock: {
      lock: 'Blocca la bacheca',
      unlock: 'Sblocca la bacheca',
      lockOf: (title: string) => `Blocca la bacheca di «${title}»`,
      unlockOf: (title: string) => `Sblocca la bacheca di «${title}»`,
      phaseLocked: 'Bloccata in questa fase',
      phaseLockedHelp:
        'La fase attuale blocca tutte le bacheche: non si possono più aggiungere né modificare schede.',
    },
    room: {
      done: 'Ho finito',
      doneHelp: 'Fai sapere al facilitatore che hai finito questa fase',
      raiseHand: 'Alza la mano',
      lowerHand: 'Abbassa la mano',
      handHelp: 'Chiedi la parola al facilitatore',
      button: 'Sala',
      status: (done: number, total: number, hands: number) => {
        const raised = plural('it', hands, { one: '# mano alzata', other: '# mani alzate' })
        return total === 0 ? raised : `${done} su ${total} hanno finito, ${raised}`
      },
      heading: 'La sala',
      doneCount: (done: number, total: number) => `${done} su ${total} hanno finito`,
      doneHeading: 'Hanno finito',
      waitingHeading: 'Stanno ancora lavorando',
      noPhase: 'Avvia una fase per vedere chi l’ha finita.',
      noParticipants: 'Ancora nessun partecipante.',
      handsHeading: 'Mani alzate',
      noHands: 'Nessuna mano alzata.',
      acknowledge: (name: string) => `Abbassa la mano di ${name}`,
      lower: 'Abbassa',
    },
    history: {
      heading: 'Cronologia del workshop',
      link: 'Cronologia',
      back: 'Tutte le pratiche',
      notForOthers:
        'Solo il facilitatore può vedere la cronologia del workshop e ripristinare uno stato precedente.',
      intro:
        'A ogni cambio di fase viene salvata un’istantanea di tutte le bacheche. Aprine una per confrontarla ' +
        'con lo stato attuale o per ripristinarla.',
      takeHeading: 'Salva un’istantanea ora',
      noteLabel: 'Nota (facoltativa)',
      notePlaceholder: 'es. prima di raggruppare',
      take: 'Salva un’istantanea ora',
      taking: 'Salvataggio…',
      taken: 'Istantanea salvata.',
      unchanged:
        'Nulla è cambiato dall’ultima istantanea, quindi resta quella e non ne è stata salvata un’altra.',
      manualLimit:
        'Questo workshop conserva già 50 istantanee salvate a mano, il massimo. Quelle ai cambi di fase continuano a essere salvate.',
      formatTime: (timestamp: number) =>
        new Intl.DateTimeFormat('it', { dateStyle: 'medium', timeStyle: 'short' }).format(timestamp),
      listHeading: 'Istantanee',
      empty: 'Ancora nessuna istantanea. Se ne salva una a ogni cambio di fase, oppure salvane una ora.',
      reasonPhaseChange: (phase: string) => `Cambio di fase: ${phase}`,
      reasonManual: 'Salvata a mano',
      reasonManualNote: (note: string) => `Salvata a mano: ${note}`,
      reasonBeforeRestore: (when: string) => `Prima del ripristino dell’istantanea del ${when}`,
      reasonBeforeRestoreUnknown: 'Prima del ripristino di un’istantanea precedente',
      cards,
      open: 'Apri',
      opening: 'Apertura…',
      close: 'Chiudi',
      viewHeading: (when: string) => `Istantanea del ${when}`,
      readOnly: 'Sola lettura: le bacheche com’erano allora.',
      sinceThen: (changes: { added: number; removed: number; moved: number; edited: number }) =>
        `Da allora: ${plural('it', changes.added, {
          one: '# scheda aggiunta',
          other: '# schede aggiunte',
        })}, ${plural('it', changes.removed, { one: '# rimossa', other: '# rimosse' })}, ${plural(
          'it',
          changes.moved,
          { one: '# spostata', other: '# spostate' },
        )}, ${plural('it', changes.edited, { one: '# modificata', other: '# modificate' })}.`,
      nothingChanged: 'Da allora nulla è cambiato sulle bacheche.',
      practiceRemovedSince: 'Rimossa dal workshop nel frattempo; il ripristino la riporta.',
      practicesAddedSince: (titles: string) =>
        `Pratiche aggiunte nel frattempo (il ripristino le rimuove): ${titles}`,
      untitledPractice: 'Pratica senza titolo',
      emptyLane: 'Nessuna scheda',
      markRemoved: 'Rimossa nel frattempo',
      markMoved: (from: string, to: string) => `Spostata nel frattempo: ${from} → ${to}`,
      markRegrouped: 'Spostata in un altro gruppo nel frattempo',
      markEdited: 'Modificata nel frattempo',
      editedNow: (text: string) => `Ora: ${text}`,
      addedSinceHeading: 'Aggiunte nel frattempo (il ripristino le rimuove)',
      inLane: (lane: string) => `in ${lane}`,
      restore: 'Ripristina questa istantanea',
      restoring: 'Ripristino…',
      confirmTitle: 'Ripristinare questa istantanea?',
      confirmText:
        'Tutte le bacheche tornano a questa istantanea, per tutti, subito. Lo stato attuale viene prima salvato ' +
        'come istantanea, così puoi annullare ripristinando quella. La sessione in corso (fase, timer) resta ' +
        'com’è.',
      confirm: 'Ripristina',
      restored:
        'Ripristinata. Le bacheche di tutti mostrano ora questa istantanea; lo stato precedente è conservato in ' +
        'cima all’elenco.',
      notFound: 'Questa istantanea non esiste più.',
    },
    exports: {
      button: 'Esporta',
      menuLabel: 'Esporta i risultati del workshop',
      heading: 'Scarica i risultati',
      formats: {
        md: 'Resoconto (Markdown)',
        csv: 'Schede come foglio di calcolo (CSV)',
        json: 'Workshop completo (JSON, da importare)',
        docx: 'Resoconto (Word)',
      },
      downloading: 'Download in corso…',
    },
    lifecycle: {
      menuButton: 'Workshop',
      menuLabel: 'Azioni del workshop',
      menuHeading: 'Questo workshop',
      startFollowUp: 'Avvia un evento di follow-up…',
      deleteWorkshop: 'Elimina il workshop…',
      followUpTitle: 'Avvia un workshop di follow-up',
      followUpIntro:
        'Un nuovo workshop per il vostro prossimo incontro, a partire dalle bacheche di questo. Questo workshop resta com’è.',
      followUpDefaultTitle: (title: string) => `${title} — follow-up`,
      carryLegend: 'Che cosa riportare',
      carryEverything: 'Tutto',
      carryEverythingHint:
        'Tutte le pratiche con tutte le loro schede, i gruppi, i passi per il trasferimento e la matrice ' +
        'dell’interesse.',
      carryTransfer: 'Solo i passi per il trasferimento e l’interesse',
      carryTransferHint:
        'Tutte le pratiche, solo le schede della colonna dei passi per il trasferimento, e la matrice ' +
        'dell’interesse.',
      votesNotCarried: 'I voti non vengono riportati: al prossimo evento si vota di nuovo.',
      create: 'Crea il follow-up',
      creating: 'Creazione…',
      deleteTitle: (title: string) => `Eliminare «${title}»?`,
      deleteText:
        'Vengono eliminati tutte le bacheche, le schede, i voti e la matrice dell’interesse di questo workshop, ' +
        'per tutti, e non si può annullare. I suoi link smettono di funzionare.',
      deleteExportFirst:
        'Forse vuoi prima scaricare l’esportazione JSON: si può importare di nuovo in seguito.',
      downloadJson: 'Scarica l’esportazione JSON',
      downloaded: 'Scaricato.',
      deleteConfirm: 'Elimina per tutti',
      deleting: 'Eliminazione…',
      deletedTitle: 'Questo workshop è stato eliminato dal suo facilitatore',
      deletedText: 'Le sue bacheche non ci sono più e i suoi link non funzionano più.',
      followUpOf: (title: string, date: string) =>
        date ? `Follow-up di ${title} (${date})` : `Follow-up di ${title}`,
      csvButton: 'Importa le pratiche da CSV',
      csvColumns:
        'Una pratica per riga, dopo una riga d’intestazione che dà il nome alle colonne: titolo, ' +
        'organizzazione (o regione), descrizione. Intestazioni in inglese, polacco o spagnolo; virgole o punti ' +
        'e virgola.',
      csvFileLabel: 'Elenco delle pratiche (.csv)',
      csvImporting: 'Importazione…',
      csvAdded: (count: number) =>
        plural('it', count, { one: '# pratica aggiunta', other: '# pratiche aggiunte' }),
      csvTooLarge: 'Questo file è troppo grande (il limite è 1 MB).',
      csvNotUtf8:
        'Questo file non è salvato in UTF-8, quindi le sue lettere accentate andrebbero perse. Salvalo come ' +
        '«CSV UTF-8» (in Excel: File → Salva con nome → CSV UTF-8) e sceglilo di nuovo. Non è stato importato nulla.',
      csvRefused: 'Non è stato importato nulla. Correggi il file e sceglilo di nuovo:',
      csvEmpty: 'Il file è vuoto.',
      csvNotCsv: (line: number) =>
        `Il file non è un CSV valido: controlla le virgolette intorno alla riga ${line}.`,
      csvNoTitleColumn: 'La prima riga deve dare il nome alle colonne, e nessuna è il titolo.',
      csvNoPractices: 'Il file ha una riga d’intestazione ma nessuna pratica.',
      csvNoTitle: (row: number) => `La riga ${row} non ha un titolo.`,
      csvTitleTooLong: (row: number, length: number, max: number) =>
        `Riga ${row}: il titolo ha ${characters(length)}; ne entrano al massimo ${max}.`,
      csvOrganisationTooLong: (row: number, length: number, max: number) =>
        `Riga ${row}: l’organizzazione ha ${characters(length)}; ne entrano al massimo ${max}.`,
      csvDescriptionTooLong: (row: number, length: number, max: number) =>
        `Riga ${row}: la descrizione ha ${characters(length)}; ne entrano al massimo ${max}.`,
      csvTooMany: (count: number, max: number) =>
        `Il file contiene ${practices(count)}; se ne possono importare al massimo ${max} alla volta.`,
      csvMoreProblems: (count: number) =>
        plural('it', count, { one: '…e # altro problema.', other: '…e altri # problemi.' }),
      deleteFailed: 'Non è stato possibile eliminare il workshop. Non è stato rimosso nulla; riprova.',
    },
    import: {
      heading: 'Importa un workshop (JSON)',
      text: 'Apri una copia di un workshop dalla sua esportazione JSON: pratiche, schede, voti e programma. Ne diventerai il facilitatore.',
      fileLabel: 'Esportazione del workshop (.json)',
      importing: 'Importazione…',
      tooLarge: 'Questo file è troppo grande da importare (il limite è 5 MB).',
      notAnExport:
        'Questo file non è un’esportazione di un workshop di PracticeMap, oppure viene da una versione che questo server non sa leggere.',
      unreadable: 'Non è stato possibile leggere il file.',
    },
  },
}

export default italian
