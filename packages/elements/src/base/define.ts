/**
 * Registers a custom element once: a second copy of Cerdas on the same page (a plugin and a
 * theme both loading widgets) must not throw "already defined".
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  customElements.define(tag, element);
}
