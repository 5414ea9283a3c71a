import { expect } from 'vitest';

declare global {
  interface Window {
    /** Set only if hostile markup ran as script. */
    __xss?: boolean;
  }
}

/** Markup that sets `window.__xss` if a widget renders it as HTML or follows it as a link. */
export const XSS = {
  script: '<script>window.__xss=true</script>',
  img: '<img src=x onerror="window.__xss=true">',
  attribute: '"><img src=x onerror="window.__xss=true">',
  svg: '"><svg onload="window.__xss=true">',
  link: '<a href="javascript:window.__xss=true">klik</a>',
  iframe: '<iframe src="javascript:window.__xss=true"></iframe>',
  url: 'javascript:window.__xss=true',
} as const;

/** An image that runs script on error followed by a script element, in one string. */
export const HOSTILE = `${XSS.img}${XSS.script}`;

/** Resets the flag hostile markup would set; call before rendering it. */
export function armXssTrap(): void {
  window.__xss = false;
}

/** Fails if any hostile markup ran since `armXssTrap`. */
export function expectNoScriptRan(): void {
  expect(window.__xss).toBe(false);
}
