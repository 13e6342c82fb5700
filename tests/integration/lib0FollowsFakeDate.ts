/**
 * lib0's `time.getUnixTime` is `Date.now` itself, taken when lib0 loads, so Vitest's fake Date never
 * reaches the clocks of y-protocols' awareness or the y-websocket provider. Imported before anything that
 * loads lib0, this makes the real `Date.now` follow whatever `Date` is global at the time of the call:
 * the fake one while a test fakes it, the real clock otherwise.
 */
const RealDate = Date
const realNow = Date.now.bind(Date)

Date.now = () => (globalThis.Date === RealDate ? realNow() : globalThis.Date.now())

export {}
