// The language bundles: explain-en.js, explain-ja.js and explain-ru.js register their language here
// before the page's main script runs. The main script holds no language of its own. Nothing here
// imports explain code, so a language bundle holds only that language's texts.
import type { ExplainLanguage } from '@smtp-codes/explain';

type Registry = Partial<Record<string, ExplainLanguage>>;
const KEY = 'smtpExplainLanguages';

function registry(): Registry {
  const g = globalThis as unknown as Record<string, Registry | undefined>;
  g[KEY] ??= {};
  return g[KEY];
}

/** Makes a language available to the page. */
export function registerLanguage(language: ExplainLanguage): void {
  registry()[language.locale] = language;
}

/** The registered language `locale`, or undefined. */
export function registeredLanguage(locale: string): ExplainLanguage | undefined {
  const r = registry();
  return Object.hasOwn(r, locale) ? r[locale] : undefined;
}
