import type { DocumentKind } from './documentNames'

/**
 * Who may do what. Each workshop has one link per role; the server maps the link's token to a role at the
 * WebSocket upgrade and enforces `mayWrite` on every update it receives. The client uses the same
 * function to show only the controls a role can use: the server's check is the one that counts.
 */
export const ROLES = ['facilitator', 'participant', 'observer'] as const
export type Role = (typeof ROLES)[number]

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value)
}

/**
 * The links a facilitator can hand out again with a fresh token (the old one stops working at once): all
 * three, so a leaked facilitator link is answered by replacing it, not by deleting the workshop.
 */
export const REGENERABLE_ROLES = ['facilitator', 'participant', 'observer'] as const satisfies readonly Role[]
export type RegenerableRole = (typeof REGENERABLE_ROLES)[number]

export function isRegenerableRole(value: unknown): value is RegenerableRole {
  return typeof value === 'string' && (REGENERABLE_ROLES as readonly string[]).includes(value)
}

/**
 * | document      | facilitator | participant            | observer |
 * |---------------|-------------|------------------------|----------|
 * | workshop      | write       | read                   | read     |
 * | board         | write       | write unless locked    | read     |
 * | participation | write       | write                  | read     |
 */
export function mayWrite(role: Role, kind: DocumentKind, boardLocked = false): boolean {
  if (role === 'facilitator') return true
  if (role === 'observer') return false
  if (kind === 'workshop') return false
  if (kind === 'board') return !boardLocked
  return true
}
