// Sizes of the widgets, gzip -9, from the built packages (run after `pnpm build`):
// - CDN: dist/cdn/<widget>.js as shipped (wilayah shards are separate files);
// - own code: the widget's modules alone, with Lit, @cerdas/*, zod, ky and src/base external;
// - runtime: the rest of the CDN file (CDN minus own code; gzip is not additive, so this is
//   an estimate): Lit, the base classes, the client, the schemas of the widget's routes.
// `--detail` also lists each widget's largest inputs from esbuild's metafile, by package.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const detail = process.argv.includes('--detail');
const widgets = readdirSync(join(root, 'dist', 'cdn'))
  .filter((file) => file.endsWith('.js'))
  .map((file) => file.slice(0, -3))
  .sort();

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
/** KB of 1,024 bytes, as the other benches print (size-limit's kB are 1,000 bytes). */
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Everything outside the widget's own folder stays out of the bundle. */
const ownOnly = {
  name: 'own-only',
  setup(build) {
    build.onResolve({ filter: /^(lit|@lit|@cerdas|zod|ky)(\/|$)|\/base\// }, (args) =>
      args.kind === 'entry-point' ? undefined : { path: args.path, external: true },
    );
  },
};

/** Groups a metafile input path by the package (or folder of src/) it comes from. */
function groupOf(input) {
  const pkg = input.match(/.*node_modules\/((?:@[^/]+\/)?[^/]+)\/(?:dist\/|v4\/)?([\w-]+)/);
  if (pkg) return `${pkg[1]}: ${pkg[2]}`;
  const workspace = input.match(/packages\/(\w+)\/(?:dist|src)\/(?:generated\/)?([\w-]+)/);
  return workspace ? `@cerdas/${workspace[1]}: ${workspace[2]}` : input;
}

const rows = [];
for (const widget of widgets) {
  const cdn = gzip(readFileSync(join(root, 'dist', 'cdn', `${widget}.js`)));
  const own = await build({
    entryPoints: [join(root, 'src', widget, 'define.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    write: false,
    legalComments: 'none',
    plugins: [ownOnly],
  });
  const ownSize = gzip(own.outputFiles[0].contents);
  rows.push([widget, cdn, ownSize, cdn - ownSize]);

  if (detail) {
    const full = await build({
      entryPoints: [join(root, 'src', widget, 'define.ts')],
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2022',
      platform: 'browser',
      write: false,
      metafile: true,
      legalComments: 'none',
      external: ['./provinces/*', './regencies.js'],
    });
    const [output] = Object.values(full.metafile.outputs);
    const groups = new Map();
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const group = groupOf(input);
      groups.set(group, (groups.get(group) ?? 0) + bytesInOutput);
    }
    const top = [...groups].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 12));
    console.log(`\n${widget} (minified bytes by input group):`);
    for (const [group, bytes] of top) console.log(`  ${kb(bytes).padStart(9)}  ${group}`);
  }
}

/** The runtime every widget that calls the API shares: Lit, src/base and the client, no routes. */
const BASE = ['cerdas-element', 'styles', 'i18n', 'define']
  .map((file) => `export * from './src/base/${file}.ts';`)
  .join(' ');
const shared = {
  'Lit + src/base': BASE,
  'Lit + src/base + @cerdas/client (with ky, and zod for problem details), no route': `${BASE} export { createClientFor, CerdasHttpError } from '@cerdas/client';`,
};
console.log('\n| shared runtime | gzip |\n| --- | ---: |');
for (const [name, contents] of Object.entries(shared)) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    write: false,
    legalComments: 'none',
  });
  console.log(`| ${name} | ${kb(gzip(result.outputFiles[0].contents))} |`);
}

console.log(
  '\n| widget | CDN file | own code | runtime (estimate) |\n| --- | ---: | ---: | ---: |',
);
for (const [widget, cdn, own, runtime] of rows) {
  console.log(`| ${widget} | ${kb(cdn)} | ${kb(own)} | ${kb(runtime)} |`);
}
