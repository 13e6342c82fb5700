import { joinNames, type Locale, plural } from './locale'

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
      lockedHelp: 'Prowadzący zablokował tę tablicę: nie można już dodawać ani zmieniać kart.',
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
      menuLabel: (name: string) => `Ty: ${name}. Zmień imię lub organizację`,
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
    },
    undo: {
      undo: 'Cofnij',
      redo: 'Ponów',
      undoHint: 'Cofnij swoją ostatnią zmianę (Ctrl+Z)',
      redoHint: 'Ponów (Ctrl+Shift+Z)',
    },
  },
}

export default polish
