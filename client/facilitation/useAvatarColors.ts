import { useMemo } from 'react'
import { avatarColors, ownAvatarColor } from '../avatarColors'
import { useWorkshop } from '../session/sessionContext'

/**
 * The colour of each person's avatar in the open workshop, distinct among the people present and the same
 * on every device (client/avatarColors.ts). Someone not present (yet) gets their own id's colour.
 */
export function useAvatarColor(): (personId: string) => string {
  const people = useWorkshop((state) => state.people)
  return useMemo(() => {
    const colors = avatarColors(people.map((person) => person.user.id))
    return (personId: string) => colors.get(personId) ?? ownAvatarColor(personId)
  }, [people])
}
