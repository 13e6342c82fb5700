import type { CreatedWorkshop } from '../../shared/protocol'
import { parseWorkshopLink, saveRole, saveToken } from '../access'
import { rememberWorkshop } from '../recentWorkshops'
import { navigate } from '../router'

/**
 * The creator of a workshop is its facilitator: keep the facilitator link's token and land in the
 * workshop with it (the address shows no token). False if the server's answer has no usable link.
 */
export function openAsFacilitator(created: CreatedWorkshop, title: string): boolean {
  const link = parseWorkshopLink(created.links.facilitator, location.origin)
  if (!link || link.workshopId !== created.id) return false
  saveToken(link.workshopId, link.token)
  saveRole(link.workshopId, link.token, 'facilitator')
  rememberWorkshop(link.workshopId, title, 'facilitator')
  navigate(link.path)
  return true
}
