import type { Random } from './random.js';

const CROCKFORD = '0123456789abcdefghjkmnpqrstvwxyz';

/**
 * A lowercase ULID like the server's own ids (`newId`), but with its random part drawn from
 * the seeded generator: ids sort by creation time and are the same on every run.
 */
export function demoId(random: Random, atMs: number): string {
  let time = '';
  let t = Math.max(0, Math.floor(atMs));
  for (let i = 0; i < 10; i++) {
    time = CROCKFORD.charAt(t % 32) + time;
    t = Math.floor(t / 32);
  }
  let rest = '';
  for (let i = 0; i < 16; i++) rest += CROCKFORD.charAt(random.int(0, 31));
  return time + rest;
}

/** `Kraton` → `kraton`, `Gondang Wetan` → `gondang-wetan`: a slug usable in a RecordId. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
