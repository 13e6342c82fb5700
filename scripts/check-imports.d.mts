// Types of check-imports.mjs for the test that proves each rule can fail (tests/unit/importCheck.test.ts).
export declare const FEATURE_LAYERS: readonly string[]
export declare function featureOf(file: string): string | null
export declare function layerProblems(from: string, to: string): string[]
export declare function checkRepository(root: string): { files: number; problems: string[] }
