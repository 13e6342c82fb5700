/** What the keyboard helpers need of a React or DOM keyboard event, so they can be tested without a DOM. */
export interface KeyPress {
  key: string
  shiftKey: boolean
  /** 229 while an input method (IME) is composing; Safari reports it on the Enter that ends composition. */
  keyCode?: number
  nativeEvent?: { isComposing?: boolean }
}

/**
 * True for the Enter that should save a card: not Shift+Enter (a new line), and not the Enter with which
 * someone confirms a word in an input method (Chinese, Japanese, Korean, also some phone keyboards).
 */
export function isSaveKey(event: KeyPress): boolean {
  return event.key === 'Enter' && !event.shiftKey && !event.nativeEvent?.isComposing && event.keyCode !== 229
}
