import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * What the CDN files (`pnpm build` writes them before the tests) carry: each widget only
 * the routes it calls, and no region data, which stays in files loaded on demand.
 */
const cdn = new URL('../dist/cdn/', import.meta.url).pathname;
const widgets = readdirSync(cdn).filter((file) => file.endsWith('.js'));
const read = (file: string) => readFileSync(join(cdn, file), 'utf8');

describe('dist/cdn/', () => {
  it('has one file per widget', () => {
    expect(widgets).toHaveLength(10);
  });

  it.each(widgets)('%s carries no staff route of the API', (file) => {
    expect(read(file)).not.toContain('/v1/staff/');
  });

  it.each(widgets)('%s inlines no regency or village names', (file) => {
    const code = read(file);
    expect(code).not.toContain('Kabupaten Pasuruan');
    expect(code).not.toContain('Kabupaten Aceh Selatan');
    expect(code).not.toContain('Purwodadi');
  });

  it('loads the regencies and each province from files of their own', () => {
    const imports = new Set(
      widgets.flatMap((file) =>
        [...read(file).matchAll(/import\("(\.\/wilayah\/[^"]+)"\)/g)].map((m) => m[1]),
      ),
    );
    expect(imports).toContain('./wilayah/regencies.js');
    expect(imports).toContain('./wilayah/35.js');
    for (const path of imports) expect(existsSync(join(cdn, path ?? '')), path).toBe(true);
  });
});
