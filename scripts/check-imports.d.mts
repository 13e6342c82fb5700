// Types of check-imports.mjs for the tests that import it (importCheck.test.ts, clientVisibleText.test.ts).
export declare const FEATURE_LAYERS: readonly string[]
export declare function checkRepository(root: string): { files: number; problems: string[] }
