/**
 * Nothing a citizen types is lost. A form stores each submission here, in IndexedDB, with an
 * Idempotency-Key made once at that moment, before the first attempt; the outbox then sends it
 * (and after a network failure sends it again) with that same key until the server answers, so a
 * report made offline or on a connection that dropped mid-request arrives exactly once. Drafts
 * keep what is being typed across a reload.
 *
 * The records hold what the citizen typed (possibly a phone number or e-mail address) on their
 * own device only, until the server has it; a sent record is deleted.
 */

/** Why the last attempt failed: the server's problem details, or the network's message. */
export interface OutboxProblem {
  readonly status?: number | undefined;
  readonly title: string;
  readonly detail?: string | undefined;
  readonly errors?: readonly { readonly path: string; readonly message: string }[] | undefined;
}

/** One submission waiting to be sent. */
export interface OutboxItem<B = unknown> {
  readonly id: string;
  /** Which kind of submission (`complaints.submit`); each form reads only its own. */
  readonly operation: string;
  readonly body: B;
  /** Made when the item was stored; every attempt sends it, so the server files it once. */
  readonly idempotencyKey: string;
  readonly createdAt: string;
  readonly attempts: number;
  readonly lastError?: OutboxProblem | undefined;
  /**
   * The server refused it (a 4xx other than 408, 425, 429): it is not retried and waits for
   * the user to fix or discard it.
   */
  readonly failed: boolean;
}

/** What happened to an item in a flush (possibly in another tab). */
export type OutboxEvent<B = unknown, R = unknown> =
  | { readonly type: 'sent'; readonly item: OutboxItem<B>; readonly result: R }
  | { readonly type: 'failed' | 'waiting'; readonly item: OutboxItem<B> };

/** Sends one item through @cerdas/client, passing `{ idempotencyKey: item.idempotencyKey }`. */
export type OutboxSend<B, R> = (item: OutboxItem<B>) => Promise<R>;

/** Statuses that mean "try again later" although they are 4xx. */
const RETRIED_4XX = [408, 425, 429];
const FIRST_DELAY = 5_000;
const LONGEST_DELAY = 300_000;
const STORE = 'items';

/** A random key usable as an Idempotency-Key; works on plain-http pages, unlike randomUUID. */
export function newKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

function settled<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

let opened: Promise<IDBDatabase | undefined> | undefined;

/** The outbox database, or `undefined` where IndexedDB is unavailable (then memory is used). */
function database(): Promise<IDBDatabase | undefined> {
  opened ??= (async () => {
    try {
      const request = indexedDB.open('cerdas-outbox', 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
      const db = await settled(request);
      // Let a newer version of the page upgrade the database.
      db.onversionchange = () => {
        db.close();
        opened = undefined;
      };
      return db;
    } catch {
      return undefined;
    }
  })();
  return opened;
}

const memory = new Map<string, OutboxItem>();

async function readItems(): Promise<OutboxItem[]> {
  const db = await database();
  if (!db) return [...memory.values()];
  return settled(db.transaction(STORE).objectStore(STORE).getAll());
}

/** Writes (or with `remove`, deletes) an item; resolves once the write is durable. */
async function writeItem(item: OutboxItem, remove = false): Promise<void> {
  const db = await database();
  if (!db) {
    if (remove) memory.delete(item.id);
    else memory.set(item.id, item);
    return;
  }
  const tx = db.transaction(STORE, 'readwrite');
  const store = tx.objectStore(STORE);
  if (remove) store.delete(item.id);
  else store.put(item);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = tx.onabort = () => reject(tx.error);
  });
}

/** The problem to keep with an item, from a CerdasError (or anything else thrown). */
function problemOf(error: unknown): OutboxProblem {
  const e = error as {
    status?: number;
    message?: string;
    problem?: { title: string; detail?: string; errors?: OutboxProblem['errors'] };
  };
  if (e?.problem) {
    return {
      status: e.status,
      title: e.problem.title,
      detail: e.problem.detail,
      errors: e.problem.errors?.map(({ path, message }) => ({ path, message })),
    };
  }
  return { title: e?.message ?? String(error) };
}

/**
 * Whether the server refused the item for good: a 4xx other than 408/425/429, or an answer
 * that breaks the contract (retrying would only replay it).
 */
function isRefusal(error: unknown): boolean {
  const { status, name } = (error ?? {}) as { status?: unknown; name?: unknown };
  if (name === 'CerdasValidationError') return true;
  return (
    typeof status === 'number' && status >= 400 && status < 500 && !RETRIED_4XX.includes(status)
  );
}

/** Keeps a flush going: now, when the browser comes back online, and on a backing-off timer. */
export interface OutboxWatch {
  /** Flushes now (after storing a new item). */
  flush(): Promise<void>;
  stop(): void;
}

/** The outbox of one kind of submission (`operation`), shared by every tab of the origin. */
export class Outbox<B = unknown, R = unknown> {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly operation: string) {}

  /** Whether items survive a reload (IndexedDB works); `false` means memory only. */
  async persistent(): Promise<boolean> {
    return (await database()) !== undefined;
  }

  /** This operation's items, oldest first. */
  async list(): Promise<OutboxItem<B>[]> {
    const items = (await readItems()).filter((item) => item.operation === this.operation);
    return (items as OutboxItem<B>[]).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  /** Stores a submission with a new Idempotency-Key; resolves once it is on disk. */
  async enqueue(body: B): Promise<OutboxItem<B>> {
    const item: OutboxItem<B> = {
      id: newKey(),
      operation: this.operation,
      body,
      idempotencyKey: newKey(),
      createdAt: new Date().toISOString(),
      attempts: 0,
      failed: false,
    };
    await writeItem(item);
    return item;
  }

  /** Drops an item (the user discards it, or takes it back into the form to fix it). */
  async discard(id: string): Promise<void> {
    const item = (await this.list()).find((candidate) => candidate.id === id);
    if (item) await writeItem(item, true);
  }

  /** Sends a failed item again as it is, with its key (after the cause is fixed, e.g. a new token). */
  async retry(id: string): Promise<void> {
    const item = (await this.list()).find((candidate) => candidate.id === id);
    if (item) await writeItem({ ...item, failed: false });
  }

  /**
   * Sends every waiting item, oldest first, each with its stored key: a sent item is removed,
   * a refused one kept as failed with its problem, and at the first network failure the rest
   * wait for the next flush. Flushes run one at a time, and across tabs under a Web Lock where
   * the browser has them (the server's idempotency would make a race harmless anyway).
   */
  flush(send: OutboxSend<B, R>): Promise<OutboxEvent<B, R>[]> {
    const run = () => this.sendAll(send);
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    const next = this.queue.then(async () =>
      locks ? await locks.request(`cerdas-outbox/${this.operation}`, run) : run(),
    );
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async sendAll(send: OutboxSend<B, R>): Promise<OutboxEvent<B, R>[]> {
    const events: OutboxEvent<B, R>[] = [];
    for (const item of await this.list()) {
      if (item.failed) continue;
      try {
        const result = await send(item);
        await writeItem(item, true);
        events.push({ type: 'sent', item, result });
      } catch (error) {
        const failed = isRefusal(error);
        const next = { ...item, attempts: item.attempts + 1, lastError: problemOf(error), failed };
        await writeItem(next);
        events.push({ type: failed ? 'failed' : 'waiting', item: next });
        // The network is down or the server is struggling: the others would fare no better.
        if (!failed) break;
      }
    }
    return events;
  }

  /**
   * Flushes now, on every `online` event, and while items wait, on a timer that backs off from
   * 5 seconds to 5 minutes. `listener` hears every event, also those of flushes in other tabs
   * (through a BroadcastChannel), so a receipt reaches the tab that shows the form;
   * `connectivity` hears the browser go offline and online (before the flush that follows).
   */
  watch(
    send: OutboxSend<B, R>,
    listener: (event: OutboxEvent<B, R>) => void,
    connectivity?: () => void,
  ): OutboxWatch {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let delay = FIRST_DELAY;
    let stopped = false;
    const channel =
      typeof BroadcastChannel === 'undefined'
        ? undefined
        : new BroadcastChannel(`cerdas-outbox/${this.operation}`);
    if (channel) channel.onmessage = (message) => listener(message.data);
    const flush = async () => {
      clearTimeout(timer);
      if (stopped) return;
      const events = navigator.onLine === false ? [] : await this.flush(send).catch(() => []);
      for (const event of events) {
        listener(event);
        try {
          channel?.postMessage(event);
        } catch {
          // A result that cannot be cloned stays in this tab.
        }
      }
      if (stopped) return;
      if ((await this.list()).some((item) => !item.failed)) {
        timer = setTimeout(flush, delay / 2 + Math.random() * (delay / 2));
        delay = Math.min(delay * 2, LONGEST_DELAY);
      } else {
        delay = FIRST_DELAY;
      }
    };
    const connection = (event: Event) => {
      connectivity?.();
      if (event.type === 'online') {
        delay = FIRST_DELAY;
        void flush();
      }
    };
    window.addEventListener('online', connection);
    window.addEventListener('offline', connection);
    void flush();
    return {
      flush,
      stop() {
        stopped = true;
        clearTimeout(timer);
        window.removeEventListener('online', connection);
        window.removeEventListener('offline', connection);
        channel?.close();
      },
    };
  }
}

const DRAFT_PREFIX = 'cerdas-draft/';

/** Keeps what a form holds so far (in localStorage); quietly does nothing where it cannot. */
export function saveDraft(key: string, value: unknown): void {
  try {
    localStorage.setItem(DRAFT_PREFIX + key, JSON.stringify(value));
  } catch {
    // Storage full or blocked (private mode): the form still works, without the safety net.
  }
}

/** The draft saved under `key`, if any. */
export function loadDraft<T>(key: string): T | undefined {
  try {
    const text = localStorage.getItem(DRAFT_PREFIX + key);
    return text ? (JSON.parse(text) as T) : undefined;
  } catch {
    return undefined;
  }
}

export function clearDraft(key: string): void {
  try {
    localStorage.removeItem(DRAFT_PREFIX + key);
  } catch {
    // Nothing stored, nothing to clear.
  }
}
