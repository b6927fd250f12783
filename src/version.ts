// Set by the build (esbuild `define`) and by vitest.config.ts from package.json.
declare const __FITSCORE_VERSION__: string | undefined;
export const VERSION: string = typeof __FITSCORE_VERSION__ === 'string' ? __FITSCORE_VERSION__ : '0.0.0-dev';
