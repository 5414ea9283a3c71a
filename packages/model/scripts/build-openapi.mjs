// Writes dist/openapi.json from the contract, after tsup has built dist/.
import { readFileSync, writeFileSync } from 'node:fs';
import * as model from '../dist/index.js';

const { contract, createOpenApiDocument } = model;

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const document = createOpenApiDocument(contract, {
  namedSchemas: model,
  title: 'Cerdas API',
  version,
  description:
    'The HTTP API of a Cerdas smart-city portal: regions, OPD, E-Planning (Musrenbang proposals, work plan), E-Branding of UMKM and public services (service standards, requests, complaints, IKM). Generated from the route table of @cerdas/model.',
  servers: [{ url: '/', description: 'The server this document is served from' }],
  tagDescriptions: {
    regions:
      "Indonesia's administrative regions by Kemendagri code (Kepmendagri 300.2.2-2138/2025).",
    tokens: 'Staff bearer tokens, scoped to a role and to a village, district or OPD.',
    opd: 'Perangkat daerah and the bidang urusan each carries (PP 18/2016).',
    planning:
      'E-Planning: Musrenbang proposals and their lifecycle, the planning calendar, the Renja/RKPD work plan (Permendagri 90/2019 nomenclature) and its dashboards.',
    umkm: 'E-Branding: the public UMKM catalogue and the Dinas registry behind it (PP 7/2021).',
    services: 'Service standards (standar pelayanan) under UU 25/2009 and PermenPANRB 15/2014.',
    'service-requests':
      'Applications for a service, tracked by number; due dates count working days.',
    complaints:
      'Complaints in the spirit of SP4N-LAPOR! (Perpres 76/2013), with a public timeline.',
    ikm: 'The satisfaction survey and index (IKM) of PermenPANRB 14/2017.',
    uploads: 'Photos and documents sent ahead of a submission.',
    stats: "Live counts of the regency for a portal's home page; counts only, never a record.",
  },
});
writeFileSync(
  new URL('../dist/openapi.json', import.meta.url),
  `${JSON.stringify(document, null, 2)}\n`,
);
console.log(`dist/openapi.json: ${Object.keys(document.paths).length} paths`);
