import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every package README promises a runnable example; this runs it against the built package. */
const packagesDir = resolve(import.meta.dirname, '..', 'packages');
const packages = readdirSync(packagesDir).filter((name) =>
  existsSync(join(packagesDir, name, 'README.md')),
);

function exampleOf(readme: string): string | undefined {
  const match = /```js\n([\s\S]*?)```\n+Save it as `example\.mjs`/.exec(readme);
  return match?.[1];
}

describe('README examples', () => {
  it.each(packages)(
    '%s has a runnable example that runs',
    (name) => {
      const dir = join(packagesDir, name);
      const code = exampleOf(readFileSync(join(dir, 'README.md'), 'utf8'));
      expect(
        code,
        `${name}/README.md needs a \`\`\`js example followed by "Save it as"`,
      ).toBeTruthy();
      // Run from inside the package so that its own name and its dependencies resolve.
      const scratch = mkdtempSync(join(dir, '.readme-'));
      try {
        writeFileSync(join(scratch, 'example.mjs'), code as string);
        const out = execFileSync(process.execPath, [join(scratch, 'example.mjs')], {
          cwd: dir,
          encoding: 'utf8',
          timeout: 60_000,
        });
        expect(out.length).toBeGreaterThan(0);
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
    },
    60_000,
  );
});
