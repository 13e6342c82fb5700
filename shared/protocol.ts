/**
 * Every WebSocket close code the server sends, in one place: the server closes with them, and the client
 * tells its user why a connection ended (a replaced link, a deleted workshop, changes not saved) by them,
 * in the user's language. The server's English reasons are in server/closeCodes.ts.
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
 * | 4500 | documentDamaged   | the stored document does not decode (server/storage/documentStore.ts checkStoredDocument); in the 4500 "try again later" range, so clients keep retrying and come back by themselves once it is restored |
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
  documentDamaged: 4500,
} as const

export type CloseCodeValue = (typeof CloseCode)[keyof typeof CloseCode]
