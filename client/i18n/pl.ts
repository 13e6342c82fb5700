import { joinNames, type Locale, plural } from './locale'

const characters = (count: number) =>
  plural('pl', count, { one: '# znak', few: '# znaki', many: '# znaków', other: '# znaku' })

const polish: Locale = {
  code: 'pl',
  name: 'Polski',
  messages: {
    app: {
      name: 'PracticeMap',
      homeLink: 'PracticeMap, strona główna',
      skipToContent: 'Przejdź do treści',
      loading: 'Ładowanie…',
      pageNotFound: 'Nie znaleziono strony',
      pageNotFoundText: 'Pod tym adresem nic nie ma.',
      goHome: 'Przejdź na stronę główną',
    },
    common: {
      save: 'Zapisz',
      cancel: 'Anuluj',
      edit: 'Edytuj',
      remove: 'Usuń',
      optional: '(opcjonalnie)',
    },
    language: {
      label: 'Język',
      button: (name: string) => `Język: ${name}`,
    },
    home: {
      title: 'Mapujcie dobre praktyki razem',
      intro:
        'Wspólna tablica dla partnerów projektu. Opiszcie każdą dobrą praktykę: jej kluczowe aspekty, ' +
        'interesariuszy, korzyści i kroki potrzebne do jej przeniesienia, razem i na żywo, na sali i zdalnie.',
      createHeading: 'Rozpocznij nowe warsztaty',
      titleLabel: 'Nazwa warsztatów',
      titlePlaceholder: 'np. Seminarium tematyczne o dostępnym mieszkalnictwie',
      titleRequired: 'Nadaj warsztatom nazwę.',
      dateLabel: 'Data',
      placeLabel: 'Miejsce',
      placePlaceholder: 'np. Las Palmas de Gran Canaria',
      create: 'Utwórz warsztaty',
      creating: 'Tworzenie…',
      exampleHeading: 'Zobacz, jak to działa',
      exampleText:
        'Otwórz kopię seminarium IMPETUS w Las Palmas de Gran Canaria z dwiema opisanymi już dobrymi ' +
        'praktykami: programem „Mieszkanie za remont” i wspólnotowymi ogrodami miejskimi.',
      openExample: 'Otwórz przykładowe warsztaty',
      openingExample: 'Otwieranie…',
      recentHeading: 'Twoje ostatnie warsztaty',
      recentEmpty: 'Tutaj pojawią się warsztaty otwarte na tym urządzeniu, żeby łatwo było do nich wrócić.',
      lastOpened: (when: string) => `Otwarte ${when}`,
      forget: (title: string) => `Usuń „${title}” z tej listy`,
      untitled: 'Warsztaty bez nazwy',
    },
    errors: {
      offline:
        'Jesteś offline. Do utworzenia warsztatów potrzebne jest połączenie; wcześniej otwarte warsztaty ' +
        'nadal działają.',
      network: 'Nie udało się połączyć z serwerem. Sprawdź połączenie i spróbuj ponownie.',
      server: 'Wystąpił błąd serwera. Spróbuj ponownie za chwilę.',
      invalid: 'Sprawdź wprowadzone dane.',
      forbidden: 'Ten link na to nie pozwala. Zapytaj prowadzącego.',
      tooLarge: 'To więcej, niż serwer przyjmuje naraz.',
      creationLimit:
        'Z tej sieci utworzono zbyt wiele warsztatów w krótkim czasie. Odczekaj chwilę i spróbuj ponownie.',
    },
    join: {
      heading: 'Dołącz do warsztatów',
      headingWithTitle: (title: string) => `Dołącz do „${title}”`,
      intro:
        'Przedstaw się pozostałym uczestnikom. Twoje imię i organizacja będą widoczne na kartach, które ' +
        'napiszesz, oraz na liście osób obecnych na warsztatach.',
      nameLabel: 'Imię i nazwisko',
      nameRequired: 'Wpisz swoje imię.',
      organisationLabel: 'Organizacja lub region',
      organisationPlaceholder: 'np. Miasto Żyrardów',
      submit: 'Dołącz',
      remembered: 'Zapamiętamy to na tym urządzeniu. Możesz to później zmienić w menu ze swoim imieniem.',
    },
    workshop: {
      opening: 'Otwieranie warsztatów…',
      notFoundTitle: 'Nie znaleziono warsztatów',
      notFoundText:
        'Pod tym linkiem nie ma żadnych warsztatów. Sprawdź otrzymany link albo rozpocznij nowe warsztaty.',
      forgetRecent: 'Usuń je z moich ostatnich warsztatów',
      unreachableTitle: 'Brak połączenia z serwerem',
      unreachableText:
        'Te warsztaty nie były jeszcze otwierane na tym urządzeniu, więc nie da się ich pokazać offline. ' +
        'Połącz się z internetem i spróbuj ponownie.',
      retry: 'Spróbuj ponownie',
      notOnDevice:
        'Te warsztaty nie są jeszcze zapisane na tym urządzeniu. Ich treść pojawi się, gdy tylko wróci połączenie.',
      editDetails: 'Edytuj dane warsztatów',
      detailsFormLabel: 'Dane warsztatów',
      untitled: 'Warsztaty bez nazwy',
    },
    access: {
      noTokenTitle: 'Te warsztaty otwiera się linkiem',
      noTokenText:
        'Warsztaty otwiera się linkiem udostępnionym przez prowadzącego, który zawiera klucz dostępu. ' +
        'Otwórz ten link ponownie albo wklej go tutaj.',
      revokedTitle: 'Ten link jest już nieważny.',
      revokedText: 'Poproś prowadzącego o nowy.',
      pasteLabel: 'Wklej tutaj link do warsztatów',
      pasteNewLabel: 'Masz już nowy link? Wklej go tutaj',
      pasteInvalid: 'To nie jest link do warsztatów. Skopiuj cały link, razem z częścią „?token=”.',
      pasteOpen: 'Otwórz warsztaty',
      rateLimitedTitle: 'Zbyt wiele prób',
      rateLimitedText: 'Serwer otrzymał zbyt wiele zapytań z tej sieci. Odczekaj minutę i spróbuj ponownie.',
    },
    roles: {
      facilitator: 'Prowadzący',
      participant: 'Uczestnik',
      observer: 'Tylko podgląd',
      viewOnly: 'Tylko podgląd',
      viewOnlyHelp: 'Ten link pozwala śledzić warsztaty na żywo. Nie możesz niczego zmieniać.',
      locked: 'Zablokowana',
      lockedHelp: 'Tablica jest zablokowana przez prowadzącego: nie można już dodawać ani zmieniać kart.',
      lockedHelpFacilitator: 'Zablokowana dla uczestników: teraz tylko prowadzący mogą zmieniać tę tablicę.',
    },
    share: {
      button: 'Udostępnij',
      heading: 'Udostępnij warsztaty',
      close: 'Zamknij',
      participantLabel: 'Link dla uczestników',
      participantHint: 'Dla wszystkich, którzy piszą karty. Wyślij go albo pokaż kod QR do zeskanowania.',
      participantHintForParticipant: 'Przekaż go osobom, które mają dołączyć do warsztatów.',
      observerLabel: 'Link dla obserwatorów (tylko podgląd)',
      observerHint: 'Dla projektora lub gościa: widzi wszystko na żywo, niczego nie zmienia.',
      copy: 'Kopiuj',
      copied: 'Skopiowano',
      copyParticipant: 'Kopiuj link dla uczestników',
      copyObserver: 'Kopiuj link dla obserwatorów',
      copyFallback: 'Zaznacz link i skopiuj go ręcznie.',
      newParticipant: 'Nowy link dla uczestników',
      newObserver: 'Nowy link dla obserwatorów',
      confirmParticipantTitle: 'Utworzyć nowy link dla uczestników?',
      confirmParticipantText:
        'Obecny link dla uczestników natychmiast przestanie działać. Wszyscy, którzy dołączyli przez niego, ' +
        'zostaną rozłączeni i będą potrzebować nowego linku. Napisane przez nich karty zostaną.',
      confirmObserverTitle: 'Utworzyć nowy link dla obserwatorów?',
      confirmObserverText:
        'Obecny link dla obserwatorów natychmiast przestanie działać. Ekrany i goście, którzy go używają, ' +
        'zostaną rozłączeni i będą potrzebować nowego linku.',
      facilitatorLabel: 'Twój link prowadzącego',
      facilitatorHint:
        'Otwiera warsztaty jako prowadzący, na Twoich innych urządzeniach. Zachowaj go dla siebie; jeśli mógł wyciec, utwórz nowy.',
      copyFacilitator: 'Kopiuj swój link prowadzącego',
      newFacilitator: 'Nowy link prowadzącego',
      confirmFacilitatorTitle: 'Utworzyć nowy link prowadzącego?',
      confirmFacilitatorText:
        'Obecny link prowadzącego natychmiast przestanie działać dla każdego, kto go ma, a Twoje inne ' +
        'urządzenia zostaną rozłączone. To urządzenie będzie dalej działać z nowym linkiem: skopiuj go tutaj ' +
        'dla swoich innych urządzeń. Uczestników i obserwatorów to nie dotyczy.',
      facilitatorRegenerated:
        'Twój nowy link prowadzącego jest gotowy i to urządzenie już go używa. Stary już nie działa: skopiuj nowy na swoje inne urządzenia.',
      confirmNew: 'Utwórz nowy link',
      regenerated: 'Nowy link jest gotowy. Stary już nie działa.',
      qrLabel: 'Kod QR linku dla uczestników',
      peopleJoined: (count: number) =>
        plural('pl', count, {
          one: '# osoba dołączyła',
          few: '# osoby dołączyły',
          many: '# osób dołączyło',
          other: '# osoby dołączyły',
        }),
      projector: 'Widok na projektor',
      loading: 'Wczytywanie linków…',
      failed: 'Nie udało się wczytać linków.',
    },
    projector: {
      scanToJoin: 'Zeskanuj, aby dołączyć',
      orOpen: 'albo otwórz',
      fullScreen: 'Pełny ekran',
      back: 'Wróć do warsztatów',
      mode: 'Tryb projektora',
      modeHelp: 'Tylko ta tablica, na całym ekranie, czcionką czytelną z końca sali',
      exit: 'Wyjdź z trybu projektora',
      exitKey: 'Esc',
      moreCards: (count: number) =>
        plural('pl', count, {
          one: '+ # karta więcej',
          few: '+ # karty więcej',
          many: '+ # kart więcej',
          other: '+ # karty więcej',
        }),
    },
    practices: {
      heading: 'Dobre praktyki',
      count: (count: number) =>
        plural('pl', count, { one: '# praktyka', few: '# praktyki', many: '# praktyk', other: '# praktyki' }),
      empty: 'Nie ma jeszcze żadnych praktyk. Dodaj pierwszą dobrą praktykę poniżej.',
      emptyReadOnly: 'Nie ma jeszcze praktyk. Dodaje je prowadzący.',
      untitled: 'Praktyka bez nazwy',
      openBoard: 'Otwórz tablicę',
      openBoardOf: (title: string) => `Otwórz tablicę praktyki „${title}”`,
      editOf: (title: string) => `Edytuj „${title}”`,
      removeOf: (title: string) => `Usuń „${title}”`,
      moveUpOf: (title: string) => `Przesuń „${title}” wyżej`,
      moveDownOf: (title: string) => `Przesuń „${title}” niżej`,
      moveUp: 'Wyżej',
      moveDown: 'Niżej',
      peopleOnBoard: (names: readonly string[]) => `Teraz na tej tablicy: ${joinNames('pl', names)}`,
      addHeading: 'Dodaj dobrą praktykę',
      editHeading: 'Edytuj praktykę',
      titleLabel: 'Nazwa',
      titlePlaceholder: 'np. Wspólnotowe ogrody miejskie',
      titleRequired: 'Nadaj praktyce nazwę.',
      organisationLabel: 'Organizacja partnerska lub region',
      organisationPlaceholder: 'np. Las Palmas de Gran Canaria',
      descriptionLabel: 'Krótki opis',
      add: 'Dodaj praktykę',
      saveChanges: 'Zapisz zmiany',
      confirmRemoveTitle: (title: string) => `Usunąć „${title}”?`,
      confirmRemoveText:
        'Praktyka i jej tablica znikną dla wszystkich uczestników warsztatów. Zaraz potem możesz to cofnąć.',
      confirmRemove: 'Usuń praktykę',
    },
    board: {
      allPractices: 'Wszystkie praktyki',
      position: (index: number, count: number) => `Praktyka ${index} z ${count}`,
      previous: 'Poprzednia praktyka',
      next: 'Następna praktyka',
      loading: 'Ładowanie tablicy…',
      removedTitle: 'Tej praktyki nie ma już w warsztatach',
      removedText: 'Ktoś ją usunął albo link jest błędny. Pozostałe praktyki znajdziesz na liście praktyk.',
      lanesNav: 'Kolumny',
    },
    lanes: {
      keyAspects: { title: 'Kluczowe aspekty', hint: 'co sprawia, że ta praktyka działa' },
      stakeholders: { title: 'Interesariusze', hint: 'kto jest zaangażowany, kto korzysta, kto decyduje' },
      benefits: { title: 'Korzyści', hint: 'co zmienia się dla ludzi i dla miejsca' },
      transferSteps: {
        title: 'Kroki transferu',
        hint: 'co trzeba zrobić, aby przekształcić ją w inicjatywę w Twoim regionie',
      },
    },
    cards: {
      count: (count: number) =>
        plural('pl', count, { one: '# karta', few: '# karty', many: '# kart', other: '# karty' }),
      emptyLane: 'Nie ma jeszcze kart. Napisz pierwszą poniżej albo upuść tu kartę.',
      emptyLaneReadOnly: 'Nie ma jeszcze kart.',
      newCardLabel: (lane: string) => `Nowa karta w kolumnie ${lane}`,
      newCardPlaceholder: 'Dodaj kartę…',
      keysHint: 'Enter zapisuje, Shift+Enter zaczyna nowy wiersz, Escape anuluje.',
      add: 'Dodaj kartę',
      editLabel: 'Edytuj tekst karty',
      edit: 'Edytuj kartę',
      options: 'Opcje karty',
      save: 'Zapisz kartę',
      delete: 'Usuń kartę',
      color: 'Kolor karty',
      changeColor: 'Zmień kolor',
      moveHandle: (excerpt: string) => `Przenieś kartę „${excerpt}”`,
      unknownAuthor: 'Nieznany autor',
      recovered: 'Ktoś usunął tę kartę w trakcie Twojej edycji. Twój tekst został zachowany:',
      recoveredAdd: 'Dodaj jako nową kartę',
      recoveredDiscard: 'Odrzuć tekst',
      editing: (names: readonly string[]) =>
        `${joinNames('pl', names)} ${names.length === 1 ? 'edytuje' : 'edytują'}`,
    },
    colors: {
      yellow: 'Żółty',
      green: 'Zielony',
      blue: 'Niebieski',
      pink: 'Różowy',
      purple: 'Fioletowy',
      grey: 'Szary',
    },
    dnd: {
      roleDescription: 'karta do przesuwania',
      instructions:
        'Aby podnieść kartę, naciśnij Spację lub Enter. Strzałkami przesuwasz ją w obrębie kolumny albo do ' +
        'innej kolumny. Ponownie naciśnij Spację lub Enter, aby ją upuścić, albo Escape, aby anulować.',
      pickedUp: (card: string, lane: string, position: number, count: number) =>
        `Podniesiono kartę „${card}” z kolumny ${lane}, pozycja ${position} z ${count}.`,
      over: (lane: string, position: number, count: number) =>
        `Karta jest nad kolumną ${lane}, pozycja ${position} z ${count}.`,
      notOver: 'Karta nie jest nad żadną kolumną.',
      dropped: (lane: string, position: number, count: number) =>
        `Upuszczono kartę w kolumnie ${lane}, pozycja ${position} z ${count}.`,
      droppedNowhere: 'Karta wróciła na swoje miejsce.',
      cancelled: (card: string) => `Anulowano przenoszenie. Karta „${card}” wróciła na swoje miejsce.`,
    },
    presence: {
      summary: (count: number) =>
        plural('pl', count, {
          one: '# osoba obecna',
          few: '# osoby obecne',
          many: '# osób obecnych',
          other: '# osoby obecnej',
        }),
      heading: 'Kto tu jest',
      you: (name: string) => `${name} (Ty)`,
      onPracticeList: 'na liście praktyk',
      onPractice: (title: string) => `przy praktyce „${title}”`,
    },
    you: {
      menuLabel: (name: string) => `Ty: ${name}`,
      menuHelp: 'Zmień imię, organizację lub język',
      heading: 'Twoje dane',
    },
    connection: {
      connected: 'Połączono',
      connecting: 'Łączenie…',
      reconnecting: 'Ponowne łączenie…',
      offline: 'Offline',
      connectedHelp: 'Twoje zmiany trafiają do wszystkich na bieżąco.',
      reconnectingHelp: 'Twoje zmiany są zapisane na tym urządzeniu i zostaną wysłane, gdy wróci połączenie.',
      offlineHelp:
        'Jesteś offline. Twoje zmiany są zapisane na tym urządzeniu i zostaną wysłane, gdy wrócisz do sieci.',
      notSaving: 'Jeszcze niezapisane',
      notSavingHelp:
        'Serwer nie może teraz zapisać zmian. Twoje zmiany są przechowywane na tym urządzeniu i zostaną wysłane ponownie automatycznie.',
      damaged: 'Kopia na serwerze uszkodzona',
      damagedHelp:
        'Zapisana na serwerze kopia części tego warsztatu jest uszkodzona, więc serwer jej nie otwiera. Twoja kopia jest przechowywana na tym urządzeniu.',
      damagedNotice:
        'Części tego warsztatu nie da się otworzyć z serwera: jej zapisana kopia jest uszkodzona. To, co widzisz ' +
        'i piszesz, jest przechowywane na tym urządzeniu i zostanie wysłane, gdy kopia zostanie przywrócona. ' +
        'Powiedz o tym prowadzącemu lub osobie, która prowadzi serwer: jego dziennik wskazuje uszkodzoną część.',
      tooFast: 'Wysyłanie za chwilę',
      tooFastHelp:
        'Wysyłasz zmiany szybciej, niż serwer je przyjmuje. Są zapisane na tym urządzeniu i zostaną wysłane za kilka sekund.',
      connectedHelpObserver: 'Widzisz zmiany wszystkich na bieżąco.',
      reconnectingHelpObserver: 'To, co widzisz, może być nieaktualne; uzupełni się, gdy połączenie wróci.',
      offlineHelpObserver:
        'Jesteś offline. To, co widzisz, może być nieaktualne; uzupełni się po powrocie do sieci.',
    },
    full: {
      board:
        'Ta tablica jest pełna: serwer nie przyjmuje już na niej zmian. To, co tu zmienisz, zostanie tylko na tym urządzeniu.',
      workshop:
        'Ten warsztat osiągnął limit rozmiaru: serwer nie przyjmuje już zmian. To, co zmienisz, zostanie tylko na tym urządzeniu.',
    },
    groups: {
      untitled: 'Grupa bez nazwy',
      titleLabel: 'Nazwa grupy',
      groupWithThis: 'Zgrupuj z tą kartą',
      dropToGroup: 'Upuść, aby zgrupować',
      moveHandle: (title: string) => `Przenieś grupę „${title}”`,
      ungroup: 'Rozgrupuj',
      ungroupOf: (title: string) => `Rozgrupuj „${title}”`,
      ungroupHelp: 'Rozwiąż grupę: jej karty zostaną na swoich miejscach',
      groupWithAbove: 'Zgrupuj z kartą powyżej',
      takeOut: 'Wyjmij z grupy',
      roleDescription: 'grupa do przesuwania',
      pickedUp: (title: string, lane: string, position: number, count: number) =>
        `Podniesiono grupę „${title}” z kolumny ${lane}, pozycja ${position} z ${count}.`,
      pickedUpInGroup: (card: string, group: string, position: number, count: number) =>
        `Podniesiono kartę „${card}” z grupy „${group}”, karta ${position} z ${count}. Przesuń ją poza grupę, aby ją z niej wyjąć.`,
      overCard: (card: string) => `Karta jest nad kartą „${card}”. Upuść ją, aby zgrupować obie karty.`,
      overOwnGroup: (group: string) => `Karta jest wciąż w grupie „${group}”.`,
      grouped: (card: string, target: string) => `Zgrupowano kartę „${card}” z kartą „${target}”.`,
      dropped: (lane: string, position: number, count: number) =>
        `Upuszczono grupę w kolumnie ${lane}, pozycja ${position} z ${count}.`,
    },
    transfer: {
      details: 'Szczegóły planu działania',
      formLabel: (card: string) => `Szczegóły planu działania dla „${card}”`,
      owner: 'Odpowiedzialna organizacja',
      ownerPlaceholder: 'np. Miasto Żyrardów',
      timeframe: 'Termin',
      timeframePlaceholder: 'np. II kwartał 2025',
      resources: 'Zasoby',
      resourcesPlaceholder: 'Budżet, ludzie, partnerzy…',
      barriers: 'Bariery',
      barriersPlaceholder: 'Co może stanąć na przeszkodzie',
      ownerSummary: (owner: string) => `Odpowiada: ${owner}`,
      save: 'Zapisz szczegóły',
      empty: 'Jeszcze nie uzupełniono.',
    },
    stakeholders: {
      typeLabel: 'Typ interesariusza',
      levelLabel: 'Szczebel',
      noType: 'Typ…',
      noLevel: 'Szczebel…',
      types: {
        publicAuthority: 'Administracja publiczna',
        business: 'Biznes',
        research: 'Nauka',
        civilSociety: 'Społeczeństwo obywatelskie',
      },
      typesInList: {
        publicAuthority: 'administracja publiczna',
        business: 'biznes',
        research: 'nauka',
        civilSociety: 'społeczeństwo obywatelskie',
      },
      levels: { local: 'Lokalny', regional: 'Regionalny', national: 'Krajowy' },
      missing: (types: readonly string[]) => `Brakuje: ${types.join(', ')}`,
      missingHelp: 'Typy interesariuszy, których nie ma jeszcze na żadnej karcie w tej kolumnie',
      allPresent: 'Są wszystkie cztery typy interesariuszy.',
    },
    overview: {
      linksLabel: 'Mapowanie warsztatów',
      link: 'Przegląd dla prowadzących',
      heading: 'Przegląd dla prowadzących',
      intro:
        'Wszystkie praktyki w jednym miejscu, na bieżąco: liczba kart w kolumnach, kto pracuje przy której tablicy i karty z największą liczbą głosów.',
      back: 'Wszystkie praktyki',
      notForParticipants: 'Przegląd jest przeznaczony dla prowadzących i obserwatorów.',
      practicesHeading: 'Praktyki',
      noPractices: 'Nie ma jeszcze praktyk.',
      lanesLabel: 'Karty w kolumnach',
      emptyLane: 'pusta',
      emptyLanes: (count: number) =>
        plural('pl', count, {
          one: '# kolumna jest jeszcze pusta',
          few: '# kolumny są jeszcze puste',
          many: '# kolumn jest jeszcze pustych',
          other: '# kolumny jest jeszcze pustej',
        }),
      people: 'Teraz przy tej tablicy',
      nobody: 'Nikt nie pracuje teraz przy tej tablicy.',
      topVoted: 'Najwięcej głosów',
      noVotes: 'Nie ma jeszcze kropek.',
      dots: (count: number) =>
        plural('pl', count, { one: '# kropka', few: '# kropki', many: '# kropek', other: '# kropki' }),
      votesHidden: 'Wyniki pojawią się po zamknięciu głosowania.',
      groupCards: (count: number) =>
        plural('pl', count, {
          one: 'grupa z # kartą',
          few: 'grupa z # kartami',
          many: 'grupa z # kartami',
          other: 'grupa z # karty',
        }),
      actionPlan: 'Wstępny plan działania',
      actionPlanIntro:
        'Wszystkie kroki transferu ze wszystkich praktyk: kto je podejmie, kiedy, jakimi zasobami i co może stanąć na przeszkodzie.',
      step: 'Krok transferu',
      noSteps: 'Nie ma jeszcze kroków transferu.',
      notSet: 'nie podano',
    },
    interest: {
      link: 'Zainteresowanie transferem',
      heading: 'Zainteresowanie transferem',
      intro:
        'Który partner chce zaadaptować którą praktykę. Każda organizacja uzupełnia swój wiersz; wszyscy widzą całą macierz na bieżąco.',
      back: 'Wszystkie praktyki',
      levels: {
        none: 'Brak zainteresowania',
        curious: 'Ciekawi nas',
        wantToAdapt: 'Chcemy zaadaptować',
        actionPlan: 'Włączymy do naszego planu działania',
      },
      unset: 'Brak odpowiedzi',
      unsetOption: 'Wybierz…',
      legend: 'Poziomy zainteresowania',
      organisation: 'Organizacja',
      yours: 'Twoja organizacja',
      cellLabel: (organisation: string, practice: string) =>
        `Zainteresowanie organizacji ${organisation} praktyką „${practice}”`,
      note: 'Notatka',
      addNote: 'Dodaj notatkę',
      editNote: 'Edytuj notatkę',
      addNoteTo: (organisation: string, practice: string) =>
        `Dodaj notatkę do zainteresowania organizacji ${organisation} praktyką „${practice}”`,
      editNoteOf: (organisation: string, practice: string) =>
        `Edytuj notatkę o zainteresowaniu organizacji ${organisation} praktyką „${practice}”`,
      noteLabel: (organisation: string, practice: string) =>
        `Notatka organizacji ${organisation} o praktyce „${practice}”`,
      saveNote: 'Zapisz notatkę',
      noteNeedsLevel: 'Najpierw wybierz poziom.',
      addRowHeading: 'Dodaj organizację',
      addRowLabel: 'Organizacja lub region',
      addRowPlaceholder: 'np. Region Macedonii Środkowej',
      addRow: 'Dodaj wiersz',
      noOrganisation:
        'W Twoich danych brakuje organizacji, więc nie masz wiersza do uzupełnienia. Dodaj ją w menu ze swoim imieniem.',
      readOnly: 'Tylko podgląd: widzisz odpowiedzi wszystkich na bieżąco.',
      noPractices: 'Nie ma jeszcze praktyk. Macierz wypełni się, gdy prowadzący je doda.',
      noRows: 'Żadna organizacja jeszcze nie odpowiedziała.',
      updatedBy: (name: string, when: string) => `Ostatnia zmiana: ${name}, ${when}`,
      practiceSummary: (count: number) =>
        plural('pl', count, {
          one: '# partner chce ją zaadaptować',
          few: '# partnerzy chcą ją zaadaptować',
          many: '# partnerów chce ją zaadaptować',
          other: '# partnera chce ją zaadaptować',
        }),
    },
    undo: {
      undo: 'Cofnij',
      redo: 'Ponów',
      undoHint: 'Cofnij swoją ostatnią zmianę (Ctrl+Z)',
      redoHint: 'Ponów (Ctrl+Shift+Z)',
    },
    phases: {
      kinds: {
        silentWriting: 'Ciche pisanie',
        revealCluster: 'Odsłonięcie i grupowanie',
        vote: 'Głosowanie',
        discuss: 'Dyskusja',
        transferPlanning: 'Planowanie transferu',
        custom: 'Etap bez nazwy',
      },
      label: 'Etap',
      none: 'Bez etapu',
      noneHelp: 'Wszystkie tablice są otwarte do pisania.',
      current: 'Bieżący etap',
      position: (index: number, count: number) => `Etap ${index} z ${count}`,
      numbered: (index: number, name: string) => `${index}. ${name}`,
      next: (name: string) => `Dalej: ${name}`,
      nextShort: 'Dalej',
      begin: (name: string) => `Zacznij: ${name}`,
      nextLabel: (name: string) => `Rozpocznij następny etap: „${name}”`,
      privateWriting: 'Pisanie prywatne',
      voting: 'Głosowanie',
      lockAll: 'Zablokuj wszystkie tablice',
      votingOpen: 'Głosowanie otwarte',
      boardsLocked: 'Tablice zablokowane',
      agendaLabel: 'Agenda: etapy, ich zasady i głosowanie kropkami',
      agendaHeading: 'Agenda',
      agendaIntro: 'Etapy sesji po kolei. Bieżący etap ustala zasady na wszystkich tablicach.',
      noAgenda: 'Te warsztaty nie mają jeszcze agendy.',
      addDefaults: 'Dodaj domyślną agendę',
      defaultsHint: 'Ciche pisanie, Odsłonięcie i grupowanie, Głosowanie, Dyskusja, Planowanie transferu',
      nameOf: (index: number) => `Nazwa etapu ${index}`,
      rulesOf: (name: string) => `Zasady etapu „${name}”`,
      moveUpOf: (name: string) => `Przesuń „${name}” wyżej`,
      moveDownOf: (name: string) => `Przesuń „${name}” niżej`,
      removeOf: (name: string) => `Usuń „${name}”`,
      start: 'Rozpocznij',
      startOf: (name: string) => `Rozpocznij teraz etap „${name}”`,
      now: 'Teraz',
      newPhase: 'Nowy etap',
      newPhasePlaceholder: 'np. Przerwa kawowa',
      addPhase: 'Dodaj etap',
      close: 'Zamknij',
    },
    timer: {
      label: 'Minutnik',
      left: (time: string) => `Zostało ${time}`,
      paused: 'Wstrzymany',
      timeUp: 'Czas minął',
      minutes: 'Minuty',
      setTimer: 'Ustaw minutnik',
      set: 'Ustaw',
      setLabel: 'Ustaw minutnik na tyle minut',
      settings: 'Długość minutnika',
      settingsHeading: 'Minutnik',
      settingsHint:
        'Wszyscy widzą to samo odliczanie. Ustawienie długości zatrzymuje minutnik; uruchom go, gdy sala będzie gotowa.',
      preset: (minutes: number) => `${minutes} min`,
      presetLabel: (minutes: number) =>
        plural('pl', minutes, {
          one: 'Ustaw minutnik na # minutę',
          few: 'Ustaw minutnik na # minuty',
          many: 'Ustaw minutnik na # minut',
          other: 'Ustaw minutnik na # minuty',
        }),
      start: 'Start',
      resume: 'Wznów',
      pause: 'Pauza',
      restart: 'Jeszcze raz',
      restartLabel: 'Uruchom minutnik jeszcze raz od pełnej długości',
      addMinute: '+1 min',
      addMinuteLabel: 'Dodaj minutę',
      resetTo: (time: string) => `Wróć do ${time} i zatrzymaj`,
      controls: 'Sterowanie minutnikiem',
      elapsed: 'Upływ czasu',
    },
    drafts: {
      badge: 'Szkic',
      onlyYou: 'Tylko Ty to widzisz, dopóki karty nie zostaną odsłonięte',
      edit: 'Edytuj szkic',
      editLabel: 'Edytuj tekst szkicu',
      save: 'Zapisz szkic',
      delete: 'Usuń szkic',
      editOf: (card: string) => `Edytuj szkic „${card}”`,
      deleteOf: (card: string) => `Usuń szkic „${card}”`,
      count: (count: number) =>
        plural('pl', count, { one: '# szkic', few: '# szkice', many: '# szkiców', other: '# szkicu' }),
      ofPerson: (name: string, count: number) =>
        `${name}: ${plural('pl', count, { one: '# szkic', few: '# szkice', many: '# szkiców', other: '# szkicu' })}`,
      countsHeading: 'Dotąd napisane prywatnie',
      notice:
        'Pisanie prywatne: Twoje nowe karty są szkicami, które widzisz tylko Ty. Wszyscy zobaczą je, gdy ' +
        'prowadzący przejdzie do kolejnego etapu.',
      noticeReadOnly: 'Pisanie prywatne: uczestnicy piszą karty, które widzą tylko oni, aż do odsłonięcia.',
      yours: (count: number) =>
        plural('pl', count, {
          one: 'Masz # szkic na tej tablicy.',
          few: 'Masz # szkice na tej tablicy.',
          many: 'Masz # szkiców na tej tablicy.',
          other: 'Masz # szkicu na tej tablicy.',
        }),
    },
    voting: {
      open: 'Głosowanie kropkami jest otwarte',
      // The verb agrees with what is left ("Została 1", "Zostały 3", "Zostało 5"), the noun with the budget.
      left: (left: number, budget: number) => {
        const verb = plural('pl', left, { one: 'Została', few: 'Zostały', many: 'Zostało', other: 'Zostało' })
        const noun = plural('pl', budget, { one: 'kropki', few: 'kropek', many: 'kropek', other: 'kropki' })
        return `${verb} ${left} z ${budget} ${noun}`
      },
      scopePractice: 'na tej tablicy',
      scopeWorkshop: 'w całych warsztatach',
      howTo: 'Daj kropkę przyciskiem + na karcie, a zabierz ją przyciskiem −.',
      hiddenFacilitator: 'Głosowanie jest otwarte. Każdy widzi tylko swoje kropki, dopóki go nie zamkniesz.',
      hiddenObserver: 'Głosowanie jest otwarte. Wyniki pojawią się po jego zamknięciu.',
      lockedBoard:
        'Głosowanie jest otwarte, ale ta tablica jest zablokowana: nie można tu teraz dawać kropek.',
      closed: 'Głosowanie jest zamknięte.',
      addDot: (card: string) => `Daj kropkę karcie „${card}”`,
      removeDot: (card: string) => `Zabierz kropkę z karty „${card}”`,
      yourDots: (count: number, card: string) =>
        plural('pl', count, {
          one: `# Twoja kropka na karcie „${card}”`,
          few: `# Twoje kropki na karcie „${card}”`,
          many: `# Twoich kropek na karcie „${card}”`,
          other: `# Twojej kropki na karcie „${card}”`,
        }),
      dots: (count: number) =>
        plural('pl', count, { one: '# kropka', few: '# kropki', many: '# kropek', other: '# kropki' }),
      dotsOf: (count: number, card: string) =>
        plural('pl', count, {
          one: `# kropka dla „${card}”`,
          few: `# kropki dla „${card}”`,
          many: `# kropek dla „${card}”`,
          other: `# kropki dla „${card}”`,
        }),
      breakdownHeading: 'Kto dał kropki',
      byOrganisation: 'Według organizacji',
      byPerson: 'Według osób',
      noOrganisation: 'Bez podanej organizacji',
      someone: 'Ktoś',
      sort: 'Sortuj według głosów',
      results: 'Wyniki',
      resultsHeading: 'Wyniki głosowania',
      resultsIntro:
        'Karty według liczby kropek, z tym, kto je dał, aby żadna delegacja nie przeważyła niezauważenie.',
      organisationsHeading: 'Kropki według organizacji na tej tablicy',
      voters: (count: number) =>
        plural('pl', count, {
          one: '# głosujący',
          few: '# głosujących',
          many: '# głosujących',
          other: '# głosującego',
        }),
      noVotes: 'Na tej tablicy nie ma kropek.',
      group: (title: string) => `Grupa: ${title}`,
      clear: 'Wyczyść głosy',
      clearTitle: 'Wyczyścić wszystkie głosy na tej tablicy?',
      clearText:
        'Kropki wszystkich osób na tej tablicy zostaną usunięte, by zacząć nową rundę. Tego nie można cofnąć.',
      settingsHeading: 'Głosowanie kropkami',
      dotsPerPerson: 'Kropki na osobę',
      budgetScope: 'Kropki każdej osoby liczą się',
      perPractice: 'osobno dla każdej tablicy praktyki',
      perWorkshop: 'łącznie w całych warsztatach',
      maxPerCard: 'Najwięcej kropek od jednej osoby na jedną kartę',
      close: 'Zamknij',
    },
    follow: {
      follow: 'Podążaj za prowadzącym',
      followShort: 'Podążaj',
      followHelp: 'Gdy prowadzący zaprosi wszystkich do tablicy, przejdziesz tam razem z innymi.',
      notFollowingHelp: 'Nie podążasz za prowadzącym. Naciśnij, aby przejść tam, gdzie jest teraz.',
      summon: 'Zbierz wszystkich tutaj',
      summonHelp: 'Wszyscy, którzy za Tobą podążają, przejdą do tej tablicy.',
      summoned: 'Wszyscy, którzy za Tobą podążają, przechodzą tutaj.',
      broughtHere: 'Prowadzący zbiera wszystkich przy tej tablicy.',
    },
    report: {
      heading: 'Raport do druku',
      link: 'Raport do druku (PDF)',
      back: 'Wszystkie praktyki',
      print: 'Drukuj lub zapisz jako PDF',
      printHint:
        'W oknie drukowania wybierz „Zapisz jako PDF”, aby zachować kopię. Raport jest przygotowany na papier A4.',
      notForOthers:
        'Raport do druku jest dla prowadzących: pokazuje głosy wszystkich, które pozostają prywatne, dopóki trwa głosowanie.',
      boardImage: 'Obraz tablicy (PNG)',
      boardImageHint: 'Jeden slajd, 1920 × 1080',
      drawing: 'Rysowanie…',
      imageFailed: 'W tej przeglądarce nie udało się utworzyć obrazu.',
    },
    lock: {
      lock: 'Zablokuj tablicę',
      unlock: 'Odblokuj tablicę',
      lockOf: (title: string) => `Zablokuj tablicę praktyki „${title}”`,
      unlockOf: (title: string) => `Odblokuj tablicę praktyki „${title}”`,
      phaseLocked: 'Zablokowane w tym etapie',
      phaseLockedHelp: 'Bieżący etap blokuje wszystkie tablice: nie można już dodawać ani zmieniać kart.',
    },
    room: {
      done: 'Gotowe',
      doneHelp: 'Daj znać prowadzącemu, że ten etap masz już za sobą',
      raiseHand: 'Podnieś rękę',
      lowerHand: 'Opuść rękę',
      handHelp: 'Poproś prowadzącego o głos',
      button: 'Sala',
      status: (done: number, total: number, hands: number) => {
        const raised = plural('pl', hands, {
          one: '# podniesiona ręka',
          few: '# podniesione ręce',
          many: '# podniesionych rąk',
          other: '# podniesionej ręki',
        })
        return total === 0 ? raised : `gotowe ${done} z ${total}, ${raised}`
      },
      heading: 'Sala',
      doneCount: (done: number, total: number) => `Gotowe: ${done} z ${total}`,
      doneHeading: 'Gotowi',
      waitingHeading: 'Jeszcze pracują',
      noPhase: 'Rozpocznij etap, aby zobaczyć, kto go skończył.',
      noParticipants: 'Nie ma tu jeszcze uczestników.',
      handsHeading: 'Podniesione ręce',
      noHands: 'Nikt nie podniósł ręki.',
      acknowledge: (name: string) => `Opuść rękę: ${name}`,
      lower: 'Opuść',
    },
    history: {
      heading: 'Historia warsztatu',
      link: 'Historia',
      back: 'Wszystkie praktyki',
      notForOthers: 'Tylko prowadzący może przeglądać historię warsztatu i przywracać wcześniejszy stan.',
      intro:
        'Przy każdej zmianie etapu zapisuje się migawka wszystkich tablic. Otwórz ją, aby porównać ją z obecnym stanem albo ją przywrócić.',
      takeHeading: 'Zapisz migawkę teraz',
      noteLabel: 'Notatka (opcjonalnie)',
      notePlaceholder: 'np. przed grupowaniem',
      take: 'Zapisz migawkę teraz',
      taking: 'Zapisywanie…',
      taken: 'Migawka zapisana.',
      unchanged:
        'Od ostatniej migawki nic się nie zmieniło, więc nie zapisano nowej: ostatnia pozostaje aktualna.',
      manualLimit:
        'Ten warsztat przechowuje już 50 migawek zapisanych ręcznie, czyli najwięcej, ile może. Migawki przy zmianie etapu są nadal zapisywane.',
      /** When a snapshot was taken: a date and time in the language's own form. */
      formatTime: (timestamp: number) =>
        new Intl.DateTimeFormat('pl', { dateStyle: 'medium', timeStyle: 'short' }).format(timestamp),
      listHeading: 'Migawki',
      empty: 'Nie ma jeszcze migawek. Zapisują się przy każdej zmianie etapu; możesz też zapisać ją teraz.',
      reasonPhaseChange: (phase: string) => `Zmiana etapu na: ${phase}`,
      reasonManual: 'Zapisana ręcznie',
      reasonManualNote: (note: string) => `Zapisana ręcznie: ${note}`,
      reasonBeforeRestore: (when: string) => `Przed przywróceniem migawki z ${when}`,
      reasonBeforeRestoreUnknown: 'Przed przywróceniem wcześniejszej migawki',
      cards: (count: number) =>
        plural('pl', count, { one: '# karta', few: '# karty', many: '# kart', other: '# karty' }),
      open: 'Otwórz',
      opening: 'Otwieranie…',
      close: 'Zamknij',
      viewHeading: (when: string) => `Migawka z ${when}`,
      readOnly: 'Tylko do odczytu: tablice w takim stanie, w jakim były wtedy.',
      sinceThen: (changes: { added: number; removed: number; moved: number; edited: number }) =>
        `Od tego czasu: dodane karty: ${changes.added}, usunięte: ${changes.removed}, przeniesione: ${changes.moved}, zmienione: ${changes.edited}.`,
      nothingChanged: 'Od tego czasu nic się na tablicach nie zmieniło.',
      practiceRemovedSince: 'Od tego czasu usunięta z warsztatu; przywrócenie migawki doda ją z powrotem.',
      practicesAddedSince: (titles: string) => `Praktyki dodane później (przywrócenie je usunie): ${titles}`,
      untitledPractice: 'Praktyka bez tytułu',
      emptyLane: 'Brak kart',
      markRemoved: 'Usunięta później',
      markMoved: (from: string, to: string) => `Przeniesiona później: ${from} → ${to}`,
      markRegrouped: 'Przeniesiona później do innej grupy',
      markEdited: 'Zmieniona później',
      editedNow: (text: string) => `Teraz: ${text}`,
      addedSinceHeading: 'Dodane później (przywrócenie je usunie)',
      inLane: (lane: string) => `w: ${lane}`,
      restore: 'Przywróć tę migawkę',
      restoring: 'Przywracanie…',
      confirmTitle: 'Przywrócić tę migawkę?',
      confirmText:
        'Wszystkie tablice wrócą do stanu z tej migawki, u wszystkich, od razu. Obecny stan zostanie najpierw zapisany jako migawka, więc możesz to cofnąć, przywracając ją. Trwająca sesja (etap, minutnik) pozostaje bez zmian.',
      confirm: 'Przywróć',
      restored:
        'Przywrócono. Wszyscy widzą teraz tablice z tej migawki; stan sprzed przywrócenia jest na górze listy.',
      notFound: 'Ta migawka już nie istnieje.',
    },
    exports: {
      button: 'Eksport',
      menuLabel: 'Eksportuj wyniki warsztatu',
      heading: 'Pobierz wyniki',
      formats: {
        md: 'Raport (Markdown)',
        csv: 'Karty jako arkusz (CSV)',
        json: 'Cały warsztat (JSON, do importu)',
        docx: 'Raport (Word)',
      },
      downloading: 'Pobieranie…',
    },
    lifecycle: {
      menuButton: 'Warsztat',
      menuLabel: 'Działania na warsztacie',
      menuHeading: 'Ten warsztat',
      startFollowUp: 'Rozpocznij warsztat kontynuacyjny…',
      deleteWorkshop: 'Usuń warsztat…',
      followUpTitle: 'Rozpocznij warsztat kontynuacyjny',
      followUpIntro:
        'Nowy warsztat na kolejne spotkanie, zbudowany na tablicach tego warsztatu. Ten warsztat pozostaje bez zmian.',
      followUpDefaultTitle: (title: string) => `${title} — kontynuacja`,
      carryLegend: 'Co przenieść',
      carryEverything: 'Wszystko',
      carryEverythingHint:
        'Każda praktyka ze wszystkimi kartami, grupami, krokami transferu oraz macierz zainteresowania.',
      carryTransfer: 'Tylko kroki transferu i zainteresowanie',
      carryTransferHint: 'Każda praktyka, tylko karty z toru kroków transferu oraz macierz zainteresowania.',
      votesNotCarried: 'Głosy nie są przenoszone: na kolejnym spotkaniu wszyscy głosują od nowa.',
      create: 'Utwórz kontynuację',
      creating: 'Tworzenie…',
      deleteTitle: (title: string) => `Usunąć „${title}”?`,
      deleteText:
        'To usuwa wszystkie tablice, karty, głosy i macierz zainteresowania tego warsztatu, dla wszystkich, i nie da się tego cofnąć. Jego linki przestaną działać.',
      deleteExportFirst: 'Warto najpierw pobrać eksport JSON: można go później zaimportować ponownie.',
      downloadJson: 'Pobierz eksport JSON',
      downloaded: 'Pobrano.',
      deleteConfirm: 'Usuń dla wszystkich',
      deleting: 'Usuwanie…',
      deletedTitle: 'Prowadzący usunął ten warsztat',
      deletedText: 'Jego tablice zniknęły, a linki już nie działają.',
      followUpOf: (title: string, date: string) =>
        date ? `Kontynuacja warsztatu ${title} (${date})` : `Kontynuacja warsztatu ${title}`,
      csvButton: 'Importuj praktyki z CSV',
      csvColumns:
        'Jedna praktyka w wierszu, po wierszu nagłówka z nazwami kolumn: tytuł, organizacja (lub region), opis. Nagłówki w dowolnym z siedmiu języków; przecinki lub średniki.',
      csvFileLabel: 'Lista praktyk (.csv)',
      csvImporting: 'Importowanie…',
      csvAdded: (count: number) =>
        plural('pl', count, {
          one: 'Dodano # praktykę',
          few: 'Dodano # praktyki',
          many: 'Dodano # praktyk',
          other: 'Dodano # praktyki',
        }),
      csvTooLarge: 'Ten plik jest za duży (limit to 1 MB).',
      csvNotUtf8:
        'Ten plik nie jest zapisany w UTF-8, więc polskie litery by się w nim zgubiły. Zapisz go jako „CSV UTF-8” (w Excelu: Plik → Zapisz jako → CSV UTF-8 (rozdzielany przecinkami)) i wybierz go ponownie. Nic nie zaimportowano.',
      csvRefused: 'Nic nie zaimportowano. Popraw plik i wybierz go ponownie:',
      csvEmpty: 'Plik jest pusty.',
      csvNotCsv: (line: number) =>
        `To nie jest poprawny plik CSV: sprawdź cudzysłowy w okolicy wiersza ${line}.`,
      csvNoTitleColumn: 'Pierwszy wiersz musi zawierać nazwy kolumn, a żadna z nich nie jest tytułem.',
      csvNoPractices: 'Plik ma wiersz nagłówka, ale nie ma w nim żadnej praktyki.',
      csvNoTitle: (row: number) => `Wiersz ${row} nie ma tytułu.`,
      csvTitleTooLong: (row: number, length: number, max: number) =>
        `Wiersz ${row}: tytuł ma ${characters(length)}, a mieści się najwyżej ${max}.`,
      csvOrganisationTooLong: (row: number, length: number, max: number) =>
        `Wiersz ${row}: nazwa organizacji ma ${characters(length)}, a mieści się najwyżej ${max}.`,
      csvDescriptionTooLong: (row: number, length: number, max: number) =>
        `Wiersz ${row}: opis ma ${characters(length)}, a mieści się najwyżej ${max}.`,
      csvTooMany: (count: number, max: number) =>
        `Plik zawiera ${plural('pl', count, { one: '# praktykę', few: '# praktyki', many: '# praktyk', other: '# praktyki' })}; naraz można zaimportować najwyżej ${max}.`,
      csvMoreProblems: (count: number) =>
        plural('pl', count, {
          one: '…i jeszcze # problem.',
          few: '…i jeszcze # problemy.',
          many: '…i jeszcze # problemów.',
          other: '…i jeszcze # problemu.',
        }),
      deleteFailed: 'Nie udało się usunąć warsztatów. Nic nie zostało usunięte; spróbuj ponownie.',
    },
    import: {
      heading: 'Importuj warsztat (JSON)',
      text: 'Otwórz kopię warsztatu z jego eksportu JSON: praktyki, karty, głosy i plan. Zostaniesz jego prowadzącym.',
      fileLabel: 'Eksport warsztatu (.json)',
      importing: 'Importowanie…',
      tooLarge: 'Ten plik jest za duży do importu (limit to 5 MB).',
      notAnExport:
        'Ten plik nie jest eksportem warsztatu PracticeMap albo pochodzi z wersji, której ten serwer nie odczyta.',
      unreadable: 'Nie udało się odczytać pliku.',
    },
  },
}

export default polish
