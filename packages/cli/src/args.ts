// Command-line parsing with util.parseArgs, with errors in the user's language.

import { parseArgs } from 'node:util';
import type { LocaleId } from '@smtp-codes/constants';
import { parseLang } from './env.js';
import type { CommandName, Messages } from './i18n/index.js';

export const COMMANDS: readonly CommandName[] = ['explain', 'scan', 'list', 'show', 'completion'];

/** A mistake in the command line: exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
}

export const OPTIONS: Record<string, OptionSpec> = {
  lang: { type: 'string' },
  json: { type: 'boolean' },
  ndjson: { type: 'boolean' },
  by: { type: 'string' },
  top: { type: 'string' },
  since: { type: 'string' },
  until: { type: 'string' },
  strict: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
};

/** Which options each command takes (the command-less form takes --help, --version, --lang). */
export const ALLOWED: Record<CommandName | 'none', readonly string[]> = {
  none: ['lang', 'help', 'version'],
  explain: ['lang', 'json', 'strict', 'help'],
  scan: ['lang', 'json', 'ndjson', 'by', 'top', 'since', 'until', 'help'],
  list: ['lang', 'json', 'help'],
  show: ['lang', 'json', 'help'],
  completion: ['help'],
};

export interface ParsedArgs {
  command: CommandName | undefined;
  positionals: string[];
  lang: LocaleId | undefined;
  json: boolean;
  strict: boolean;
  help: boolean;
  version: boolean;
  /** String options given (`by`, `top`, `since`, `until`), as written; checked by their command. */
  values: Readonly<Record<string, string>>;
  ndjson: boolean;
}

/** The value of the last `--lang` (`--lang x` or `--lang=x`), read before anything else so errors speak it. */
export function peekLang(argv: readonly string[]): LocaleId | undefined {
  let lang: LocaleId | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    if (a === '--lang' && i + 1 < argv.length) lang = parseLang(argv[i + 1]!) ?? lang;
    else if (a.startsWith('--lang=')) lang = parseLang(a.slice(7)) ?? lang;
  }
  return lang;
}

export function parseCommandLine(argv: readonly string[], m: Messages): ParsedArgs {
  let parsed: ReturnType<
    typeof parseArgs<{ args: string[]; options: typeof OPTIONS; strict: false; allowPositionals: true; tokens: true }>
  >;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  } catch {
    throw new UsageError(m.errors.unknownOption(argv.join(' ')));
  }
  const positionals = [...parsed.positionals];
  let command: CommandName | undefined;
  if (positionals.length > 0) {
    const name = positionals.shift()!;
    if (!(COMMANDS as readonly string[]).includes(name)) {
      if (name === 'help')
        return {
          command: undefined,
          positionals: [],
          lang: undefined,
          json: false,
          strict: false,
          help: true,
          version: false,
          values: {},
          ndjson: false,
        };
      throw new UsageError(m.errors.unknownCommand(name));
    }
    command = name as CommandName;
  }
  const allowed = ALLOWED[command ?? 'none'];
  const values: Record<string, string | boolean> = {};
  for (const token of parsed.tokens ?? []) {
    if (token.kind !== 'option') continue;
    const spec = Object.hasOwn(OPTIONS, token.name) ? OPTIONS[token.name] : undefined;
    if (!spec || !allowed.includes(token.name)) throw new UsageError(m.errors.unknownOption(token.rawName));
    if (spec.type === 'string') {
      if (token.value === undefined || token.value === '' || (!token.inlineValue && token.value.startsWith('-')))
        throw new UsageError(m.errors.missingValue(token.rawName));
      values[token.name] = token.value;
    } else {
      if (token.inlineValue) throw new UsageError(m.errors.unknownOption(`${token.rawName}=${token.value}`));
      values[token.name] = true;
    }
  }
  let lang: LocaleId | undefined;
  if (typeof values.lang === 'string') {
    lang = parseLang(values.lang);
    if (!lang) throw new UsageError(m.errors.badLang(values.lang));
  }
  return {
    command,
    positionals,
    lang,
    json: values.json === true,
    strict: values.strict === true,
    help: values.help === true,
    version: values.version === true,
    values: Object.fromEntries(Object.entries(values).filter((e): e is [string, string] => typeof e[1] === 'string')),
    ndjson: values.ndjson === true,
  };
}
