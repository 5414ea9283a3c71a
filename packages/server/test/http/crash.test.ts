import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * A child server over a SQLite file is killed with SIGKILL in the middle of a burst of
 * writes; after a restart, every write it acknowledged (201) is there. Runs the built CLI,
 * as a regency would.
 */
const cli = new URL('../../dist/cli.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'cerdas-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function startChild(): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        cli,
        'start',
        '--database',
        `sqlite:${join(dir, 'crash.db')}`,
        '--media',
        join(dir, 'media'),
        '--port',
        '0',
        '--no-seed',
        '--writes-per-minute',
        '0',
      ],
      { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, PORT: '0' } },
    );
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) resolve({ child, url: match[1] as string });
    });
    child.once('exit', (code) => reject(new Error(`server exited early with ${code}: ${out}`)));
  });
}

describe.skipIf(!existsSync(cli))('durability (SQLite, WAL, synchronous writes)', () => {
  it('keeps every acknowledged complaint across a SIGKILL', async () => {
    const first = await startChild();
    const acknowledged: string[] = [];
    let killed = false;
    const body = (i: number) =>
      JSON.stringify({
        kind: 'pengaduan',
        category: 'kebersihan',
        title: `Sampah menumpuk ${i}`,
        description: 'Sampah tidak diangkut sejak seminggu lalu di dekat pasar.',
        regionCode: '35.14.02',
        privacy: 'anonymous',
      });
    const worker = async (offset: number) => {
      for (let i = offset; !killed; i += 8) {
        try {
          const response = await fetch(`${first.url}/v1/complaints`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: body(i),
          });
          if (response.status === 201) acknowledged.push((await response.json()).trackingNumber);
        } catch {
          return;
        }
      }
    };
    const workers = Array.from({ length: 8 }, (_, i) => worker(i));
    const deadline = Date.now() + 30_000;
    while (acknowledged.length < 150 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 5));
    const exited = new Promise((r) => first.child.once('exit', r));
    first.child.kill('SIGKILL');
    killed = true;
    await Promise.all(workers);
    await exited;

    const second = await startChild();
    try {
      const missing: string[] = [];
      for (const trackingNumber of acknowledged) {
        const response = await fetch(`${second.url}/v1/complaints/${trackingNumber}`);
        if (response.status !== 200) missing.push(trackingNumber);
      }
      expect(acknowledged.length).toBeGreaterThanOrEqual(150);
      expect(missing).toEqual([]);
    } finally {
      second.child.kill('SIGTERM');
    }
  }, 60_000);
});
