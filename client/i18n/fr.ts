import { joinNames, type Locale, plural } from './locale'

/** "1 caractère", "240 caractères": a length in the practice-list problems. */
function characters(count: number): string {
  return plural('fr', count, { one: '# caractère', many: '# de caractères', other: '# caractères' })
}

/**
 * French, in the polite "vous" that workshop software uses, with Interreg Europe's vocabulary (bonne
 * pratique, parties prenantes, plan d’action). French typography: a narrow no-break space (U+202F) before
 * ? ! ; and inside « », a no-break space (U+00A0) before a colon, so that no line starts with a sign.
 * The spaces look ordinary here; tests/unit/clientLanguages.test.ts checks each one.
 * Counts: CLDR's `one` covers 0 and 1 ("0 carte"); `many` is for a million and more ("1 000 000 de cartes").
 */
const french: Locale = {
  code: 'fr',
  name: 'Français',
  messages: {
    app: {
      name: 'PracticeMap',
      homeLink: 'PracticeMap, page d’accueil',
      skipToContent: 'Aller au contenu',
      loading: 'Chargement…',
      pageNotFound: 'Page introuvable',
      pageNotFoundText: 'Il n’y a rien à cette adresse.',
      goHome: 'Aller à la page d’accueil',
    },
    common: {
      save: 'Enregistrer',
      cancel: 'Annuler',
      edit: 'Modifier',
      remove: 'Supprimer',
      optional: '(facultatif)',
    },
    language: {
      label: 'Langue',
      button: (name: string) => `Langue : ${name}`,
    },
    home: {
      title: 'Cartographiez ensemble vos bonnes pratiques',
      intro:
        'Un tableau partagé pour les partenaires du projet. Décrivez chaque bonne pratique — ses aspects clés, ' +
        'ses parties prenantes, ses bénéfices et les étapes de son transfert — ensemble et en direct, dans la ' +
        'salle comme à distance.',
      createHeading: 'Lancer un nouvel atelier',
      titleLabel: 'Titre de l’atelier',
      titlePlaceholder: 'p. ex. Séminaire thématique sur le logement abordable',
      titleRequired: 'Donnez un titre à l’atelier.',
      dateLabel: 'Date',
      placeLabel: 'Lieu',
      placePlaceholder: 'p. ex. Las Palmas de Gran Canaria',
      create: 'Créer l’atelier',
      creating: 'Création…',
      exampleHeading: 'Voir comment ça marche',
      exampleText:
        'Ouvrez une copie du séminaire IMPETUS de Las Palmas de Gran Canaria, avec deux bonnes pratiques déjà ' +
        'cartographiées : le programme de logement « un appartement contre sa rénovation » et des jardins ' +
        'urbains partagés.',
      openExample: 'Ouvrir l’atelier d’exemple',
      openingExample: 'Ouverture…',
      recentHeading: 'Vos ateliers récents',
      recentEmpty:
        'Les ateliers que vous ouvrez sur cet appareil s’afficheront ici, pour les retrouver facilement.',
      lastOpened: (when: string) => `Ouvert ${when}`,
      forget: (title: string) => `Retirer « ${title} » de cette liste`,
      untitled: 'Atelier sans titre',
    },
    errors: {
      offline:
        'Vous êtes hors ligne. Créer un atelier nécessite une connexion ; les ateliers déjà ouverts restent ' +
        'accessibles.',
      network: 'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.',
      server: 'Un problème est survenu sur le serveur. Réessayez dans un instant.',
      invalid: 'Vérifiez les informations saisies.',
      forbidden: 'Ce lien ne le permet pas. Adressez-vous à l’animateur.',
      tooLarge: 'C’est plus que ce que le serveur accepte en une fois.',
      creationLimit:
        'Trop d’ateliers ont été créés depuis ce réseau en peu de temps. Patientez un peu, puis réessayez.',
    },
    join: {
      heading: 'Rejoindre l’atelier',
      headingWithTitle: (title: string) => `Rejoindre « ${title} »`,
      intro:
        'Présentez-vous aux autres. Votre nom et votre organisation apparaissent sur les cartes que vous ' +
        'écrivez et dans la liste des personnes présentes.',
      nameLabel: 'Votre nom',
      nameRequired: 'Saisissez votre nom.',
      organisationLabel: 'Organisation ou région',
      organisationPlaceholder: 'p. ex. Ville de Żyrardów',
      submit: 'Rejoindre',
      remembered: 'Mémorisé sur cet appareil. Vous pourrez le modifier plus tard depuis le menu à votre nom.',
    },
    workshop: {
      opening: 'Ouverture de l’atelier…',
      notFoundTitle: 'Atelier introuvable',
      notFoundText:
        'Aucun atelier ne correspond à ce lien. Vérifiez le lien reçu, ou lancez un nouvel atelier.',
      forgetRecent: 'Le retirer de mes ateliers récents',
      unreachableTitle: 'Serveur injoignable',
      unreachableText:
        'Cet atelier n’a encore jamais été ouvert sur cet appareil : il ne peut donc pas s’afficher hors ' +
        'ligne. Connectez-vous à Internet et réessayez.',
      retry: 'Réessayer',
      notOnDevice:
        'Cet atelier n’est pas encore enregistré sur cet appareil. Son contenu s’affichera dès le retour de ' +
        'la connexion.',
      editDetails: 'Modifier les informations de l’atelier',
      detailsFormLabel: 'Informations sur l’atelier',
      untitled: 'Atelier sans titre',
    },
    access: {
      noTokenTitle: 'Cet atelier s’ouvre depuis son lien',
      noTokenText:
        'Un atelier s’ouvre depuis le lien que partage son animateur, qui contient une clé d’accès. Rouvrez ' +
        'ce lien, ou collez-le ici.',
      revokedTitle: 'Ce lien n’est plus valide.',
      revokedText: 'Demandez le nouveau lien à l’animateur.',
      pasteLabel: 'Collez ici le lien de l’atelier',
      pasteNewLabel: 'Vous avez le nouveau lien ? Collez-le ici',
      pasteInvalid:
        'Ce n’est pas un lien d’atelier. Copiez le lien en entier, y compris la partie « ?token= ».',
      pasteOpen: 'Ouvrir l’atelier',
      rateLimitedTitle: 'Trop de tentatives',
      rateLimitedText:
        'Le serveur a reçu trop de requêtes depuis ce réseau. Patientez une minute, puis réessayez.',
    },
    roles: {
      facilitator: 'Animateur',
      participant: 'Participant',
      observer: 'Lecture seule',
      viewOnly: 'Lecture seule',
      viewOnlyHelp: 'Ce lien vous permet de suivre l’atelier en direct, sans rien modifier.',
      locked: 'Verrouillé',
      lockedHelp: 'L’animateur a verrouillé ce tableau : on ne peut plus y ajouter ni modifier de cartes.',
      lockedHelpFacilitator:
        'Verrouillé pour les participants : seuls les animateurs peuvent désormais modifier ce tableau.',
    },
    share: {
      button: 'Partager',
      heading: 'Partager l’atelier',
      close: 'Fermer',
      participantLabel: 'Lien participant',
      participantHint:
        'Pour toutes les personnes qui écrivent des cartes. Envoyez-le, ou faites scanner le code QR.',
      participantHintForParticipant: 'Transmettez-le aux personnes qui doivent rejoindre l’atelier.',
      observerLabel: 'Lien observateur (lecture seule)',
      observerHint: 'Pour un vidéoprojecteur ou un invité : voit tout en direct, ne modifie rien.',
      copy: 'Copier',
      copied: 'Copié',
      copyParticipant: 'Copier le lien participant',
      copyObserver: 'Copier le lien observateur',
      copyFallback: 'Sélectionnez le lien et copiez-le manuellement.',
      newParticipant: 'Nouveau lien participant',
      newObserver: 'Nouveau lien observateur',
      confirmParticipantTitle: 'Créer un nouveau lien participant ?',
      confirmParticipantText:
        'Le lien participant actuel cesse aussitôt de fonctionner. Toutes les personnes qui l’ont utilisé ' +
        'sont déconnectées et auront besoin du nouveau lien. Les cartes qu’elles ont écrites restent.',
      confirmObserverTitle: 'Créer un nouveau lien observateur ?',
      confirmObserverText:
        'Le lien observateur actuel cesse aussitôt de fonctionner. Les écrans et les invités qui l’utilisent ' +
        'sont déconnectés et auront besoin du nouveau lien.',
      confirmNew: 'Créer un nouveau lien',
      regenerated: 'Le nouveau lien est prêt. L’ancien ne fonctionne plus.',
      qrLabel: 'Code QR du lien participant',
      peopleJoined: (count: number) =>
        plural('fr', count, {
          one: '# personne a rejoint l’atelier',
          many: '# de personnes ont rejoint l’atelier',
          other: '# personnes ont rejoint l’atelier',
        }),
      projector: 'Mode projection',
      loading: 'Chargement des liens…',
      failed: 'Impossible de charger les liens.',
      facilitatorLabel: 'Votre lien animateur',
      facilitatorHint:
        'Ouvre l’atelier en tant qu’animateur, pour vos autres appareils. Gardez-le pour vous ; s’il a pu fuiter, créez-en un nouveau.',
      copyFacilitator: 'Copier votre lien animateur',
      newFacilitator: 'Nouveau lien animateur',
      confirmFacilitatorTitle: 'Créer un nouveau lien animateur ?',
      confirmFacilitatorText:
        'Le lien animateur actuel cesse aussitôt de fonctionner, pour quiconque le détient, et vos autres appareils ' +
        'sont déconnectés. Cet appareil continue avec le nouveau lien : copiez-le ici pour vos autres appareils. ' +
        'Les participants et les observateurs ne sont pas concernés.',
      facilitatorRegenerated:
        'Votre nouveau lien animateur est prêt et cet appareil l’utilise. L’ancien ne fonctionne plus : copiez le nouveau sur vos autres appareils.',
    },
    projector: {
      scanToJoin: 'Scannez pour participer',
      orOpen: 'ou ouvrez',
      fullScreen: 'Plein écran',
      back: 'Retour à l’atelier',
      mode: 'Mode projecteur',
      modeHelp: 'Ce tableau seul, en plein écran, en caractères lisibles du fond de la salle',
      exit: 'Quitter le mode projecteur',
      exitKey: 'Échap',
      moreCards: (count: number) =>
        plural('fr', count, {
          one: '+ # autre carte',
          many: '+ # d’autres cartes',
          other: '+ # autres cartes',
        }),
    },
    practices: {
      heading: 'Bonnes pratiques',
      count: (count: number) =>
        plural('fr', count, { one: '# pratique', many: '# de pratiques', other: '# pratiques' }),
      empty: 'Aucune pratique pour l’instant. Ajoutez la première bonne pratique ci-dessous.',
      emptyReadOnly: 'Aucune pratique pour l’instant. C’est l’animateur qui les ajoute.',
      untitled: 'Pratique sans titre',
      openBoard: 'Ouvrir le tableau',
      openBoardOf: (title: string) => `Ouvrir le tableau de « ${title} »`,
      editOf: (title: string) => `Modifier « ${title} »`,
      removeOf: (title: string) => `Supprimer « ${title} »`,
      moveUpOf: (title: string) => `Monter « ${title} »`,
      moveDownOf: (title: string) => `Descendre « ${title} »`,
      moveUp: 'Monter',
      moveDown: 'Descendre',
      peopleOnBoard: (names: readonly string[]) => `Sur ce tableau en ce moment : ${joinNames('fr', names)}`,
      addHeading: 'Ajouter une bonne pratique',
      editHeading: 'Modifier la pratique',
      titleLabel: 'Titre',
      titlePlaceholder: 'p. ex. Jardins urbains partagés',
      titleRequired: 'Donnez un titre à la pratique.',
      organisationLabel: 'Organisation partenaire ou région',
      organisationPlaceholder: 'p. ex. Las Palmas de Gran Canaria',
      descriptionLabel: 'Brève description',
      add: 'Ajouter la pratique',
      saveChanges: 'Enregistrer les modifications',
      confirmRemoveTitle: (title: string) => `Supprimer « ${title} » ?`,
      confirmRemoveText:
        'La pratique et son tableau disparaissent pour tous les participants de l’atelier. Vous pourrez ' +
        'annuler juste après.',
      confirmRemove: 'Supprimer la pratique',
    },
    board: {
      allPractices: 'Toutes les pratiques',
      position: (index: number, count: number) => `Pratique ${index} sur ${count}`,
      previous: 'Pratique précédente',
      next: 'Pratique suivante',
      loading: 'Chargement du tableau…',
      removedTitle: 'Cette pratique ne fait plus partie de l’atelier',
      removedText:
        'Quelqu’un l’a supprimée, ou le lien est erroné. Les autres pratiques figurent dans la liste des ' +
        'pratiques.',
      lanesNav: 'Colonnes',
    },
    lanes: {
      keyAspects: { title: 'Aspects clés', hint: 'ce qui fait le succès de cette pratique' },
      stakeholders: { title: 'Parties prenantes', hint: 'qui participe, qui en bénéficie, qui décide' },
      benefits: { title: 'Bénéfices', hint: 'ce qui change pour les habitants et pour le territoire' },
      transferSteps: {
        title: 'Étapes du transfert',
        hint: 'ce qu’il faut pour en faire une initiative dans votre région',
      },
    },
    cards: {
      count: (count: number) =>
        plural('fr', count, { one: '# carte', many: '# de cartes', other: '# cartes' }),
      emptyLane: 'Aucune carte pour l’instant. Écrivez-en une ci-dessous ou déposez-en une ici.',
      emptyLaneReadOnly: 'Aucune carte pour l’instant.',
      newCardLabel: (lane: string) => `Nouvelle carte dans la colonne ${lane}`,
      newCardPlaceholder: 'Ajouter une carte…',
      keysHint: 'Entrée pour enregistrer, Maj+Entrée pour aller à la ligne, Échap pour annuler.',
      add: 'Ajouter la carte',
      editLabel: 'Modifier le texte de la carte',
      edit: 'Modifier la carte',
      options: 'Options de la carte',
      save: 'Enregistrer la carte',
      delete: 'Supprimer la carte',
      color: 'Couleur de la carte',
      changeColor: 'Changer la couleur',
      moveHandle: (excerpt: string) => `Déplacer la carte « ${excerpt} »`,
      unknownAuthor: 'Auteur inconnu',
      recovered:
        'Quelqu’un a supprimé cette carte pendant que vous la modifiiez. Votre texte est conservé ici :',
      recoveredAdd: 'Ajouter comme nouvelle carte',
      recoveredDiscard: 'Abandonner le texte',
      editing: (names: readonly string[]) =>
        `${joinNames('fr', names)} ${names.length === 1 ? 'modifie la carte' : 'modifient la carte'}`,
    },
    colors: {
      yellow: 'Jaune',
      green: 'Vert',
      blue: 'Bleu',
      pink: 'Rose',
      purple: 'Violet',
      grey: 'Gris',
    },
    dnd: {
      roleDescription: 'carte déplaçable',
      instructions:
        'Pour saisir une carte, appuyez sur Espace ou Entrée. Avec les flèches, déplacez-la dans sa colonne ' +
        'ou vers une autre colonne. Appuyez de nouveau sur Espace ou Entrée pour la déposer, ou sur Échap ' +
        'pour annuler.',
      pickedUp: (card: string, lane: string, position: number, count: number) =>
        `Carte « ${card} » saisie dans la colonne ${lane}, position ${position} sur ${count}.`,
      over: (lane: string, position: number, count: number) =>
        `La carte est au-dessus de la colonne ${lane}, position ${position} sur ${count}.`,
      notOver: 'La carte n’est au-dessus d’aucune colonne.',
      dropped: (lane: string, position: number, count: number) =>
        `Carte déposée dans la colonne ${lane}, position ${position} sur ${count}.`,
      droppedNowhere: 'La carte est revenue à sa place.',
      cancelled: (card: string) => `Déplacement annulé. La carte « ${card} » est revenue à sa place.`,
    },
    presence: {
      summary: (count: number) =>
        plural('fr', count, {
          one: '# personne présente',
          many: '# de personnes présentes',
          other: '# personnes présentes',
        }),
      heading: 'Qui est là',
      you: (name: string) => `${name} (vous)`,
      onPracticeList: 'sur la liste des pratiques',
      onPractice: (title: string) => `sur « ${title} »`,
    },
    you: {
      menuLabel: (name: string) => `Vous : ${name}`,
      menuHelp: 'Modifier votre nom, votre organisation ou la langue',
      heading: 'Vos informations',
    },
    connection: {
      connected: 'Connecté',
      connecting: 'Connexion…',
      reconnecting: 'Reconnexion…',
      offline: 'Hors ligne',
      connectedHelp: 'Vos modifications sont partagées avec tout le monde au fur et à mesure.',
      reconnectingHelp:
        'Vos modifications sont conservées sur cet appareil et seront partagées dès le retour de la connexion.',
      offlineHelp:
        'Vous êtes hors ligne. Vos modifications sont conservées sur cet appareil et seront partagées dès ' +
        'votre retour en ligne.',
      notSaving: 'Pas encore enregistré',
      notSavingHelp:
        'Le serveur ne peut pas enregistrer les modifications pour le moment. Les vôtres sont conservées sur ' +
        'cet appareil et renvoyées automatiquement.',
      damaged: 'Copie du serveur endommagée',
      damagedHelp:
        'La copie enregistrée sur le serveur d’une partie de cet atelier est endommagée, le serveur la refuse donc. La vôtre est conservée sur cet appareil.',
      damagedNotice:
        'Une partie de cet atelier ne peut pas être ouverte depuis le serveur : sa copie enregistrée est endommagée. Ce que vous ' +
        'voyez et écrivez est conservé sur cet appareil et envoyé dès que la copie est restaurée. Prévenez l’animateur ' +
        'ou la personne qui gère le serveur : son journal indique la partie endommagée.',
      tooFast: 'Envoi imminent',
      tooFastHelp:
        'Vous envoyez des modifications plus vite que le serveur ne les accepte. Elles sont conservées sur cet appareil et envoyées dans quelques secondes.',
      connectedHelpObserver: 'Vous voyez les modifications de chacun au fur et à mesure.',
      reconnectingHelpObserver:
        'Ce que vous voyez n’est peut-être plus à jour ; tout se met à jour dès le retour de la connexion.',
      offlineHelpObserver:
        'Vous êtes hors ligne. Ce que vous voyez n’est peut-être plus à jour ; tout se met à jour à votre retour en ligne.',
    },
    full: {
      board:
        'Ce tableau est plein : le serveur n’y accepte plus de modifications. Ce que vous modifiez ici reste uniquement sur cet appareil.',
      workshop:
        'Cet atelier a atteint sa taille maximale : le serveur n’accepte plus de modifications. Ce que vous modifiez reste uniquement sur cet appareil.',
    },
    groups: {
      untitled: 'Groupe sans titre',
      titleLabel: 'Titre du groupe',
      groupWithThis: 'Regrouper avec cette carte',
      dropToGroup: 'Déposer pour regrouper',
      moveHandle: (title: string) => `Déplacer le groupe « ${title} »`,
      ungroup: 'Dissocier',
      ungroupOf: (title: string) => `Dissocier « ${title} »`,
      ungroupHelp: 'Défaire le groupe : ses cartes restent où elles sont',
      groupWithAbove: 'Regrouper avec la carte du dessus',
      takeOut: 'Sortir du groupe',
      roleDescription: 'groupe déplaçable',
      pickedUp: (title: string, lane: string, position: number, count: number) =>
        `Groupe « ${title} » saisi dans la colonne ${lane}, position ${position} sur ${count}.`,
      pickedUpInGroup: (card: string, group: string, position: number, count: number) =>
        `Carte « ${card} » saisie dans le groupe « ${group} », carte ${position} sur ${count}. Déplacez-la hors du groupe pour l’en sortir.`,
      overCard: (card: string) =>
        `La carte est au-dessus de « ${card} ». Déposez-la pour regrouper les deux cartes.`,
      overOwnGroup: (group: string) => `La carte est toujours dans le groupe « ${group} ».`,
      grouped: (card: string, target: string) => `Carte « ${card} » regroupée avec « ${target} ».`,
      dropped: (lane: string, position: number, count: number) =>
        `Groupe déposé dans la colonne ${lane}, position ${position} sur ${count}.`,
    },
    transfer: {
      details: 'Détails du plan d’action',
      formLabel: (card: string) => `Détails du plan d’action pour « ${card} »`,
      owner: 'Responsable (organisation)',
      ownerPlaceholder: 'p. ex. Ville de Żyrardów',
      timeframe: 'Échéance',
      timeframePlaceholder: 'p. ex. T2 2025',
      resources: 'Ressources',
      resourcesPlaceholder: 'Budget, personnes, partenaires…',
      barriers: 'Obstacles',
      barriersPlaceholder: 'Ce qui pourrait faire obstacle',
      ownerSummary: (owner: string) => `Responsable : ${owner}`,
      save: 'Enregistrer les détails',
      empty: 'Pas encore renseigné.',
    },
    stakeholders: {
      typeLabel: 'Type de partie prenante',
      levelLabel: 'Échelon',
      noType: 'Type…',
      noLevel: 'Échelon…',
      types: {
        publicAuthority: 'Autorité publique',
        business: 'Entreprise',
        research: 'Recherche',
        civilSociety: 'Société civile',
      },
      typesInList: {
        publicAuthority: 'autorité publique',
        business: 'entreprise',
        research: 'recherche',
        civilSociety: 'société civile',
      },
      levels: { local: 'Local', regional: 'Régional', national: 'National' },
      missing: (types: readonly string[]) => `Il manque : ${types.join(', ')}`,
      missingHelp: 'Types de parties prenantes qu’aucune carte de cette colonne ne porte encore',
      allPresent: 'Les quatre types de parties prenantes sont représentés.',
    },
    overview: {
      linksLabel: 'Cartographie de l’atelier',
      link: 'Vue d’ensemble',
      heading: 'Vue d’ensemble de l’atelier',
      intro:
        'Toutes les pratiques d’un coup d’œil, en direct : les cartes par colonne, qui est sur chaque tableau ' +
        'et les cartes les plus votées.',
      back: 'Toutes les pratiques',
      notForParticipants: 'La vue d’ensemble est réservée aux animateurs et aux observateurs.',
      practicesHeading: 'Pratiques',
      noPractices: 'Aucune pratique pour l’instant.',
      lanesLabel: 'Cartes par colonne',
      emptyLane: 'vide',
      emptyLanes: (count: number) =>
        plural('fr', count, {
          one: '# colonne encore vide',
          many: '# de colonnes encore vides',
          other: '# colonnes encore vides',
        }),
      people: 'Sur ce tableau en ce moment',
      nobody: 'Personne n’est sur ce tableau en ce moment.',
      topVoted: 'Les plus votées',
      noVotes: 'Pas encore de gommettes.',
      dots: (count: number) =>
        plural('fr', count, { one: '# gommette', many: '# de gommettes', other: '# gommettes' }),
      votesHidden: 'Les résultats s’affichent à la clôture du vote.',
      groupCards: (count: number) =>
        plural('fr', count, {
          one: 'groupe de # carte',
          many: 'groupe de # de cartes',
          other: 'groupe de # cartes',
        }),
      actionPlan: 'Projet de plan d’action',
      actionPlanIntro:
        'Toutes les étapes du transfert de chaque pratique : qui s’en charge, quand, avec quels moyens, et ce ' +
        'qui pourrait faire obstacle.',
      step: 'Étape du transfert',
      noSteps: 'Pas encore d’étapes du transfert.',
      notSet: 'non renseigné',
    },
    interest: {
      link: 'Intérêt pour le transfert',
      heading: 'Intérêt pour le transfert',
      intro:
        'Quel partenaire souhaite adapter quelle pratique. Chaque organisation remplit sa propre ligne ; tout ' +
        'le monde voit l’ensemble de la matrice, en direct.',
      back: 'Toutes les pratiques',
      levels: {
        none: 'Pas d’intérêt',
        curious: 'Cela nous intéresse',
        wantToAdapt: 'Nous voulons l’adapter',
        actionPlan: 'Nous l’inclurons dans notre plan d’action',
      },
      unset: 'Sans réponse',
      unsetOption: 'Choisir…',
      legend: 'Niveaux d’intérêt',
      organisation: 'Organisation',
      yours: 'votre organisation',
      cellLabel: (organisation: string, practice: string) =>
        `Intérêt exprimé par ${organisation} pour « ${practice} »`,
      note: 'Note',
      addNote: 'Ajouter une note',
      editNote: 'Modifier la note',
      addNoteTo: (organisation: string, practice: string) =>
        `Ajouter une note à l’intérêt exprimé par ${organisation} pour « ${practice} »`,
      editNoteOf: (organisation: string, practice: string) =>
        `Modifier la note sur l’intérêt exprimé par ${organisation} pour « ${practice} »`,
      noteLabel: (organisation: string, practice: string) =>
        `Note rédigée par ${organisation} sur « ${practice} »`,
      saveNote: 'Enregistrer la note',
      noteNeedsLevel: 'Choisissez d’abord un niveau.',
      addRowHeading: 'Ajouter une organisation',
      addRowLabel: 'Organisation ou région',
      addRowPlaceholder: 'p. ex. Région de Macédoine-Centrale',
      addRow: 'Ajouter la ligne',
      noOrganisation:
        'Vos informations ne comportent pas d’organisation : vous n’avez donc pas de ligne à remplir. ' +
        'Ajoutez-la depuis le menu à votre nom.',
      readOnly: 'Lecture seule : vous voyez les réponses de chacun au fur et à mesure.',
      noPractices:
        'Aucune pratique pour l’instant. La matrice se remplira quand l’animateur les aura ajoutées.',
      noRows: 'Aucune organisation n’a encore répondu.',
      updatedBy: (name: string, when: string) => `Dernière modification par ${name}, ${when}`,
      practiceSummary: (count: number) =>
        plural('fr', count, {
          one: '# partenaire veut l’adapter',
          many: '# de partenaires veulent l’adapter',
          other: '# partenaires veulent l’adapter',
        }),
    },
    undo: {
      undo: 'Annuler',
      redo: 'Rétablir',
      undoHint: 'Annuler votre dernière modification (Ctrl+Z)',
      redoHint: 'Rétablir (Ctrl+Maj+Z)',
    },
    phases: {
      kinds: {
        silentWriting: 'Écriture silencieuse',
        revealCluster: 'Dévoilement et regroupement',
        vote: 'Vote',
        discuss: 'Discussion',
        transferPlanning: 'Planification du transfert',
        custom: 'Phase sans titre',
      },
      label: 'Phase',
      none: 'Aucune phase',
      noneHelp: 'Tous les tableaux sont ouverts à l’écriture.',
      current: 'Phase en cours',
      position: (index: number, count: number) => `Phase ${index} sur ${count}`,
      numbered: (index: number, name: string) => `${index}. ${name}`,
      next: (name: string) => `Suivante : ${name}`,
      nextShort: 'Suivante',
      begin: (name: string) => `Commencer : ${name}`,
      nextLabel: (name: string) => `Lancer la phase suivante, « ${name} »`,
      privateWriting: 'Écriture privée',
      voting: 'Vote',
      lockAll: 'Verrouiller tous les tableaux',
      votingOpen: 'Vote ouvert',
      boardsLocked: 'Tableaux verrouillés',
      agendaLabel: 'Programme : phases, règles et vote par gommettes',
      agendaHeading: 'Programme',
      agendaIntro:
        'Les phases de la séance, dans l’ordre. La phase en cours fixe les règles sur tous les tableaux.',
      noAgenda: 'Cet atelier n’a pas encore de programme.',
      addDefaults: 'Ajouter le programme par défaut',
      defaultsHint:
        'Écriture silencieuse, Dévoilement et regroupement, Vote, Discussion, Planification du transfert',
      nameOf: (index: number) => `Nom de la phase ${index}`,
      rulesOf: (name: string) => `Règles de « ${name} »`,
      moveUpOf: (name: string) => `Monter « ${name} »`,
      moveDownOf: (name: string) => `Descendre « ${name} »`,
      removeOf: (name: string) => `Supprimer « ${name} »`,
      start: 'Lancer',
      startOf: (name: string) => `Lancer « ${name} » maintenant`,
      now: 'En cours',
      newPhase: 'Nouvelle phase',
      newPhasePlaceholder: 'p. ex. Pause café',
      addPhase: 'Ajouter la phase',
      close: 'Fermer',
    },
    timer: {
      label: 'Minuteur',
      left: (time: string) => `Il reste ${time}`,
      paused: 'En pause',
      timeUp: 'Temps écoulé',
      minutes: 'Minutes',
      setTimer: 'Régler le minuteur',
      set: 'Régler',
      setLabel: 'Régler le minuteur sur ce nombre de minutes',
      settings: 'Durée du minuteur',
      settingsHeading: 'Minuteur',
      settingsHint:
        'Tout le monde voit le même compte à rebours. Régler une durée arrête le minuteur ; lancez-le quand ' +
        'la salle est prête.',
      preset: (minutes: number) => `${minutes} min`,
      presetLabel: (minutes: number) =>
        plural('fr', minutes, {
          one: 'Régler le minuteur sur # minute',
          many: 'Régler le minuteur sur # de minutes',
          other: 'Régler le minuteur sur # minutes',
        }),
      start: 'Démarrer',
      resume: 'Reprendre',
      pause: 'Pause',
      restart: 'Recommencer',
      restartLabel: 'Relancer le minuteur pour toute sa durée',
      addMinute: '+1 min',
      addMinuteLabel: 'Ajouter une minute',
      resetTo: (time: string) => `Remettre à ${time}, à l’arrêt`,
      controls: 'Commandes du minuteur',
      elapsed: 'Temps passé',
    },
    drafts: {
      badge: 'Brouillon',
      onlyYou: 'Visible uniquement par vous jusqu’au dévoilement',
      edit: 'Modifier le brouillon',
      editLabel: 'Modifier le texte du brouillon',
      save: 'Enregistrer le brouillon',
      delete: 'Supprimer le brouillon',
      editOf: (card: string) => `Modifier le brouillon « ${card} »`,
      deleteOf: (card: string) => `Supprimer le brouillon « ${card} »`,
      count: (count: number) =>
        plural('fr', count, { one: '# brouillon', many: '# de brouillons', other: '# brouillons' }),
      ofPerson: (name: string, count: number) =>
        `${name} : ${plural('fr', count, { one: '# brouillon', many: '# de brouillons', other: '# brouillons' })}`,
      countsHeading: 'Écrit en privé jusqu’ici',
      notice:
        'Écriture privée : vos nouvelles cartes sont des brouillons visibles uniquement par vous. Elles ' +
        'apparaîtront pour tout le monde quand l’animateur passera à la suite.',
      noticeReadOnly: 'Écriture privée : les cartes de chacun restent privées jusqu’au dévoilement.',
      yours: (count: number) =>
        plural('fr', count, {
          one: 'Vous avez # brouillon sur ce tableau.',
          many: 'Vous avez # de brouillons sur ce tableau.',
          other: 'Vous avez # brouillons sur ce tableau.',
        }),
    },
    voting: {
      open: 'Le vote par gommettes est ouvert',
      // "3 gommettes sur 5": the noun agrees with what is left, not with the budget as in English.
      left: (left: number, budget: number) =>
        plural('fr', left, {
          one: `Il vous reste # gommette sur ${budget}`,
          many: `Il vous reste # de gommettes sur ${budget}`,
          other: `Il vous reste # gommettes sur ${budget}`,
        }),
      scopePractice: 'pour ce tableau',
      scopeWorkshop: 'pour tout l’atelier',
      howTo: 'Donnez une gommette avec + sur une carte ; reprenez-la avec −.',
      hiddenFacilitator:
        'Le vote est ouvert. Chacun ne voit que ses propres gommettes jusqu’à ce que vous clôturiez le vote.',
      hiddenObserver: 'Le vote est ouvert. Les résultats s’afficheront à sa clôture.',
      lockedBoard:
        'Le vote est ouvert, mais ce tableau est verrouillé : impossible d’y donner des gommettes pour l’instant.',
      closed: 'Le vote est clos.',
      addDot: (card: string) => `Donner une gommette à « ${card} »`,
      removeDot: (card: string) => `Reprendre une gommette à « ${card} »`,
      // CLDR puts 0 with 1 in French: a sentence reads right for both.
      yourDots: (count: number, card: string) =>
        plural('fr', count, {
          one: `Vous avez donné # gommette à « ${card} »`,
          many: `Vous avez donné # de gommettes à « ${card} »`,
          other: `Vous avez donné # gommettes à « ${card} »`,
        }),
      dots: (count: number) =>
        plural('fr', count, { one: '# gommette', many: '# de gommettes', other: '# gommettes' }),
      dotsOf: (count: number, card: string) =>
        plural('fr', count, {
          one: `# gommette pour « ${card} »`,
          many: `# de gommettes pour « ${card} »`,
          other: `# gommettes pour « ${card} »`,
        }),
      breakdownHeading: 'Qui a donné les gommettes',
      byOrganisation: 'Par organisation',
      byPerson: 'Par personne',
      noOrganisation: 'Organisation non renseignée',
      someone: 'Quelqu’un',
      sort: 'Trier par votes',
      results: 'Résultats',
      resultsHeading: 'Résultats du vote',
      resultsIntro:
        'Les cartes par nombre de gommettes, avec qui les a données, pour qu’aucune délégation ne domine sans ' +
        'qu’on le remarque.',
      organisationsHeading: 'Gommettes par organisation sur ce tableau',
      voters: (count: number) =>
        plural('fr', count, { one: '# votant', many: '# de votants', other: '# votants' }),
      noVotes: 'Aucune gommette sur ce tableau.',
      group: (title: string) => `Groupe : ${title}`,
      clear: 'Effacer les votes',
      clearTitle: 'Effacer tous les votes de ce tableau ?',
      clearText:
        'Les gommettes de tout le monde sur ce tableau sont retirées, pour un nouveau tour. Cette action est ' +
        'irréversible.',
      settingsHeading: 'Vote par gommettes',
      dotsPerPerson: 'Gommettes par personne',
      budgetScope: 'Chaque personne dispose de ses gommettes',
      perPractice: 'pour chaque tableau de pratique',
      perWorkshop: 'pour l’ensemble de l’atelier',
      maxPerCard: 'Maximum de gommettes d’une même personne sur une carte',
      close: 'Fermer',
    },
    follow: {
      follow: 'Suivre l’animateur',
      followShort: 'Suivre',
      followHelp: 'Quand l’animateur amène tout le monde sur un tableau, vous suivez.',
      notFollowingHelp: 'Vous ne suivez pas l’animateur. Appuyez pour aller là où il se trouve.',
      summon: 'Amener tout le monde ici',
      summonHelp: 'Toutes les personnes qui vous suivent viennent sur ce tableau.',
      summoned: 'Les personnes qui vous suivent arrivent sur ce tableau.',
      broughtHere: 'L’animateur a rassemblé tout le monde ici.',
    },
    report: {
      heading: 'Rapport imprimable',
      link: 'Rapport imprimable (PDF)',
      back: 'Toutes les pratiques',
      print: 'Imprimer ou enregistrer en PDF',
      printHint:
        'Dans la fenêtre d’impression, choisissez « Enregistrer au format PDF » pour en garder une copie. Le ' +
        'rapport est mis en page pour du papier A4.',
      notForOthers:
        'Le rapport imprimable est réservé aux animateurs : il montre les votes de chacun, qui restent privés ' +
        'tant que le vote est ouvert.',
      boardImage: 'Image du tableau (PNG)',
      boardImageHint: 'Une diapositive, 1920 × 1080',
      drawing: 'Création de l’image…',
      imageFailed: 'Impossible de créer l’image dans ce navigateur.',
    },
    lock: {
      lock: 'Verrouiller le tableau',
      unlock: 'Déverrouiller le tableau',
      lockOf: (title: string) => `Verrouiller le tableau de « ${title} »`,
      unlockOf: (title: string) => `Déverrouiller le tableau de « ${title} »`,
      phaseLocked: 'Verrouillé pour cette phase',
      phaseLockedHelp:
        'La phase en cours verrouille tous les tableaux : on ne peut plus ajouter ni modifier de cartes.',
    },
    room: {
      done: 'J’ai fini',
      doneHelp: 'Indiquer à l’animateur que vous avez terminé cette phase',
      raiseHand: 'Lever la main',
      lowerHand: 'Baisser la main',
      handHelp: 'Demander la parole à l’animateur',
      button: 'Salle',
      // The verb agrees with those who are done: "1 sur 8 a terminé", "3 sur 8 ont terminé".
      status: (done: number, total: number, hands: number) => {
        const raised = plural('fr', hands, {
          one: '# main levée',
          many: '# de mains levées',
          other: '# mains levées',
        })
        if (total === 0) return raised
        const finished = plural('fr', done, {
          one: `# sur ${total} a terminé`,
          many: `# sur ${total} ont terminé`,
          other: `# sur ${total} ont terminé`,
        })
        return `${finished}, ${raised}`
      },
      heading: 'La salle',
      doneCount: (done: number, total: number) =>
        plural('fr', done, {
          one: `# sur ${total} a terminé`,
          many: `# sur ${total} ont terminé`,
          other: `# sur ${total} ont terminé`,
        }),
      doneHeading: 'Ont terminé',
      waitingHeading: 'Travaillent encore',
      noPhase: 'Lancez une phase pour voir qui l’a terminée.',
      noParticipants: 'Aucun participant pour l’instant.',
      handsHeading: 'Mains levées',
      noHands: 'Aucune main levée.',
      acknowledge: (name: string) => `Baisser la main levée par ${name}`,
      lower: 'Baisser',
    },
    history: {
      heading: 'Historique de l’atelier',
      link: 'Historique',
      back: 'Toutes les pratiques',
      notForOthers:
        'Seul l’animateur peut consulter l’historique de l’atelier et restaurer un état antérieur.',
      intro:
        'Un instantané de chaque tableau est pris à chaque changement de phase. Ouvrez-en un pour le comparer ' +
        'à l’état actuel, ou pour le restaurer.',
      takeHeading: 'Prendre un instantané maintenant',
      noteLabel: 'Note (facultatif)',
      notePlaceholder: 'p. ex. avant le regroupement',
      take: 'Prendre un instantané maintenant',
      taking: 'Enregistrement…',
      taken: 'Instantané pris.',
      unchanged:
        'Rien n’a changé depuis le dernier instantané : il est conservé, et aucun nouveau n’a été pris.',
      manualLimit:
        'Cet atelier conserve déjà 50 instantanés pris manuellement, le maximum possible. Les instantanés des ' +
        'changements de phase continuent d’être pris.',
      /** When a snapshot was taken: a date and time in the language's own form. */
      formatTime: (timestamp: number) =>
        new Intl.DateTimeFormat('fr', { dateStyle: 'medium', timeStyle: 'short' }).format(timestamp),
      listHeading: 'Instantanés',
      empty:
        'Pas encore d’instantané. Il en est pris un à chaque changement de phase ; vous pouvez aussi en prendre ' +
        'un maintenant.',
      reasonPhaseChange: (phase: string) => `Changement de phase : ${phase}`,
      reasonManual: 'Pris manuellement',
      reasonManualNote: (note: string) => `Pris manuellement : ${note}`,
      reasonBeforeRestore: (when: string) => `Avant la restauration de l’instantané du ${when}`,
      reasonBeforeRestoreUnknown: 'Avant la restauration d’un instantané antérieur',
      cards: (count: number) =>
        plural('fr', count, { one: '# carte', many: '# de cartes', other: '# cartes' }),
      open: 'Ouvrir',
      opening: 'Ouverture…',
      close: 'Fermer',
      viewHeading: (when: string) => `Instantané du ${when}`,
      readOnly: 'Lecture seule : les tableaux tels qu’ils étaient alors.',
      sinceThen: (changes: { added: number; removed: number; moved: number; edited: number }) =>
        `Depuis : ${plural('fr', changes.added, { one: '# carte ajoutée', many: '# de cartes ajoutées', other: '# cartes ajoutées' })}, ${plural('fr', changes.removed, { one: '# supprimée', many: '# supprimées', other: '# supprimées' })}, ${plural('fr', changes.moved, { one: '# déplacée', many: '# déplacées', other: '# déplacées' })}, ${plural('fr', changes.edited, { one: '# modifiée', many: '# modifiées', other: '# modifiées' })}.`,
      nothingChanged: 'Rien n’a changé sur les tableaux depuis.',
      practiceRemovedSince: 'Supprimée de l’atelier depuis ; la restauration la rétablit.',
      practicesAddedSince: (titles: string) =>
        `Pratiques ajoutées depuis (la restauration les supprime) : ${titles}`,
      untitledPractice: 'Pratique sans titre',
      emptyLane: 'Aucune carte',
      markRemoved: 'Supprimée depuis',
      markMoved: (from: string, to: string) => `Déplacée depuis : ${from} → ${to}`,
      markRegrouped: 'Déplacée dans un autre groupe depuis',
      markEdited: 'Modifiée depuis',
      editedNow: (text: string) => `Actuellement : ${text}`,
      addedSinceHeading: 'Ajoutées depuis (la restauration les supprime)',
      inLane: (lane: string) => `dans la colonne ${lane}`,
      restore: 'Restaurer cet instantané',
      restoring: 'Restauration…',
      confirmTitle: 'Restaurer cet instantané ?',
      confirmText:
        'Tous les tableaux reviennent à cet instantané, pour tout le monde, immédiatement. L’état actuel est ' +
        'd’abord conservé sous forme d’instantané : vous pourrez donc annuler en restaurant celui-ci. La séance ' +
        'en cours (phase, minuteur) reste inchangée.',
      confirm: 'Restaurer',
      restored:
        'Restauré. Les tableaux de tout le monde affichent maintenant cet instantané ; l’état précédent est ' +
        'conservé en haut de la liste.',
      notFound: 'Cet instantané n’existe plus.',
    },
    exports: {
      button: 'Exporter',
      menuLabel: 'Exporter les résultats de l’atelier',
      heading: 'Télécharger les résultats',
      formats: {
        md: 'Rapport (Markdown)',
        csv: 'Cartes en tableur (CSV)',
        json: 'Atelier complet (JSON, pour import)',
        docx: 'Rapport (Word)',
      },
      downloading: 'Téléchargement…',
    },
    lifecycle: {
      menuButton: 'Atelier',
      menuLabel: 'Actions sur l’atelier',
      menuHeading: 'Cet atelier',
      startFollowUp: 'Lancer un atelier de suivi…',
      deleteWorkshop: 'Supprimer l’atelier…',
      followUpTitle: 'Lancer un atelier de suivi',
      followUpIntro:
        'Un nouvel atelier pour votre prochaine rencontre, construit à partir des tableaux de celui-ci. Cet ' +
        'atelier reste tel quel.',
      followUpDefaultTitle: (title: string) => `${title} — suivi`,
      carryLegend: 'Ce qu’il faut reprendre',
      carryEverything: 'Tout',
      carryEverythingHint:
        'Chaque pratique avec toutes ses cartes, ses groupes et ses étapes du transfert, ainsi que la matrice ' +
        'd’intérêt.',
      carryTransfer: 'Étapes du transfert et intérêt uniquement',
      carryTransferHint:
        'Chaque pratique, avec seulement les cartes de la colonne Étapes du transfert, et la matrice d’intérêt.',
      votesNotCarried:
        'Les votes ne sont pas repris : tout le monde votera à nouveau à la prochaine rencontre.',
      create: 'Créer l’atelier de suivi',
      creating: 'Création…',
      deleteTitle: (title: string) => `Supprimer « ${title} » ?`,
      deleteText:
        'Cette action supprime tous les tableaux, les cartes, les votes et la matrice d’intérêt de cet atelier, ' +
        'pour tout le monde, et elle est irréversible. Ses liens cesseront de fonctionner.',
      deleteExportFirst: 'Pensez à télécharger d’abord l’export JSON : il pourra être réimporté plus tard.',
      downloadJson: 'Télécharger l’export JSON',
      downloaded: 'Téléchargé.',
      deleteConfirm: 'Supprimer pour tout le monde',
      deleting: 'Suppression…',
      deletedTitle: 'Cet atelier a été supprimé par son animateur',
      deletedText: 'Ses tableaux ont disparu et ses liens ne fonctionnent plus.',
      followUpOf: (title: string, date: string) =>
        date ? `Suite de l’atelier ${title} (${date})` : `Suite de l’atelier ${title}`,
      csvButton: 'Importer des pratiques depuis un CSV',
      csvColumns:
        'Une pratique par ligne, après une ligne d’en-tête qui nomme les colonnes : « titre », « organisation » ' +
        '(ou « région »), « description ». En-têtes dans l’une des sept langues ; séparateur virgule ' +
        'ou point-virgule.',
      csvFileLabel: 'Liste des pratiques (.csv)',
      csvImporting: 'Importation…',
      csvAdded: (count: number) =>
        plural('fr', count, {
          one: '# pratique ajoutée',
          many: '# de pratiques ajoutées',
          other: '# pratiques ajoutées',
        }),
      csvTooLarge: 'Ce fichier est trop volumineux (limite : 1 Mo).',
      csvNotUtf8:
        'Ce fichier n’est pas enregistré en UTF-8 : ses lettres accentuées seraient perdues. Enregistrez-le au ' +
        'format « CSV UTF-8 » (dans Excel : Fichier → Enregistrer sous → CSV UTF-8) et choisissez-le à nouveau. ' +
        'Rien n’a été importé.',
      csvRefused: 'Rien n’a été importé. Corrigez le fichier et choisissez-le de nouveau :',
      csvEmpty: 'Le fichier est vide.',
      csvNotCsv: (line: number) =>
        `Le fichier n’est pas un CSV valide : vérifiez les guillemets vers la ligne ${line}.`,
      csvNoTitleColumn: 'La première ligne doit nommer les colonnes, et aucune n’est le titre.',
      csvNoPractices: 'Le fichier a une ligne d’en-tête, mais aucune pratique.',
      csvNoTitle: (row: number) => `La ligne ${row} n’a pas de titre.`,
      csvTitleTooLong: (row: number, length: number, max: number) =>
        `Ligne ${row} : le titre compte ${characters(length)} ; ${max} au maximum.`,
      csvOrganisationTooLong: (row: number, length: number, max: number) =>
        `Ligne ${row} : l’organisation compte ${characters(length)} ; ${max} au maximum.`,
      csvDescriptionTooLong: (row: number, length: number, max: number) =>
        `Ligne ${row} : la description compte ${characters(length)} ; ${max} au maximum.`,
      csvTooMany: (count: number, max: number) =>
        `Le fichier contient ${plural('fr', count, { one: '# pratique', many: '# de pratiques', other: '# pratiques' })} ; ` +
        `${max} au maximum peuvent être importées à la fois.`,
      csvMoreProblems: (count: number) =>
        plural('fr', count, {
          one: '…et # autre problème.',
          many: '…et # d’autres problèmes.',
          other: '…et # autres problèmes.',
        }),
      deleteFailed: 'L’atelier n’a pas pu être supprimé. Rien n’a été effacé ; veuillez réessayer.',
    },
    import: {
      heading: 'Importer un atelier (JSON)',
      text: 'Ouvrez une copie d’un atelier à partir de son export JSON : pratiques, cartes, votes et programme. Vous en devenez l’animateur.',
      fileLabel: 'Export d’atelier (.json)',
      importing: 'Importation…',
      tooLarge: 'Ce fichier est trop volumineux pour être importé (limite : 5 Mo).',
      notAnExport:
        'Ce fichier n’est pas un export d’atelier PracticeMap, ou il provient d’une version que ce serveur ne ' +
        'sait pas lire.',
      unreadable: 'Impossible de lire le fichier.',
    },
  },
}

export default french
