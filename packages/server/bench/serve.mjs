// The real server for the HTTP benchmark, started as a child by http.mjs: seeded demo data,
// no write limit (the benchmark is one client).
import { startServer } from '../dist/index.js';

const [databaseUrl, mediaDir] = process.argv.slice(2);
const server = await startServer({
  databaseUrl,
  mediaDir,
  port: 0,
  writesPerMinute: 0,
  seedWhenEmpty: true,
});
process.send?.({ port: server.port });
process.on('SIGTERM', () => server.close().then(() => process.exit(0)));
