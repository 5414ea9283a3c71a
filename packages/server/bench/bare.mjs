// The baseline of the HTTP benchmark: a bare Hono route that answers with fixed bytes, with
// none of Cerdas's work (no database, no validation). Started as a child by http.mjs.
import { readFileSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const [catalogFile, receiptFile] = process.argv.slice(2);
const catalog = readFileSync(catalogFile, 'utf8');
const receipt = readFileSync(receiptFile, 'utf8');
const app = new Hono();
app.get('/v1/umkm', (c) => c.body(catalog, 200, { 'content-type': 'application/json' }));
app.post('/v1/complaints', async (c) => {
  await c.req.text();
  return c.body(receipt, 201, { 'content-type': 'application/json' });
});
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  process.send?.({ port: info.port });
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
