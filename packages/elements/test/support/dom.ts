import { afterEach, beforeEach, expect } from 'vitest';

/** The element each test puts its widgets in, fresh for every test (see `useHost`). */
export let host: HTMLElement;

/** Gives every test of the file an empty `host` on the page, removed after the test. */
export function useHost(): void {
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => {
    host.remove();
  });
}

/** Creates `tag` with the given attributes in `host`, under the page language `lang`. */
export function mountIn<T extends HTMLElement>(
  tag: string,
  attributes: Record<string, string>,
  lang = 'id',
): T {
  const element = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  host.setAttribute('lang', lang);
  host.append(element);
  return element;
}

/** Puts markup in `host` inside its own holder with the given language, and returns the holder. */
export function holderOf(markup: string, lang = 'id'): HTMLDivElement {
  const holder = document.createElement('div');
  holder.lang = lang;
  holder.innerHTML = markup;
  host.append(holder);
  return holder;
}

/** The element's shadow root; fails the test when there is none. */
export function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error('no shadow root');
  return element.shadowRoot;
}

/** A node's text as it reads: runs of white space (no-break spaces too) as one space, trimmed. */
export function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The three theme files as a page loads them; resolves once all of them have applied. */
export async function loadThemes(): Promise<void> {
  for (const theme of ['light', 'dark', 'pasuruan']) {
    if (document.querySelector(`link[data-theme="${theme}"]`)) continue;
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.dataset.theme = theme;
    link.href = new URL(`../../themes/${theme}.css`, import.meta.url).href;
    await new Promise((resolve, reject) => {
      link.onload = resolve;
      link.onerror = reject;
      document.head.append(link);
    });
  }
  expect(getComputedStyle(document.documentElement).getPropertyValue('--cerdas-radius')).not.toBe(
    '',
  );
}

/** The text of the first match of `selector` in the element's shadow root, as `text` reads it. */
export function textAt(element: Element, selector: string): string {
  return text(shadow(element).querySelector(selector));
}

/** The control with the given id in the element's shadow root; fails the test when there is none. */
export function control<T extends HTMLElement = HTMLInputElement>(element: Element, id: string): T {
  const found = shadow(element).querySelector<T>(`#${id}`);
  if (!found) throw new Error(`no #${id}`);
  return found;
}

/** Sets a control as a person would leave it, firing the events the form listens to. */
export async function set(
  element: HTMLElement & { updateComplete: Promise<unknown> },
  id: string,
  value: string,
): Promise<void> {
  const input = control<HTMLInputElement | HTMLSelectElement>(element, id);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await element.updateComplete;
}
