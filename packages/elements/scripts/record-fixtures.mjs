// Records real answers of the reference server for Storybook, so that stories show data
// produced by @cerdas/server (never hand-invented shapes). Each widget lists the GET paths
// its stories need in `src/<widget>/<widget>.fixtures.json` (an array of paths); this script
// starts the seeded server in memory, fetches them all and writes one map
// path → { status, body } to `.storybook-fixtures/responses.json` (generated, not committed).
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '@cerdas/server';

const root = new URL('..', import.meta.url).pathname;
const paths = new Set(['/v1/regions/provinces']);
for (const widget of readdirSync(join(root, 'src'))) {
  const file = join(root, 'src', widget, `${widget}.fixtures.json`);
  if (existsSync(file)) for (const path of JSON.parse(readFileSync(file, 'utf8'))) paths.add(path);
}
const server = await startServer({
  databaseUrl: 'sqlite::memory:',
  mediaDir: mkdtempSync(join(tmpdir(), 'cerdas-fixtures-')),
  port: 0,
  now: () => new Date('2026-11-28T03:00:00Z'),
});
const responses = {};
for (const path of [...paths].sort()) {
  for (const lang of ['id', 'en']) {
    const response = await fetch(server.url + path, { headers: { 'accept-language': lang } });
    responses[`${lang} ${path}`] = { status: response.status, body: await response.json() };
  }
}
await server.close();
mkdirSync(join(root, '.storybook-fixtures'), { recursive: true });
writeFileSync(join(root, '.storybook-fixtures', 'responses.json'), JSON.stringify(responses));
console.log(`recorded ${paths.size} paths for Storybook`);
