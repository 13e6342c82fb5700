/** See childHook.mjs. */
export declare function ready(url: string): void
