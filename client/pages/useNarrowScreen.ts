import { mediaQueryHook } from '../ui/mediaQuery'

/**
 * Whether the screen is a phone's (the width at which styles.css lays a board out in one column): wide
 * tables show one column at a time there.
 */
export const useNarrowScreen = mediaQueryHook('(max-width: 700px)')
