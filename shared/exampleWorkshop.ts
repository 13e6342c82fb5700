import * as Y from 'yjs'
import { addCard } from './boardOperations'
import type { Author, LaneId, WorkshopDetails } from './schema'
import { addPractice, initWorkshop, type PracticeInput } from './workshopOperations'

/**
 * The example workshop: the IMPETUS project's second Interregional Thematic Seminar (Las Palmas de Gran
 * Canaria, 9–10 April 2024), as told by the project's news item (../shared/seed/ beside the repository).
 * Every practice and card below restates a fact of that text; nothing is invented. The text names two of
 * the seven practices presented, so the example has those two, and the lanes the text says nothing about
 * stay empty for the workshop's participants to fill.
 */
export const EXAMPLE_DETAILS: WorkshopDetails = {
  title: 'IMPETUS – 2nd Interregional Thematic Seminar',
  date: '2024-04-10',
  place: 'Las Palmas de Gran Canaria',
}

interface ExamplePractice extends PracticeInput {
  cards: { lane: LaneId; text: string }[]
}

export const EXAMPLE_PRACTICES: readonly ExamplePractice[] = [
  {
    title: 'Flat for renovation (“Mieszkanie za remont”)',
    organisation: 'Żyrardów',
    description:
      'Residents obtain the right to a flat in exchange for renovating it. The programme is aimed at people ' +
      'with middle incomes and seeks to revitalise the municipal housing stock.',
    cards: [
      {
        lane: 'keyAspects',
        text: 'The right to a flat is granted in exchange for carrying out its renovation',
      },
      { lane: 'stakeholders', text: 'Residents with middle incomes' },
      { lane: 'benefits', text: 'Revitalises the municipal housing stock' },
      { lane: 'benefits', text: 'Revitalisation of neglected urban areas (as the partners noted)' },
      { lane: 'benefits', text: 'Better quality of life for residents (as the partners noted)' },
    ],
  },
  {
    title: 'Urban gardens (“Huecos Urbanos”)',
    organisation: 'Las Palmas de Gran Canaria',
    description:
      'Community urban gardens, three of whose sites the participants visited. They offer environmental ' +
      'education and promote good environmental practices; citizen groups run the programme.',
    cards: [
      { lane: 'keyAspects', text: 'Environmental education' },
      { lane: 'keyAspects', text: 'Promotes good environmental practices' },
      { lane: 'stakeholders', text: 'Citizen groups, who run the programme' },
      { lane: 'benefits', text: 'Develops relations between people' },
      { lane: 'benefits', text: 'Community management of urban spaces' },
    ],
  },
]

export const EXAMPLE_AUTHOR: Author = { id: 'example', name: 'Seminar notes', organisation: 'IMPETUS' }

export interface BuiltWorkshop {
  workshop: Y.Doc
  /** Board documents by practice id. */
  boards: Map<string, Y.Doc>
}

/** Builds the example workshop's documents in memory; the caller stores them. */
export function buildExampleWorkshop(now: number): BuiltWorkshop {
  const workshop = new Y.Doc()
  initWorkshop(workshop, EXAMPLE_DETAILS, now)
  const boards = new Map<string, Y.Doc>()
  for (const practice of EXAMPLE_PRACTICES) {
    const practiceId = addPractice(workshop, practice, now)
    const board = new Y.Doc()
    for (const card of practice.cards) addCard(board, { ...card, author: EXAMPLE_AUTHOR }, now)
    boards.set(practiceId, board)
  }
  return { workshop, boards }
}
