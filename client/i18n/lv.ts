import { joinNames, type Locale, plural } from './locale'

/** "1 rakstzīme", "2 rakstzīmes", "10 rakstzīmju": a length in the practice-list problems. */
function characters(count: number): string {
  return plural('lv', count, { zero: '# rakstzīmju', one: '# rakstzīme', other: '# rakstzīmes' })
}

/**
 * Latvian, with Interreg Europe's vocabulary (labā prakse, ieinteresētās puses, rīcības plāns): buttons in
 * the infinitive as Latvian software writes them ("Saglabāt"), instructions in the polite "jūs", quotes « ».
 * Counts: CLDR's `one` is 1, 21, 31… (not 11) with the singular; `zero` is 0, 10–20, 30… with the genitive
 * plural ("10 kartīšu"); `other` is the rest with the nominative plural ("2 kartītes"). Names of lanes and
 * practices keep their own case inside « », so a sentence never has to decline them.
 */
const latvian: Locale = {
  code: 'lv',
  name: 'Latviešu',
  messages: {
    app: {
      name: 'PracticeMap',
      homeLink: 'PracticeMap, sākumlapa',
      skipToContent: 'Pāriet uz saturu',
      loading: 'Ielādē…',
      pageNotFound: 'Lapa nav atrasta',
      pageNotFoundText: 'Šajā adresē nekā nav.',
      goHome: 'Uz sākumlapu',
    },
    common: {
      save: 'Saglabāt',
      cancel: 'Atcelt',
      edit: 'Rediģēt',
      remove: 'Noņemt',
      optional: '(nav obligāti)',
    },
    language: {
      label: 'Valoda',
      button: (name: string) => `Valoda: ${name}`,
    },
    home: {
      title: 'Kartējiet labās prakses kopā',
      intro:
        'Kopīga tāfele projekta partneriem. Aprakstiet katru labo praksi — tās galvenos aspektus, ' +
        'ieinteresētās puses, ieguvumus un pārneses soļus — kopā un reāllaikā, gan telpā, gan attālināti.',
      createHeading: 'Sākt jaunu darbnīcu',
      titleLabel: 'Darbnīcas nosaukums',
      titlePlaceholder: 'piem., Tematisks seminārs par pieejamu mājokli',
      titleRequired: 'Piešķiriet darbnīcai nosaukumu.',
      dateLabel: 'Datums',
      placeLabel: 'Vieta',
      placePlaceholder: 'piem., Las Palmas de Gran Canaria',
      create: 'Izveidot darbnīcu',
      creating: 'Izveido…',
      exampleHeading: 'Kā tas darbojas',
      exampleText:
        'Atveriet IMPETUS semināra (Las Palmas de Gran Canaria) kopiju ar divām jau kartētām labajām praksēm: ' +
        'mājokļu programmu «dzīvoklis pret remontu» un kopienas pilsētdārziem.',
      openExample: 'Atvērt piemēra darbnīcu',
      openingExample: 'Atver…',
      recentHeading: 'Jūsu nesenās darbnīcas',
      recentEmpty:
        'Šeit būs redzamas darbnīcas, ko atverat šajā ierīcē, lai tās varētu viegli atrast vēlreiz.',
      lastOpened: (when: string) => `Atvērta ${when}`,
      forget: (title: string) => `Noņemt «${title}» no šī saraksta`,
      untitled: 'Darbnīca bez nosaukuma',
    },
    errors: {
      offline:
        'Jūs esat bezsaistē. Lai izveidotu darbnīcu, vajadzīgs savienojums; iepriekš atvērtās darbnīcas ' +
        'joprojām darbojas.',
      network: 'Neizdevās sazināties ar serveri. Pārbaudiet savienojumu un mēģiniet vēlreiz.',
      server: 'Serverī radās kļūda. Lūdzu, mēģiniet vēlreiz pēc brīža.',
      invalid: 'Lūdzu, pārbaudiet ievadītos datus.',
      forbidden: 'Šī saite to neatļauj. Jautājiet moderatoram.',
      tooLarge: 'Tas ir vairāk, nekā serveris pieņem vienā reizē.',
      creationLimit:
        'No šī tīkla īsā laikā izveidots pārāk daudz darbnīcu. Mazliet pagaidiet un mēģiniet vēlreiz.',
    },
    join: {
      heading: 'Pievienoties darbnīcai',
      headingWithTitle: (title: string) => `Pievienoties darbnīcai «${title}»`,
      intro:
        'Pastāstiet citiem, kas jūs esat. Jūsu vārds un organizācija būs redzami uz jūsu rakstītajām kartītēm ' +
        'un darbnīcas dalībnieku sarakstā.',
      nameLabel: 'Jūsu vārds',
      nameRequired: 'Lūdzu, ievadiet savu vārdu.',
      organisationLabel: 'Organizācija vai reģions',
      organisationPlaceholder: 'piem., Žirardovas pilsēta',
      submit: 'Pievienoties',
      remembered: 'Saglabāts šajā ierīcē. Vēlāk to var mainīt izvēlnē ar jūsu vārdu.',
    },
    workshop: {
      opening: 'Atver darbnīcu…',
      notFoundTitle: 'Darbnīca nav atrasta',
      notFoundText: 'Šajā saitē nav nevienas darbnīcas. Pārbaudiet saņemto saiti vai sāciet jaunu darbnīcu.',
      forgetRecent: 'Noņemt to no manām nesenajām darbnīcām',
      unreachableTitle: 'Nevar sazināties ar serveri',
      unreachableText:
        'Šī darbnīca šajā ierīcē vēl nav atvērta, tāpēc to nevar parādīt bezsaistē. Pieslēdzieties internetam ' +
        'un mēģiniet vēlreiz.',
      retry: 'Mēģināt vēlreiz',
      notOnDevice:
        'Šī darbnīca šajā ierīcē vēl nav saglabāta. Tās saturs parādīsies, tiklīdz atjaunosies savienojums.',
      editDetails: 'Rediģēt darbnīcas informāciju',
      detailsFormLabel: 'Darbnīcas informācija',
      untitled: 'Darbnīca bez nosaukuma',
    },
    access: {
      noTokenTitle: 'Šo darbnīcu atver ar tās saiti',
      noTokenText:
        'Darbnīcu atver ar saiti, ko kopīgo tās moderators; saitē ir piekļuves atslēga. Atveriet šo saiti ' +
        'vēlreiz vai ielīmējiet to šeit.',
      revokedTitle: 'Šī saite vairs nav derīga.',
      revokedText: 'Palūdziet moderatoram jauno saiti.',
      pasteLabel: 'Ielīmējiet šeit darbnīcas saiti',
      pasteNewLabel: 'Jums ir jaunā saite? Ielīmējiet to šeit',
      pasteInvalid: 'Šī nav darbnīcas saite. Nokopējiet visu saiti, ieskaitot tās daļu «?token=».',
      pasteOpen: 'Atvērt darbnīcu',
      rateLimitedTitle: 'Pārāk daudz mēģinājumu',
      rateLimitedText:
        'Serveris no šī tīkla ir saņēmis pārāk daudz pieprasījumu. Uzgaidiet minūti un mēģiniet vēlreiz.',
    },
    roles: {
      facilitator: 'Moderators',
      participant: 'Dalībnieks',
      observer: 'Tikai skatīšanās',
      viewOnly: 'Tikai skatīšanās',
      viewOnlyHelp: 'Ar šo saiti varat sekot darbnīcai reāllaikā, bet neko mainīt nevarat.',
      locked: 'Bloķēta',
      lockedHelp: 'Moderators ir bloķējis šo tāfeli: kartītes vairs nevar pievienot vai mainīt.',
      lockedHelpFacilitator: 'Bloķēta dalībniekiem: tagad šo tāfeli var mainīt tikai moderatori.',
    },
    share: {
      button: 'Kopīgot',
      heading: 'Kopīgot darbnīcu',
      close: 'Aizvērt',
      participantLabel: 'Dalībnieku saite',
      participantHint: 'Visiem, kas raksta kartītes. Nosūtiet to vai ļaujiet noskenēt QR kodu.',
      participantHintForParticipant: 'Nododiet to tiem, kam jāpievienojas darbnīcai.',
      observerLabel: 'Novērotāju saite (tikai skatīšanās)',
      observerHint: 'Projektoram vai viesim: redz visu reāllaikā, neko nemaina.',
      copy: 'Kopēt',
      copied: 'Nokopēts',
      copyParticipant: 'Kopēt dalībnieku saiti',
      copyObserver: 'Kopēt novērotāju saiti',
      copyFallback: 'Atlasiet saiti un nokopējiet to manuāli.',
      newParticipant: 'Jauna dalībnieku saite',
      newObserver: 'Jauna novērotāju saite',
      confirmParticipantTitle: 'Izveidot jaunu dalībnieku saiti?',
      confirmParticipantText:
        'Pašreizējā dalībnieku saite uzreiz pārstās darboties. Visi, kas ar to pievienojās, tiks atvienoti, ' +
        'un viņiem būs vajadzīga jaunā saite. Viņu uzrakstītās kartītes paliks.',
      confirmObserverTitle: 'Izveidot jaunu novērotāju saiti?',
      confirmObserverText:
        'Pašreizējā novērotāju saite uzreiz pārstās darboties. Ekrāni un viesi, kas to izmanto, tiks ' +
        'atvienoti, un viņiem būs vajadzīga jaunā saite.',
      confirmNew: 'Izveidot jaunu saiti',
      regenerated: 'Jaunā saite ir gatava. Vecā vairs nedarbojas.',
      qrLabel: 'Dalībnieku saites QR kods',
      peopleJoined: (count: number) =>
        plural('lv', count, {
          zero: '# dalībnieku pievienojās',
          one: '# dalībnieks pievienojās',
          other: '# dalībnieki pievienojās',
        }),
      projector: 'Projektora skats',
      loading: 'Ielādē saites…',
      failed: 'Saites neizdevās ielādēt.',
      facilitatorLabel: 'Jūsu moderatora saite',
      facilitatorHint:
        'Atver darbnīcu kā moderators — jūsu citām ierīcēm. Paturiet to pie sevis; ja tā varētu būt nopludināta, izveidojiet jaunu.',
      copyFacilitator: 'Kopēt jūsu moderatora saiti',
      newFacilitator: 'Jauna moderatora saite',
      confirmFacilitatorTitle: 'Izveidot jaunu moderatora saiti?',
      confirmFacilitatorText:
        'Pašreizējā moderatora saite uzreiz pārstāj darboties ikvienam, kam tā ir, un jūsu citas ierīces ' +
        'tiek atvienotas. Šī ierīce turpina ar jauno saiti: nokopējiet to šeit savām citām ierīcēm. ' +
        'Dalībniekus un novērotājus tas neietekmē.',
      facilitatorRegenerated:
        'Jūsu jaunā moderatora saite ir gatava, un šī ierīce to jau izmanto. Vecā vairs nedarbojas: nokopējiet jauno savās citās ierīcēs.',
    },
    projector: {
      scanToJoin: 'Noskenējiet, lai pievienotos',
      orOpen: 'vai atveriet',
      fullScreen: 'Pilnekrāns',
      back: 'Atpakaļ uz darbnīcu',
      mode: 'Projektora režīms',
      modeHelp: 'Tikai šī tāfele visā ekrānā, ar burtiem, ko var izlasīt zāles aizmugurē',
      exit: 'Iziet no projektora režīma',
      exitKey: 'Esc',
      moreCards: (count: number) =>
        plural('lv', count, { zero: '+ vēl # kartīšu', one: '+ vēl # kartīte', other: '+ vēl # kartītes' }),
    },
    practices: {
      heading: 'Labās prakses',
      count: (count: number) =>
        plural('lv', count, { zero: '# prakšu', one: '# prakse', other: '# prakses' }),
      empty: 'Vēl nav nevienas prakses. Pievienojiet pirmo labo praksi zemāk.',
      emptyReadOnly: 'Vēl nav nevienas prakses. Tās pievieno moderators.',
      untitled: 'Prakse bez nosaukuma',
      openBoard: 'Atvērt tāfeli',
      openBoardOf: (title: string) => `Atvērt prakses «${title}» tāfeli`,
      editOf: (title: string) => `Rediģēt «${title}»`,
      removeOf: (title: string) => `Noņemt «${title}»`,
      moveUpOf: (title: string) => `Pārvietot «${title}» augstāk`,
      moveDownOf: (title: string) => `Pārvietot «${title}» zemāk`,
      moveUp: 'Augstāk',
      moveDown: 'Zemāk',
      peopleOnBoard: (names: readonly string[]) => `Pašlaik pie šīs tāfeles: ${joinNames('lv', names)}`,
      addHeading: 'Pievienot labo praksi',
      editHeading: 'Rediģēt praksi',
      titleLabel: 'Nosaukums',
      titlePlaceholder: 'piem., Kopienas pilsētdārzi',
      titleRequired: 'Piešķiriet praksei nosaukumu.',
      organisationLabel: 'Partnerorganizācija vai reģions',
      organisationPlaceholder: 'piem., Las Palmas de Gran Canaria',
      descriptionLabel: 'Īss apraksts',
      add: 'Pievienot praksi',
      saveChanges: 'Saglabāt izmaiņas',
      confirmRemoveTitle: (title: string) => `Noņemt «${title}»?`,
      confirmRemoveText:
        'Prakse un tās tāfele pazudīs visiem darbnīcas dalībniekiem. Uzreiz pēc tam to varēsiet atsaukt.',
      confirmRemove: 'Noņemt praksi',
    },
    board: {
      allPractices: 'Visas prakses',
      position: (index: number, count: number) => `${index}. prakse no ${count}`,
      previous: 'Iepriekšējā prakse',
      next: 'Nākamā prakse',
      loading: 'Ielādē tāfeli…',
      removedTitle: 'Šīs prakses darbnīcā vairs nav',
      removedText: 'Kāds to noņēma, vai arī saite ir kļūdaina. Pārējās prakses atradīsiet prakšu sarakstā.',
      lanesNav: 'Kolonnas',
    },
    lanes: {
      keyAspects: { title: 'Galvenie aspekti', hint: 'kas nodrošina šīs prakses panākumus' },
      stakeholders: { title: 'Ieinteresētās puses', hint: 'kas ir iesaistīti, kas gūst labumu, kas lemj' },
      benefits: { title: 'Ieguvumi', hint: 'kas mainās cilvēkiem un vietai' },
      transferSteps: {
        title: 'Pārneses soļi',
        hint: 'kas vajadzīgs, lai to pārvērstu par iniciatīvu jūsu reģionā',
      },
    },
    cards: {
      count: (count: number) =>
        plural('lv', count, { zero: '# kartīšu', one: '# kartīte', other: '# kartītes' }),
      emptyLane: 'Vēl nav kartīšu. Uzrakstiet kartīti zemāk vai ievelciet to šeit.',
      emptyLaneReadOnly: 'Vēl nav kartīšu.',
      newCardLabel: (lane: string) => `Jauna kartīte kolonnā «${lane}»`,
      newCardPlaceholder: 'Pievienot kartīti…',
      keysHint: 'Enter — saglabāt, Shift+Enter — jauna rinda, Escape — atcelt.',
      add: 'Pievienot kartīti',
      editLabel: 'Rediģēt kartītes tekstu',
      edit: 'Rediģēt kartīti',
      options: 'Kartītes opcijas',
      save: 'Saglabāt kartīti',
      delete: 'Dzēst kartīti',
      color: 'Kartītes krāsa',
      changeColor: 'Mainīt krāsu',
      moveHandle: (excerpt: string) => `Pārvietot kartīti «${excerpt}»`,
      unknownAuthor: 'Nezināms autors',
      recovered: 'Kāds izdzēsa šo kartīti, kamēr jūs to rediģējāt. Jūsu teksts ir saglabāts šeit:',
      recoveredAdd: 'Pievienot kā jaunu kartīti',
      recoveredDiscard: 'Atmest tekstu',
      // "rediģē" is both "is editing" and "are editing" in Latvian.
      editing: (names: readonly string[]) => `${joinNames('lv', names)} rediģē`,
    },
    // The colours of a card (kartīte, feminine).
    colors: {
      yellow: 'Dzeltena',
      green: 'Zaļa',
      blue: 'Zila',
      pink: 'Rozā',
      purple: 'Violeta',
      grey: 'Pelēka',
    },
    dnd: {
      roleDescription: 'pārvietojama kartīte',
      instructions:
        'Lai paceltu kartīti, nospiediet atstarpes taustiņu vai Enter. Ar bulttaustiņiem pārvietojiet to savā ' +
        'kolonnā vai uz citu kolonnu. Vēlreiz nospiediet atstarpes taustiņu vai Enter, lai to noliktu, vai ' +
        'Escape, lai atceltu.',
      pickedUp: (card: string, lane: string, position: number, count: number) =>
        `Pacelta kartīte «${card}» kolonnā «${lane}», ${position}. pozīcija no ${count}.`,
      over: (lane: string, position: number, count: number) =>
        `Kartīte ir virs kolonnas «${lane}», ${position}. pozīcija no ${count}.`,
      notOver: 'Kartīte nav virs nevienas kolonnas.',
      dropped: (lane: string, position: number, count: number) =>
        `Kartīte nolikta kolonnā «${lane}», ${position}. pozīcija no ${count}.`,
      droppedNowhere: 'Kartīte atgriezta savā vietā.',
      cancelled: (card: string) => `Pārvietošana atcelta. Kartīte «${card}» atgriezta savā vietā.`,
    },
    presence: {
      summary: (count: number) =>
        plural('lv', count, { zero: '# klātesošo', one: '# klātesošais', other: '# klātesošie' }),
      heading: 'Kas šeit ir',
      you: (name: string) => `${name} (jūs)`,
      onPracticeList: 'prakšu sarakstā',
      onPractice: (title: string) => `pie «${title}»`,
    },
    you: {
      menuLabel: (name: string) => `Jūs: ${name}`,
      menuHelp: 'Mainīt vārdu, organizāciju vai valodu',
      heading: 'Jūsu dati',
    },
    connection: {
      connected: 'Savienots',
      connecting: 'Savienojas…',
      reconnecting: 'Atjauno savienojumu…',
      offline: 'Bezsaistē',
      connectedHelp: 'Jūsu izmaiņas visi redz uzreiz.',
      reconnectingHelp:
        'Jūsu izmaiņas tiek glabātas šajā ierīcē un tiks kopīgotas, tiklīdz atjaunosies savienojums.',
      offlineHelp:
        'Jūs esat bezsaistē. Jūsu izmaiņas tiek glabātas šajā ierīcē un tiks kopīgotas, kad atkal būsiet ' +
        'tiešsaistē.',
      notSaving: 'Vēl nav saglabāts',
      notSavingHelp:
        'Serveris pašlaik nevar saglabāt izmaiņas. Jūsējās tiek glabātas šajā ierīcē un tiks automātiski ' +
        'nosūtītas vēlreiz.',
      damaged: 'Servera kopija ir bojāta',
      damagedHelp:
        'Šīs darbnīcas daļas serverī saglabātā kopija ir bojāta, tāpēc serveris to atsaka. Jūsu kopija ir saglabāta šajā ierīcē.',
      damagedNotice:
        'Daļu šīs darbnīcas nevar atvērt no servera: tās saglabātā kopija ir bojāta. Tas, ko redzat un rakstāt, ' +
        'tiek glabāts šajā ierīcē un tiks nosūtīts, kad kopija būs atjaunota. Pasakiet moderatoram vai tam, kas ' +
        'uztur serveri: servera žurnālā ir norādīta bojātā daļa.',
      tooFast: 'Drīz tiks nosūtīts',
      tooFastHelp:
        'Jūs sūtāt izmaiņas ātrāk, nekā serveris tās pieņem. Tās tiek glabātas šajā ierīcē un tiks nosūtītas pēc dažām sekundēm.',
      connectedHelpObserver: 'Jūs redzat visu izmaiņas uzreiz.',
      reconnectingHelpObserver:
        'Redzamais var nebūt aktuāls; tas tiks atjaunināts, tiklīdz savienojums atjaunosies.',
      offlineHelpObserver:
        'Jūs esat bezsaistē. Redzamais var nebūt aktuāls; tas tiks atjaunināts, kad atkal būsiet tiešsaistē.',
    },
    full: {
      board:
        'Šī tāfele ir pilna: serveris tajā vairs nepieņem izmaiņas. Tas, ko šeit maināt, paliek tikai šajā ierīcē.',
      workshop:
        'Šī darbnīca ir sasniegusi izmēra ierobežojumu: serveris vairs nepieņem izmaiņas. Tas, ko maināt, paliek tikai šajā ierīcē.',
    },
    groups: {
      untitled: 'Grupa bez nosaukuma',
      titleLabel: 'Grupas nosaukums',
      groupWithThis: 'Grupēt ar šo kartīti',
      dropToGroup: 'Nolieciet, lai sagrupētu',
      moveHandle: (title: string) => `Pārvietot grupu «${title}»`,
      ungroup: 'Atgrupēt',
      ungroupOf: (title: string) => `Atgrupēt «${title}»`,
      ungroupHelp: 'Izjaukt grupu: tās kartītes paliek savās vietās',
      groupWithAbove: 'Grupēt ar kartīti augstāk',
      takeOut: 'Izņemt no grupas',
      roleDescription: 'pārvietojama grupa',
      pickedUp: (title: string, lane: string, position: number, count: number) =>
        `Pacelta grupa «${title}» kolonnā «${lane}», ${position}. pozīcija no ${count}.`,
      pickedUpInGroup: (card: string, group: string, position: number, count: number) =>
        `Pacelta kartīte «${card}» grupā «${group}», ${position}. kartīte no ${count}. Pārvietojiet to ārpus grupas, lai to izņemtu.`,
      overCard: (card: string) =>
        `Kartīte ir virs kartītes «${card}». Nolieciet to, lai sagrupētu abas kartītes.`,
      overOwnGroup: (group: string) => `Kartīte joprojām ir grupā «${group}».`,
      grouped: (card: string, target: string) => `Kartīte «${card}» sagrupēta ar «${target}».`,
      dropped: (lane: string, position: number, count: number) =>
        `Grupa nolikta kolonnā «${lane}», ${position}. pozīcija no ${count}.`,
    },
    transfer: {
      details: 'Rīcības plāna detaļas',
      formLabel: (card: string) => `Rīcības plāna detaļas kartītei «${card}»`,
      owner: 'Atbildīgais (organizācija)',
      ownerPlaceholder: 'piem., Žirardovas pilsēta',
      timeframe: 'Termiņš',
      timeframePlaceholder: 'piem., 2025. g. 2. cet.',
      resources: 'Resursi',
      resourcesPlaceholder: 'Budžets, cilvēki, partneri…',
      barriers: 'Šķēršļi',
      barriersPlaceholder: 'Kas varētu traucēt',
      ownerSummary: (owner: string) => `Atbildīgais: ${owner}`,
      save: 'Saglabāt detaļas',
      empty: 'Vēl nav aizpildīts.',
    },
    stakeholders: {
      typeLabel: 'Ieinteresētās puses veids',
      levelLabel: 'Līmenis',
      noType: 'Veids…',
      noLevel: 'Līmenis…',
      types: {
        publicAuthority: 'Publiskā iestāde',
        business: 'Uzņēmējdarbība',
        research: 'Pētniecība',
        civilSociety: 'Pilsoniskā sabiedrība',
      },
      typesInList: {
        publicAuthority: 'publiskā iestāde',
        business: 'uzņēmējdarbība',
        research: 'pētniecība',
        civilSociety: 'pilsoniskā sabiedrība',
      },
      levels: { local: 'Vietējais', regional: 'Reģionālais', national: 'Valsts' },
      missing: (types: readonly string[]) => `Trūkst: ${types.join(', ')}`,
      missingHelp: 'Ieinteresēto pušu veidi, ar kuriem vēl nav atzīmēta neviena kartīte šajā kolonnā',
      allPresent: 'Ir pārstāvēti visi četri ieinteresēto pušu veidi.',
    },
    overview: {
      linksLabel: 'Darbnīcas kartēšana',
      link: 'Moderatora pārskats',
      heading: 'Moderatora pārskats',
      intro:
        'Visas prakses vienuviet, reāllaikā: kartīšu skaits kolonnās, kas strādā pie katras tāfeles, un ' +
        'kartītes ar visvairāk balsīm.',
      back: 'Visas prakses',
      notForParticipants: 'Pārskats ir paredzēts moderatoriem un novērotājiem.',
      practicesHeading: 'Prakses',
      noPractices: 'Vēl nav nevienas prakses.',
      lanesLabel: 'Kartītes kolonnās',
      emptyLane: 'tukša',
      emptyLanes: (count: number) =>
        plural('lv', count, {
          zero: 'vēl # tukšu kolonnu',
          one: 'vēl # tukša kolonna',
          other: 'vēl # tukšas kolonnas',
        }),
      people: 'Pašlaik pie šīs tāfeles',
      nobody: 'Pašlaik pie šīs tāfeles neviena nav.',
      topVoted: 'Visvairāk balsu',
      noVotes: 'Vēl nav punktu.',
      dots: (count: number) => plural('lv', count, { zero: '# punktu', one: '# punkts', other: '# punkti' }),
      votesHidden: 'Rezultāti būs redzami, kad balsošana tiks slēgta.',
      // After "ar" (with) the count takes the dative plural, also for 10 or 20: "ar 10 kartītēm".
      groupCards: (count: number) =>
        plural('lv', count, {
          zero: 'grupa ar # kartītēm',
          one: 'grupa ar # kartīti',
          other: 'grupa ar # kartītēm',
        }),
      actionPlan: 'Rīcības plāna projekts',
      actionPlanIntro:
        'Visu prakšu visi pārneses soļi: kas tos veic, kad, ar kādiem resursiem un kas varētu traucēt.',
      step: 'Pārneses solis',
      noSteps: 'Vēl nav pārneses soļu.',
      notSet: 'nav norādīts',
    },
    interest: {
      link: 'Interese par pārnesi',
      heading: 'Interese par pārnesi',
      intro:
        'Kurš partneris vēlas pielāgot kuru praksi. Katra organizācija aizpilda savu rindu; visi reāllaikā ' +
        'redz visu matricu.',
      back: 'Visas prakses',
      levels: {
        none: 'Nav intereses',
        curious: 'Mūs interesē',
        wantToAdapt: 'Vēlamies pielāgot',
        actionPlan: 'Iekļausim savā rīcības plānā',
      },
      unset: 'Nav atbildes',
      unsetOption: 'Izvēlieties…',
      legend: 'Intereses līmeņi',
      organisation: 'Organizācija',
      yours: 'jūsu organizācija',
      cellLabel: (organisation: string, practice: string) =>
        `Organizācijas ${organisation} interese par «${practice}»`,
      note: 'Piezīme',
      addNote: 'Pievienot piezīmi',
      editNote: 'Rediģēt piezīmi',
      addNoteTo: (organisation: string, practice: string) =>
        `Pievienot piezīmi organizācijas ${organisation} interesei par «${practice}»`,
      editNoteOf: (organisation: string, practice: string) =>
        `Rediģēt piezīmi par organizācijas ${organisation} interesi par «${practice}»`,
      noteLabel: (organisation: string, practice: string) =>
        `Organizācijas ${organisation} piezīme par «${practice}»`,
      saveNote: 'Saglabāt piezīmi',
      noteNeedsLevel: 'Vispirms izvēlieties līmeni.',
      addRowHeading: 'Pievienot organizāciju',
      addRowLabel: 'Organizācija vai reģions',
      addRowPlaceholder: 'piem., Centrālās Maķedonijas reģions',
      addRow: 'Pievienot rindu',
      noOrganisation:
        'Jūsu datos nav norādīta organizācija, tāpēc jums nav rindas, ko aizpildīt. Pievienojiet to izvēlnē ' +
        'ar jūsu vārdu.',
      readOnly: 'Tikai skatīšanās: jūs redzat visu atbildes, tiklīdz tās tiek sniegtas.',
      noPractices: 'Vēl nav nevienas prakses. Matrica aizpildīsies, kad moderators tās pievienos.',
      noRows: 'Neviena organizācija vēl nav atbildējusi.',
      updatedBy: (name: string, when: string) => `Pēdējās izmaiņas: ${name}, ${when}`,
      practiceSummary: (count: number) =>
        plural('lv', count, {
          zero: '# partneru vēlas to pielāgot',
          one: '# partneris vēlas to pielāgot',
          other: '# partneri vēlas to pielāgot',
        }),
    },
    undo: {
      undo: 'Atsaukt',
      redo: 'Atkārtot',
      undoHint: 'Atsaukt pēdējo izmaiņu (Ctrl+Z)',
      redoHint: 'Atkārtot atsaukto (Ctrl+Shift+Z)',
    },
    phases: {
      kinds: {
        silentWriting: 'Klusā rakstīšana',
        revealCluster: 'Atklāšana un grupēšana',
        vote: 'Balsošana',
        discuss: 'Diskusija',
        transferPlanning: 'Pārneses plānošana',
        custom: 'Posms bez nosaukuma',
      },
      label: 'Posms',
      none: 'Nav posma',
      noneHelp: 'Visās tāfelēs var rakstīt.',
      current: 'Pašreizējais posms',
      position: (index: number, count: number) => `${index}. posms no ${count}`,
      numbered: (index: number, name: string) => `${index}. ${name}`,
      next: (name: string) => `Tālāk: ${name}`,
      nextShort: 'Tālāk',
      begin: (name: string) => `Sākt: ${name}`,
      nextLabel: (name: string) => `Sākt nākamo posmu «${name}»`,
      privateWriting: 'Privātā rakstīšana',
      voting: 'Balsošana',
      lockAll: 'Bloķēt visas tāfeles',
      votingOpen: 'Balsošana atvērta',
      boardsLocked: 'Tāfeles bloķētas',
      agendaLabel: 'Darba kārtība: posmi, to noteikumi un balsošana ar punktiem',
      agendaHeading: 'Darba kārtība',
      agendaIntro: 'Sesijas posmi secībā. Pašreizējais posms nosaka noteikumus visās tāfelēs.',
      noAgenda: 'Šai darbnīcai vēl nav darba kārtības.',
      addDefaults: 'Pievienot noklusējuma darba kārtību',
      defaultsHint: 'Klusā rakstīšana, Atklāšana un grupēšana, Balsošana, Diskusija, Pārneses plānošana',
      nameOf: (index: number) => `${index}. posma nosaukums`,
      rulesOf: (name: string) => `Posma «${name}» noteikumi`,
      moveUpOf: (name: string) => `Pārvietot «${name}» augstāk`,
      moveDownOf: (name: string) => `Pārvietot «${name}» zemāk`,
      removeOf: (name: string) => `Noņemt «${name}»`,
      start: 'Sākt',
      startOf: (name: string) => `Sākt «${name}» tagad`,
      now: 'Tagad',
      newPhase: 'Jauns posms',
      newPhasePlaceholder: 'piem., Kafijas pauze',
      addPhase: 'Pievienot posmu',
      close: 'Aizvērt',
    },
    timer: {
      label: 'Taimeris',
      left: (time: string) => `Atlicis: ${time}`,
      paused: 'Apturēts',
      timeUp: 'Laiks beidzies',
      minutes: 'Minūtes',
      setTimer: 'Iestatīt taimeri',
      set: 'Iestatīt',
      setLabel: 'Iestatīt taimeri uz šo minūšu skaitu',
      settings: 'Taimera ilgums',
      settingsHeading: 'Taimeris',
      settingsHint:
        'Visi redz vienu un to pašu atpakaļskaitīšanu. Iestatot ilgumu, taimeris apstājas; palaidiet to, kad ' +
        'telpā visi ir gatavi.',
      preset: (minutes: number) => `${minutes} min`,
      // After "uz" the count takes the dative plural, also for 10 or 20: "uz 10 minūtēm".
      presetLabel: (minutes: number) =>
        plural('lv', minutes, {
          zero: 'Iestatīt taimeri uz # minūtēm',
          one: 'Iestatīt taimeri uz # minūti',
          other: 'Iestatīt taimeri uz # minūtēm',
        }),
      start: 'Sākt',
      resume: 'Turpināt',
      pause: 'Pauze',
      restart: 'Sākt no jauna',
      restartLabel: 'Palaist taimeri no jauna uz visu ilgumu',
      addMinute: '+1 min',
      addMinuteLabel: 'Pievienot minūti',
      resetTo: (time: string) => `Atpakaļ uz ${time}, apturēts`,
      controls: 'Taimera vadība',
      elapsed: 'Pagājušais laiks',
    },
    drafts: {
      badge: 'Melnraksts',
      onlyYou: 'Līdz atklāšanai to redzat tikai jūs',
      edit: 'Rediģēt melnrakstu',
      editLabel: 'Rediģēt melnraksta tekstu',
      save: 'Saglabāt melnrakstu',
      delete: 'Dzēst melnrakstu',
      editOf: (card: string) => `Rediģēt melnrakstu «${card}»`,
      deleteOf: (card: string) => `Dzēst melnrakstu «${card}»`,
      count: (count: number) =>
        plural('lv', count, { zero: '# melnrakstu', one: '# melnraksts', other: '# melnraksti' }),
      ofPerson: (name: string, count: number) =>
        `${name}: ${plural('lv', count, { zero: '# melnrakstu', one: '# melnraksts', other: '# melnraksti' })}`,
      countsHeading: 'Līdz šim uzrakstīts privāti',
      notice:
        'Privātā rakstīšana: jūsu jaunās kartītes ir melnraksti, kurus redzat tikai jūs. Visi tās redzēs, kad ' +
        'moderators pāries uz nākamo posmu.',
      noticeReadOnly:
        'Privātā rakstīšana: dalībnieki raksta kartītes, kuras līdz atklāšanai redz tikai viņi paši.',
      yours: (count: number) =>
        plural('lv', count, {
          zero: 'Jums šajā tāfelē ir # melnrakstu.',
          one: 'Jums šajā tāfelē ir # melnraksts.',
          other: 'Jums šajā tāfelē ir # melnraksti.',
        }),
    },
    voting: {
      open: 'Balsošana ar punktiem ir atvērta',
      // "Jums vēl ir 3 no 5 punktiem": "no" takes the genitive after 1, 21… ("no 1 punkta"), else the dative plural.
      left: (left: number, budget: number) =>
        `Jums vēl ir ${left} no ${plural('lv', budget, { zero: '# punktiem', one: '# punkta', other: '# punktiem' })}`,
      scopePractice: 'šajā tāfelē',
      scopeWorkshop: 'visā darbnīcā',
      howTo: 'Piešķiriet punktu ar + uz kartītes; atsauciet to ar −.',
      hiddenFacilitator: 'Balsošana ir atvērta. Katrs redz tikai savus punktus, līdz jūs slēgsiet balsošanu.',
      hiddenObserver: 'Balsošana ir atvērta. Rezultāti būs redzami, kad balsošana tiks slēgta.',
      lockedBoard: 'Balsošana ir atvērta, bet šī tāfele ir bloķēta: šeit pašlaik nevar piešķirt punktus.',
      closed: 'Balsošana ir slēgta.',
      addDot: (card: string) => `Piešķirt punktu kartītei «${card}»`,
      removeDot: (card: string) => `Atsaukt punktu no kartītes «${card}»`,
      yourDots: (count: number, card: string) =>
        plural('lv', count, {
          zero: `Jūs piešķīrāt # punktu kartītei «${card}»`,
          one: `Jūs piešķīrāt # punktu kartītei «${card}»`,
          other: `Jūs piešķīrāt # punktus kartītei «${card}»`,
        }),
      dots: (count: number) => plural('lv', count, { zero: '# punktu', one: '# punkts', other: '# punkti' }),
      dotsOf: (count: number, card: string) =>
        plural('lv', count, {
          zero: `# punktu kartītei «${card}»`,
          one: `# punkts kartītei «${card}»`,
          other: `# punkti kartītei «${card}»`,
        }),
      breakdownHeading: 'Kas piešķīra punktus',
      byOrganisation: 'Pēc organizācijas',
      byPerson: 'Pēc personas',
      noOrganisation: 'Organizācija nav norādīta',
      someone: 'Kāds',
      sort: 'Kārtot pēc balsīm',
      results: 'Rezultāti',
      resultsHeading: 'Balsošanas rezultāti',
      resultsIntro:
        'Kartītes pēc punktu skaita un tas, kas tos piešķīra, lai neviena delegācija nepamanīti nedominētu.',
      organisationsHeading: 'Punkti pēc organizācijām šajā tāfelē',
      voters: (count: number) =>
        plural('lv', count, { zero: '# balsotāju', one: '# balsotājs', other: '# balsotāji' }),
      noVotes: 'Šajā tāfelē nav punktu.',
      group: (title: string) => `Grupa: ${title}`,
      clear: 'Notīrīt balsis',
      clearTitle: 'Notīrīt visas balsis šajā tāfelē?',
      clearText: 'Visu dalībnieku punkti šajā tāfelē tiks noņemti jaunai kārtai. To nevar atsaukt.',
      settingsHeading: 'Balsošana ar punktiem',
      dotsPerPerson: 'Punkti vienai personai',
      budgetScope: 'Katras personas punkti tiek skaitīti',
      perPractice: 'katrai prakses tāfelei atsevišķi',
      perWorkshop: 'visai darbnīcai kopā',
      maxPerCard: 'Lielākais punktu skaits no vienas personas vienai kartītei',
      close: 'Aizvērt',
    },
    follow: {
      follow: 'Sekot moderatoram',
      followShort: 'Sekot',
      followHelp: 'Kad moderators aicina visus pie kādas tāfeles, jūs pāriesiet turp kopā ar citiem.',
      notFollowingHelp: 'Jūs nesekojat moderatoram. Nospiediet, lai pārietu turp, kur moderators ir tagad.',
      summon: 'Aicināt visus šurp',
      summonHelp: 'Visi, kas jums seko, pāries uz šo tāfeli.',
      summoned: 'Visi, kas jums seko, jau pāriet šurp.',
      broughtHere: 'Moderators aicināja visus pie šīs tāfeles.',
    },
    report: {
      heading: 'Pārskats drukāšanai',
      link: 'Pārskats drukāšanai (PDF)',
      back: 'Visas prakses',
      print: 'Drukāt vai saglabāt PDF formātā',
      printHint:
        'Drukāšanas logā izvēlieties «Saglabāt kā PDF», lai saglabātu kopiju. Pārskats ir sagatavots A4 ' +
        'formāta papīram.',
      notForOthers:
        'Pārskats drukāšanai ir paredzēts moderatoriem: tajā redzamas visu balsis, kas paliek privātas, kamēr ' +
        'balsošana ir atvērta.',
      boardImage: 'Tāfeles attēls (PNG)',
      boardImageHint: 'Viens slaids, 1920 × 1080',
      drawing: 'Zīmē…',
      imageFailed: 'Šajā pārlūkprogrammā attēlu neizdevās izveidot.',
    },
    lock: {
      lock: 'Bloķēt tāfeli',
      unlock: 'Atbloķēt tāfeli',
      lockOf: (title: string) => `Bloķēt prakses «${title}» tāfeli`,
      unlockOf: (title: string) => `Atbloķēt prakses «${title}» tāfeli`,
      phaseLocked: 'Bloķēta šajā posmā',
      phaseLockedHelp: 'Pašreizējais posms bloķē visas tāfeles: kartītes vairs nevar pievienot vai mainīt.',
    },
    room: {
      // "I finished": the past tense says it without the gender of "gatavs/gatava".
      done: 'Pabeidzu',
      doneHelp: 'Paziņot moderatoram, ka šis posms jums ir pabeigts',
      raiseHand: 'Pacelt roku',
      lowerHand: 'Nolaist roku',
      handHelp: 'Lūgt moderatoram vārdu',
      button: 'Telpa',
      status: (done: number, total: number, hands: number) => {
        const raised = plural('lv', hands, {
          zero: '# paceltu roku',
          one: '# pacelta roka',
          other: '# paceltas rokas',
        })
        return total === 0 ? raised : `pabeiguši ${done} no ${total}, ${raised}`
      },
      heading: 'Telpa',
      doneCount: (done: number, total: number) => `Pabeiguši: ${done} no ${total}`,
      doneHeading: 'Pabeiguši',
      waitingHeading: 'Vēl strādā',
      noPhase: 'Sāciet posmu, lai redzētu, kas to ir pabeidzis.',
      noParticipants: 'Šeit vēl nav dalībnieku.',
      handsHeading: 'Paceltās rokas',
      noHands: 'Neviens nav pacēlis roku.',
      acknowledge: (name: string) => `Nolaist roku: ${name}`,
      lower: 'Nolaist',
    },
    history: {
      heading: 'Darbnīcas vēsture',
      link: 'Vēsture',
      back: 'Visas prakses',
      notForOthers: 'Darbnīcas vēsturi skatīt un iepriekšēju stāvokli atjaunot var tikai moderators.',
      intro:
        'Katrā posma maiņā tiek saglabāts visu tāfeļu momentuzņēmums. Atveriet to, lai salīdzinātu ar ' +
        'pašreizējo stāvokli vai to atjaunotu.',
      takeHeading: 'Saglabāt momentuzņēmumu tagad',
      noteLabel: 'Piezīme (nav obligāti)',
      notePlaceholder: 'piem., pirms grupēšanas',
      take: 'Saglabāt momentuzņēmumu tagad',
      taking: 'Saglabā…',
      taken: 'Momentuzņēmums saglabāts.',
      unchanged:
        'Kopš pēdējā momentuzņēmuma nekas nav mainījies, tāpēc tas tiek paturēts un jauns netika saglabāts.',
      manualLimit:
        'Šajā darbnīcā jau glabājas 50 manuāli saglabātu momentuzņēmumu — lielākais iespējamais skaits. ' +
        'Momentuzņēmumi posmu maiņās joprojām tiek saglabāti.',
      /** When a snapshot was taken: a date and time in the language's own form. */
      formatTime: (timestamp: number) =>
        new Intl.DateTimeFormat('lv', { dateStyle: 'medium', timeStyle: 'short' }).format(timestamp),
      listHeading: 'Momentuzņēmumi',
      empty: 'Vēl nav momentuzņēmumu. Tie tiek saglabāti katrā posma maiņā; varat saglabāt arī tagad.',
      reasonPhaseChange: (phase: string) => `Posms mainīts uz: ${phase}`,
      reasonManual: 'Saglabāts manuāli',
      reasonManualNote: (note: string) => `Saglabāts manuāli: ${note}`,
      reasonBeforeRestore: (when: string) => `Pirms momentuzņēmuma (${when}) atjaunošanas`,
      reasonBeforeRestoreUnknown: 'Pirms iepriekšēja momentuzņēmuma atjaunošanas',
      cards: (count: number) =>
        plural('lv', count, { zero: '# kartīšu', one: '# kartīte', other: '# kartītes' }),
      open: 'Atvērt',
      opening: 'Atver…',
      close: 'Aizvērt',
      viewHeading: (when: string) => `Momentuzņēmums: ${when}`,
      readOnly: 'Tikai lasīšanai: tāfeles tādas, kādas tās bija toreiz.',
      sinceThen: (changes: { added: number; removed: number; moved: number; edited: number }) =>
        `Kopš tā laika: ${plural('lv', changes.added, { zero: '# jaunu kartīšu', one: '# jauna kartīte', other: '# jaunas kartītes' })}; noņemtas: ${changes.removed}, pārvietotas: ${changes.moved}, rediģētas: ${changes.edited}.`,
      nothingChanged: 'Kopš tā laika tāfelēs nekas nav mainījies.',
      practiceRemovedSince: 'Kopš tā laika noņemta no darbnīcas; atjaunošana to atgriezīs.',
      practicesAddedSince: (titles: string) =>
        `Vēlāk pievienotās prakses (atjaunošana tās noņems): ${titles}`,
      untitledPractice: 'Prakse bez nosaukuma',
      emptyLane: 'Nav kartīšu',
      markRemoved: 'Vēlāk noņemta',
      markMoved: (from: string, to: string) => `Vēlāk pārvietota: ${from} → ${to}`,
      markRegrouped: 'Vēlāk pārvietota uz citu grupu',
      markEdited: 'Vēlāk rediģēta',
      editedNow: (text: string) => `Tagad: ${text}`,
      addedSinceHeading: 'Pievienotas vēlāk (atjaunošana tās noņems)',
      inLane: (lane: string) => `kolonnā «${lane}»`,
      restore: 'Atjaunot šo momentuzņēmumu',
      restoring: 'Atjauno…',
      confirmTitle: 'Atjaunot šo momentuzņēmumu?',
      confirmText:
        'Visas tāfeles uzreiz atgriezīsies šī momentuzņēmuma stāvoklī — visiem. Pašreizējais stāvoklis vispirms ' +
        'tiks saglabāts kā momentuzņēmums, tāpēc to varēsiet atsaukt, atjaunojot to. Notiekošā sesija (posms, ' +
        'taimeris) paliek nemainīga.',
      confirm: 'Atjaunot',
      restored:
        'Atjaunots. Visi tagad redz tāfeles no šī momentuzņēmuma; stāvoklis pirms atjaunošanas ir saglabāts ' +
        'saraksta augšā.',
      notFound: 'Šis momentuzņēmums vairs nepastāv.',
    },
    exports: {
      button: 'Eksportēt',
      menuLabel: 'Eksportēt darbnīcas rezultātus',
      heading: 'Lejupielādēt rezultātus',
      formats: {
        md: 'Pārskats (Markdown)',
        csv: 'Kartītes kā izklājlapa (CSV)',
        json: 'Visa darbnīca (JSON, importam)',
        docx: 'Pārskats (Word)',
      },
      downloading: 'Lejupielādē…',
    },
    lifecycle: {
      menuButton: 'Darbnīca',
      menuLabel: 'Darbības ar darbnīcu',
      menuHeading: 'Šī darbnīca',
      startFollowUp: 'Sākt turpinājuma darbnīcu…',
      deleteWorkshop: 'Dzēst darbnīcu…',
      followUpTitle: 'Sākt turpinājuma darbnīcu',
      followUpIntro:
        'Jauna darbnīca nākamajai tikšanās reizei, veidota uz šīs darbnīcas tāfeļu pamata. Šī darbnīca paliek ' +
        'nemainīga.',
      followUpDefaultTitle: (title: string) => `${title} — turpinājums`,
      carryLegend: 'Ko pārņemt',
      carryEverything: 'Visu',
      carryEverythingHint:
        'Katru praksi ar visām tās kartītēm, grupām, pārneses soļiem, kā arī interešu matricu.',
      carryTransfer: 'Tikai pārneses soļus un interesi',
      carryTransferHint: 'Katru praksi, tikai kolonnas «Pārneses soļi» kartītes, kā arī interešu matricu.',
      votesNotCarried: 'Balsis netiek pārņemtas: nākamajā pasākumā visi balso no jauna.',
      create: 'Izveidot turpinājumu',
      creating: 'Izveido…',
      deleteTitle: (title: string) => `Dzēst «${title}»?`,
      deleteText:
        'Tiks dzēstas visas šīs darbnīcas tāfeles, kartītes, balsis un interešu matrica — visiem, un to ' +
        'nevarēs atsaukt. Tās saites pārstās darboties.',
      deleteExportFirst: 'Ieteicams vispirms lejupielādēt JSON eksportu: to vēlāk var importēt atkārtoti.',
      downloadJson: 'Lejupielādēt JSON eksportu',
      downloaded: 'Lejupielādēts.',
      deleteConfirm: 'Dzēst visiem',
      deleting: 'Dzēš…',
      deletedTitle: 'Moderators izdzēsa šo darbnīcu',
      deletedText: 'Tās tāfeles vairs nav pieejamas, un saites vairs nedarbojas.',
      followUpOf: (title: string, date: string) =>
        date ? `Darbnīcas «${title}» turpinājums (${date})` : `Darbnīcas «${title}» turpinājums`,
      csvButton: 'Importēt prakses no CSV',
      csvColumns:
        'Viena prakse katrā rindā pēc galvenes rindas, kurā nosauktas kolonnas: «nosaukums», «organizācija» (vai ' +
        '«reģions»), «apraksts». Galvenes jebkurā no septiņām valodām; atdalītāji — komati vai semikoli.',
      csvFileLabel: 'Prakšu saraksts (.csv)',
      csvImporting: 'Importē…',
      csvAdded: (count: number) =>
        plural('lv', count, {
          zero: 'Pievienots # prakšu',
          one: 'Pievienota # prakse',
          other: 'Pievienotas # prakses',
        }),
      csvTooLarge: 'Šis fails ir pārāk liels (ierobežojums — 1 MB).',
      csvNotUtf8:
        'Šis fails nav saglabāts UTF-8 kodējumā, tāpēc tajā pazustu burti ar garumzīmēm un mīkstinājuma ' +
        'zīmēm. Saglabājiet to kā «CSV UTF-8» (programmā Excel: Fails → Saglabāt kā → CSV UTF-8) un ' +
        'izvēlieties vēlreiz. Nekas netika importēts.',
      csvRefused: 'Nekas netika importēts. Izlabojiet failu un izvēlieties to vēlreiz:',
      csvEmpty: 'Fails ir tukšs.',
      csvNotCsv: (line: number) => `Fails nav derīgs CSV: pārbaudiet pēdiņas ap ${line}. rindu.`,
      csvNoTitleColumn: 'Pirmajai rindai jānosauc kolonnas, bet starp tām nav nosaukuma kolonnas.',
      csvNoPractices: 'Failā ir galvenes rinda, bet nav nevienas prakses.',
      csvNoTitle: (row: number) => `${row}. rindā nav nosaukuma.`,
      csvTitleTooLong: (row: number, length: number, max: number) =>
        `${row}. rinda: nosaukumā ir ${characters(length)}; var ietilpt ne vairāk kā ${max}.`,
      csvOrganisationTooLong: (row: number, length: number, max: number) =>
        `${row}. rinda: organizācijas nosaukumā ir ${characters(length)}; var ietilpt ne vairāk kā ${max}.`,
      csvDescriptionTooLong: (row: number, length: number, max: number) =>
        `${row}. rinda: aprakstā ir ${characters(length)}; var ietilpt ne vairāk kā ${max}.`,
      csvTooMany: (count: number, max: number) =>
        `Failā ir ${plural('lv', count, { zero: '# prakšu', one: '# prakse', other: '# prakses' })}; ` +
        `vienā reizē var importēt ne vairāk kā ${max}.`,
      csvMoreProblems: (count: number) =>
        plural('lv', count, {
          zero: '…un vēl # problēmu.',
          one: '…un vēl # problēma.',
          other: '…un vēl # problēmas.',
        }),
      deleteFailed: 'Darbnīcu neizdevās izdzēst. Nekas netika noņemts; mēģiniet vēlreiz.',
    },
    import: {
      heading: 'Importēt darbnīcu (JSON)',
      text: 'Atveriet darbnīcas kopiju no tās JSON eksporta: prakses, kartītes, balsis un darba kārtība. Jūs kļūsiet par tās moderatoru.',
      fileLabel: 'Darbnīcas eksports (.json)',
      importing: 'Importē…',
      tooLarge: 'Šis fails ir pārāk liels importēšanai (ierobežojums — 5 MB).',
      notAnExport:
        'Šis fails nav PracticeMap darbnīcas eksports, vai arī tas ir no versijas, ko šis serveris nevar nolasīt.',
      unreadable: 'Failu neizdevās nolasīt.',
    },
  },
}

export default latvian
