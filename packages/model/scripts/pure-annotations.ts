import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';
import ts from 'typescript';

/**
 * Marks each top-level `const` of a module whose value is computed (a schema, a route, a
 * table built with calls, spreads or property reads) as pure, so that bundlers drop those a
 * bundle does not use. esbuild must assume that a call, a spread or a property read has side
 * effects, so without this it keeps every top-level `z.object(…).check(…)` of every module
 * it includes. The value becomes `/* @__PURE__ *\/ (() => (value))()`: one annotation
 * covers the whole expression, and minifiers inline the arrow again where the value is kept.
 * Evaluation order is unchanged; the build fails on other top-level code, which the
 * annotation would wrongly vouch for.
 */
export function annotatePure(source: string, fileName: string): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const wraps: { start: number; end: number }[] = [];

  const computed = (node: ts.Node): boolean => {
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return false;
    if (ts.isAwaitExpression(node)) throw new Error(`${fileName}: top-level await in a const`);
    return (
      ts.isCallExpression(node) ||
      ts.isNewExpression(node) ||
      ts.isSpreadElement(node) ||
      ts.isSpreadAssignment(node) ||
      ts.isPropertyAccessExpression(node) ||
      ts.isElementAccessExpression(node) ||
      ts.isTaggedTemplateExpression(node) ||
      (ts.forEachChild(node, computed) ?? false)
    );
  };

  for (const statement of file.statements) {
    if (ts.isVariableStatement(statement)) {
      if (!(statement.declarationList.flags & ts.NodeFlags.Const)) continue;
      for (const { initializer } of statement.declarationList.declarations) {
        if (initializer && computed(initializer)) {
          wraps.push({ start: initializer.getStart(file), end: initializer.getEnd() });
        }
      }
    } else if (
      ts.isExpressionStatement(statement) ||
      ts.isIfStatement(statement) ||
      ts.isIterationStatement(statement, true) ||
      ts.isTryStatement(statement) ||
      ts.isBlock(statement)
    ) {
      throw new Error(
        `${fileName}: top-level code would be dropped as pure; keep it in a function`,
      );
    }
  }

  let text = source;
  for (const { start, end } of wraps.reverse()) {
    text = `${text.slice(0, start)}/* @__PURE__ */ (() => (${text.slice(start, end)}))()${text.slice(end)}`;
  }
  return text;
}

/** esbuild plugin: {@link annotatePure} on every TypeScript module of `src/`. */
export const pureAnnotations: Plugin = {
  name: 'pure-annotations',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => ({
      contents: annotatePure(await readFile(args.path, 'utf8'), args.path),
      loader: 'ts',
    }));
  },
};
