import { joinNames, type Locale, plural } from './locale'

/**
 * Spanish, in the words Interreg Europe uses in Spanish (buena práctica, partes interesadas, plan de
 * acción, transferencia). It addresses the reader with "tú", as a tool for working together does; the
 * facilitator is "la persona facilitadora" in sentences, so the text fits women and men alike.
 */

const cards = (count: number) => plural('es', count, { one: '# tarjeta', other: '# tarjetas' })
const dots = (count: number) => plural('es', count, { one: '# punto', other: '# puntos' })
const practices = (count: number) => plural('es', count, { one: '# práctica', other: '# prácticas' })
const drafts = (count: number) => plural('es', count, { one: '# borrador', other: '# borradores' })
const characters = (count: number) => plural('es', count, { one: '# carácter', other: '# caracteres' })

const spanish: Locale = {
  code: 'es',
  name: 'Español',
  messages: {
    app: {
      name: 'PracticeMap',
      homeLink: 'PracticeMap, página de inicio',
      skipToContent: 'Saltar al contenido',
      loading: 'Cargando…',
      pageNotFound: 'Página no encontrada',
      pageNotFoundText: 'No hay nada en esta dirección.',
      goHome: 'Ir a la página de inicio',
    },
    common: {
      save: 'Guardar',
      cancel: 'Cancelar',
      edit: 'Editar',
      remove: 'Quitar',
      optional: '(opcional)',
    },
    language: {
      label: 'Idioma',
      button: (name: string) => `Idioma: ${name}`,
    },
    home: {
      title: 'Mapead juntos las buenas prácticas',
      intro:
        'Un tablero compartido para los socios del proyecto. Describid cada buena práctica con sus aspectos ' +
        'clave, las partes interesadas, los beneficios y los pasos para su transferencia, juntos y en directo, ' +
        'en la sala y a distancia.',
      createHeading: 'Empieza un taller nuevo',
      titleLabel: 'Título del taller',
      titlePlaceholder: 'p. ej. Seminario temático sobre vivienda asequible',
      titleRequired: 'Ponle un título al taller.',
      dateLabel: 'Fecha',
      placeLabel: 'Lugar',
      placePlaceholder: 'p. ej. Las Palmas de Gran Canaria',
      create: 'Crear el taller',
      creating: 'Creando…',
      exampleHeading: 'Mira cómo funciona',
      exampleText:
        'Abre una copia del seminario IMPETUS de Las Palmas de Gran Canaria, con dos buenas prácticas ya ' +
        'mapeadas: el programa de vivienda «piso a cambio de rehabilitación» y los huertos urbanos comunitarios.',
      openExample: 'Abrir el taller de ejemplo',
      openingExample: 'Abriendo…',
      recentHeading: 'Tus talleres recientes',
      recentEmpty:
        'Aquí aparecerán los talleres que abras en este dispositivo, para que puedas volver a ellos.',
      lastOpened: (when: string) => `Abierto ${when}`,
      forget: (title: string) => `Quitar «${title}» de esta lista`,
      untitled: 'Taller sin título',
    },
    errors: {
      offline:
        'No tienes conexión. Para crear un taller hace falta conexión; los talleres que ya abriste siguen funcionando.',
      network: 'No se ha podido contactar con el servidor. Comprueba tu conexión y vuelve a intentarlo.',
      server: 'Algo ha fallado en el servidor. Vuelve a intentarlo dentro de un momento.',
      invalid: 'Revisa los datos que has introducido.',
      forbidden: 'Este enlace no permite hacerlo. Pregunta a la persona facilitadora.',
      tooLarge: 'Es más de lo que el servidor acepta de una vez.',
      creationLimit:
        'Desde esta red se han creado muchos talleres en poco tiempo. Espera un poco y vuelve a intentarlo.',
    },
    join: {
      heading: 'Únete al taller',
      headingWithTitle: (title: string) => `Únete a «${title}»`,
      intro:
        'Di a los demás quién eres. Tu nombre y tu organización aparecen en las tarjetas que escribas y en la ' +
        'lista de personas del taller.',
      nameLabel: 'Tu nombre',
      nameRequired: 'Escribe tu nombre.',
      organisationLabel: 'Organización o región',
      organisationPlaceholder: 'p. ej. Ayuntamiento de Telde',
      submit: 'Unirme',
      remembered: 'Se recuerda en este dispositivo. Puedes cambiarlo más tarde desde el menú con tu nombre.',
    },
    workshop: {
      opening: 'Abriendo el taller…',
      notFoundTitle: 'Taller no encontrado',
      notFoundText:
        'No hay ningún taller en este enlace. Comprueba el enlace que te dieron o empieza un taller nuevo.',
      forgetRecent: 'Quitarlo de mis talleres recientes',
      unreachableTitle: 'No se puede contactar con el servidor',
      unreachableText:
        'Este taller no se ha abierto antes en este dispositivo, así que no se puede mostrar sin conexión. ' +
        'Conéctate a internet y vuelve a intentarlo.',
      retry: 'Reintentar',
      notOnDevice:
        'Este taller aún no está guardado en este dispositivo. Su contenido aparecerá en cuanto vuelva la conexión.',
      editDetails: 'Editar los datos del taller',
      detailsFormLabel: 'Datos del taller',
      untitled: 'Taller sin título',
    },
    access: {
      noTokenTitle: 'Este taller se abre desde su enlace',
      noTokenText:
        'Un taller se abre desde el enlace que comparte la persona facilitadora, que incluye una clave de ' +
        'acceso. Abre ese enlace de nuevo o pégalo aquí.',
      revokedTitle: 'Este enlace ya no es válido.',
      revokedText: 'Pide el nuevo a la persona facilitadora.',
      pasteLabel: 'Pega aquí el enlace del taller',
      pasteNewLabel: '¿Tienes el enlace nuevo? Pégalo aquí',
      pasteInvalid: 'Esto no es un enlace de un taller. Copia el enlace entero, con su parte «?token=».',
      pasteOpen: 'Abrir el taller',
      rateLimitedTitle: 'Demasiados intentos',
      rateLimitedText:
        'El servidor ha recibido demasiadas peticiones desde esta red. Espera un minuto y vuelve a intentarlo.',
    },
    roles: {
      facilitator: 'Facilitador/a',
      participant: 'Participante',
      observer: 'Solo lectura',
      viewOnly: 'Solo lectura',
      viewOnlyHelp: 'Este enlace te permite seguir el taller en directo. No puedes cambiar nada.',
      locked: 'Bloqueado',
      lockedHelp:
        'La persona facilitadora ha bloqueado este tablero: ya no se pueden añadir ni cambiar tarjetas.',
      lockedHelpFacilitator:
        'Bloqueado para participantes: ahora solo quienes facilitan pueden cambiar este tablero.',
    },
    share: {
      button: 'Compartir',
      heading: 'Compartir el taller',
      close: 'Cerrar',
      participantLabel: 'Enlace para participantes',
      participantHint:
        'Para todas las personas que escriben tarjetas. Envíalo o deja que escaneen el código QR.',
      participantHintForParticipant: 'Pásalo a quienes deban unirse al taller.',
      observerLabel: 'Enlace de observador (solo lectura)',
      observerHint: 'Para un proyector o una persona invitada: lo ve todo en directo, no cambia nada.',
      copy: 'Copiar',
      copied: 'Copiado',
      copyParticipant: 'Copiar el enlace para participantes',
      copyObserver: 'Copiar el enlace de observador',
      copyFallback: 'Selecciona el enlace y cópialo a mano.',
      newParticipant: 'Nuevo enlace para participantes',
      newObserver: 'Nuevo enlace de observador',
      confirmParticipantTitle: '¿Crear un enlace nuevo para participantes?',
      confirmParticipantText:
        'El enlace actual para participantes deja de funcionar de inmediato. Quienes entraron con él se ' +
        'desconectan y necesitan el enlace nuevo. Las tarjetas que escribieron se quedan.',
      confirmObserverTitle: '¿Crear un enlace nuevo de observador?',
      confirmObserverText:
        'El enlace actual de observador deja de funcionar de inmediato. Las pantallas y las personas invitadas ' +
        'que lo usan se desconectan y necesitan el enlace nuevo.',
      confirmNew: 'Crear un enlace nuevo',
      regenerated: 'El enlace nuevo está listo. El anterior ya no funciona.',
      qrLabel: 'Código QR del enlace para participantes',
      peopleJoined: (count: number) =>
        plural('es', count, { one: 'Se ha unido # persona', other: 'Se han unido # personas' }),
      projector: 'Vista para proyector',
      loading: 'Cargando los enlaces…',
      failed: 'No se han podido cargar los enlaces.',
      facilitatorLabel: 'Tu enlace de facilitación',
      facilitatorHint:
        'Abre el taller como persona facilitadora, para tus otros dispositivos. Guárdalo para ti; si puede haberse filtrado, crea uno nuevo.',
      copyFacilitator: 'Copiar tu enlace de facilitación',
      newFacilitator: 'Nuevo enlace de facilitación',
      confirmFacilitatorTitle: '¿Crear un enlace nuevo de facilitación?',
      confirmFacilitatorText:
        'El enlace de facilitación actual deja de funcionar enseguida para quien lo tenga, y tus otros dispositivos ' +
        'se desconectan. Este dispositivo sigue con el enlace nuevo: cópialo aquí para tus otros dispositivos. ' +
        'Participantes y observadores no se ven afectados.',
      facilitatorRegenerated:
        'Tu nuevo enlace de facilitación está listo y este dispositivo ya lo usa. El anterior ya no funciona: copia el nuevo en tus otros dispositivos.',
    },
    projector: {
      scanToJoin: 'Escanea para unirte',
      orOpen: 'o abre',
      fullScreen: 'Pantalla completa',
      back: 'Volver al taller',
      mode: 'Modo proyector',
      modeHelp: 'Solo este tablero, a pantalla completa, con letra legible desde el fondo de la sala',
      exit: 'Salir del modo proyector',
      exitKey: 'Esc',
      moreCards: (count: number) =>
        plural('es', count, { one: '+ # tarjeta más', other: '+ # tarjetas más' }),
    },
    practices: {
      heading: 'Buenas prácticas',
      count: practices,
      empty: 'Todavía no hay prácticas. Añade abajo la primera buena práctica.',
      emptyReadOnly: 'Todavía no hay prácticas. Las añade la persona facilitadora.',
      untitled: 'Práctica sin título',
      openBoard: 'Abrir el tablero',
      openBoardOf: (title: string) => `Abrir el tablero de «${title}»`,
      editOf: (title: string) => `Editar «${title}»`,
      removeOf: (title: string) => `Quitar «${title}»`,
      moveUpOf: (title: string) => `Subir «${title}»`,
      moveDownOf: (title: string) => `Bajar «${title}»`,
      moveUp: 'Subir',
      moveDown: 'Bajar',
      peopleOnBoard: (names: readonly string[]) => `Ahora en este tablero: ${joinNames('es', names)}`,
      addHeading: 'Añadir una buena práctica',
      editHeading: 'Editar la práctica',
      titleLabel: 'Título',
      titlePlaceholder: 'p. ej. Huertos urbanos comunitarios',
      titleRequired: 'Ponle un título a la práctica.',
      organisationLabel: 'Organización socia o región',
      organisationPlaceholder: 'p. ej. Las Palmas de Gran Canaria',
      descriptionLabel: 'Descripción breve',
      add: 'Añadir la práctica',
      saveChanges: 'Guardar los cambios',
      confirmRemoveTitle: (title: string) => `¿Quitar «${title}»?`,
      confirmRemoveText:
        'La práctica y su tablero desaparecen para todas las personas del taller. Puedes deshacerlo justo después.',
      confirmRemove: 'Quitar la práctica',
    },
    board: {
      allPractices: 'Todas las prácticas',
      position: (index: number, count: number) => `Práctica ${index} de ${count}`,
      previous: 'Práctica anterior',
      next: 'Práctica siguiente',
      loading: 'Cargando el tablero…',
      removedTitle: 'Esta práctica ya no está en el taller',
      removedText: 'Alguien la ha quitado o el enlace es incorrecto. Las demás prácticas están en la lista.',
      lanesNav: 'Columnas',
    },
    lanes: {
      keyAspects: { title: 'Aspectos clave', hint: 'lo que hace que esta práctica funcione' },
      stakeholders: {
        title: 'Partes interesadas',
        hint: 'quién participa, quién se beneficia, quién decide',
      },
      benefits: { title: 'Beneficios', hint: 'qué cambia para las personas y para el lugar' },
      transferSteps: {
        title: 'Pasos para la transferencia',
        hint: 'qué hace falta para convertirla en una iniciativa en tu región',
      },
    },
    cards: {
      count: cards,
      emptyLane: 'Todavía no hay tarjetas. Escribe una abajo o suelta una aquí.',
      emptyLaneReadOnly: 'Todavía no hay tarjetas.',
      newCardLabel: (lane: string) => `Nueva tarjeta en ${lane}`,
      newCardPlaceholder: 'Añade una tarjeta…',
      keysHint: 'Intro guarda, Mayús+Intro empieza una línea nueva, Esc cancela.',
      add: 'Añadir la tarjeta',
      editLabel: 'Editar el texto de la tarjeta',
      edit: 'Editar la tarjeta',
      options: 'Opciones de la tarjeta',
      save: 'Guardar la tarjeta',
      delete: 'Eliminar la tarjeta',
      color: 'Color de la tarjeta',
      changeColor: 'Cambiar el color',
      moveHandle: (excerpt: string) => `Mover la tarjeta «${excerpt}»`,
      unknownAuthor: 'Autor desconocido',
      recovered: 'Alguien eliminó esta tarjeta mientras la editabas. Tu texto se conserva aquí:',
      recoveredAdd: 'Añadir como tarjeta nueva',
      recoveredDiscard: 'Descartar el texto',
      editing: (names: readonly string[]) =>
        `${joinNames('es', names)} ${names.length === 1 ? 'está editando' : 'están editando'}`,
    },
    colors: {
      yellow: 'Amarillo',
      green: 'Verde',
      blue: 'Azul',
      pink: 'Rosa',
      purple: 'Morado',
      grey: 'Gris',
    },
    dnd: {
      roleDescription: 'tarjeta movible',
      instructions:
        'Para coger una tarjeta, pulsa Espacio o Intro. Usa las flechas para moverla dentro de su columna o a ' +
        'otra columna. Pulsa Espacio o Intro de nuevo para soltarla, o Esc para cancelar.',
      pickedUp: (card: string, lane: string, position: number, count: number) =>
        `Tarjeta «${card}» cogida en ${lane}, posición ${position} de ${count}.`,
      over: (lane: string, position: number, count: number) =>
        `La tarjeta está sobre ${lane}, posición ${position} de ${count}.`,
      notOver: 'La tarjeta no está sobre ninguna columna.',
      dropped: (lane: string, position: number, count: number) =>
        `Tarjeta soltada en ${lane}, posición ${position} de ${count}.`,
      droppedNowhere: 'La tarjeta ha vuelto a donde estaba.',
      cancelled: (card: string) => `Movimiento cancelado. La tarjeta «${card}» ha vuelto a donde estaba.`,
    },
    presence: {
      summary: (count: number) =>
        plural('es', count, { one: '# persona conectada', other: '# personas conectadas' }),
      heading: 'Quién está aquí',
      you: (name: string) => `${name} (tú)`,
      onPracticeList: 'en la lista de prácticas',
      onPractice: (title: string) => `en «${title}»`,
    },
    you: {
      menuLabel: (name: string) => `Tú: ${name}`,
      menuHelp: 'Cambia tu nombre, tu organización o el idioma',
      heading: 'Tus datos',
    },
    connection: {
      connected: 'Conectado',
      connecting: 'Conectando…',
      reconnecting: 'Reconectando…',
      offline: 'Sin conexión',
      connectedHelp: 'Tus cambios se comparten con todas las personas a medida que los haces.',
      reconnectingHelp:
        'Tus cambios se guardan en este dispositivo y se compartirán en cuanto vuelva la conexión.',
      offlineHelp:
        'No tienes conexión. Tus cambios se guardan en este dispositivo y se comparten cuando vuelvas a conectarte.',
      notSaving: 'Aún sin guardar',
      notSavingHelp:
        'El servidor no puede guardar cambios ahora mismo. Los tuyos se guardan en este dispositivo y se ' +
        'vuelven a enviar automáticamente.',
      damaged: 'Copia del servidor dañada',
      damagedHelp:
        'La copia guardada en el servidor de una parte de este taller está dañada, así que el servidor la rechaza. La tuya se conserva en este dispositivo.',
      damagedNotice:
        'Una parte de este taller no se puede abrir desde el servidor: su copia guardada está dañada. Lo que ves y ' +
        'escribes se conserva en este dispositivo y se envía cuando se restaure la copia. Avisa a la persona ' +
        'facilitadora o a quien gestiona el servidor: su registro indica la parte dañada.',
      tooFast: 'Envío en breve',
      tooFastHelp:
        'Envías cambios más rápido de lo que el servidor los acepta. Se conservan en este dispositivo y se envían en unos segundos.',
      connectedHelpObserver: 'Ves los cambios de todas las personas a medida que los hacen.',
      reconnectingHelpObserver:
        'Lo que ves puede no estar al día; se actualiza en cuanto vuelva la conexión.',
      offlineHelpObserver:
        'Estás sin conexión. Lo que ves puede no estar al día; se actualiza cuando vuelvas a estar en línea.',
    },
    full: {
      board:
        'Este tablero está lleno: el servidor ya no acepta cambios en él. Lo que cambies aquí se queda solo en este dispositivo.',
      workshop:
        'Este taller ha alcanzado su límite de tamaño: el servidor ya no acepta cambios. Lo que cambies se queda solo en este dispositivo.',
    },
    groups: {
      untitled: 'Grupo sin título',
      titleLabel: 'Título del grupo',
      groupWithThis: 'Agrupar con esta tarjeta',
      dropToGroup: 'Suelta para agrupar',
      moveHandle: (title: string) => `Mover el grupo «${title}»`,
      ungroup: 'Desagrupar',
      ungroupOf: (title: string) => `Desagrupar «${title}»`,
      ungroupHelp: 'Deshacer el grupo: sus tarjetas se quedan donde están',
      groupWithAbove: 'Agrupar con la tarjeta de arriba',
      takeOut: 'Sacar del grupo',
      roleDescription: 'grupo movible',
      pickedUp: (title: string, lane: string, position: number, count: number) =>
        `Grupo «${title}» cogido en ${lane}, posición ${position} de ${count}.`,
      pickedUpInGroup: (card: string, group: string, position: number, count: number) =>
        `Tarjeta «${card}» cogida en el grupo «${group}», tarjeta ${position} de ${count}. Muévela fuera del grupo para sacarla.`,
      overCard: (card: string) => `La tarjeta está sobre «${card}». Suéltala para agrupar las dos tarjetas.`,
      overOwnGroup: (group: string) => `La tarjeta sigue en el grupo «${group}».`,
      grouped: (card: string, target: string) => `Tarjeta «${card}» agrupada con «${target}».`,
      dropped: (lane: string, position: number, count: number) =>
        `Grupo soltado en ${lane}, posición ${position} de ${count}.`,
    },
    transfer: {
      details: 'Detalles para el plan de acción',
      formLabel: (card: string) => `Detalles para el plan de acción de «${card}»`,
      owner: 'Responsable (organización)',
      ownerPlaceholder: 'p. ej. Ayuntamiento de Telde',
      timeframe: 'Plazo',
      timeframePlaceholder: 'p. ej. 2.º trimestre de 2025',
      resources: 'Recursos',
      resourcesPlaceholder: 'Presupuesto, personas, socios…',
      barriers: 'Obstáculos',
      barriersPlaceholder: 'Qué podría impedirlo',
      ownerSummary: (owner: string) => `Responsable: ${owner}`,
      save: 'Guardar los detalles',
      empty: 'Todavía sin completar.',
    },
    stakeholders: {
      typeLabel: 'Tipo de parte interesada',
      levelLabel: 'Nivel',
      noType: 'Tipo…',
      noLevel: 'Nivel…',
      types: {
        publicAuthority: 'Autoridad pública',
        business: 'Empresa',
        research: 'Investigación',
        civilSociety: 'Sociedad civil',
      },
      typesInList: {
        publicAuthority: 'autoridad pública',
        business: 'empresa',
        research: 'investigación',
        civilSociety: 'sociedad civil',
      },
      levels: { local: 'Local', regional: 'Regional', national: 'Nacional' },
      missing: (types: readonly string[]) => `Falta: ${types.join(', ')}`,
      missingHelp:
        'Tipos de parte interesada con los que aún no se ha etiquetado ninguna tarjeta de esta columna',
      allPresent: 'Están los cuatro tipos de parte interesada.',
    },
    overview: {
      linksLabel: 'Mapeo del taller',
      link: 'Vista general',
      heading: 'Vista general para quienes facilitan',
      intro:
        'Todas las prácticas de un vistazo, en directo: tarjetas por columna, quién está en cada tablero y ' +
        'las tarjetas más votadas.',
      back: 'Todas las prácticas',
      notForParticipants: 'La vista general es para quienes facilitan y para observadores.',
      practicesHeading: 'Prácticas',
      noPractices: 'Todavía no hay prácticas.',
      lanesLabel: 'Tarjetas por columna',
      emptyLane: 'vacía',
      emptyLanes: (count: number) =>
        plural('es', count, { one: '# columna aún vacía', other: '# columnas aún vacías' }),
      people: 'Ahora en este tablero',
      nobody: 'Ahora no hay nadie en este tablero.',
      topVoted: 'Más votadas',
      noVotes: 'Todavía no hay puntos.',
      dots,
      votesHidden: 'Los resultados se muestran al cerrar la votación.',
      groupCards: (count: number) =>
        plural('es', count, { one: 'grupo de # tarjeta', other: 'grupo de # tarjetas' }),
      actionPlan: 'Borrador del plan de acción',
      actionPlanIntro:
        'Todos los pasos para la transferencia de todas las prácticas: quién los da, cuándo, con qué y qué ' +
        'podría impedirlo.',
      step: 'Paso para la transferencia',
      noSteps: 'Todavía no hay pasos para la transferencia.',
      notSet: 'sin indicar',
    },
    interest: {
      link: 'Interés en la transferencia',
      heading: 'Interés en la transferencia',
      intro:
        'Qué socio quiere adaptar qué práctica. Cada organización rellena su propia fila; todas las personas ' +
        'ven la matriz completa, en directo.',
      back: 'Todas las prácticas',
      levels: {
        none: 'Sin interés',
        curious: 'Nos interesa',
        wantToAdapt: 'Queremos adaptarla',
        actionPlan: 'La incluiremos en nuestro plan de acción',
      },
      unset: 'Sin respuesta',
      unsetOption: 'Elige…',
      legend: 'Niveles de interés',
      organisation: 'Organización',
      yours: 'tu organización',
      cellLabel: (organisation: string, practice: string) => `Interés de ${organisation} en «${practice}»`,
      note: 'Nota',
      addNote: 'Añadir una nota',
      editNote: 'Editar la nota',
      addNoteTo: (organisation: string, practice: string) =>
        `Añadir una nota al interés de ${organisation} en «${practice}»`,
      editNoteOf: (organisation: string, practice: string) =>
        `Editar la nota sobre el interés de ${organisation} en «${practice}»`,
      noteLabel: (organisation: string, practice: string) => `Nota de ${organisation} sobre «${practice}»`,
      saveNote: 'Guardar la nota',
      noteNeedsLevel: 'Elige primero un nivel.',
      addRowHeading: 'Añadir una organización',
      addRowLabel: 'Organización o región',
      addRowPlaceholder: 'p. ej. Región de Macedonia Central',
      addRow: 'Añadir la fila',
      noOrganisation:
        'Tus datos no tienen organización, así que no tienes fila que rellenar. Añádela desde el menú con tu nombre.',
      readOnly: 'Solo lectura: ves las respuestas de todos a medida que llegan.',
      noPractices: 'Todavía no hay prácticas. La matriz se rellena cuando la persona facilitadora las añade.',
      noRows: 'Todavía no ha respondido ninguna organización.',
      updatedBy: (name: string, when: string) => `Último cambio de ${name}, ${when}`,
      practiceSummary: (count: number) =>
        plural('es', count, { one: '# socio quiere adaptarla', other: '# socios quieren adaptarla' }),
    },
    undo: {
      undo: 'Deshacer',
      redo: 'Rehacer',
      undoHint: 'Deshacer tu último cambio (Ctrl+Z)',
      redoHint: 'Rehacer (Ctrl+Mayús+Z)',
    },
    phases: {
      kinds: {
        silentWriting: 'Escritura individual en silencio',
        revealCluster: 'Revelar y agrupar',
        vote: 'Votación',
        discuss: 'Debate',
        transferPlanning: 'Planificación de la transferencia',
        custom: 'Fase sin título',
      },
      label: 'Fase',
      none: 'Sin fase',
      noneHelp: 'Todos los tableros están abiertos para escribir.',
      current: 'Fase actual',
      position: (index: number, count: number) => `Fase ${index} de ${count}`,
      numbered: (index: number, name: string) => `${index}. ${name}`,
      next: (name: string) => `Siguiente: ${name}`,
      nextShort: 'Siguiente',
      begin: (name: string) => `Empezar: ${name}`,
      nextLabel: (name: string) => `Empezar la siguiente fase, «${name}»`,
      privateWriting: 'Escritura privada',
      voting: 'Votación',
      lockAll: 'Bloquear todos los tableros',
      votingOpen: 'Votación abierta',
      boardsLocked: 'Tableros bloqueados',
      agendaLabel: 'Programa: fases, sus reglas y la votación con puntos',
      agendaHeading: 'Programa',
      agendaIntro: 'Las fases de la sesión, en orden. La fase actual fija las reglas en todos los tableros.',
      noAgenda: 'Este taller aún no tiene programa.',
      addDefaults: 'Añadir el programa predeterminado',
      defaultsHint:
        'Escritura individual en silencio, Revelar y agrupar, Votación, Debate, Planificación de la transferencia',
      nameOf: (index: number) => `Nombre de la fase ${index}`,
      rulesOf: (name: string) => `Reglas de «${name}»`,
      moveUpOf: (name: string) => `Subir «${name}»`,
      moveDownOf: (name: string) => `Bajar «${name}»`,
      removeOf: (name: string) => `Quitar «${name}»`,
      start: 'Empezar',
      startOf: (name: string) => `Empezar «${name}» ahora`,
      now: 'Ahora',
      newPhase: 'Fase nueva',
      newPhasePlaceholder: 'p. ej. Pausa para el café',
      addPhase: 'Añadir la fase',
      close: 'Cerrar',
    },
    timer: {
      label: 'Temporizador',
      left: (time: string) => `Quedan ${time}`,
      paused: 'En pausa',
      timeUp: 'Se acabó el tiempo',
      minutes: 'Minutos',
      setTimer: 'Ajustar el temporizador',
      set: 'Ajustar',
      setLabel: 'Ajustar el temporizador a estos minutos',
      settings: 'Duración del temporizador',
      settingsHeading: 'Temporizador',
      settingsHint:
        'Todas las personas ven la misma cuenta atrás. Ajustar una duración detiene el temporizador; ponlo en ' +
        'marcha cuando la sala esté lista.',
      preset: (minutes: number) => `${minutes} min`,
      presetLabel: (minutes: number) =>
        plural('es', minutes, {
          one: 'Ajustar el temporizador a # minuto',
          other: 'Ajustar el temporizador a # minutos',
        }),
      start: 'Iniciar',
      resume: 'Reanudar',
      pause: 'Pausar',
      restart: 'Volver a empezar',
      restartLabel: 'Volver a empezar el temporizador con toda su duración',
      addMinute: '+1 min',
      addMinuteLabel: 'Añadir un minuto',
      resetTo: (time: string) => `De vuelta a ${time}, detenido`,
      controls: 'Controles del temporizador',
      elapsed: 'Tiempo transcurrido',
    },
    drafts: {
      badge: 'Borrador',
      onlyYou: 'Solo tú lo ves hasta que se revele',
      edit: 'Editar el borrador',
      editLabel: 'Editar el texto del borrador',
      save: 'Guardar el borrador',
      delete: 'Eliminar el borrador',
      editOf: (card: string) => `Editar el borrador «${card}»`,
      deleteOf: (card: string) => `Eliminar el borrador «${card}»`,
      count: drafts,
      ofPerson: (name: string, count: number) => `${name}: ${drafts(count)}`,
      countsHeading: 'Escrito en privado hasta ahora',
      notice:
        'Escritura privada: tus tarjetas nuevas son borradores que solo tú ves. Aparecen para todas las ' +
        'personas cuando la persona facilitadora pasa a la siguiente fase.',
      noticeReadOnly:
        'Escritura privada: cada persona escribe tarjetas que solo ella ve hasta que se revelan.',
      yours: (count: number) =>
        plural('es', count, {
          one: 'Tienes # borrador en este tablero.',
          other: 'Tienes # borradores en este tablero.',
        }),
    },
    voting: {
      open: 'La votación con puntos está abierta',
      left: (left: number, budget: number) =>
        `${plural('es', left, { one: 'Te queda #', other: 'Te quedan #' })} de ${dots(budget)}`,
      scopePractice: 'en este tablero',
      scopeWorkshop: 'en todo el taller',
      howTo: 'Da un punto con + en una tarjeta; retíralo con −.',
      hiddenFacilitator:
        'La votación está abierta. Cada persona ve solo sus puntos hasta que cierres la votación.',
      hiddenObserver: 'La votación está abierta. Los resultados se muestran al cerrarla.',
      lockedBoard:
        'La votación está abierta, pero este tablero está bloqueado: ahora no se pueden dar puntos aquí.',
      closed: 'La votación está cerrada.',
      addDot: (card: string) => `Dar un punto a «${card}»`,
      removeDot: (card: string) => `Retirar un punto de «${card}»`,
      yourDots: (count: number, card: string) =>
        plural('es', count, { one: `Pusiste # punto en «${card}»`, other: `Pusiste # puntos en «${card}»` }),
      dots,
      dotsOf: (count: number, card: string) => `${dots(count)} para «${card}»`,
      breakdownHeading: 'Quién dio los puntos',
      byOrganisation: 'Por organización',
      byPerson: 'Por persona',
      noOrganisation: 'Sin organización',
      someone: 'Alguien',
      sort: 'Ordenar por votos',
      results: 'Resultados',
      resultsHeading: 'Resultados de la votación',
      resultsIntro:
        'Las tarjetas por puntos, con quién los dio, para que ninguna delegación domine sin que se note.',
      organisationsHeading: 'Puntos por organización en este tablero',
      voters: (count: number) => plural('es', count, { one: '# votante', other: '# votantes' }),
      noVotes: 'No hay puntos en este tablero.',
      group: (title: string) => `Grupo: ${title}`,
      clear: 'Borrar los votos',
      clearTitle: '¿Borrar todos los votos de este tablero?',
      clearText:
        'Se quitan los puntos de todas las personas en este tablero, para una nueva ronda. No se puede deshacer.',
      settingsHeading: 'Votación con puntos',
      dotsPerPerson: 'Puntos por persona',
      budgetScope: 'Los puntos de cada persona cuentan',
      perPractice: 'por tablero de práctica',
      perWorkshop: 'en todo el taller',
      maxPerCard: 'Máximo de puntos de una persona en una tarjeta',
      close: 'Cerrar',
    },
    follow: {
      follow: 'Seguir a quien facilita',
      followShort: 'Seguir',
      followHelp: 'Cuando la persona facilitadora lleve a todos a un tablero, irás con ellos.',
      notFollowingHelp: 'No estás siguiendo a quien facilita. Pulsa para ir a donde está.',
      summon: 'Traer a todos aquí',
      summonHelp: 'Todas las personas que te siguen vienen a este tablero.',
      summoned: 'Todas las personas que te siguen están de camino.',
      broughtHere: 'La persona facilitadora te ha traído aquí.',
    },
    report: {
      heading: 'Informe para imprimir',
      link: 'Informe para imprimir (PDF)',
      back: 'Todas las prácticas',
      print: 'Imprimir o guardar como PDF',
      printHint:
        'En el cuadro de impresión elige «Guardar como PDF» para conservar una copia. El informe está ' +
        'maquetado para papel A4.',
      notForOthers:
        'El informe para imprimir es para quienes facilitan: muestra los votos de todos, que son privados ' +
        'mientras la votación está abierta.',
      boardImage: 'Imagen del tablero (PNG)',
      boardImageHint: 'Una diapositiva, 1920 × 1080',
      drawing: 'Dibujando…',
      imageFailed: 'No se ha podido crear la imagen en este navegador.',
    },
    lock: {
      lock: 'Bloquear el tablero',
      unlock: 'Desbloquear el tablero',
      lockOf: (title: string) => `Bloquear el tablero de «${title}»`,
      unlockOf: (title: string) => `Desbloquear el tablero de «${title}»`,
      phaseLocked: 'Bloqueado en esta fase',
      phaseLockedHelp:
        'La fase actual bloquea todos los tableros: ya no se pueden añadir ni cambiar tarjetas.',
    },
    room: {
      done: 'He terminado',
      doneHelp: 'Avisa a la persona facilitadora de que has terminado esta fase',
      raiseHand: 'Levantar la mano',
      lowerHand: 'Bajar la mano',
      handHelp: 'Pide la palabra a la persona facilitadora',
      button: 'Sala',
      status: (done: number, total: number, hands: number) => {
        const raised = plural('es', hands, { one: '# mano levantada', other: '# manos levantadas' })
        return total === 0 ? raised : `${done} de ${total} han terminado, ${raised}`
      },
      heading: 'La sala',
      doneCount: (done: number, total: number) => `${done} de ${total} han terminado`,
      doneHeading: 'Han terminado',
      waitingHeading: 'Siguen trabajando',
      noPhase: 'Empieza una fase para ver quién la ha terminado.',
      noParticipants: 'Todavía no hay participantes.',
      handsHeading: 'Manos levantadas',
      noHands: 'No hay manos levantadas.',
      acknowledge: (name: string) => `Bajar la mano de ${name}`,
      lower: 'Bajar',
    },
    history: {
      heading: 'Historial del taller',
      link: 'Historial',
      back: 'Todas las prácticas',
      notForOthers:
        'Solo la persona facilitadora puede ver el historial del taller y restaurar un estado anterior.',
      intro:
        'En cada cambio de fase se toma una instantánea de todos los tableros. Abre una para compararla con el ' +
        'estado actual o restaurarla.',
      takeHeading: 'Tomar una instantánea ahora',
      noteLabel: 'Nota (opcional)',
      notePlaceholder: 'p. ej. antes de agrupar',
      take: 'Tomar una instantánea ahora',
      taking: 'Tomando…',
      taken: 'Instantánea tomada.',
      unchanged: 'Nada ha cambiado desde la última instantánea, así que se conserva y no se ha tomado otra.',
      manualLimit:
        'Este taller ya guarda 50 instantáneas tomadas a mano, el máximo. Las de los cambios de fase se siguen tomando.',
      formatTime: (timestamp: number) =>
        new Intl.DateTimeFormat('es', { dateStyle: 'medium', timeStyle: 'short' }).format(timestamp),
      listHeading: 'Instantáneas',
      empty: 'Todavía no hay instantáneas. Se toma una en cada cambio de fase, o toma una ahora.',
      reasonPhaseChange: (phase: string) => `Cambio de fase a: ${phase}`,
      reasonManual: 'Tomada a mano',
      reasonManualNote: (note: string) => `Tomada a mano: ${note}`,
      reasonBeforeRestore: (when: string) => `Antes de restaurar la instantánea del ${when}`,
      reasonBeforeRestoreUnknown: 'Antes de restaurar una instantánea anterior',
      cards,
      open: 'Abrir',
      opening: 'Abriendo…',
      close: 'Cerrar',
      viewHeading: (when: string) => `Instantánea del ${when}`,
      readOnly: 'Solo lectura: los tableros tal como estaban entonces.',
      sinceThen: (changes: { added: number; removed: number; moved: number; edited: number }) =>
        `Desde entonces: ${plural('es', changes.added, {
          one: '# tarjeta añadida',
          other: '# tarjetas añadidas',
        })}, ${plural('es', changes.removed, { one: '# eliminada', other: '# eliminadas' })}, ${plural(
          'es',
          changes.moved,
          { one: '# movida', other: '# movidas' },
        )}, ${plural('es', changes.edited, { one: '# editada', other: '# editadas' })}.`,
      nothingChanged: 'Nada ha cambiado en los tableros desde entonces.',
      practiceRemovedSince: 'Quitada del taller desde entonces; al restaurar vuelve.',
      practicesAddedSince: (titles: string) =>
        `Prácticas añadidas desde entonces (al restaurar se quitan): ${titles}`,
      untitledPractice: 'Práctica sin título',
      emptyLane: 'Sin tarjetas',
      markRemoved: 'Eliminada desde entonces',
      markMoved: (from: string, to: string) => `Movida desde entonces: ${from} → ${to}`,
      markRegrouped: 'Movida a otro grupo desde entonces',
      markEdited: 'Editada desde entonces',
      editedNow: (text: string) => `Ahora: ${text}`,
      addedSinceHeading: 'Añadidas desde entonces (al restaurar se quitan)',
      inLane: (lane: string) => `en ${lane}`,
      restore: 'Restaurar esta instantánea',
      restoring: 'Restaurando…',
      confirmTitle: '¿Restaurar esta instantánea?',
      confirmText:
        'Todos los tableros vuelven a esta instantánea, para todas las personas y al momento. Antes se guarda el ' +
        'estado actual como instantánea, así que puedes deshacerlo restaurando esa. La sesión en curso (fase, ' +
        'temporizador) sigue como está.',
      confirm: 'Restaurar',
      restored:
        'Restaurada. Los tableros de todos muestran ahora esta instantánea; el estado anterior se guarda al ' +
        'principio de la lista.',
      notFound: 'Esta instantánea ya no existe.',
    },
    exports: {
      button: 'Exportar',
      menuLabel: 'Exportar los resultados del taller',
      heading: 'Descargar los resultados',
      formats: {
        md: 'Informe (Markdown)',
        csv: 'Tarjetas en hoja de cálculo (CSV)',
        json: 'Taller completo (JSON, para importar)',
        docx: 'Informe (Word)',
      },
      downloading: 'Descargando…',
    },
    lifecycle: {
      menuButton: 'Taller',
      menuLabel: 'Acciones del taller',
      menuHeading: 'Este taller',
      startFollowUp: 'Empezar un evento de seguimiento…',
      deleteWorkshop: 'Eliminar el taller…',
      followUpTitle: 'Empezar un taller de seguimiento',
      followUpIntro:
        'Un taller nuevo para vuestra próxima reunión, a partir de los tableros de este. Este taller se queda como está.',
      followUpDefaultTitle: (title: string) => `${title} — seguimiento`,
      carryLegend: 'Qué se lleva al nuevo taller',
      carryEverything: 'Todo',
      carryEverythingHint:
        'Todas las prácticas con todas sus tarjetas, grupos y pasos para la transferencia, y la matriz de interés.',
      carryTransfer: 'Solo los pasos para la transferencia y el interés',
      carryTransferHint:
        'Todas las prácticas, solo las tarjetas de la columna de pasos para la transferencia, y la matriz de interés.',
      votesNotCarried: 'Los votos no se llevan: todo el mundo vuelve a votar en el próximo evento.',
      create: 'Crear el taller de seguimiento',
      creating: 'Creando…',
      deleteTitle: (title: string) => `¿Eliminar «${title}»?`,
      deleteText:
        'Se eliminan todos los tableros, tarjetas y votos y la matriz de interés de este taller, para todas ' +
        'las personas, y no se puede deshacer. Sus enlaces dejan de funcionar.',
      deleteExportFirst:
        'Quizá quieras descargar antes la exportación JSON: se puede volver a importar más tarde.',
      downloadJson: 'Descargar la exportación JSON',
      downloaded: 'Descargado.',
      deleteConfirm: 'Eliminar para todos',
      deleting: 'Eliminando…',
      deletedTitle: 'La persona facilitadora ha eliminado este taller',
      deletedText: 'Sus tableros ya no existen y sus enlaces ya no funcionan.',
      followUpOf: (title: string, date: string) =>
        date ? `Seguimiento de ${title} (${date})` : `Seguimiento de ${title}`,
      csvButton: 'Importar prácticas desde CSV',
      csvColumns:
        'Una práctica por fila, tras una fila de encabezado que nombre las columnas: título, organización (o ' +
        'región), descripción. Encabezados en español, inglés o polaco; comas o puntos y comas.',
      csvFileLabel: 'Lista de prácticas (.csv)',
      csvImporting: 'Importando…',
      csvAdded: (count: number) =>
        plural('es', count, { one: 'Se ha añadido # práctica', other: 'Se han añadido # prácticas' }),
      csvTooLarge: 'Este archivo es demasiado grande (el límite es 1 MB).',
      csvNotUtf8:
        'Este archivo no está guardado en UTF-8, así que se perderían sus letras acentuadas. Guárdalo como ' +
        '«CSV UTF-8» (en Excel: Archivo → Guardar como → CSV UTF-8) y vuelve a elegirlo. No se ha importado nada.',
      csvRefused: 'No se ha importado nada. Corrige el archivo y vuelve a elegirlo:',
      csvEmpty: 'El archivo está vacío.',
      csvNotCsv: (line: number) =>
        `El archivo no es un CSV válido: revisa las comillas cerca de la línea ${line}.`,
      csvNoTitleColumn: 'La primera fila debe nombrar las columnas, y ninguna es el título.',
      csvNoPractices: 'El archivo tiene una fila de encabezado, pero ninguna práctica.',
      csvNoTitle: (row: number) => `La fila ${row} no tiene título.`,
      csvTitleTooLong: (row: number, length: number, max: number) =>
        `Fila ${row}: el título tiene ${characters(length)}; caben como máximo ${max}.`,
      csvOrganisationTooLong: (row: number, length: number, max: number) =>
        `Fila ${row}: la organización tiene ${characters(length)}; caben como máximo ${max}.`,
      csvDescriptionTooLong: (row: number, length: number, max: number) =>
        `Fila ${row}: la descripción tiene ${characters(length)}; caben como máximo ${max}.`,
      csvTooMany: (count: number, max: number) =>
        `El archivo tiene ${practices(count)}; se pueden importar como máximo ${max} a la vez.`,
      csvMoreProblems: (count: number) =>
        plural('es', count, { one: '…y # problema más.', other: '…y # problemas más.' }),
      deleteFailed: 'No se ha podido eliminar el taller. No se ha quitado nada; vuelve a intentarlo.',
    },
    import: {
      heading: 'Importar un taller (JSON)',
      text: 'Abre una copia de un taller a partir de su exportación JSON: prácticas, tarjetas, votos y programa. Tú serás quien lo facilite.',
      fileLabel: 'Exportación del taller (.json)',
      importing: 'Importando…',
      tooLarge: 'Este archivo es demasiado grande para importarlo (el límite es 5 MB).',
      notAnExport:
        'Este archivo no es una exportación de un taller de PracticeMap, o viene de una versión que este servidor no puede leer.',
      unreadable: 'No se ha podido leer el archivo.',
    },
  },
}

export default spanish
