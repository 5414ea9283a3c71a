import type { Language } from '@cerdas/model';
import { LitElement, type PropertyDeclarations } from 'lit';
import { type LocaleTable, languageOf, type Messages } from './i18n.js';

/**
 * The base of every Cerdas widget: where the API lives (`api-base`), which language to speak
 * (`lang`, or the page's), and the widget's strings, which a page may override one by one
 * through the `strings` property.
 */
export abstract class CerdasElement<M extends Messages = Messages> extends LitElement {
  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base' },
    strings: { attribute: false },
  };

  /** Base URL of the Cerdas API, e.g. `https://portal.pasuruankab.go.id/api`. */
  declare apiBase: string;
  /** Overrides of the widget's strings, per key, in the current language. */
  declare strings: Partial<M> | undefined;

  protected abstract readonly messages: LocaleTable<M>;

  constructor() {
    super();
    this.apiBase = '';
  }

  /** The language the widget speaks now. */
  get language(): Language {
    return languageOf(this);
  }

  /** One of the widget's strings in the current language, after the page's overrides. */
  protected msg<K extends keyof M>(key: K): M[K] {
    return (this.strings?.[key] ?? this.messages[this.language][key]) as M[K];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-render when the page or an ancestor switches language.
    this.languageObserver = new MutationObserver(() => this.requestUpdate());
    this.languageObserver.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
    });
    this.languageObserver.observe(this, { attributes: true, attributeFilter: ['lang'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.languageObserver?.disconnect();
  }

  private languageObserver: MutationObserver | undefined;
}
