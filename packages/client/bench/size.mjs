// Gzipped size of what a widget imports from @cerdas/client, bundled and minified by esbuild
// (ESM, browser) from the built package (dist/), with its dependencies: ky, @cerdas/model's
// schemas and zod/mini. "Without @cerdas/model" leaves the schemas (and so zod) out: the client
// and ky alone. The zod and ky columns are each one's share of the gzip total. Run by
// `pnpm bench` after the build.
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
if (!existsSync(new URL('../dist/index.js', import.meta.url))) {
  console.error('dist/ is missing: run `pnpm --filter @cerdas/client build` first');
  process.exit(1);
}

const entries = {
  "createClientFor({ 'umkm.list': umkmListRoute }), the catalog's one route": `export { createClientFor } from './dist/index.js'; export { umkmListRoute } from '@cerdas/model';`,
  "createClientFor({ 'complaints.submit': complaintsSubmitRoute }), a complaint form": `export { createClientFor } from './dist/index.js'; export { complaintsSubmitRoute } from '@cerdas/model';`,
  'createClientFor(umkmRoutes), a UMKM widget': `export { createClientFor } from './dist/index.js'; export { umkmRoutes } from '@cerdas/model';`,
  'createClientFor(complaintRoutes), a complaint form': `export { createClientFor } from './dist/index.js'; export { complaintRoutes } from '@cerdas/model';`,
  'createCerdasClient, the whole API': `export { createCerdasClient } from './dist/index.js';`,
};

async function gzipped(contents, external = []) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    legalComments: 'none',
    external,
  });
  const code = result.outputFiles[0].contents;
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const rows = [];
for (const [name, contents] of Object.entries(entries)) {
  const all = await gzipped(contents);
  const withoutZod = await gzipped(contents, ['zod']);
  const withoutModel = await gzipped(contents, ['@cerdas/model']);
  const withoutModelAndKy = await gzipped(contents, ['@cerdas/model', 'ky']);
  rows.push([
    name,
    all.raw,
    all.gzip,
    all.gzip - withoutZod.gzip,
    withoutModel.gzip,
    withoutModel.gzip - withoutModelAndKy.gzip,
  ]);
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  '\n| what a widget imports | minified | gzip | of which zod | without @cerdas/model (client + ky), gzip | of which ky |\n| --- | ---: | ---: | ---: | ---: | ---: |',
);
for (const [name, raw, gz, zod, lean, ky] of rows) {
  console.log(`| ${name} | ${kb(raw)} | ${kb(gz)} | ${kb(zod)} | ${kb(lean)} | ${kb(ky)} |`);
}
