import { defineConfig } from 'tsup';
import { pureAnnotations } from './scripts/pure-annotations.js';

export default defineConfig({
  // One output file per module, so that with `sideEffects: false` a bundler drops every
  // module a widget does not import (a single chunk would keep all top-level schemas).
  entry: [
    'src/**/*.ts',
    '!src/**/*.test.ts',
    '!src/**/*.bench.ts',
    '!src/**/test-fixtures.ts',
    '!src/**/fixtures.ts',
  ],
  format: ['esm'],
  target: 'es2022',
  bundle: false,
  dts: true,
  sourcemap: true,
  clean: true,
  // Top-level schemas are marked pure, so bundlers drop those a bundle does not use.
  esbuildPlugins: [pureAnnotations],
});
