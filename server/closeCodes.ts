// The codes are declared in shared/ (the client reads them to say why a connection ended, in its
// language); the reasons below are the server's English, for logs and scripts.
export { CloseCode } from '../shared/protocol'

/** Close reasons are limited to 123 bytes by RFC 6455; keep them short and free of user input. */
export const CloseReason = {
  shuttingDown: 'server shutting down',
  textFrame: 'text frames are not supported: send binary y-websocket messages',
  unknownMessageType: 'unsupported message type',
  malformedFrame: 'malformed message',
  invalidUpdate: 'invalid document update',
  invalidAwareness: 'invalid awareness update',
  awarenessTooBig: 'awareness update too big',
  presenceTooBig: 'presence state too big',
  couldNotSave: 'the server could not save changes; reconnect to resend them',
  couldNotLoad: 'the server could not load the document',
  documentDamaged: 'the stored copy of this document is damaged; the server log says which',
  tooSlow: 'client too slow: too much data waiting to be sent',
  queueFull: 'too many messages while the document loads',
  linkRevoked: 'This link is no longer valid',
  workshopDeleted: 'This workshop was deleted by its facilitator',
} as const
