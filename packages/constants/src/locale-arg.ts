// Checks the `locale` argument of the lookups. Only English is built in; Japanese and Russian are
// objects imported from their own entry points, so a string like 'ja' cannot be looked up here.

const ENTRY = '@smtp-codes/constants/locales/';

/**
 * Returns `locale` if it has every table the lookup reads, `english` for the string 'en', and
 * otherwise throws a TypeError that names the locale and the import to use.
 */
export function localeArg<T>(locale: unknown, english: T, tables: readonly string[], what: string): T {
  if (locale === 'en') return english;
  if (isObject(locale) && tables.every((t) => isObject((locale as Record<string, unknown>)[t]))) return locale as T;
  throw new TypeError(localeError(locale, what));
}

/** True for an object (or function): what `Object()` returns unchanged. */
export function isObject(value: unknown): value is object {
  return Object(value) === value;
}

/** The message for a locale argument that is not one: what was passed and the import to use. */
export function localeError(locale: unknown, what: string): string {
  const id = locale === 'ru' ? 'ru' : 'ja';
  const name = typeof locale === 'string' ? locale.slice(0, 20) : typeof locale;
  return `locale ${name} is not loaded: pass 'en' or import ${id}${what} from '${ENTRY}${id}'`;
}
