import { z } from 'zod'
import { withoutBidiControls } from '../shared/bidi'
import { LIMITS } from '../shared/schema'

/**
 * A workshop's details as a request body gives them (creating a workshop, starting a follow-up): each
 * problem named in words a script's author can act on. Bidi controls go before the checks (shared/bidi.ts):
 * a title of nothing else is empty, and says so.
 */
export const WorkshopDetailsBody = z.object({
  title: z
    .string({
      error: (issue) => (issue.input === undefined ? 'title is required' : 'title must be a string'),
    })
    .overwrite(withoutBidiControls)
    .trim()
    .min(1, 'title must not be empty')
    .max(LIMITS.title, `title must be at most ${LIMITS.title} characters`),
  date: z
    .union([z.literal(''), z.iso.date({ error: 'date must be a real date written yyyy-mm-dd' })], {
      error: 'date must be a string, yyyy-mm-dd or empty',
    })
    .optional(),
  place: z
    .string({ error: 'place must be a string' })
    .overwrite(withoutBidiControls)
    .trim()
    .max(LIMITS.place, `place must be at most ${LIMITS.place} characters`)
    .optional(),
})
