// Web Crypto is a global in browsers and in Node >= 19. shared/ is compiled without DOM and Node
// typings (so it can run in either), which is why the one function used is declared here.
declare const crypto: { getRandomValues<T extends Uint8Array>(array: T): T }

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'

/** A random id from a 62-letter alphabet; 12 letters carry ~71 bits, enough to never collide in a workshop. */
export function newId(length = 12): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length))
  let id = ''
  for (const byte of bytes) {
    // 248 = 62 * 4: rejecting bytes above it would be exact; the bias of plain modulo on 256 is < 2%
    // per letter and irrelevant for ids that only need to be unique, not secret.
    id += ALPHABET[byte % ALPHABET.length]
  }
  return id
}

const ID_PATTERN = /^[0-9a-zA-Z_-]{6,64}$/

export function isValidId(value: string): boolean {
  return ID_PATTERN.test(value)
}
