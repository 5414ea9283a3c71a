import { afterAll, beforeAll, describe } from 'vitest';
import { openStorage } from '../../src/storage/index.js';
import {
  findPostgresBin,
  type PostgresServer,
  startPostgres,
  warnPostgresMissing,
} from '../support/postgres.mjs';
import { repositoryContract } from './contract.js';

const available = findPostgresBin() !== undefined;
if (!available) warnPostgresMissing('no /usr/lib/postgresql/*/bin/initdb and no initdb on PATH');

// One server for the whole file; every block of the contract gets a database of its own.
describe.skipIf(!available)('PostgreSQL', () => {
  let server: PostgresServer | undefined;
  beforeAll(async () => {
    server = await startPostgres();
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });

  repositoryContract('PostgreSQL 15', async () => {
    if (!server) throw new Error('PostgreSQL did not start');
    return openStorage({ url: await server.createDatabase() });
  });
});
