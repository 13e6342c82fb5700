import { joinNames, type Locale, plural } from './locale'

/** British English, as the texts are written: "Ana, Jan and Eva", "10 April 2024". */
const FORMATS = 'en-GB'

/**
 * English: the source of every key. Other languages are typed against this object (see locale.ts), so
 * add a key here first, then in every other language file. Functions take what the sentence needs and
 * build it whole: word order differs between languages, so never glue sentence fragments together.
 */
export const en = {
  app: {
    name: 'PracticeMap',
    homeLink: 'PracticeMap, home page',
    skipToContent: 'Skip to content',
    loading: 'Loading…',
    pageNotFound: 'Page not found',
    pageNotFoundText: 'There is nothing at this address.',
    goHome: 'Go to the home page',
  },
  common: {
    save: 'Save',
    cancel: 'Cancel',
    edit: 'Edit',
    remove: 'Remove',
    optional: '(optional)',
  },
  language: {
    label: 'Language',
  },
  home: {
    title: 'Map good practices together',
    intro:
      'A shared board for project partners. Describe each good practice with its key aspects, ' +
      'stakeholders, benefits and the steps to transfer it, together and live, in the room and from afar.',
    createHeading: 'Start a new workshop',
    titleLabel: 'Workshop title',
    titlePlaceholder: 'e.g. Thematic seminar on affordable housing',
    titleRequired: 'Give the workshop a title.',
    dateLabel: 'Date',
    placeLabel: 'Place',
    placePlaceholder: 'e.g. Las Palmas de Gran Canaria',
    create: 'Create workshop',
    creating: 'Creating…',
    exampleHeading: 'See how it works',
    exampleText:
      'Open a copy of the IMPETUS seminar in Las Palmas de Gran Canaria, with two good practices already ' +
      'mapped: a “flat for renovation” housing programme and community urban gardens.',
    openExample: 'Open the example workshop',
    openingExample: 'Opening…',
    recentHeading: 'Your recent workshops',
    recentEmpty: 'Workshops you open on this device will be listed here, so you can find them again.',
    lastOpened: (when: string) => `Opened ${when}`,
    forget: (title: string) => `Remove “${title}” from this list`,
    untitled: 'Untitled workshop',
  },
  errors: {
    offline:
      'You are offline. Creating a workshop needs a connection; workshops you opened before still work.',
    network: 'The server could not be reached. Check your connection and try again.',
    server: 'Something went wrong on the server. Please try again in a moment.',
    invalid: 'Please check the details you entered.',
    forbidden: 'This link does not allow that. Ask the facilitator.',
  },
  join: {
    heading: 'Join the workshop',
    headingWithTitle: (title: string) => `Join “${title}”`,
    intro:
      'Tell the others who you are. Your name and organisation appear on the cards you write and in the list ' +
      'of people in the workshop.',
    nameLabel: 'Your name',
    nameRequired: 'Please enter your name.',
    organisationLabel: 'Organisation or region',
    organisationPlaceholder: 'e.g. City of Żyrardów',
    submit: 'Join',
    remembered: 'Remembered on this device. You can change it later from the menu with your name.',
  },
  workshop: {
    opening: 'Opening the workshop…',
    notFoundTitle: 'Workshop not found',
    notFoundText:
      'There is no workshop at this link. Check the link you were given, or start a new workshop.',
    forgetRecent: 'Remove it from my recent workshops',
    unreachableTitle: 'Cannot reach the server',
    unreachableText:
      'This workshop has not been opened on this device before, so it cannot be shown offline. ' +
      'Connect to the internet and try again.',
    retry: 'Try again',
    notOnDevice:
      'This workshop is not saved on this device yet. Its content will appear as soon as the connection returns.',
    editDetails: 'Edit workshop details',
    detailsFormLabel: 'Workshop details',
    untitled: 'Untitled workshop',
  },
  access: {
    noTokenTitle: 'This workshop opens from its link',
    noTokenText:
      'A workshop opens from the link its facilitator shares, which includes an access key. Open that link ' +
      'again, or paste it here.',
    revokedTitle: 'This link is no longer valid.',
    revokedText: 'Ask the facilitator for the new one.',
    pasteLabel: 'Paste the workshop link here',
    pasteNewLabel: 'Have the new link? Paste it here',
    pasteInvalid: 'This is not a workshop link. Copy the whole link, including its “?token=” part.',
    pasteOpen: 'Open the workshop',
    rateLimitedTitle: 'Too many attempts',
    rateLimitedText: 'The server has had too many requests from this network. Wait a minute, then try again.',
  },
  roles: {
    facilitator: 'Facilitator',
    participant: 'Participant',
    observer: 'View only',
    viewOnly: 'View only',
    viewOnlyHelp: 'This link lets you follow the workshop live. You cannot change anything.',
    locked: 'Locked',
    lockedHelp: 'The facilitator has locked this board: cards can no longer be added or changed.',
    lockedHelpFacilitator: 'Locked for participants: only facilitators can change this board now.',
  },
  share: {
    button: 'Share',
    heading: 'Share the workshop',
    close: 'Close',
    participantLabel: 'Participant link',
    participantHint: 'For everyone who writes cards. Send it, or let people scan the QR code.',
    participantHintForParticipant: 'Pass it on to people who should join the workshop.',
    observerLabel: 'Observer link (view only)',
    observerHint: 'For a projector or a guest: sees everything live, changes nothing.',
    copy: 'Copy',
    copied: 'Copied',
    copyParticipant: 'Copy the participant link',
    copyObserver: 'Copy the observer link',
    copyFallback: 'Select the link and copy it by hand.',
    newParticipant: 'New participant link',
    newObserver: 'New observer link',
    confirmParticipantTitle: 'Make a new participant link?',
    confirmParticipantText:
      'The current participant link stops working at once. Everyone who joined with it is disconnected ' +
      'and needs the new link. The cards they wrote stay.',
    confirmObserverTitle: 'Make a new observer link?',
    confirmObserverText:
      'The current observer link stops working at once. Screens and guests using it are disconnected and ' +
      'need the new link.',
    confirmNew: 'Make a new link',
    regenerated: 'The new link is ready. The old one no longer works.',
    qrLabel: 'QR code of the participant link',
    peopleJoined: (count: number) =>
      plural(FORMATS, count, { one: '# person has joined', other: '# people have joined' }),
    projector: 'Projector view',
    loading: 'Loading the links…',
    failed: 'The links could not be loaded.',
  },
  projector: {
    scanToJoin: 'Scan to join',
    orOpen: 'or open',
    fullScreen: 'Full screen',
    back: 'Back to the workshop',
  },
  practices: {
    heading: 'Good practices',
    count: (count: number) => plural(FORMATS, count, { one: '# practice', other: '# practices' }),
    empty: 'No practices yet. Add the first good practice below.',
    emptyReadOnly: 'No practices yet. The facilitator adds them.',
    untitled: 'Untitled practice',
    openBoard: 'Open board',
    openBoardOf: (title: string) => `Open board for “${title}”`,
    editOf: (title: string) => `Edit “${title}”`,
    removeOf: (title: string) => `Remove “${title}”`,
    moveUpOf: (title: string) => `Move “${title}” up`,
    moveDownOf: (title: string) => `Move “${title}” down`,
    moveUp: 'Move up',
    moveDown: 'Move down',
    peopleOnBoard: (names: readonly string[]) => `On this board now: ${joinNames(FORMATS, names)}`,
    addHeading: 'Add a good practice',
    editHeading: 'Edit practice',
    titleLabel: 'Title',
    titlePlaceholder: 'e.g. Community urban gardens',
    titleRequired: 'Give the practice a title.',
    organisationLabel: 'Partner organisation or region',
    organisationPlaceholder: 'e.g. Las Palmas de Gran Canaria',
    descriptionLabel: 'Short description',
    add: 'Add practice',
    saveChanges: 'Save changes',
    confirmRemoveTitle: (title: string) => `Remove “${title}”?`,
    confirmRemoveText:
      'The practice and its board disappear for everyone in the workshop. You can undo this right afterwards.',
    confirmRemove: 'Remove practice',
  },
  board: {
    allPractices: 'All practices',
    position: (index: number, count: number) => `Practice ${index} of ${count}`,
    previous: 'Previous practice',
    next: 'Next practice',
    loading: 'Loading the board…',
    removedTitle: 'This practice is no longer in the workshop',
    removedText: 'Someone removed it, or the link is wrong. The other practices are on the practice list.',
    lanesNav: 'Lanes',
  },
  lanes: {
    keyAspects: { title: 'Key aspects', hint: 'what makes this practice work' },
    stakeholders: { title: 'Stakeholders', hint: 'who is involved, who benefits, who decides' },
    benefits: { title: 'Benefits', hint: 'what changes for people and for the place' },
    transferSteps: {
      title: 'Transfer steps',
      hint: 'what it takes to turn this into an initiative in your region',
    },
  },
  cards: {
    count: (count: number) => plural(FORMATS, count, { one: '# card', other: '# cards' }),
    emptyLane: 'No cards yet. Write one below or drop one here.',
    emptyLaneReadOnly: 'No cards yet.',
    newCardLabel: (lane: string) => `New card in ${lane}`,
    newCardPlaceholder: 'Add a card…',
    keysHint: 'Enter saves, Shift+Enter starts a new line, Escape cancels.',
    add: 'Add card',
    editLabel: 'Edit card text',
    edit: 'Edit card',
    options: 'Card options',
    save: 'Save card',
    delete: 'Delete card',
    color: 'Card colour',
    changeColor: 'Change colour',
    moveHandle: (excerpt: string) => `Move card “${excerpt}”`,
    unknownAuthor: 'Unknown author',
    recovered: 'Someone deleted this card while you were editing it. Your text is kept here:',
    recoveredAdd: 'Add as a new card',
    recoveredDiscard: 'Discard text',
    editing: (names: readonly string[]) =>
      `${joinNames(FORMATS, names)} ${names.length === 1 ? 'is' : 'are'} editing`,
  },
  colors: {
    yellow: 'Yellow',
    green: 'Green',
    blue: 'Blue',
    pink: 'Pink',
    purple: 'Purple',
    grey: 'Grey',
  },
  dnd: {
    roleDescription: 'movable card',
    instructions:
      'To pick up a card, press Space or Enter. Use the arrow keys to move it within its lane or to ' +
      'another lane. Press Space or Enter again to drop it, or Escape to cancel.',
    pickedUp: (card: string, lane: string, position: number, count: number) =>
      `Picked up card “${card}” in ${lane}, position ${position} of ${count}.`,
    over: (lane: string, position: number, count: number) =>
      `The card is over ${lane}, position ${position} of ${count}.`,
    notOver: 'The card is not over a lane.',
    dropped: (lane: string, position: number, count: number) =>
      `Card dropped in ${lane}, position ${position} of ${count}.`,
    droppedNowhere: 'Card dropped back where it was.',
    cancelled: (card: string) => `Moving cancelled. Card “${card}” is back where it was.`,
  },
  presence: {
    summary: (count: number) => plural(FORMATS, count, { one: '# person here', other: '# people here' }),
    heading: 'Who is here',
    you: (name: string) => `${name} (you)`,
    onPracticeList: 'on the practice list',
    onPractice: (title: string) => `on “${title}”`,
  },
  you: {
    menuLabel: (name: string) => `You: ${name}. Change your name or organisation`,
    heading: 'Your details',
  },
  connection: {
    connected: 'Connected',
    connecting: 'Connecting…',
    reconnecting: 'Reconnecting…',
    offline: 'Offline',
    connectedHelp: 'Your changes are shared with everyone as you make them.',
    reconnectingHelp:
      'Your changes are kept on this device and will be shared as soon as the connection returns.',
    offlineHelp: 'You are offline. Your changes are kept on this device and shared when you are back online.',
  },
  groups: {
    untitled: 'Untitled group',
    titleLabel: 'Group title',
    groupWithThis: 'Group with this card',
    moveHandle: (title: string) => `Move group “${title}”`,
    ungroup: 'Ungroup',
    ungroupOf: (title: string) => `Ungroup “${title}”`,
    ungroupHelp: 'Dissolve the group: its cards stay where they are',
    groupWithAbove: 'Group with the card above',
    takeOut: 'Take out of the group',
    roleDescription: 'movable group',
    pickedUp: (title: string, lane: string, position: number, count: number) =>
      `Picked up group “${title}” in ${lane}, position ${position} of ${count}.`,
    pickedUpInGroup: (card: string, group: string, position: number, count: number) =>
      `Picked up card “${card}” in group “${group}”, card ${position} of ${count}. Move it out of the group to take it out.`,
    overCard: (card: string) => `The card is over “${card}”. Drop it to group the two cards.`,
    overOwnGroup: (group: string) => `The card is still in group “${group}”.`,
    grouped: (card: string, target: string) => `Card “${card}” grouped with “${target}”.`,
    dropped: (lane: string, position: number, count: number) =>
      `Group dropped in ${lane}, position ${position} of ${count}.`,
  },
  transfer: {
    details: 'Action plan details',
    formLabel: (card: string) => `Action plan details of “${card}”`,
    owner: 'Owner (organisation)',
    ownerPlaceholder: 'e.g. City of Żyrardów',
    timeframe: 'Timeframe',
    timeframePlaceholder: 'e.g. 2025 Q2',
    resources: 'Resources',
    resourcesPlaceholder: 'Budget, people, partners…',
    barriers: 'Barriers',
    barriersPlaceholder: 'What could stand in the way',
    ownerSummary: (owner: string) => `Owner: ${owner}`,
    save: 'Save details',
    empty: 'Not filled in yet.',
  },
  stakeholders: {
    typeLabel: 'Stakeholder type',
    levelLabel: 'Level',
    noType: 'Type…',
    noLevel: 'Level…',
    types: {
      publicAuthority: 'Public authority',
      business: 'Business',
      research: 'Research',
      civilSociety: 'Civil society',
    },
    typesInList: {
      publicAuthority: 'public authority',
      business: 'business',
      research: 'research',
      civilSociety: 'civil society',
    },
    levels: { local: 'Local', regional: 'Regional', national: 'National' },
    missing: (types: readonly string[]) => `Missing: ${types.join(', ')}`,
    missingHelp: 'Types of stakeholder no card in this lane is tagged with yet',
    allPresent: 'All four types of stakeholder are here.',
  },
  overview: {
    link: 'Facilitator overview',
    heading: 'Facilitator overview',
    intro: 'Every practice at a glance, live: cards per lane, who is on each board, and the top-voted cards.',
    back: 'All practices',
    notForParticipants: 'The overview is for facilitators and observers.',
    practicesHeading: 'Practices',
    noPractices: 'No practices yet.',
    lanesLabel: 'Cards per lane',
    laneCount: (lane: string, count: number) =>
      plural(FORMATS, count, { one: `${lane}: # card`, other: `${lane}: # cards` }),
    emptyLane: 'empty',
    emptyLanes: (count: number) =>
      plural(FORMATS, count, { one: '# lane still empty', other: '# lanes still empty' }),
    people: 'On this board now',
    nobody: 'Nobody is on this board now.',
    topVoted: 'Top-voted',
    noVotes: 'No dots yet.',
    votesHidden: 'The results show when voting closes.',
    groupCards: (count: number) =>
      plural(FORMATS, count, { one: 'group of # card', other: 'group of # cards' }),
    actionPlan: 'Draft action plan',
    actionPlanIntro:
      'Every transfer step of every practice, with who takes it, when, with what, and what could stand in the way.',
    step: 'Transfer step',
    noSteps: 'No transfer steps yet.',
    notSet: 'not set',
  },
  interest: {
    link: 'Transfer interest',
    heading: 'Transfer interest',
    intro:
      'Which partner wants to adapt which practice. Each organisation fills in its own row; everyone sees the whole matrix, live.',
    back: 'All practices',
    levels: {
      none: 'No interest',
      curious: 'Curious',
      wantToAdapt: 'Want to adapt',
      actionPlan: 'Will include in our action plan',
    },
    unset: 'Not answered',
    unsetOption: 'Choose…',
    legend: 'Levels of interest',
    organisation: 'Organisation',
    yours: 'your organisation',
    cellLabel: (organisation: string, practice: string) => `Interest of ${organisation} in “${practice}”`,
    note: 'Note',
    addNote: 'Add a note',
    editNote: 'Edit note',
    noteLabel: (organisation: string, practice: string) => `Note of ${organisation} on “${practice}”`,
    saveNote: 'Save note',
    noteNeedsLevel: 'Choose a level first.',
    addRowHeading: 'Add an organisation',
    addRowLabel: 'Organisation or region',
    addRowPlaceholder: 'e.g. Region of Central Macedonia',
    addRow: 'Add row',
    noOrganisation:
      'Your details have no organisation, so you have no row to fill in. Add it from the menu with your name.',
    readOnly: 'View only: you see everyone’s answers as they come in.',
    noPractices: 'No practices yet. The matrix fills in once the facilitator adds them.',
    noRows: 'No organisation has answered yet.',
    updatedBy: (name: string, when: string) => `Last changed by ${name}, ${when}`,
    practiceSummary: (count: number) =>
      plural(FORMATS, count, { one: '# partner wants to adapt it', other: '# partners want to adapt it' }),
  },
  undo: {
    undo: 'Undo',
    redo: 'Redo',
    undoHint: 'Undo your last change (Ctrl+Z)',
    redoHint: 'Redo (Ctrl+Shift+Z)',
  },
} as const

const english: Locale = { code: 'en', name: 'English', formats: FORMATS, messages: en }
export default english
