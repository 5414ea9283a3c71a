#!/usr/bin/env node
// @ts-check
// Lighthouse figures of the built portal (`pnpm bench`; never run by the tests).
//
//   node examples/portal/bench/lighthouse.mjs          # 3 runs of / and /umkm/, the median
//   RUNS=5 node examples/portal/bench/lighthouse.mjs   # more runs
//   LIGHTHOUSE_REPORTS=/tmp/lh node …/lighthouse.mjs   # keep every JSON report there
//   LIGHTHOUSE_TIMEOUT_MS=120000 …                    # one run's limit (default 240 s)
//
// Builds nothing: run `vite build` in examples/portal first. The portal server (reference API
// on SQLite, seeded) runs in a child process from scripts/start.mjs, in a temporary directory;
// each Lighthouse run gets its own Chromium (Debian's, headless, a fresh profile), started here
// so that its process can be killed by PID when a run times out. Lighthouse 12.8.2 runs in its
// own child process with its defaults: the mobile form factor and simulated (Lantern)
// throttling of a slow 4G phone.
import { spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PORTAL = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LIGHTHOUSE = join(PORTAL, 'node_modules', 'lighthouse', 'cli', 'index.js');
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const RUNS = Math.max(1, Number(process.env.RUNS ?? 3) || 3);
const PAGES = /** @type {const} */ ([
  ['home', '/'],
  ['umkm', '/umkm/'],
]);
/** One Lighthouse run's limit; its Chromium and Lighthouse are killed by PID after it. */
const RUN_TIMEOUT_MS = Number(process.env.LIGHTHOUSE_TIMEOUT_MS ?? 240_000);
const SERVER_TIMEOUT_MS = 180_000;
/** The issue's goals. */
const GOALS = { performance: 95, accessibility: 100, homeJsGzipKb: 60 };
/** Chromium's flags: headless, as root, and quiet on a closed network (toolchain.md). */
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
  '--disable-default-apps',
  '--mute-audio',
  '--password-store=basic',
  '--remote-debugging-port=0',
];

/** @type {Set<import('node:child_process').ChildProcess>} */
const children = new Set();

/** Kills a child (and, when it leads a process group, the whole group) by its PID. */
function kill(/** @type {import('node:child_process').ChildProcess} */ child, signal = 'SIGTERM') {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, /** @type {NodeJS.Signals} */ (signal));
  } catch {
    try {
      process.kill(child.pid, /** @type {NodeJS.Signals} */ (signal));
    } catch {
      // Already gone.
    }
  }
}

/** Resolves when the child has exited, killing it with SIGKILL if SIGTERM is not enough. */
async function stop(/** @type {import('node:child_process').ChildProcess} */ child) {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((done) => child.once('exit', done));
    kill(child, 'SIGTERM');
    const timer = setTimeout(() => kill(child, 'SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }
  children.delete(child);
}

function killAll() {
  for (const child of children) kill(child, 'SIGKILL');
}
process.on('exit', killAll);
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => {
    killAll();
    process.exit(130);
  });
}

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

const sleep = (/** @type {number} */ ms) => new Promise((done) => setTimeout(done, ms));

/**
 * A GET with the body left as sent (no decompression).
 * @param {string} url
 * @param {Record<string, string>} [headers]
 * @returns {Promise<{ status: number; headers: import('node:http').IncomingHttpHeaders; bytes: number }>}
 */
function rawGet(url, headers = {}) {
  return new Promise((done, fail) => {
    const req = request(url, { headers, timeout: 10_000 }, (res) => {
      let bytes = 0;
      res.on('data', (chunk) => {
        bytes += chunk.length;
      });
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, bytes }));
      res.on('error', fail);
    });
    req.on('timeout', () => req.destroy(new Error(`GET ${url} timed out`)));
    req.on('error', fail);
    req.end();
  });
}

/** Starts `scripts/start.mjs` in a child process and waits until it answers. */
async function startServer(/** @type {string} */ dir) {
  const port = await freePort();
  const child = spawn(process.execPath, [join(PORTAL, 'scripts', 'start.mjs')], {
    // start.mjs writes data/demo-tokens.txt into its working directory: keep it in the temp dir.
    cwd: dir,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: `sqlite:${join(dir, 'cerdas.db')}`,
      CERDAS_MEDIA_DIR: join(dir, 'media'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + SERVER_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The portal server exited:\n${output}`);
    const ok = await rawGet(`${url}/health`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return { url, child };
    await sleep(500);
  }
  await stop(child);
  throw new Error(
    `The portal server did not answer within ${SERVER_TIMEOUT_MS / 1000} s:\n${output}`,
  );
}

/** Starts a headless Chromium on a fresh profile; answers its DevTools port. */
async function startChromium(/** @type {string} */ profile) {
  mkdirSync(profile, { recursive: true });
  const child = spawn(CHROME, [...CHROME_FLAGS, `--user-data-dir=${profile}`, 'about:blank'], {
    detached: true,
    stdio: 'ignore',
  });
  children.add(child);
  const portFile = join(profile, 'DevToolsActivePort');
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Chromium exited (code ${child.exitCode})`);
    if (existsSync(portFile)) {
      const port = Number(readFileSync(portFile, 'utf8').split('\n')[0]);
      if (port > 0) return { child, port };
    }
    await sleep(100);
  }
  await stop(child);
  throw new Error('Chromium did not open its DevTools port within 60 s');
}

/**
 * One Lighthouse run in a child process against a Chromium of its own.
 * @returns {Promise<any>} the Lighthouse result (LHR)
 */
async function lighthouse(/** @type {string} */ url, /** @type {string} */ dir) {
  const { child: chromium, port } = await startChromium(join(dir, 'profile'));
  const output = join(dir, 'report.json');
  const child = spawn(
    process.execPath,
    [
      LIGHTHOUSE,
      url,
      `--port=${port}`,
      '--only-categories=performance,accessibility,best-practices',
      '--output=json',
      `--output-path=${output}`,
      '--quiet',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, CHROME_PATH: CHROME } },
  );
  children.add(child);
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    kill(child, 'SIGKILL');
    kill(chromium, 'SIGKILL');
  }, RUN_TIMEOUT_MS);
  const code = await new Promise((done) => child.once('exit', done));
  clearTimeout(timer);
  children.delete(child);
  await stop(chromium);
  if (timedOut) throw new Error(`Lighthouse on ${url} timed out after ${RUN_TIMEOUT_MS / 1000} s`);
  if (code !== 0 || !existsSync(output)) {
    throw new Error(`Lighthouse on ${url} failed (exit ${code}):\n${stderr.slice(-2000)}`);
  }
  const lhr = JSON.parse(readFileSync(output, 'utf8'));
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
  return lhr;
}

/** @param {number[]} values */
function median(values) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!sorted.length) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? Number.NaN;
  return sorted.length % 2 ? upper : ((sorted[mid - 1] ?? Number.NaN) + upper) / 2;
}

/**
 * The rows of an audit's details (a table, list or opportunity); none for other shapes.
 * @returns {any[]}
 */
function itemsOf(/** @type {any} */ details) {
  return Array.isArray(details?.items) ? details.items : [];
}

/** The figures of one run. */
function figures(/** @type {any} */ lhr) {
  const score = (/** @type {string} */ id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const audit = (/** @type {string} */ id) => lhr.audits[id];
  const summary = itemsOf(audit('resource-summary')?.details);
  const script = summary.find((/** @type {any} */ item) => item.resourceType === 'script');
  const total = summary.find((/** @type {any} */ item) => item.resourceType === 'total');
  const requests = itemsOf(audit('network-requests')?.details);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    fcp: audit('first-contentful-paint')?.numericValue ?? Number.NaN,
    lcp: audit('largest-contentful-paint')?.numericValue ?? Number.NaN,
    tbt: audit('total-blocking-time')?.numericValue ?? Number.NaN,
    cls: audit('cumulative-layout-shift')?.numericValue ?? Number.NaN,
    si: audit('speed-index')?.numericValue ?? Number.NaN,
    jsBytes: script?.transferSize ?? 0,
    jsRequests: script?.requestCount ?? 0,
    totalBytes: total?.transferSize ?? 0,
    scriptUrls: /** @type {string[]} */ (
      requests
        .filter((/** @type {any} */ r) => r.resourceType === 'Script')
        .map((/** @type {any} */ r) => r.url)
    ),
  };
}

/** Audits of a category that did not pass (score below 1, scored ones only). */
function failing(/** @type {any} */ lhr, /** @type {string} */ category) {
  return (lhr.categories[category]?.auditRefs ?? [])
    .map((/** @type {any} */ ref) => ({ ref, audit: lhr.audits[ref.id] }))
    .filter(
      (/** @type {any} */ { audit }) =>
        audit &&
        audit.score !== null &&
        audit.score < 1 &&
        ['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode),
    )
    .map((/** @type {any} */ { ref, audit }) => ({
      id: ref.id,
      title: audit.title,
      weight: ref.weight,
      items: itemsOf(audit.details)
        .slice(0, 3)
        .map(
          (/** @type {any} */ item) =>
            item.node?.selector ?? item.node?.snippet ?? item.url ?? item.source?.url ?? '',
        )
        .filter(Boolean),
    }));
}

/** What costs performance points: opportunities and diagnostics that did not pass. */
function performanceNotes(/** @type {any} */ lhr) {
  const notes = [];
  const lcpElement = lhr.audits['largest-contentful-paint-element'];
  const lcpNode = findNode(lcpElement?.details);
  if (lcpNode) notes.push(`LCP element: ${lcpNode.snippet ?? lcpNode.selector}`);
  const phases = findPhases(lcpElement?.details);
  if (phases) notes.push(`LCP phases: ${phases}`);
  for (const ref of lhr.categories.performance?.auditRefs ?? []) {
    const audit = lhr.audits[ref.id];
    if (!audit || ref.group === 'metrics' || audit.score === null || audit.score >= 0.9) continue;
    if (audit.scoreDisplayMode === 'informative' || audit.scoreDisplayMode === 'notApplicable') {
      continue;
    }
    const savings = audit.metricSavings
      ? Object.entries(audit.metricSavings)
          .filter(([, value]) => Number(value) > 0)
          .map(([metric, value]) => `${metric} −${Math.round(Number(value))}`)
          .join(', ')
      : '';
    const items = itemsOf(audit.details)
      .map((/** @type {any} */ item) => item.url ?? item.node?.selector ?? '')
      .filter((/** @type {string} */ text) => typeof text === 'string' && text)
      .slice(0, 4)
      .map((/** @type {string} */ text) => text.replace(/^https?:\/\/[^/]+/, ''));
    notes.push(
      `${ref.id}: ${audit.displayValue ?? ''}${savings ? ` (savings ${savings})` : ''} — ${audit.title}` +
        (items.length ? ` [${items.join(', ')}]` : ''),
    );
  }
  const bootup = lhr.audits['bootup-time'];
  if (bootup?.displayValue) notes.push(`bootup-time: ${bootup.displayValue}`);
  const mainThread = lhr.audits['mainthread-work-breakdown'];
  if (mainThread?.displayValue) notes.push(`mainthread-work-breakdown: ${mainThread.displayValue}`);
  return notes;
}

/** @returns {any} */
function findNode(/** @type {any} */ details) {
  if (!details) return undefined;
  if (details.type === 'list') {
    for (const item of itemsOf(details)) {
      const node = findNode(item);
      if (node) return node;
    }
    return undefined;
  }
  for (const item of itemsOf(details)) if (item.node) return item.node;
  return undefined;
}

function findPhases(/** @type {any} */ details) {
  if (details?.type !== 'list') return undefined;
  for (const table of itemsOf(details)) {
    const rows = itemsOf(table).filter(
      (/** @type {any} */ row) => row.phase && row.timing !== undefined,
    );
    if (rows.length) {
      return rows
        .map((/** @type {any} */ row) => `${row.phase} ${Math.round(row.timing)} ms`)
        .join(', ');
    }
  }
  return undefined;
}

/** Sizes of the page's scripts as this server sends them gzip-compressed, and uncompressed. */
async function scriptSizes(/** @type {string[]} */ urls) {
  let gzip = 0;
  let raw = 0;
  for (const url of new Set(urls)) {
    const zipped = await rawGet(url, { 'accept-encoding': 'gzip' });
    const plain = await rawGet(url, { 'accept-encoding': 'identity' });
    // The portal rebuilt since the run (new hashed names): the size is unknown, not a 404 page's.
    if (zipped.status !== 200 || !/javascript/.test(String(zipped.headers['content-type']))) {
      return { gzip: Number.NaN, raw: Number.NaN };
    }
    gzip += zipped.bytes;
    raw += plain.bytes;
  }
  return { gzip, raw };
}

const kb = (/** @type {number} */ bytes) =>
  Number.isFinite(bytes) ? (bytes / 1024).toFixed(1) : 'unknown';
const ms = (/** @type {number} */ value) => String(Math.round(value));

async function main() {
  if (!existsSync(join(PORTAL, 'dist', 'index.html'))) {
    console.error('examples/portal is not built: run `npx vite build` in examples/portal first.');
    process.exit(1);
  }
  const dir = mkdtempSync(join(tmpdir(), 'cerdas-lighthouse-'));
  const keep = process.env.LIGHTHOUSE_REPORTS ? resolve(process.env.LIGHTHOUSE_REPORTS) : undefined;
  if (keep) mkdirSync(keep, { recursive: true });
  const started = Date.now();
  const builtAt = statSync(join(PORTAL, 'dist', 'index.html')).mtimeMs;
  let server;
  try {
    server = await startServer(dir);
    console.log(`Portal server ${server.url} (PID ${server.child.pid}), ${RUNS} run(s) per page`);
    // One unmeasured load of each page: the server's first answers (and SQLite's caches) warm.
    for (const [, path] of PAGES) await rawGet(`${server.url}${path}`);

    /** @typedef {ReturnType<typeof figures> & { gzip: number; raw: number }} RunFigures */
    /** @type {{ name: string; path: string; runs: RunFigures[]; lhrs: any[] }[]} */
    const results = [];
    for (const [name, path] of PAGES) {
      const runs = [];
      const lhrs = [];
      for (let i = 0; i < RUNS; i++) {
        const runDir = join(dir, `${name}-${i}`);
        mkdirSync(runDir, { recursive: true });
        const t0 = Date.now();
        const lhr = await lighthouse(`${server.url}${path}`, runDir);
        // Measured at once, while these hashed files are the ones the server has.
        const f = { ...figures(lhr), ...(await scriptSizes(figures(lhr).scriptUrls)) };
        runs.push(f);
        lhrs.push(lhr);
        if (keep) {
          copyFileSync(join(runDir, 'report.json'), join(keep, `${name}-${i + 1}.json`));
        }
        rmSync(join(runDir, 'profile'), { recursive: true, force: true });
        console.log(
          `  ${path} run ${i + 1}: performance ${f.performance}, accessibility ${f.accessibility}, ` +
            `best practices ${f.bestPractices}, LCP ${ms(f.lcp)} ms, JS ${kb(f.jsBytes)} KB ` +
            `(${kb(f.gzip)} KB gzip) ` +
            `(${((Date.now() - t0) / 1000).toFixed(0)} s)`,
        );
      }
      results.push({ name, path, runs, lhrs });
    }

    const rows = [];
    for (const { name, path, runs, lhrs } of results) {
      const m = (/** @type {(f: RunFigures) => number} */ pick) => median(runs.map(pick));
      // The run whose performance score is the median stands for the page's audits.
      const order = runs
        .map((f, i) => [f.performance, i])
        .sort((a, b) => Number(a[0]) - Number(b[0]));
      const medianRun = Number(order[Math.floor(order.length / 2)]?.[1] ?? 0);
      rows.push({
        name,
        path,
        performance: m((f) => f.performance),
        accessibility: m((f) => f.accessibility),
        bestPractices: m((f) => f.bestPractices),
        fcp: m((f) => f.fcp),
        lcp: m((f) => f.lcp),
        tbt: m((f) => f.tbt),
        cls: m((f) => f.cls),
        si: m((f) => f.si),
        jsBytes: m((f) => f.jsBytes),
        jsRequests: m((f) => f.jsRequests),
        totalBytes: m((f) => f.totalBytes),
        jsGzip: m((f) => f.gzip),
        jsRaw: m((f) => f.raw),
        lhr: lhrs[medianRun],
        performanceRange: `${Math.min(...runs.map((f) => f.performance))}–${Math.max(...runs.map((f) => f.performance))}`,
      });
    }

    const lhr0 = rows[0]?.lhr;
    console.log('');
    console.log(
      `Lighthouse ${lhr0?.lighthouseVersion}, ${lhr0?.environment?.hostUserAgent?.match(/Chrome\/[\d.]+/)?.[0] ?? 'Chromium'}, ` +
        `${lhr0?.configSettings?.formFactor} form factor, ${lhr0?.configSettings?.throttlingMethod} throttling, ` +
        `median of ${RUNS} run(s); benchmarkIndex ${lhr0?.environment?.benchmarkIndex}`,
    );
    console.log('');
    console.log(
      '| page | performance | accessibility | best practices | FCP ms | LCP ms | TBT ms | CLS | SI ms | JS transferred KB (requests) | JS gzip KB | JS raw KB | all bytes KB |',
    );
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const r of rows) {
      console.log(
        `| \`${r.path}\` | ${r.performance} (runs ${r.performanceRange}) | ${r.accessibility} | ${r.bestPractices} | ` +
          `${ms(r.fcp)} | ${ms(r.lcp)} | ${ms(r.tbt)} | ${r.cls.toFixed(3)} | ${ms(r.si)} | ` +
          `${kb(r.jsBytes)} (${r.jsRequests}) | ${kb(r.jsGzip)} | ${kb(r.jsRaw)} | ${kb(r.totalBytes)} |`,
      );
    }
    console.log('');
    console.log('JS transferred is what Chromium received (the server sends Brotli when asked);');
    console.log('JS gzip is the same scripts fetched here with `Accept-Encoding: gzip`.');
    console.log('');
    console.log('Goals (issue 7):');
    for (const r of rows) {
      const met = (/** @type {boolean} */ ok) => (ok ? 'met' : 'NOT met');
      console.log(
        `  ${r.path.padEnd(7)} performance ${r.performance} ≥ ${GOALS.performance}: ${met(r.performance >= GOALS.performance)}; ` +
          `accessibility ${r.accessibility} = ${GOALS.accessibility}: ${met(r.accessibility >= GOALS.accessibility)}`,
      );
    }
    const home = rows.find((r) => r.name === 'home');
    if (home) {
      console.log(
        `  /       JavaScript ${kb(home.jsGzip)} KB gzip ≤ ${GOALS.homeJsGzipKb} KB: ${Number.isFinite(home.jsGzip) ? (home.jsGzip <= GOALS.homeJsGzipKb * 1024 ? 'met' : 'NOT met') : 'unknown (the portal was rebuilt during every run)'}`,
      );
    }

    for (const r of rows) {
      console.log('');
      console.log(`Failing audits on ${r.path} (median run):`);
      let any = false;
      for (const category of ['accessibility', 'best-practices']) {
        for (const f of failing(r.lhr, category)) {
          any = true;
          console.log(
            `  [${category}] ${f.id} — ${f.title}${f.items.length ? ` (${f.items.join('; ')})` : ''}`,
          );
        }
      }
      if (!any) console.log('  none in accessibility and best practices');
      console.log(`What costs performance on ${r.path}:`);
      const notes = performanceNotes(r.lhr);
      for (const note of notes) console.log(`  ${note}`);
      if (!notes.length) console.log('  nothing scored below 0.9');
    }
    console.log('');
    if (statSync(join(PORTAL, 'dist', 'index.html')).mtimeMs !== builtAt) {
      console.log('Warning: the portal was rebuilt during the bench; the runs may mix two builds.');
    }
    console.log(`Done in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  } finally {
    if (server) await stop(server.child);
    killAll();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  killAll();
  process.exit(1);
});
