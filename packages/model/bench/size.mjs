// Gzipped size of what a widget imports from @cerdas/model, bundled and minified by esbuild
// from the built package (dist/), zod/mini included. Run by `pnpm bench` after the build.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const entries = {
  'formatRupiah + parsePhone': `export { formatRupiah, parsePhone } from '@cerdas/model';`,
  'UMKM catalog (page + query schemas)': `export { BusinessCatalogPage, BusinessCatalogQuery, formatRupiah, validate } from '@cerdas/model';`,
  'UMKM profile (detail + JSON-LD)': `export { BusinessDetailPublic, businessJsonLd, jsonLdScriptContent, toWhatsAppUrl } from '@cerdas/model';`,
  'complaint form (create + receipt)': `export { ComplaintCreate, ComplaintReceipt, validate } from '@cerdas/model';`,
  'tracker (public timelines)': `export { ComplaintPublic, ServiceRequestPublic } from '@cerdas/model';`,
  'planning dashboard (summary)': `export { PlanningSummary, formatRupiah } from '@cerdas/model';`,
  'IKM survey (response + computeIkm)': `export { IkmResponseCreate, IkmReport, computeIkm } from '@cerdas/model';`,
  'region picker (region schemas)': `export { Region, RegionCode, parseRegionCode } from '@cerdas/model';`,
  'UMKM catalog route (umkmListRoute)': `export { umkmListRoute } from '@cerdas/model';`,
  'the UMKM domain table (umkmRoutes, staff routes included)': `export { umkmRoutes } from '@cerdas/model';`,
  'the whole contract (server side)': `export { contract } from '@cerdas/model';`,
};

const rows = [];
for (const [name, contents] of Object.entries(entries)) {
  const result = await build({
    stdin: { contents, resolveDir: new URL('..', import.meta.url).pathname, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    legalComments: 'none',
  });
  const code = result.outputFiles[0].contents;
  rows.push([name, code.length, gzipSync(code, { level: 9 }).length]);
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log('\n| what a widget imports | minified | gzip |\n| --- | ---: | ---: |');
for (const [name, raw, gz] of rows) console.log(`| ${name} | ${kb(raw)} | ${kb(gz)} |`);
