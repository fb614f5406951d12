// Build settings shared by the CDN bundle (esbuild), Storybook and benchmark pages (Vite).
export const sourceConditions = ['dvc:source', 'browser', 'module', 'import', 'default'];

/** Lit's decorators as the packages compile them (see tsconfig.base.json). */
export const esbuildOptions = {
  tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false, target: 'es2022' } },
};
