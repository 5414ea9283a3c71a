// Budgets of the CDN files (gzip). The goal of the widget issue is 24 KB per file; these
// limits are today's sizes, so that nothing grows unnoticed while the shared runtime shrinks.
// Province shards of @cerdas/wilayah are separate files, loaded on demand: not counted.
const external = (config) => {
  config.external = [...(config.external ?? []), './wilayah/*'];
  return config;
};

export default [
  {
    name: 'CDN file: <cerdas-umkm-catalog>',
    path: 'dist/cdn/umkm-catalog.js',
    gzip: true,
    brotli: false,
    limit: '53 kB',
    modifyEsbuildConfig: external,
  },
  {
    name: 'CDN file: <cerdas-umkm-profile>',
    path: 'dist/cdn/umkm-profile.js',
    gzip: true,
    brotli: false,
    limit: '53 kB',
    modifyEsbuildConfig: external,
  },
  {
    name: 'CDN file: <cerdas-service-directory>',
    path: 'dist/cdn/service-directory.js',
    gzip: true,
    brotli: false,
    limit: '44 kB',
    modifyEsbuildConfig: external,
  },
  {
    name: 'CDN file: <cerdas-complaint-form>',
    path: 'dist/cdn/complaint-form.js',
    gzip: true,
    brotli: false,
    limit: '54 kB',
    modifyEsbuildConfig: external,
  },
  {
    name: 'CDN file: <cerdas-tracker>',
    path: 'dist/cdn/tracker.js',
    gzip: true,
    brotli: false,
    limit: '43 kB',
    modifyEsbuildConfig: external,
  },
  {
    name: 'CDN file: <cerdas-proposal-form>',
    path: 'dist/cdn/proposal-form.js',
    gzip: true,
    brotli: false,
    limit: '55 kB',
    modifyEsbuildConfig: external,
  },
  {
    name: 'CDN file: <cerdas-planning-dashboard>',
    path: 'dist/cdn/planning-dashboard.js',
    gzip: true,
    brotli: false,
    limit: '51 kB',
    modifyEsbuildConfig: external,
  },
  {
    name: 'CDN file: <cerdas-region-picker>',
    path: 'dist/cdn/region-picker.js',
    gzip: true,
    brotli: false,
    limit: '25 kB',
    modifyEsbuildConfig: external,
  },
  {
    name: 'CDN file: <cerdas-ikm-survey>',
    path: 'dist/cdn/ikm-survey.js',
    gzip: true,
    brotli: false,
    limit: '44 kB',
    modifyEsbuildConfig: external,
  },
  {
    name: 'CDN file: <cerdas-ikm-badge>',
    path: 'dist/cdn/ikm-badge.js',
    gzip: true,
    brotli: false,
    limit: '40 kB',
    modifyEsbuildConfig: external,
  },
];
