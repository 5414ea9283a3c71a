import { readdirSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

/** src/generated/provinces/NN.ts → dist/provinces/NN.js (written by scripts/generate.mjs). */
const shards = Object.fromEntries(
  readdirSync('src/generated/provinces').map((file) => [
    file.replace(/\.ts$/, ''),
    `src/generated/provinces/${file}`,
  ]),
);

const common: Options = {
  format: ['esm'],
  target: 'es2022',
  treeshake: true,
  esbuildOptions(options) {
    // Keep the generated files' ODbL attribution where it is.
    options.legalComments = 'inline';
  },
};

export default defineConfig([
  {
    ...common,
    // dist/regencies.js: the regencies of every province, its own module.
    entry: { index: 'src/index.ts', regencies: 'src/generated/regencies.ts' },
    // The shards stay separate modules: dist/index.js imports './provinces/NN.js' on demand,
    // and './regencies.js' on demand (statically only for the synchronous listRegencies).
    external: [/^\.\/provinces\//, /^\.\/regencies\.js$/],
    dts: true,
    sourcemap: true,
    clean: ['!provinces/**'],
  },
  {
    ...common,
    // One file per province, dist/provinces/NN.js, plain data without source maps.
    entry: shards,
    outDir: 'dist/provinces',
    clean: true,
  },
]);
