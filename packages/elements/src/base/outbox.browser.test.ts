import { CerdasHttpError, CerdasNetworkError } from '@cerdas/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearDraft, loadDraft, Outbox, type OutboxItem, saveDraft } from './outbox.js';

const OPERATION = 'test.outbox';

function refusal(status: number): CerdasHttpError {
  return new CerdasHttpError(OPERATION, status, {
    type: 'about:blank',
    title: `HTTP ${status}`,
    status,
    detail: 'judul: wajib diisi',
    errors: [{ path: 'judul', message: 'judul: wajib diisi', code: 'invalid_type' }],
  });
}

let outbox: Outbox<{ n: number }, string>;

beforeEach(async () => {
  outbox = new Outbox(OPERATION);
  for (const item of await outbox.list()) await outbox.discard(item.id);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Outbox', () => {
  it('stores an item with a key made once, and sends it with that key until it goes through', async () => {
    const item = await outbox.enqueue({ n: 1 });
    expect(item.idempotencyKey).toMatch(/^[A-Za-z0-9_-]{22}$/);
    // Another instance (another tab, or the page after a reload) reads the same record.
    expect(await new Outbox(OPERATION).list()).toEqual([item]);

    const keys: string[] = [];
    let online = false;
    const send = async (sent: OutboxItem<{ n: number }>) => {
      keys.push(sent.idempotencyKey);
      if (!online) throw new CerdasNetworkError(OPERATION);
      return `sent ${sent.body.n}`;
    };
    expect((await outbox.flush(send)).map((e) => e.type)).toEqual(['waiting']);
    expect((await outbox.flush(send)).map((e) => e.type)).toEqual(['waiting']);
    const [waiting] = await outbox.list();
    expect(waiting?.attempts).toBe(2);
    expect(waiting?.lastError?.title).toContain('the network failed');
    online = true;
    const events = await outbox.flush(send);
    expect(events).toEqual([{ type: 'sent', item: waiting, result: 'sent 1' }]);
    expect(keys).toEqual([item.idempotencyKey, item.idempotencyKey, item.idempotencyKey]);
    expect(await outbox.list()).toEqual([]);
  });

  it('keeps a refused item as failed with its problem, but retries 408, 425, 429 and 5xx', async () => {
    for (const status of [408, 425, 429, 500, 503]) {
      const item = await outbox.enqueue({ n: status });
      const [event] = await outbox.flush(async () => Promise.reject(refusal(status)));
      expect(event?.type).toBe('waiting');
      await outbox.discard(item.id);
    }
    await outbox.enqueue({ n: 422 });
    const [event] = await outbox.flush(async () => Promise.reject(refusal(422)));
    expect(event?.type).toBe('failed');
    expect(event?.item.lastError).toEqual({
      status: 422,
      title: 'HTTP 422',
      detail: 'judul: wajib diisi',
      errors: [{ path: 'judul', message: 'judul: wajib diisi' }],
    });
    // A failed item is not sent again until the user asks.
    const send = vi.fn(async () => 'ok');
    expect(await outbox.flush(send)).toEqual([]);
    expect(send).not.toHaveBeenCalled();
    const [failed] = await outbox.list();
    await outbox.retry(failed?.id ?? '');
    expect((await outbox.flush(send)).map((e) => e.type)).toEqual(['sent']);
  });

  it('sends oldest first and stops at the first network failure', async () => {
    await outbox.enqueue({ n: 1 });
    await new Promise((resolve) => setTimeout(resolve, 2));
    await outbox.enqueue({ n: 2 });
    const tried: number[] = [];
    const events = await outbox.flush(async (item) => {
      tried.push(item.body.n);
      throw new TypeError('Failed to fetch');
    });
    expect(tried).toEqual([1]);
    expect(events.map((e) => e.type)).toEqual(['waiting']);
  });

  it('sends each item once when two tabs flush at the same time', async () => {
    for (const n of [1, 2, 3]) await outbox.enqueue({ n });
    const sent: number[] = [];
    const send = async (item: OutboxItem<{ n: number }>) => {
      sent.push(item.body.n);
      await new Promise((resolve) => setTimeout(resolve, 20));
      return 'ok';
    };
    const other = new Outbox<{ n: number }, string>(OPERATION);
    await Promise.all([outbox.flush(send), other.flush(send), outbox.flush(send)]);
    expect(sent.sort()).toEqual([1, 2, 3]);
  });

  it('flushes on the online event and tells listeners in other tabs', async () => {
    let up = false;
    const here = vi.fn();
    const watch = outbox.watch(async (item) => {
      if (!up) throw new TypeError('Failed to fetch');
      return `sent ${item.body.n}`;
    }, here);
    const otherTab = vi.fn();
    const channel = new BroadcastChannel(`cerdas-outbox/${OPERATION}`);
    channel.onmessage = (message) => otherTab(message.data);
    try {
      await outbox.enqueue({ n: 7 });
      await watch.flush();
      expect(here).toHaveBeenLastCalledWith(expect.objectContaining({ type: 'waiting' }));
      expect(await outbox.list()).toHaveLength(1);

      up = true;
      window.dispatchEvent(new Event('online'));
      await vi.waitFor(async () => expect(await outbox.list()).toEqual([]));
      const sent = expect.objectContaining({ type: 'sent', result: 'sent 7' });
      expect(here).toHaveBeenLastCalledWith(sent);
      await vi.waitFor(() => expect(otherTab).toHaveBeenLastCalledWith(sent));
    } finally {
      channel.close();
      watch.stop();
    }
  });

  it('tells the form when the connection goes and returns, before flushing, until stopped', async () => {
    const heard: string[] = [];
    const watch = outbox.watch(
      async () => {
        heard.push('send');
        return 'ok';
      },
      () => undefined,
      () => heard.push('connectivity'),
    );
    await watch.flush();
    await outbox.enqueue({ n: 1 });
    window.dispatchEvent(new Event('offline'));
    expect(heard).toEqual(['connectivity']);
    window.dispatchEvent(new Event('online'));
    await vi.waitFor(async () => expect(await outbox.list()).toEqual([]));
    expect(heard).toEqual(['connectivity', 'connectivity', 'send']);
    watch.stop();
    window.dispatchEvent(new Event('offline'));
    window.dispatchEvent(new Event('online'));
    expect(heard).toEqual(['connectivity', 'connectivity', 'send']);
  });
});

describe('drafts', () => {
  it('survive in localStorage until cleared', () => {
    saveDraft('test-form', { title: 'Lampu mati' });
    expect(loadDraft('test-form')).toEqual({ title: 'Lampu mati' });
    clearDraft('test-form');
    expect(loadDraft('test-form')).toBeUndefined();
  });

  it('do not break the form where storage is refused', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    expect(() => saveDraft('test-form', { title: 'x' })).not.toThrow();
  });
});
