import { defineConfig } from 'tsup';

export default defineConfig({
  // One output file per module: a page that loads one widget's definer gets only that widget.
  entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.stories.ts', '!src/test-support/**'],
  format: ['esm'],
  target: 'es2022',
  platform: 'browser',
  bundle: false,
  dts: true,
  sourcemap: true,
  clean: true,
});
