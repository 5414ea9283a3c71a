// The CDN build: every widget as one self-contained ES module (Lit, the client and the
// schemas it needs inlined), for a plain `<script type="module" src=".../cdn/umkm-catalog.js">`
// on a WordPress or PHP page without a build step. Region data stays in files of its own:
// @cerdas/wilayah's province shards and its regencies are copied to `cdn/wilayah/` and
// loaded only when a widget needs them.
import { cpSync, existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'dist', 'cdn');
const entryPoints = {};
for (const widget of readdirSync(join(root, 'src'))) {
  if (widget !== 'base' && existsSync(join(root, 'src', widget, 'define.ts'))) {
    entryPoints[widget] = join(root, 'src', widget, 'define.ts');
  }
}

const wilayahDist = dirname(createRequire(join(root, 'package.json')).resolve('@cerdas/wilayah'));
/** Region data stays in files of its own, `cdn/wilayah/NN.js` and `cdn/wilayah/regencies.js`. */
const regionData = {
  name: 'wilayah-data',
  setup(build) {
    build.onResolve({ filter: /^\.\/(provinces\/\d{2}|regencies)\.js$/ }, (args) =>
      args.importer.startsWith(wilayahDist)
        ? {
            path: `./wilayah/${args.path.replace(/^\.\/(provinces\/)?/, '')}`,
            external: true,
            // Pure data: an import of it that nothing uses (listRegencies) can be dropped.
            sideEffects: false,
          }
        : undefined,
    );
  },
};

await build({
  entryPoints,
  outdir: out,
  bundle: true,
  splitting: false,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [regionData],
});
cpSync(join(wilayahDist, 'provinces'), join(out, 'wilayah'), { recursive: true });
for (const file of ['regencies.js', 'regencies.js.map']) {
  cpSync(join(wilayahDist, file), join(out, 'wilayah', file));
}
console.log(
  `dist/cdn: ${Object.keys(entryPoints).join(', ')} (+ wilayah/NN.js shards, wilayah/regencies.js)`,
);
