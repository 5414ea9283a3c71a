import type { Language } from '@cerdas/model';

/**
 * The visible strings of a widget, as whole sentences per language. A message with
 * variables is a function, so word order is each language's own (never concatenated
 * fragments).
 */
export type Messages = Record<string, string | ((...args: never[]) => string)>;

/** Both languages of a widget's messages; English must have every key Indonesian has. */
export type LocaleTable<M extends Messages> = { readonly id: M; readonly en: M };

/** The language of an element: its own `lang`, else the nearest ancestor's, else Indonesian. */
export function languageOf(element: HTMLElement): Language {
  const tagged = element.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
  return tagged?.toLowerCase().startsWith('en') ? 'en' : 'id';
}

/** Intl locale for a language. */
export function localeOf(lang: Language): string {
  return lang === 'en' ? 'en-GB' : 'id-ID';
}
