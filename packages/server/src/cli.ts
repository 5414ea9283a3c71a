#!/usr/bin/env node
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Role, StaffTokenCreate, validate } from '@cerdas/model';
import { seedDemo } from './seed/index.js';
import { startServer } from './server.js';
import { openStorage } from './storage/index.js';
import { issueToken } from './tokens.js';

const HELP = `cerdas-server — the reference Cerdas API (Hono; SQLite by default, PostgreSQL at scale)

Usage:
  cerdas-server start [--port 8787] [--host 127.0.0.1] [--database URL] [--media DIR]
                      [--region 35.14] [--cors https://a.example,https://b.example]
                      [--seed-scale 1] [--no-seed] [--writes-per-minute 120]
      Migrates, seeds Kabupaten Pasuruan demo data into an empty database, and listens.
  cerdas-server migrate [--database URL]
  cerdas-server seed [--database URL] [--media DIR] [--scale N] [--region 35.14]
      Seeds demo data (the database must be empty).
  cerdas-server token create --role ROLE [--opd ID] [--region CODE] [--label TEXT] [--database URL]
      ROLE is desa, kecamatan, opd (alias: staff), bappeda or admin. Prints the secret once.

Environment: DATABASE_URL (default sqlite:./data/cerdas.db), PORT, HOST, CERDAS_REGION,
CERDAS_MEDIA_DIR (default ./data/media), CERDAS_CORS_ORIGINS (comma-separated, default *),
CERDAS_WRITES_PER_MINUTE (per client IP; 0 turns the limit off).
`;

function fail(message: string): never {
  console.error(`cerdas-server: ${message}`);
  process.exit(2);
}

function databaseUrl(value: string | undefined): string {
  const url = value ?? process.env.DATABASE_URL ?? 'sqlite:./data/cerdas.db';
  const file = /^sqlite:(?!:memory:)(.+)$/.exec(url)?.[1];
  if (file) mkdirSync(dirname(resolve(file)), { recursive: true });
  return url;
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      database: { type: 'string' },
      media: { type: 'string' },
      region: { type: 'string' },
      cors: { type: 'string' },
      'seed-scale': { type: 'string' },
      'no-seed': { type: 'boolean' },
      'writes-per-minute': { type: 'string' },
      scale: { type: 'string' },
      role: { type: 'string' },
      opd: { type: 'string' },
      label: { type: 'string' },
    },
  });
  const region = values.region ?? process.env.CERDAS_REGION;
  switch (command) {
    case 'start': {
      const cors = values.cors ?? process.env.CERDAS_CORS_ORIGINS;
      const server = await startServer({
        databaseUrl: databaseUrl(values.database),
        mediaDir: values.media ?? process.env.CERDAS_MEDIA_DIR ?? './data/media',
        port: Number(values.port ?? process.env.PORT ?? 8787),
        host: values.host ?? process.env.HOST ?? '127.0.0.1',
        seedWhenEmpty: !values['no-seed'],
        seedScale: Number(values['seed-scale'] ?? 1),
        writesPerMinute: Number(
          values['writes-per-minute'] ?? process.env.CERDAS_WRITES_PER_MINUTE ?? 120,
        ),
        ...(region ? { regionCode: region } : {}),
        ...(cors ? { corsOrigins: cors.split(',').map((o) => o.trim()) } : {}),
      });
      console.log(`Cerdas API listening on ${server.url}`);
      console.log(`  OpenAPI document: ${server.url}/openapi.json`);
      console.log(`  Try: ${server.url}/v1/umkm?limit=5`);
      const stop = () => {
        server.close().then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      return;
    }
    case 'migrate': {
      const storage = await openStorage({ url: databaseUrl(values.database) });
      const applied = await storage.migrate();
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Nothing to migrate.');
      await storage.close();
      return;
    }
    case 'seed': {
      const storage = await openStorage({ url: databaseUrl(values.database) });
      await storage.migrate();
      if (!(await storage.isEmpty())) {
        await storage.close();
        fail('the database already holds data; seed an empty one');
      }
      const summary = await seedDemo(storage, {
        mediaDir: values.media ?? process.env.CERDAS_MEDIA_DIR ?? './data/media',
        scale: Number(values.scale ?? 1),
        ...(region ? { regionCode: region } : {}),
      });
      console.log('Seeded demo data:', summary);
      await storage.close();
      return;
    }
    case 'token': {
      if (positionals[0] !== 'create') fail('usage: cerdas-server token create --role ROLE …');
      const role = values.role === 'staff' ? 'opd' : values.role;
      if (!Role.safeParse(role).success) fail(`--role must be one of ${Role.options.join(', ')}`);
      const request = validate(
        StaffTokenCreate,
        {
          role,
          label: values.label ?? `${role} token`,
          ...(values.opd ? { opdId: values.opd } : {}),
          ...(values.region ? { regionCode: values.region } : {}),
        },
        'en',
      );
      if (!request.success) fail(request.errors.map((e) => e.message).join('; '));
      const storage = await openStorage({ url: databaseUrl(values.database) });
      await storage.migrate();
      if (request.data.opdId && !(await storage.opds.get(request.data.opdId))) {
        await storage.close();
        fail(`no OPD with id ${request.data.opdId}`);
      }
      const { token, secret } = await issueToken(storage, request.data);
      await storage.close();
      console.log(
        `Token ${token.id} (${token.role}${token.opdId ? `, OPD ${token.opdId}` : ''}${token.regionCode ? `, ${token.regionCode}` : ''}):`,
      );
      console.log(secret);
      console.log(
        'Keep it secret: it is shown only once. Send it as "Authorization: Bearer <token>".',
      );
      return;
    }
    case undefined:
    case 'help':
    case '--help':
      console.log(HELP);
      return;
    default:
      fail(`unknown command "${command}"\n\n${HELP}`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
