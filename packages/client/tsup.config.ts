import { defineConfig } from 'tsup';

export default defineConfig({
  // One output file per module, so that a widget importing only what it uses carries nothing else.
  entry: ['src/**/*.ts', '!src/**/*.test.ts'],
  format: ['esm'],
  target: 'es2022',
  platform: 'neutral',
  bundle: false,
  dts: true,
  sourcemap: true,
  clean: true,
});
