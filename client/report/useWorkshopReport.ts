import { useMemo } from 'react'
import { buildReport, type WorkshopReport } from '../../shared/report'
import { useFacilitation } from '../session/facilitationContext'
import { useSession, useWorkshop } from '../session/sessionContext'

/**
 * The workshop's report (shared/report.ts), built on this device from the documents it holds and rebuilt
 * whenever what the report shows changes. The stores tell when: the workshop store mirrors the details,
 * practices and interest matrix; the facilitation store re-reads a board's cards, groups and ballots (once
 * per batch of transactions) and the voting settings. Presence, timers and the rest do not rebuild it.
 */
export function useWorkshopReport(): WorkshopReport {
  const session = useSession()
  const details = useWorkshop((state) => state.details)
  const practices = useWorkshop((state) => state.practices)
  const practiceIds = useWorkshop((state) => state.practiceIds)
  const interest = useWorkshop((state) => state.interest)
  const voteBoards = useFacilitation((state) => state.voteBoards)
  const voting = useFacilitation((state) => state.session.voting)
  // biome-ignore lint/correctness/useExhaustiveDependencies: each store slice marks a change of the documents read here
  return useMemo(
    () => buildReport(session.reportSources()),
    [session, details, practices, practiceIds, interest, voteBoards, voting],
  )
}
