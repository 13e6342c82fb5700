import { useMemo } from 'react'
import { useWorkshop } from '../session/sessionContext'
import { distinctPeople } from '../store/presence'

/** How many people are in the workshop now: each person once, however many tabs they have open. */
export function usePeopleCount(): number {
  const people = useWorkshop((state) => state.people)
  return useMemo(() => distinctPeople(people).length, [people])
}
