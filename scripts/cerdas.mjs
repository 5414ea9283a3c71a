#!/usr/bin/env node
// The README's two commands: `npm start` and `npm test` on a fresh machine with Node.js 20.
// This script does the set-up a newcomer should not have to know about — the pinned pnpm,
// Debian's Chromium for the browser tests, the compiler and Node headers for native
// modules — and then hands over to pnpm.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const command = process.argv[2];
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const env = { ...process.env };

function log(message) {
  console.log(`\x1b[36m[cerdas]\x1b[0m ${message}`);
}

function fail(message) {
  console.error(`\x1b[31m[cerdas]\x1b[0m ${message}`);
  process.exit(1);
}

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit', ...options });
  if (result.error) fail(`${cmd} could not start: ${result.error.message}`);
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function output(cmd, args) {
  try {
    return execFileSync(cmd, args, {
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return undefined;
  }
}

function has(cmd) {
  return output('sh', ['-c', `command -v ${cmd}`]) !== undefined;
}

let aptUpdated = false;
function aptInstall(packages, why) {
  if (!isRoot || !has('apt-get')) {
    fail(`${why} is missing. Install it with: sudo apt-get install -y ${packages.join(' ')}`);
  }
  log(`installing ${packages.join(', ')} from Debian's packages (${why})`);
  if (!aptUpdated) {
    run('apt-get', ['update', '-qq']);
    aptUpdated = true;
  }
  run('apt-get', ['install', '-y', '-qq', ...packages], {
    env: { ...env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    fail(`Node.js ${process.versions.node} is too old; Cerdas needs Node.js 20.19 or newer.`);
  }
}

/** pnpm must equal `packageManager` exactly; install it locally under .tools/ if needed. */
function ensurePnpm() {
  const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager;
  const version = pinned.replace(/^pnpm@/, '').split('+')[0];
  const localBin = join(root, '.tools', 'node_modules', '.bin');
  env.PATH = `${localBin}${delimiter}${env.PATH ?? ''}`;
  if (output('pnpm', ['--version']) === version) return;
  log(`installing pnpm ${version} into .tools/`);
  run('npm', [
    'install',
    '--prefix',
    join(root, '.tools'),
    '--no-save',
    '--no-package-lock',
    '--no-audit',
    '--no-fund',
    `pnpm@${version}`,
  ]);
  if (output('pnpm', ['--version']) !== version) fail(`pnpm ${version} could not be installed`);
}

/** better-sqlite3 compiles from source: it needs python3, make, g++ and Node's headers. */
function ensureNativeToolchain() {
  const missing = [
    ['python3', 'python3'],
    ['make', 'make'],
    ['g++', 'g++'],
  ].filter(([cmd]) => !has(cmd));
  if (missing.length > 0) {
    aptInstall(
      missing.map(([, pkg]) => pkg),
      'the compiler toolchain for native modules',
    );
  }
  if (!env.npm_config_nodedir) {
    const prefix = resolve(dirname(process.execPath), '..');
    if (existsSync(join(prefix, 'include', 'node', 'node.h'))) env.npm_config_nodedir = prefix;
  }
}

/** The storage tests also run against a throwaway PostgreSQL when its binaries exist. */
function ensurePostgres() {
  if (existsSync('/usr/lib/postgresql') || has('initdb')) return;
  if (isRoot && has('apt-get')) {
    aptInstall(['postgresql'], 'PostgreSQL for the storage tests');
    return;
  }
  log(
    'PostgreSQL is not installed: its storage tests will be skipped (apt-get install postgresql)',
  );
}

/** Browser tests run in Debian's Chromium (never a downloaded browser). */
function ensureChromium() {
  const path = env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(path)) {
    env.CHROMIUM_PATH = path;
    return;
  }
  aptInstall(['chromium'], 'Chromium for the browser tests');
  if (!existsSync(path)) fail(`Chromium was installed but ${path} does not exist`);
  env.CHROMIUM_PATH = path;
}

function install() {
  const frozen = existsSync(join(root, 'pnpm-lock.yaml')) ? ['--frozen-lockfile'] : [];
  run('pnpm', ['install', ...frozen]);
}

checkNode();
switch (command) {
  case 'test':
    ensurePnpm();
    ensureNativeToolchain();
    ensureChromium();
    ensurePostgres();
    install();
    run('pnpm', ['run', 'verify']);
    break;
  case 'start':
    ensurePnpm();
    ensureNativeToolchain();
    install();
    run('pnpm', ['run', 'build']);
    // The reference API (SQLite, migrated and seeded on first start) and the portal, one port.
    run('pnpm', ['--filter', '@cerdas/example-portal', 'run', 'start']);
    break;
  default:
    fail('usage: node scripts/cerdas.mjs <start|test>');
}
