// A widget that calls one route must not carry the rest of its domain: the build marks
// top-level schemas pure (scripts/pure-annotations.ts), and each route is its own export.
// Bundles dist/ (built first) the way a widget's bundler does, and reads esbuild's metafile.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { annotatePure } from '../scripts/pure-annotations.js';

const modelDir = fileURLToPath(new URL('..', import.meta.url));

async function bundle(contents: string) {
  const result = await build({
    stdin: { contents, resolveDir: modelDir, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    external: ['zod', 'zod/*'],
  });
  const [output] = Object.values(result.metafile.outputs);
  const modules = Object.entries(output?.inputs ?? {})
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => path.replace(/^.*\/dist\//, ''));
  return { code: result.outputFiles[0]?.text ?? '', modules };
}

describe('tree-shaking of the built model', () => {
  it('a bundle of the public catalog route leaves out the staff schemas of its domain', async () => {
    const { code, modules } = await bundle(`export { umkmListRoute } from './dist/index.js';`);
    expect(code).toContain('BusinessCatalogQuery');
    for (const staffOnly of ['BusinessStaffQuery', 'BusinessCreate', 'umkmStaffListRoute']) {
      expect(code).not.toContain(staffOnly);
    }
    expect(modules).not.toContain('api/routes/services.js');
    expect(modules).not.toContain('common/nik.js');
  });

  it('a bundle of one schema leaves out the other schemas of its module', async () => {
    const { code } = await bundle(`export { IkmReport } from './dist/index.js';`);
    expect(code).toContain('IkmReport');
    expect(code).not.toMatch(/\bComplaintCreate\b/);
    expect(code).not.toMatch(/\bServiceStandard\b/);
  });

  it('the whole contract still bundles every route', async () => {
    const { code } = await bundle(`export { contract } from './dist/index.js';`);
    expect(code).toContain('umkmStaffListRoute');
    expect(code).toContain('BusinessCreate');
  });
});

describe('annotatePure', () => {
  it('wraps computed top-level constants in one pure call and leaves the rest', () => {
    const source = [
      `import * as z from 'zod/mini';`,
      `const LIMIT = 10;`,
      `export const Name = z.string().check(z.maxLength(LIMIT));`,
      `export const Fields = { ...base, name: Name };`,
      `export function f() { return z.string(); }`,
    ].join('\n');
    const lines = annotatePure(source, 'x.ts').split('\n');
    expect(lines[1]).toBe('const LIMIT = 10;');
    expect(lines[2]).toBe(
      'export const Name = /* @__PURE__ */ (() => (z.string().check(z.maxLength(LIMIT))))();',
    );
    expect(lines[3]).toBe(
      'export const Fields = /* @__PURE__ */ (() => ({ ...base, name: Name }))();',
    );
    expect(lines[4]).toBe('export function f() { return z.string(); }');
  });

  it('refuses a module with top-level statements, which being pure would drop', () => {
    expect(() => annotatePure(`registry.add(1);`, 'x.ts')).toThrow(/top-level code/);
  });
});
