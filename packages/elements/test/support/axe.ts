import axe from 'axe-core';
import { expect } from 'vitest';

/** The WCAG 2.0–2.2 level A and AA rules only. */
export const WCAG: axe.RunOptions = {
  runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
};

/**
 * Runs axe-core on a node and expects no violations, listed by rule with each node's HTML.
 * `story` names the story being checked and makes the check soft, so one run reports every story.
 */
export async function noViolations(
  node: Element,
  options: { rules?: axe.RunOptions; story?: string } = {},
): Promise<void> {
  const result = await axe.run(node, { ...options.rules, resultTypes: ['violations'] });
  const prefix = options.story === undefined ? '' : `${options.story} `;
  const found = result.violations.map(
    (v) =>
      `${prefix}${v.id}: ${v.nodes.map((n) => `${n.html} ${n.failureSummary ?? ''}`.trim()).join(' | ')}`,
  );
  if (options.story === undefined) expect(found).toEqual([]);
  else expect.soft(found).toEqual([]);
}
