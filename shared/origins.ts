/**
 * The origin of a Y.Doc transaction: who made the change, which decides what follows from it. An
 * UndoManager tracks only its own user's origin (Ctrl+Z never reverts someone else's change); the server
 * does not store again what it has just loaded from storage. Every shared operation takes one of these.
 *
 * What arrives over a connection is not among them: y-protocols marks it with the connection itself (the
 * client's provider, the server's peer), and the local copy's loads with the IndexedDB persistence.
 */
export type TransactionOrigin = LocalUserOrigin | StorageOrigin | ServerOrigin | OtherInstanceOrigin

/** A person's own change on this device. Each session makes its own, so each undo tracks only its own. */
export interface LocalUserOrigin {
  readonly kind: 'localUser'
}

/** The server rebuilding a document from what it stored. */
export interface StorageOrigin {
  readonly kind: 'storage'
}

/** The server changing a document itself (a snapshot restored). */
export interface ServerOrigin {
  readonly kind: 'server'
}

/** A change another server instance committed, which this one applies and relays to its own clients. */
export interface OtherInstanceOrigin {
  readonly kind: 'otherInstance'
}

/** A new origin for one session's changes (the identity is what an UndoManager tracks). */
export function localUserOrigin(): LocalUserOrigin {
  return Object.freeze({ kind: 'localUser' })
}

export const STORAGE_ORIGIN: StorageOrigin = Object.freeze({ kind: 'storage' })

export const SERVER_ORIGIN: ServerOrigin = Object.freeze({ kind: 'server' })

export const OTHER_INSTANCE_ORIGIN: OtherInstanceOrigin = Object.freeze({ kind: 'otherInstance' })
