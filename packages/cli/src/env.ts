// What the environment decides: the language and whether to colour the output.

import type { LocaleId } from '@smtp-codes/constants';

export type Env = Readonly<Record<string, string | undefined>>;

/** `en`, `ja`, `ru` (any case), or undefined. */
export function parseLang(value: string): LocaleId | undefined {
  const v = value.toLowerCase();
  return v === 'en' || v === 'ja' || v === 'ru' ? v : undefined;
}

/**
 * The language from the environment: the first of LC_ALL, LC_MESSAGES, LANG that is set and not
 * empty decides (POSIX precedence); `ja_JP.UTF-8` → ja, `ru_RU.UTF-8` → ru, anything else → en.
 */
export function langFromEnv(env: Env): LocaleId {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (!value) continue;
    let end = 0;
    while (end < value.length) {
      const c = value.charCodeAt(end);
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) end++;
      else break;
    }
    return parseLang(value.slice(0, end)) ?? 'en';
  }
  return 'en';
}

/**
 * The character set of the user's locale when it names one that is not UTF-8 (`ja_JP.eucJP` →
 * `eucJP`, `ru_RU.KOI8-R` → `KOI8-R`), else undefined. LC_ALL, LC_CTYPE, LANG decide, in that
 * order, as for any POSIX program; a locale without a codeset (`C`, `ja_JP`) is left alone.
 */
export function nonUtf8Charset(env: Env): string | undefined {
  for (const name of ['LC_ALL', 'LC_CTYPE', 'LANG']) {
    const value = env[name];
    if (!value) continue;
    const dot = value.indexOf('.');
    if (dot < 0) return undefined;
    const at = value.indexOf('@', dot);
    const charset = value.slice(dot + 1, at < 0 ? undefined : at);
    const folded = charset.toLowerCase().replaceAll('-', '');
    return folded === 'utf8' || folded === '' ? undefined : charset;
  }
  return undefined;
}

/**
 * Colour on stdout: never when NO_COLOR is set and not empty (it wins); forced on by FORCE_COLOR
 * set to anything but `0`/`false` (and forced off by those); otherwise only when stdout is a
 * terminal whose TERM is not `dumb`.
 */
export function useColour(env: Env, isTTY: boolean): boolean {
  if (env.NO_COLOR) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force.toLowerCase() !== 'false';
  return isTTY && env.TERM !== 'dumb';
}
