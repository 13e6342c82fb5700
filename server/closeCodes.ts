/**
 * Every WebSocket close code the server sends, in one place.
 *
 * The stock y-websocket client reconnects after any code except 4400–4499, which it treats as final
 * ("reconnecting cannot fix this"). Only a revoked link is in that range: a client closed for a transient
 * reason must come back, and even a client closed for a bad frame gets a fresh start, since its unsent
 * edits are re-sent on reconnect. A deleted workshop is final too: there is nothing to reconnect to.
 *
 * | code | name              | sent when                                                              |
 * |------|-------------------|------------------------------------------------------------------------|
 * | 1001 | goingAway         | the server shuts down                                                  |
 * | 1003 | unsupportedData   | a text frame, or a message type the protocol does not define for a client |
 * | 1007 | invalidPayload    | a binary frame that does not decode, or a Yjs update / awareness update that cannot be applied |
 * | 1009 | messageTooBig     | a frame above maxPayloadBytes (sent by `ws` itself), an awareness frame above maxAwarenessBytes, or a presence state above maxPresenceEntryBytes |
 * | 1011 | internalError     | the server could not load or save the document                         |
 * | 1013 | tryAgainLater     | the client reads too slowly (send buffer over its bound) or floods a room that is still loading |
 * | 4403 | linkRevoked       | the facilitator regenerated the link whose token this connection was admitted with |
 * | 4410 | workshopDeleted   | the facilitator deleted the workshop (410 Gone, in the 4400 range)     |
 */
export const CloseCode = {
  goingAway: 1001,
  unsupportedData: 1003,
  invalidPayload: 1007,
  messageTooBig: 1009,
  internalError: 1011,
  tryAgainLater: 1013,
  linkRevoked: 4403,
  workshopDeleted: 4410,
} as const

export type CloseCodeValue = (typeof CloseCode)[keyof typeof CloseCode]

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
  tooSlow: 'client too slow: too much data waiting to be sent',
  queueFull: 'too many messages while the document loads',
  linkRevoked: 'This link is no longer valid',
  workshopDeleted: 'This workshop was deleted by its facilitator',
} as const
