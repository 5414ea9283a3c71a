// Plain JavaScript (types in postgres.d.mts) so that the benchmark scripts can use it too.
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);
function findPostgresBin() {
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((version) => existsSync(join(debian, version, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(debian, versions[0], 'bin');
  }
  for (const folder of (process.env.PATH ?? '').split(delimiter)) {
    const initdb = join(folder, 'initdb');
    if (folder && existsSync(initdb)) return dirname(realpathSync(initdb));
  }
  return void 0;
}
function warnPostgresMissing(reason) {
  const line = '!'.repeat(78);
  console.warn(
    [
      line,
      `!! PostgreSQL tests SKIPPED: ${reason}`,
      '!! The storage layer is then tested on SQLite only. To run them, install the server:',
      '!!   apt-get install postgresql      (Debian/Ubuntu; provides initdb and pg_ctl)',
      line,
    ].join('\n'),
  );
}
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}
async function startPostgres() {
  const bin = findPostgresBin();
  if (!bin) {
    warnPostgresMissing('no /usr/lib/postgresql/*/bin/initdb and no initdb on PATH');
    return void 0;
  }
  const asRoot = process.getuid?.() === 0;
  let owner;
  if (asRoot) {
    try {
      owner = {
        uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })),
        gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })),
      };
    } catch {
      warnPostgresMissing('running as root and there is no `postgres` user to run the server');
      return void 0;
    }
  }
  const pgRun = (program, args) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', join(bin, program), ...args])
      : run(join(bin, program), [...args]);
  const root = mkdtempSync(join(tmpdir(), 'cerdas-pg-'));
  if (owner) chownSync(root, owner.uid, owner.gid);
  const data = join(root, 'data');
  const stopNow = () =>
    asRoot
      ? spawnSync('runuser', [
          '-u',
          'postgres',
          '--',
          join(bin, 'pg_ctl'),
          '-D',
          data,
          '-m',
          'immediate',
          'stop',
        ])
      : spawnSync(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']);
  const onExit = () => {
    stopNow();
    rmSync(root, { recursive: true, force: true });
  };
  try {
    const initdb = ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync'];
    try {
      await pgRun('initdb', [
        ...initdb,
        '--locale=C.UTF-8',
        '--locale-provider=icu',
        '--icu-locale=en-US',
      ]);
    } catch {
      rmSync(data, { recursive: true, force: true });
      await pgRun('initdb', [...initdb, '--locale=C']);
    }
    const port = await freePort();
    const options = [
      `-p ${port}`,
      `-k ${root}`,
      '-c listen_addresses=127.0.0.1',
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
    ].join(' ');
    process.once('exit', onExit);
    await pgRun('pg_ctl', [
      '-D',
      data,
      '-l',
      join(root, 'server.log'),
      '-w',
      '-t',
      '30',
      '-o',
      options,
      'start',
    ]);
    const base = `postgres://postgres@127.0.0.1:${port}`;
    let databases = 0;
    const createDatabase = async () => {
      databases += 1;
      const name = `cerdas_test_${databases}`;
      const client = new pg.Client({ connectionString: `${base}/postgres` });
      await client.connect();
      try {
        await client.query(`create database ${name}`);
      } finally {
        await client.end();
      }
      return `${base}/${name}`;
    };
    const url = await createDatabase();
    return {
      url,
      createDatabase,
      async stop() {
        process.removeListener('exit', onExit);
        await pgRun('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => void 0);
        rmSync(root, { recursive: true, force: true });
      },
    };
  } catch (error) {
    process.removeListener('exit', onExit);
    onExit();
    throw error;
  }
}

export { findPostgresBin, startPostgres, warnPostgresMissing };
