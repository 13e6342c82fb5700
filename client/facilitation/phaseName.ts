import type { Phase } from '../../shared/schema'
import type { Messages } from '../i18n'

/** A phase's name: the facilitator's, else the translated default of its kind. */
export function phaseName(t: Messages, phase: Pick<Phase, 'name' | 'kind'>): string {
  return phase.name.trim() || t.phases.kinds[phase.kind]
}
