/** Types of build.mjs for the TypeScript test harness. */
export declare const defaultOutDir: string;
export declare const portalPages: readonly string[];
export declare function buildPortal(options?: { outDir?: string; minify?: boolean }): Promise<string>;
export declare function portalFiles(outDir?: string): string[];
