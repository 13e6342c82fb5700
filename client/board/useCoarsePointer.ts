import { mediaQueryHook } from '../ui/mediaQuery'

/**
 * Whether the main pointer is a finger (the CSS media query `pointer: coarse`): there is no hover then, so
 * controls that a mouse finds by hovering need a button of their own.
 */
export const useCoarsePointer = mediaQueryHook('(pointer: coarse)')
